"""Device-wide preferences read before any database is opened: language and data folder.

Kept as a small JSON file in the user configuration folder; everything that belongs to
the data itself (letterhead, paper, backup schedule, first run) lives in the database.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import platformdirs

from desktop_app import APP_NAME

PREFERENCES_FILE = "preferensi.json"
INDONESIAN, ENGLISH = "id", "en"
LANGUAGES = (INDONESIAN, ENGLISH)


@dataclass(frozen=True)
class Preferences:
    language: str = INDONESIAN
    data_dir: str | None = None  # None: the default user data folder

    def with_changes(self, **changes: object) -> Preferences:
        return replace(self, **changes)  # type: ignore[arg-type]


def preferences_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / PREFERENCES_FILE


def load_preferences(path: Path | None = None) -> Preferences:
    """The saved preferences; defaults when the file is missing or unreadable."""
    path = path or preferences_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(data, dict):
        return Preferences()
    language = data.get("language")
    folder = data.get("data_dir")
    return Preferences(language if language in LANGUAGES else INDONESIAN,
                       folder if isinstance(folder, str) and folder else None)


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    """Written whole to a temporary file, then moved into place."""
    path = path or preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp")
    partial.write_text(json.dumps(asdict(preferences), indent=1), encoding="utf-8")
    os.replace(partial, path)

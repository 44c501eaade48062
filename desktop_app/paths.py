"""Where the program keeps its data, logs and bundled files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from desktop_app import APP_NAME

DATA_DIR_ENV = "SINERGI_DESA_DATA_DIR"
LOG_DIR_ENV = "SINERGI_DESA_LOG_DIR"
DATABASE_FILE = "sinergi-desa.sqlite"


def app_root() -> Path:
    """The folder holding ``migrations/`` and ``resources/`` (the bundle when frozen)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return app_root() / "migrations" / "desktop"


def resources_dir() -> Path:
    return app_root() / "resources"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``--data-dir``, else $SINERGI_DESA_DATA_DIR, else the user data folder."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path.expanduser().resolve()


def log_dir() -> Path:
    chosen = os.environ.get(LOG_DIR_ENV)
    path = Path(chosen) if chosen else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    return path.expanduser().resolve()

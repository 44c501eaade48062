"""Boundary files published on the provincial server, received with a sync."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.core.clock import Clock
from desktop_app.core.db import Database
from desktop_app.core.maps.importing import import_boundaries
from desktop_app.core.models import MapLayer
from desktop_app.core.problems import InputFileError

log = logging.getLogger(__name__)


class _Now(Clock):
    def __init__(self, now: Callable[[], datetime]) -> None:
        self._now = now

    def now(self) -> datetime:
        return self._now()


def boundaries_wanted(db: Database, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The published files whose level's layer here is not that very file."""
    with db.reading() as session:
        have = dict(session.execute(select(MapLayer.level, MapLayer.sha256)).all())
    return [entry for entry in entries if have.get(entry["level"]) != entry["sha256"]]


def apply_published(db: Database, path: Path, entry: dict[str, Any],
                    now: Callable[[], datetime]) -> bool:
    """Import a downloaded published file; False (logged) if this program cannot use it,
    so one bad file never stops a sync."""
    try:
        import_boundaries(db, path, entry.get("credit"), clock=_Now(now),
                          file_name=entry.get("file_name"))
    except InputFileError as error:
        log.warning("published boundary file %s refused: %s", entry.get("sha256"), error)
        return False
    return True

"""Log files in the platformdirs log folder, rotated."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from desktop_app.paths import log_dir

LOG_FILE = "sinergi-desa.log"
MAX_BYTES = 2_000_000
BACKUPS = 5


class RotatingLog(logging.FileHandler):
    """A log file that is renamed to ``.1`` (``.1`` to ``.2`` …, the oldest dropped) when
    a record would take it past ``max_bytes``: the rotation of ``logging.handlers``'
    ``RotatingFileHandler``, without importing that module (socket, pickle, queue: ~9 ms of
    every start)."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() > 0 and \
                    self.stream.tell() + len(f"{self.format(record)}\n") >= self.max_bytes:
                self.rotate()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def rotate(self) -> None:
        self.stream.close()
        self.stream = None  # type: ignore[assignment]  # reopened by FileHandler.emit
        for number in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        if os.path.exists(self.baseFilename):
            os.replace(self.baseFilename, f"{self.baseFilename}.1")


def configure_logging(level: int = logging.INFO) -> Path:
    """Send log records to a rotating file; return the file's path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    if not any(isinstance(h, RotatingLog) and Path(h.baseFilename) == path
               for h in root.handlers):
        handler = RotatingLog(path)
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
        )
        root.addHandler(handler)
    root.setLevel(level)
    return path

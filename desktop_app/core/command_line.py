"""What the batch commands share: opening the data folder and printing progress."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.core.migrate import DatabaseOpenError
from desktop_app.core.workspace import Workspace, open_workspace


def print_progress(done: int, total: int, phase: str) -> None:
    if total:
        print(f"\r{phase} {done}/{total}", end="", file=sys.stderr, flush=True)


def open_for_command(folder: Path) -> Workspace | None:
    """The migrated workspace, or None after printing why it cannot be opened."""
    try:
        return open_workspace(folder)
    except DatabaseOpenError as error:
        print(error, file=sys.stderr)
        return None

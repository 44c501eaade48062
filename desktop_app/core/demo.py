"""Demo data folder (filled in a later step)."""

from __future__ import annotations

from pathlib import Path

DEMO_FOLDER = "SinergiDesa-contoh"


def demo_dir(real_data_dir: Path) -> Path:
    """A folder beside the real data folder, never inside it."""
    return real_data_dir.parent / DEMO_FOLDER

"""Folders on small or read-only file systems, for the bad-disk tests."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _mount(folder: Path, options: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[int], Path]]:
    """A fresh tmpfs of the given size in KiB (root, as in CI)."""
    mounted: list[Path] = []

    def make(kib: int) -> Path:
        folder = tmp_path / f"disk{len(mounted)}"
        if not _mount(folder, f"size={kib}k"):
            pytest.fail("a small tmpfs could not be mounted (the bad-disk tests need root)")
        mounted.append(folder)
        return folder

    yield make
    for folder in reversed(mounted):
        subprocess.run(["umount", "-l", str(folder)], check=False)


def remount_read_only(folder: Path, writable: bool = False) -> None:
    """Turn a tmpfs from ``small_disk`` read-only (root ignores chmod), or back."""
    if os.geteuid() != 0:
        folder.chmod(0o755 if writable else 0o555)
        return
    mode = "rw" if writable else "ro"
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True)

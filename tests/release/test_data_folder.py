"""Bad places for data: a read-only or full disk, a second program on the same data."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.backup import BackupError, create_backup
from desktop_app.core.data_folder import DataFolderError, DataFolderInUse, lock_data_folder
from desktop_app.core.workspace import open_workspace
from tests.conftest import write_wilayah
from tests.release.conftest import remount_read_only

ROOT = Path(__file__).resolve().parents[2]


def integrity(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_a_second_program_on_the_same_data_is_refused(tmp_path):
    data = tmp_path / "data"
    lock = lock_data_folder(data)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "import-wilayah",
             str(write_wilayah(tmp_path / "w"))],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 2, done.stderr
        assert "sedang dibuka oleh Sinergi Desa lain" in done.stderr
        assert not (data / "sinergi-desa.sqlite").exists()
        with pytest.raises(DataFolderInUse):
            lock_data_folder(data)  # a second lock in this process is refused too
    finally:
        lock.release()
    # once the first program is gone, the folder can be used
    lock_data_folder(data).release()


def test_a_read_only_data_folder_is_refused_without_damage(small_disk, tmp_path):
    disk = small_disk(4096)
    opened = open_workspace(disk / "data")
    opened.close()
    database = disk / "data" / "sinergi-desa.sqlite"
    before = database.read_bytes()
    remount_read_only(disk)

    with pytest.raises(DataFolderError, match="tidak dapat ditulisi"):
        lock_data_folder(disk / "data")
    with pytest.raises(DataFolderError, match="tidak dapat ditulisi"):
        open_workspace(disk / "data")
    assert database.read_bytes() == before
    remount_read_only(disk, writable=True)
    assert integrity(database) == "ok"


def test_a_full_disk_is_reported_before_anything_is_written(small_disk):
    disk = small_disk(32)
    with pytest.raises(DataFolderError, match=r"Ruang disk .* tidak cukup"):
        lock_data_folder(disk / "data")
    with pytest.raises(DataFolderError, match=r"Ruang disk .* tidak cukup"):
        open_workspace(disk / "data")


def test_a_backup_onto_a_full_disk_leaves_no_half_file(workspace, small_disk):
    disk = small_disk(64)
    with pytest.raises(BackupError, match=r"Ruang disk .* tidak cukup"):
        create_backup(workspace.data_dir, disk / "cadangan.sdbackup")
    assert list(disk.iterdir()) == []
    assert integrity(workspace.db.path) == "ok"

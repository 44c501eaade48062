"""Backup and restore of a data folder, on real SQLite files and real zip files."""

from __future__ import annotations

import sqlite3
import threading
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.core.auto_backup import (
    AUTO_PREFIX,
    DAILY,
    OFF,
    WEEKLY,
    backup_due,
    load_schedule,
    run_if_due,
    save_schedule,
)
from desktop_app.core.backup import (
    DATABASE_MEMBER,
    MANIFEST,
    BackupError,
    create_backup,
    read_backup,
    restore_backup,
)
from desktop_app.core.local_settings import USER_NAME, get_setting, set_setting
from desktop_app.core.migrate import head_revision


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def user_in(workspace) -> str | None:
    with workspace.db.reading() as session:
        return get_setting(session, USER_NAME)


@pytest.fixture
def with_attachment(workspace):
    folder = workspace.data_dir / "lampiran" / "64.01.01.2001"
    folder.mkdir(parents=True)
    (folder / "foto-kantor.jpg").write_bytes(b"\xff\xd8 not really a jpeg " * 500)
    return workspace


def test_backup_holds_database_attachments_and_a_checked_manifest(with_attachment, tmp_path):
    target = tmp_path / "out" / "cadangan.sdbackup"
    made = create_backup(with_attachment.data_dir, target)
    assert made.villages == 10 and made.attachments == 1
    assert made.schema_revision == head_revision()
    assert not list(target.parent.glob("*.sebagian"))

    read = read_backup(target)
    assert read == made.__class__(made.app_version, made.schema_revision,
                                  made.created_at.replace(microsecond=0), 10, made.entries)
    with zipfile.ZipFile(target) as zf:
        assert set(zf.namelist()) == {MANIFEST, DATABASE_MEMBER,
                                      "lampiran/64.01.01.2001/foto-kantor.jpg"}


def test_backup_is_consistent_while_a_write_is_in_progress(workspace, tmp_path):
    with workspace.db.writing() as session:
        session.execute(text("UPDATE village SET name = 'DIUBAH'"))
        session.flush()
        made = create_backup(workspace.data_dir, tmp_path / "mid.sdbackup")
    extracted = tmp_path / "x"
    read_backup(tmp_path / "mid.sdbackup", extracted)
    copy = extracted / "basis-data" / "sinergi-desa.sqlite"
    assert integrity(copy) == "ok"
    with sqlite3.connect(copy) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM village")}
    assert "DIUBAH" not in names and len(names) == made.villages


def test_restore_brings_back_data_and_attachments_and_keeps_a_copy(with_attachment, tmp_path):
    workspace = with_attachment
    backup = tmp_path / "pagi.sdbackup"
    create_backup(workspace.data_dir, backup)
    # later the same day: a new user name, one attachment replaced by another
    workspace.set_user("Orang lain")
    lampiran = workspace.data_dir / "lampiran"
    (lampiran / "64.01.01.2001" / "foto-kantor.jpg").unlink()
    (lampiran / "baru.pdf").write_bytes(b"%PDF new")

    report = restore_backup(backup, workspace.data_dir, workspace.data_dir / "cadangan")
    assert report.manifest.villages == 10
    assert user_in(workspace) == "Rahmat (pendamping)"  # the open database sees it
    assert (lampiran / "64.01.01.2001" / "foto-kantor.jpg").exists()
    assert not (lampiran / "baru.pdf").exists()
    assert integrity(workspace.db.path) == "ok"
    assert not list(workspace.data_dir.glob(".pulihkan-*"))
    # the data as it was just before the restore is kept and can itself be restored
    restore_backup(report.safety_copy, workspace.data_dir, tmp_path / "safety2")
    assert user_in(workspace) == "Orang lain"
    assert (lampiran / "baru.pdf").read_bytes() == b"%PDF new"


def _rewrite(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        members = {name: zin.read(name) for name in zin.namelist()}
        for name, data in change(members).items():
            zout.writestr(name, data)
    return target


def _tamper_database(members: dict[str, bytes]) -> dict[str, bytes]:
    data = bytearray(members[DATABASE_MEMBER])
    data[5000] ^= 0xFF
    return {**members, DATABASE_MEMBER: bytes(data)}


def _newer_schema(members: dict[str, bytes]) -> dict[str, bytes]:
    import json

    manifest = json.loads(members[MANIFEST])
    manifest["format_version"] = 99
    return {**members, MANIFEST: json.dumps(manifest).encode()}


BAD_FILES = {
    "truncated": lambda good, path: path.write_bytes(good.read_bytes()[:4000]) and path,
    "not a zip": lambda good, path: path.write_bytes(b"PK\x03\x04 garbage" * 300) and path,
    "foreign zip": lambda good, path: _rewrite(good, path, lambda m: {"readme.txt": b"hi"}),
    "tampered": lambda good, path: _rewrite(good, path, _tamper_database),
    "extra member": lambda good, path: _rewrite(
        good, path, lambda m: {**m, "lampiran/virus.exe": b"MZ"}),
    "escaping path": lambda good, path: _rewrite(
        good, path, lambda m: {**m, "../luar.txt": b"x"}),
    "newer format": lambda good, path: _rewrite(good, path, _newer_schema),
}


def test_restore_waits_for_a_writer_and_swaps_under_the_write_lock(workspace, tmp_path):
    """A write committed while the restore was asked for is in the safety copy, never lost
    between the copy and the swap; no writer of the program runs during the swap."""
    backup = tmp_path / "pagi.sdbackup"
    create_backup(workspace.data_dir, backup)
    writing, waiting, finish = threading.Event(), threading.Event(), threading.Event()
    phases: list[tuple[str, bool]] = []

    def writer() -> None:
        with workspace.db.writing() as session:
            set_setting(session, USER_NAME, "Ditulis tepat sebelum pemulihan")
            writing.set()
            finish.wait(10)

    def progress(_done: int, _total: int, phase: str) -> None:
        phases.append((phase, workspace.db._write_lock.locked()))
        if phase == "Menunggu penulisan data lain selesai…":
            waiting.set()

    reports = []
    write = threading.Thread(target=writer)
    write.start()
    assert writing.wait(10)
    restore = threading.Thread(target=lambda: reports.append(restore_backup(
        backup, workspace.data_dir, tmp_path / "safety", progress, workspace.db)))
    restore.start()
    assert waiting.wait(10)
    finish.set()
    write.join(10)
    restore.join(30)

    swap = [locked for phase, locked in phases
            if phase in ("Menyimpan salinan data saat ini…", "Memulihkan data…")]
    assert swap == [True, True]
    assert user_in(workspace) == "Rahmat (pendamping)"
    extracted = tmp_path / "safety-copy"
    read_backup(reports[0].safety_copy, extracted)
    with sqlite3.connect(extracted / DATABASE_MEMBER) as conn:
        assert conn.execute("SELECT value FROM local_setting WHERE key = ?",
                            (USER_NAME,)).fetchone()[0] == "Ditulis tepat sebelum pemulihan"
    with workspace.db.writing() as session:  # the program writes on, to the restored data
        set_setting(session, USER_NAME, "Sesudah")


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_a_bad_file_is_refused_and_nothing_changes(workspace, tmp_path, kind):
    good = tmp_path / "good.sdbackup"
    create_backup(workspace.data_dir, good)
    bad = tmp_path / f"bad-{kind.replace(' ', '-')}.sdbackup"
    BAD_FILES[kind](good, bad)
    workspace.set_user("Sesudah cadangan")
    safety = tmp_path / "safety"

    with pytest.raises(BackupError, match="tidak dapat dipakai untuk memulihkan data") as info:
        restore_backup(bad, workspace.data_dir, safety)
    assert "Tidak ada data yang diubah" in str(info.value)
    assert user_in(workspace) == "Sesudah cadangan"
    assert integrity(workspace.db.path) == "ok"
    assert not safety.exists()
    assert not list(workspace.data_dir.glob(".pulihkan-*"))


def test_a_backup_from_a_newer_program_is_refused(workspace, tmp_path):
    newer = tmp_path / "newer-data"
    newer.mkdir()
    db = newer / "sinergi-desa.sqlite"
    with sqlite3.connect(workspace.db.path) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    backup = tmp_path / "newer.sdbackup"
    create_backup(newer, backup)
    with pytest.raises(BackupError, match="versi Sinergi Desa yang lebih baru"):
        restore_backup(backup, workspace.data_dir, tmp_path / "safety")
    assert integrity(workspace.db.path) == "ok"
    assert not (tmp_path / "safety").exists()


def test_automatic_backups_follow_the_schedule_and_rotate(workspace, tmp_path):
    folder = tmp_path / "otomatis"
    assert load_schedule(workspace.db) == (WEEKLY, None)
    save_schedule(workspace.db, DAILY)
    start = datetime(2025, 3, 1, 8, 0)
    made = []
    for day in range(8):
        now = start + timedelta(days=day)
        assert run_if_due(workspace.db, workspace.data_dir, folder, now, keep=3)
        assert run_if_due(workspace.db, workspace.data_dir, folder,
                          now + timedelta(hours=5)) is None  # not due again the same day
        made.append(f"{AUTO_PREFIX}{now:%Y%m%d-%H%M%S}.sdbackup")
    assert sorted(p.name for p in folder.iterdir()) == made[-3:]
    save_schedule(workspace.db, OFF)
    assert run_if_due(workspace.db, workspace.data_dir, folder, start + timedelta(days=30)) \
        is None


def test_due_rules():
    now = datetime(2025, 3, 10, 9)
    assert backup_due(WEEKLY, None, now)
    assert not backup_due(WEEKLY, now - timedelta(days=6), now)
    assert backup_due(WEEKLY, now - timedelta(days=7), now)
    assert backup_due(DAILY, now + timedelta(days=3), now)  # a clock set back: do not wait
    assert not backup_due(OFF, None, now)

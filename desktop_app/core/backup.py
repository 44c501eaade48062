"""Backups of a data folder: one ``.sdbackup`` file (a zip) with the database, the
attachments and a manifest of SHA-256 checksums. Reading one checks everything before
anything is changed; a damaged, tampered or foreign file is refused.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from desktop_app import __version__
from desktop_app.core.clock import SYSTEM_CLOCK
from desktop_app.core.data_folder import database_write_problem, disk_problem
from desktop_app.core.database_files import copy_database
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.migrate import DatabaseOpenError, prepare_database
from desktop_app.core.sync.sequence import mark_restored
from desktop_app.paths import DATABASE_FILE

BACKUP_SUFFIX = ".sdbackup"
FORMAT_NAME = "sinergi-desa-cadangan"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_MEMBER = f"basis-data/{DATABASE_FILE}"
ATTACHMENTS_FOLDER = "lampiran"
CHUNK = 1 << 20

Progress = Callable[[int, int, str], None]


class BackupError(DatabaseOpenError):
    """A backup cannot be made or used; the message says why, in the user's language."""


@dataclass(frozen=True)
class BackupEntry:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class BackupManifest:
    app_version: str
    schema_revision: str | None
    created_at: datetime
    villages: int
    entries: tuple[BackupEntry, ...]

    @property
    def data_size(self) -> int:
        return sum(entry.size for entry in self.entries)

    @property
    def attachments(self) -> int:
        return sum(1 for entry in self.entries if entry.name != DATABASE_MEMBER)

    def to_json(self) -> str:
        return json.dumps({
            "format": FORMAT_NAME, "format_version": FORMAT_VERSION,
            "app_version": self.app_version, "schema_revision": self.schema_revision,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "villages": self.villages,
            "files": [{"name": e.name, "sha256": e.sha256, "size": e.size}
                      for e in self.entries],
        }, indent=1)


def _no_progress(_done: int, _total: int, _phase: str) -> None:
    return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _database_facts(path: Path) -> tuple[str | None, int]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                    if "alembic_version" in tables else None)
        villages = (conn.execute("SELECT count(*) FROM village").fetchone()[0]
                    if "village" in tables else 0)
    return (revision[0] if revision else None), villages


def _attachment_files(data_dir: Path) -> list[Path]:
    folder = data_dir / ATTACHMENTS_FOLDER
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file())


def create_backup(data_dir: Path, target: Path, progress: Progress = _no_progress,
                  now: datetime | None = None) -> BackupManifest:
    """Write the database and attachments of ``data_dir`` to ``target`` (replaced whole);
    ``now`` (the workspace clock's) dates the manifest."""
    database = data_dir / DATABASE_FILE
    if not database.exists():
        raise BackupError(translate("Backup", "Belum ada data untuk dicadangkan di {path}.").format(
            path=data_dir))
    attachments = _attachment_files(data_dir)
    total = 1 + len(attachments)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".sebagian")
    try:
        with tempfile.TemporaryDirectory(prefix="sinergi-cadangan-",
                                         dir=target.parent) as scratch:
            progress(0, total, translate("Backup", "Menyalin basis data…"))
            copy = Path(scratch) / DATABASE_FILE
            copy_database(database, copy)
            revision, villages = _database_facts(copy)
            entries = [BackupEntry(DATABASE_MEMBER, _sha256(copy), copy.stat().st_size)]
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
                zf.write(copy, DATABASE_MEMBER)
                for done, path in enumerate(attachments, start=1):
                    progress(done, total, translate("Backup", "Menyimpan lampiran…"))
                    name = str(PurePosixPath(ATTACHMENTS_FOLDER,
                                             *path.relative_to(data_dir / ATTACHMENTS_FOLDER)
                                             .parts))
                    zf.write(path, name, compress_type=zipfile.ZIP_STORED)
                    entries.append(BackupEntry(name, _sha256(path), path.stat().st_size))
                manifest = BackupManifest(__version__, revision, now or SYSTEM_CLOCK.now(),
                                          villages, tuple(entries))
                zf.writestr(MANIFEST, manifest.to_json())
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BackupError(disk_problem(error, target.parent)) from error
    except sqlite3.OperationalError as error:
        partial.unlink(missing_ok=True)
        raise BackupError(database_write_problem(error, target.parent)) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    progress(total, total, translate("Backup", "Selesai."))
    return manifest


def _refuse(path: Path, reason: str) -> BackupError:
    return BackupError(translate(
        "Backup", "Berkas {name} tidak dapat dipakai untuk memulihkan data: {reason} "
                  "Tidak ada data yang diubah.").format(name=path.name, reason=reason))


def _parse_manifest(path: Path, raw: bytes) -> BackupManifest:
    try:
        data = json.loads(raw)
        if data.get("format") != FORMAT_NAME:
            raise ValueError("format")
        if int(data["format_version"]) > FORMAT_VERSION:
            raise _refuse(path, translate(
                "Backup", "berkas dibuat oleh versi Sinergi Desa yang lebih baru."))
        entries = tuple(BackupEntry(str(f["name"]), str(f["sha256"]), int(f["size"]))
                        for f in data["files"])
        return BackupManifest(str(data["app_version"]), data.get("schema_revision"),
                              datetime.fromisoformat(data["created_at"]),
                              int(data["villages"]), entries)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise _refuse(path, translate(
            "Backup", "ini bukan berkas cadangan Sinergi Desa.")) from error


def _safe_member(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return (not name.startswith("/") and ".." not in parts and "\\" not in name
            and (name == DATABASE_MEMBER or (len(parts) > 1 and parts[0] == ATTACHMENTS_FOLDER)))


def read_backup(path: Path, extract_to: Path | None = None,
                progress: Progress = _no_progress) -> BackupManifest:
    """Check every file of the backup against its manifest (and extract it, if asked).

    Raises ``BackupError`` for a truncated, damaged, tampered or foreign file.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise _refuse(path, translate(
            "Backup", "berkas rusak, terpotong atau bukan berkas cadangan.")) \
            from error
    with archive:
        try:
            raw = archive.read(MANIFEST)
        except KeyError as error:
            raise _refuse(path, translate(
                "Backup", "ini bukan berkas cadangan Sinergi Desa.")) from error
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as error:
            raise _refuse(path, translate("Backup", "berkas rusak atau terpotong.")) from error
        manifest = _parse_manifest(path, raw)
        listed = {entry.name for entry in manifest.entries}
        present = {info.filename for info in archive.infolist() if not info.is_dir()}
        if (present - {MANIFEST} != listed or DATABASE_MEMBER not in listed
                or not all(_safe_member(name) for name in listed)):
            raise _refuse(path, translate(
                "Backup", "isi berkas tidak sesuai dengan daftar isinya."))
        total = len(manifest.entries)
        for done, entry in enumerate(manifest.entries):
            progress(done, total, translate("Backup", "Memeriksa isi cadangan…"))
            _check_member(path, archive, entry, extract_to)
    progress(total, total, translate("Backup", "Isi cadangan utuh."))
    return manifest


def _check_member(path: Path, archive: zipfile.ZipFile, entry: BackupEntry,
                  extract_to: Path | None) -> None:
    digest, size = hashlib.sha256(), 0
    out = None
    if extract_to is not None:
        target = extract_to.joinpath(*PurePosixPath(entry.name).parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        out = target.open("wb")
    try:
        with archive.open(entry.name) as stream:
            while chunk := stream.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                if out is not None:
                    out.write(chunk)
    except (zipfile.BadZipFile, EOFError, zlib.error) as error:
        raise _refuse(path, translate("Backup", "berkas rusak atau terpotong.")) from error
    finally:
        if out is not None:
            out.close()
    if size != entry.size or digest.hexdigest() != entry.sha256:
        raise _refuse(path, translate(
            "Backup", "berkas {name} di dalamnya telah berubah atau rusak "
                      "(checksum tidak cocok).").format(name=entry.name))


@dataclass(frozen=True)
class RestoreReport:
    manifest: BackupManifest
    safety_copy: Path


def restore_backup(backup: Path, data_dir: Path, safety_dir: Path,
                   progress: Progress = _no_progress,
                   database: Database | None = None,
                   now: datetime | None = None) -> RestoreReport:
    """Replace the data of ``data_dir`` with the backup's, after checking it whole.

    The backup is checked, extracted and migrated aside first. Then, in one step that no
    writer of the program may share (``database``: the program's open database on
    ``data_dir``, whose write lock is held for it), the current data is saved as a backup
    in ``safety_dir`` and replaced. The database is written through SQLite's backup API,
    so it may stay open; its sessions must be discarded afterwards (reopen the workspace).
    The caller stops its other work (sync) first: the lock only keeps it out meanwhile.
    """
    staging = Path(tempfile.mkdtemp(prefix=".pulihkan-", dir=data_dir))
    try:
        manifest = read_backup(backup, staging, progress)
        staged_db = staging.joinpath(*PurePosixPath(DATABASE_MEMBER).parts)
        _check_integrity(backup, staged_db)
        # An older backup is brought to this program's schema; a newer one is refused.
        try:
            prepare_database(staged_db, staging / "migrasi", now)
        except DatabaseOpenError as error:
            raise _refuse(backup, str(error)) from error
        lock: AbstractContextManager[object] = \
            database.exclusive() if database is not None else nullcontext()
        progress(0, 1, translate("Backup", "Menunggu penulisan data lain selesai…"))
        with lock:
            safety = _replace_data(staging, staged_db, data_dir, safety_dir, progress,
                                   now or SYSTEM_CLOCK.now())
    except OSError as error:
        raise BackupError(disk_problem(error, data_dir)) from error
    except sqlite3.OperationalError as error:
        raise BackupError(database_write_problem(error, data_dir)) from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    progress(1, 1, translate("Backup", "Data dipulihkan."))
    return RestoreReport(manifest, safety)


def _replace_data(staging: Path, staged_db: Path, data_dir: Path, safety_dir: Path,
                  progress: Progress, now: datetime) -> Path:
    """Save the current data, then put the staged data in its place; nothing else may write
    meanwhile (everything the current database holds is in the safety copy)."""
    # New sync operations must not reuse the numbers of ones sent since the backup.
    mark_restored(staged_db, data_dir / DATABASE_FILE)
    progress(0, 1, translate("Backup", "Menyimpan salinan data saat ini…"))
    safety = safety_dir / f"sebelum-pulihkan-{now:%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"
    create_backup(data_dir, safety, now=now)
    progress(0, 1, translate("Backup", "Memulihkan data…"))
    with sqlite3.connect(staged_db) as src, \
            sqlite3.connect(data_dir / DATABASE_FILE, timeout=30) as dst:
        src.backup(dst)
    _swap_attachments(staging / ATTACHMENTS_FOLDER, data_dir / ATTACHMENTS_FOLDER)
    return safety


def _check_integrity(backup: Path, database: Path) -> None:
    try:
        with sqlite3.connect(database) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise _refuse(backup, translate("Backup", "basis data di dalamnya rusak.")) from error
    if result != "ok":
        raise _refuse(backup, translate("Backup", "basis data di dalamnya rusak."))


def _swap_attachments(restored: Path, current: Path) -> None:
    old = current.with_name(current.name + ".lama")
    shutil.rmtree(old, ignore_errors=True)
    if current.exists():
        current.rename(old)
    if restored.exists():
        shutil.move(str(restored), str(current))
    shutil.rmtree(old, ignore_errors=True)

"""Guards around the data folder: writable, enough space, used by one program at a time."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from desktop_app.core.i18n import translate
from desktop_app.core.migrate import DatabaseOpenError

LOCK_FILE = "sinergi-desa.lock"
PROBE_BYTES = 64 * 1024  # a write this big must fit before the database is touched


class DataFolderError(DatabaseOpenError):
    """The data folder cannot be used; the message says why, in the user's language."""


class DataFolderInUse(DataFolderError):
    pass


def disk_problem(error: OSError, folder: Path) -> str:
    """An Indonesian sentence for a failed write into ``folder``."""
    if error.errno == errno.ENOSPC:
        return translate(
            "DataFolder", "Ruang disk di {folder} tidak cukup. Kosongkan ruang lalu coba lagi; "
                          "tidak ada data yang berubah.").format(folder=folder)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate(
            "DataFolder", "Folder {folder} tidak dapat ditulisi (hanya-baca atau tanpa izin). "
                          "Pilih folder lain; tidak ada data yang berubah.").format(folder=folder)
    return translate("DataFolder", "Berkas tidak dapat ditulis di {folder}: {error}").format(
        folder=folder, error=error.strerror or error)


def database_write_problem(error: Exception, folder: Path) -> str:
    """An Indonesian sentence for SQLite refusing to write (full disk, read-only, I/O)."""
    text = str(error).lower()
    if "full" in text:
        return disk_problem(OSError(errno.ENOSPC, "disk full"), folder)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return disk_problem(OSError(errno.EROFS, "read-only"), folder)
    return translate("DataFolder", "Basis data di {folder} tidak dapat ditulis: {error}").format(
        folder=folder, error=error)


def check_writable(folder: Path) -> None:
    """Create ``folder`` if needed and prove a small write succeeds there."""
    probe = folder / ".uji-tulis"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with probe.open("wb") as stream:
            stream.write(b"\0" * PROBE_BYTES)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        raise DataFolderError(disk_problem(error, folder)) from error
    finally:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)


class DataFolderLock:
    """An OS lock on ``<data_dir>/sinergi-desa.lock``, released when the process ends.

    The operating system's own exclusive, non-blocking lock on the open file: ``flock`` on
    POSIX, ``msvcrt.locking`` of its first byte on Windows (what ``filelock`` did, without
    importing its package, ~15 ms of the start). Two opens conflict even in one process."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> DataFolderLock:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise DataFolderError(disk_problem(error, self.path.parent)) from error
        try:
            _lock_file(fd)
        except OSError as error:
            os.close(fd)
            if error.errno in IN_USE_ERRNOS:
                raise DataFolderInUse(translate("DataFolder",
                    "Data di {folder} sedang dibuka oleh Sinergi Desa lain (jendela lain atau "
                    "pengguna lain di komputer ini). Tutup program itu dulu, lalu coba lagi."
                ).format(folder=self.path.parent)) from error
            raise DataFolderError(disk_problem(error, self.path.parent)) from error
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock_file(fd)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


# A lock another open file holds: EWOULDBLOCK/EAGAIN from flock, EACCES (or EDEADLOCK)
# from msvcrt.locking.
IN_USE_ERRNOS = frozenset({errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK})

if sys.platform == "win32":  # pragma: no cover - the field platform; exercised there
    import msvcrt

    def _lock_file(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock_file(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock_file(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_data_folder(data_dir: Path) -> DataFolderLock:
    """Check the folder is writable, then lock it; raises ``DataFolderError``."""
    check_writable(data_dir)
    return DataFolderLock(data_dir).acquire()

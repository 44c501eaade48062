"""Content-addressed files (SHA-256), uploaded in resumable chunks and stored once.

Layout under the data folder: ``blobs/ab/cd/<sha256>`` for complete files,
``partial/<sha256>.<device>`` for each device's upload in progress (its size is that device's
upload offset) and ``holders/<sha256>/<device>`` for the devices that sent every byte of a
file (``<device>`` is the SHA-256 of the device id). Names are checked against the hex pattern
before any path is built, so no name can leave the folder.

A file is served only to a device that uploaded it, or through an attachment the caller may
read whose file was uploaded by the device that attached it (see ``readable``): knowing a
file's SHA-256 is not enough to read it. Boundary files the admin published (see
``boundaries``) are the exception: every enrolled device may read them.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, select
from sqlalchemy.dialects import postgresql, sqlite

from provincial_server.auth import Principal
from provincial_server.models import attachment, blob
from provincial_server.timeutil import utcnow

SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")


class BlobError(Exception):
    """Refused upload; ``status`` is the HTTP status, the message is for the user."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def check_name(sha256: str) -> str:
    if not SHA256_PATTERN.fullmatch(sha256):
        raise BlobError(400, "nama berkas harus SHA-256 heksadesimal (64 karakter huruf kecil)")
    return sha256


class BlobStore:
    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir / "blobs"
        self.partial_dir = data_dir / "partial"
        self.holders_dir = data_dir / "holders"
        for folder in (self.root, self.partial_dir, self.holders_dir):
            folder.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        check_name(sha256)
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def partial(self, sha256: str, owner: str) -> Path:
        return self.partial_dir / f"{check_name(sha256)}.{_key(owner)}"

    def _holder(self, sha256: str, owner: str) -> Path:
        return self.holders_dir / check_name(sha256) / _key(owner)

    def holds(self, sha256: str, owner: str) -> bool:
        """True when device ``owner`` sent every byte of the stored file."""
        return self.size(sha256) is not None and self._holder(sha256, owner).is_file()

    def mark_holder(self, sha256: str, owner: str) -> None:
        path = self._holder(sha256, owner)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()

    def size(self, sha256: str) -> int | None:
        path = self.path(sha256)
        return path.stat().st_size if path.is_file() else None

    def received(self, sha256: str, owner: str) -> int:
        partial = self.partial(sha256, owner)
        return partial.stat().st_size if partial.is_file() else 0

    @contextmanager
    def _locked(self, sha256: str) -> Iterator[None]:
        lock_path = self.partial_dir / f"{check_name(sha256)}.lock"
        with open(lock_path, "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def append(self, sha256: str, offset: int, total: int, chunk: bytes,
               owner: str) -> tuple[int, bool]:
        """Add ``chunk`` at ``offset`` of device ``owner``'s upload; returns (received,
        complete). Verifies at the end. A file already stored is complete for its holders
        only: any other device proves it has the bytes by sending them all."""
        if self.holds(sha256, owner):
            return self.size(sha256) or 0, True
        with self._locked(sha256):
            if self.holds(sha256, owner):
                return self.size(sha256) or 0, True
            partial = self.partial(sha256, owner)
            have = partial.stat().st_size if partial.is_file() else 0
            if offset != have:
                raise BlobError(409, f"posisi unggahan salah: server sudah menerima {have} bita")
            if have + len(chunk) > total:
                raise BlobError(400, "potongan melebihi ukuran berkas yang diumumkan")
            with open(partial, "ab") as handle:
                handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            have += len(chunk)
            if have < total:
                return have, False
            digest = _sha256_of(partial)
            if digest != sha256:
                partial.unlink()
                raise BlobError(422, "isi berkas tidak cocok dengan SHA-256-nya; unggah ulang")
            target = self.path(sha256)
            if target.is_file():
                partial.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(partial, target)
            self.mark_holder(sha256, owner)
            return have, True

    def store_bytes(self, sha256: str, data: bytes, owner: str | None = None) -> None:
        """Store a whole file already verified (bundles: ``owner`` is the bundle's device)."""
        if self.size(sha256) is None:
            target = self.path(sha256)
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_suffix(".tmp")
            temporary.write_bytes(data)
            os.replace(temporary, target)
        if owner is not None:
            self.mark_holder(sha256, owner)


def _key(owner: str) -> str:
    return hashlib.sha256(owner.encode()).hexdigest()


def writer_device(field_clocks: dict | None) -> str | None:
    """The device that set an attachment's file (the device part of its sha256 clock)."""
    clock = (field_clocks or {}).get("sha256")
    return clock.split("-", 2)[2] if isinstance(clock, str) and clock.count("-") >= 2 else None


def readable(connection: Connection, store: BlobStore, who: Principal, sha256: str) -> bool:
    """True when ``who`` may read the file: their device uploaded it, or an attachment they
    may read names it and the device that attached it uploaded it."""
    if store.size(sha256) is None:
        return False
    if store.holds(sha256, who.device_id):
        return True
    from provincial_server.boundaries import is_published

    if is_published(store, sha256):  # boundary files: province-wide, any enrolled device
        return True
    rows = connection.execute(select(attachment.c.village_code, attachment.c.field_clocks)
                              .where(attachment.c.sha256 == sha256,
                                     attachment.c.deleted.is_(False))).all()
    for village_code, clocks in rows:
        device = writer_device(clocks)
        if who.covers(village_code) and device is not None and store.holds(sha256, device):
            return True
    return False


def mark_legacy_holders(connection: Connection, store: BlobStore) -> int:
    """Files stored before holders were kept have none, so nobody may read them: mark as
    holder the device that attached each such file first (earliest clock of an
    attachment's ``sha256``; someone attaching a known hash later cannot be first).
    Returns how many files got a holder."""
    first: dict[str, tuple[str, str]] = {}  # sha -> (clock, device)
    rows = connection.execute(select(attachment.c.sha256, attachment.c.field_clocks))
    for sha256, clocks in rows:
        clock = (clocks or {}).get("sha256")
        device = writer_device(clocks)
        if device is None or not SHA256_PATTERN.fullmatch(sha256 or ""):
            continue
        if sha256 not in first or clock < first[sha256][0]:
            first[sha256] = (clock, device)
    marked = 0
    for sha256, (_clock, device) in sorted(first.items()):
        if store.size(sha256) is None or (store.holders_dir / sha256).is_dir():
            continue
        store.mark_holder(sha256, device)
        marked += 1
    return marked


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def record_blob(connection: Connection, sha256: str, size: int) -> None:
    """Note a stored file once (concurrent uploads of the same file are fine)."""
    module = postgresql if connection.dialect.name == "postgresql" else sqlite
    connection.execute(module.insert(blob).values(sha256=sha256, size=size, stored_at=utcnow())
                       .on_conflict_do_nothing(index_elements=["sha256"]))

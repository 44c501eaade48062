"""Content-addressed files (SHA-256), uploaded in resumable chunks and stored once.

Layout under the data folder: ``blobs/ab/cd/<sha256>`` for complete files and
``partial/<sha256>`` for uploads in progress (its size is the upload offset). Names are
checked against the hex pattern before any path is built, so no name can leave the folder.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite

from provincial_server.models import blob
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
        self.root.mkdir(parents=True, exist_ok=True)
        self.partial_dir.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        check_name(sha256)
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def partial(self, sha256: str) -> Path:
        return self.partial_dir / check_name(sha256)

    def size(self, sha256: str) -> int | None:
        path = self.path(sha256)
        return path.stat().st_size if path.is_file() else None

    def received(self, sha256: str) -> int:
        partial = self.partial(sha256)
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

    def append(self, sha256: str, offset: int, total: int, chunk: bytes) -> tuple[int, bool]:
        """Add ``chunk`` at ``offset``; returns (received, complete). Verifies at the end."""
        if self.size(sha256) is not None:
            return self.size(sha256) or 0, True
        with self._locked(sha256):
            if self.size(sha256) is not None:
                return self.size(sha256) or 0, True
            partial = self.partial(sha256)
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
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(partial, target)
            return have, True

    def store_bytes(self, sha256: str, data: bytes) -> None:
        """Store a whole file already verified (bundles)."""
        if self.size(sha256) is not None:
            return
        target = self.path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_bytes(data)
        os.replace(temporary, target)


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

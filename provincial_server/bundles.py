"""Bundles: operations and files on a USB stick, signed by the device, checksummed.

A bundle is a zip file holding ``manifest.json``, its HMAC-SHA256 ``manifest.sig`` (key:
the device's bundle key, given at enrolment), ``operations.json`` and ``blobs/<sha256>``.
Everything is verified before anything is written; then the operations go through the
same code path as a push, so a repeated import changes nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import zipfile
from dataclasses import dataclass

from sqlalchemy import Engine, select

from desktop_app.core.sync.bundle_format import (
    FORMAT,
    MANIFEST,
    OPERATIONS,
    SIGNATURE,
    VERSION,
    build_bundle,
    build_return_bundle,
)
from provincial_server.auth import Principal, principal_for_device
from provincial_server.blobs import SHA256_PATTERN, BlobStore, record_blob
from provincial_server.config import Settings
from provincial_server.models import server_state
from provincial_server.sync.operations import Operation, OpResult
from provincial_server.sync.push import push_operations

MAX_UNPACKED = 1024 * 1024 * 1024  # a zip bomb is refused before anything is inflated
MAX_MEMBERS = 100_000


class BundleError(Exception):
    """The bundle was refused before anything was written; the message is for the user."""


__all__ = ["BundleError", "build_bundle", "export_return_bundle", "import_bundle",
           "verify_bundle"]


def bundle_key(secret: str, device_id: str) -> str:
    """The device's signing key, derived from the server secret (nothing stored)."""
    return hmac.new(secret.encode(), f"bundle:{device_id}".encode(), hashlib.sha256).hexdigest()


def server_secret(engine: Engine) -> str:
    with engine.connect() as connection:
        return connection.execute(select(server_state.c.secret)).scalar_one()


@dataclass
class VerifiedBundle:
    principal: Principal
    operations: list[Operation]
    blobs: dict[str, bytes]
    cursor: str | None = None  # where the device's pulls stand (for the return bundle)


def verify_bundle(engine: Engine, secret: str, data: bytes,
                  max_unpacked: int = MAX_UNPACKED) -> VerifiedBundle:
    """Check structure, checksums and signature; BundleError says what is wrong."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > max_unpacked or len(archive.infolist()) > MAX_MEMBERS:
            raise BundleError("isi bundel terlalu besar setelah dibuka")
        broken = archive.testzip()
    except (zipfile.BadZipFile, EOFError, ValueError, OSError) as error:
        raise BundleError("berkas bundel rusak atau terpotong") from error
    if broken is not None:
        raise BundleError(f"berkas bundel rusak: bagian {broken[:80]} gagal diperiksa (CRC)")
    try:
        manifest_bytes = archive.read(MANIFEST)
        signature = archive.read(SIGNATURE).decode("ascii").strip()
        manifest = json.loads(manifest_bytes)
        device_id = str(manifest["device_id"])
        declared_ops = manifest["operations"]
        declared_blobs = {str(b["sha256"]): int(b["size"]) for b in manifest["blobs"]}
    except (KeyError, TypeError, ValueError, UnicodeDecodeError) as error:
        raise BundleError("manifes bundel tidak lengkap atau tidak sah") from error
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise BundleError("format atau versi bundel tidak dikenal")
    expected = hmac.new(bundle_key(secret, device_id).encode(), manifest_bytes,
                        hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise BundleError("tanda tangan bundel tidak cocok: bundel diubah atau bukan dari "
                          "perangkat ini")
    allowed = {MANIFEST, SIGNATURE, OPERATIONS} | {f"blobs/{sha}" for sha in declared_blobs}
    names = set(archive.namelist())
    if names != allowed or len(archive.namelist()) != len(names):
        raise BundleError("isi bundel tidak sesuai manifes")
    ops_bytes = archive.read(OPERATIONS)
    if (hashlib.sha256(ops_bytes).hexdigest() != declared_ops.get("sha256")
            or len(ops_bytes) != declared_ops.get("size")):
        raise BundleError("checksum operasi dalam bundel tidak cocok")
    blobs: dict[str, bytes] = {}
    for sha, size in declared_blobs.items():
        if not SHA256_PATTERN.fullmatch(sha):
            raise BundleError("nama berkas dalam bundel tidak sah")
        content = archive.read(f"blobs/{sha}")
        if len(content) != size or hashlib.sha256(content).hexdigest() != sha:
            raise BundleError(f"checksum berkas {sha[:12]}… dalam bundel tidak cocok")
        blobs[sha] = content
    operations = _operations(ops_bytes)
    with engine.connect() as connection:
        principal = principal_for_device(connection, device_id)
    if principal is None:
        raise BundleError("perangkat pembuat bundel tidak terdaftar atau sudah dicabut")
    cursor = manifest.get("cursor")
    return VerifiedBundle(principal, operations, blobs,
                          cursor if isinstance(cursor, str) and len(cursor) <= 120 else None)


def _operations(ops_bytes: bytes) -> list[Operation]:
    try:
        raw = json.loads(ops_bytes)
        if not isinstance(raw, list):
            raise TypeError
        operations = [Operation.from_json(item) for item in raw]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise BundleError("daftar operasi dalam bundel tidak sah") from error
    for op in operations:
        if not (isinstance(op.table, str) and isinstance(op.row_id, str)
                and isinstance(op.kind, str) and isinstance(op.hlc, str)
                and isinstance(op.hash, str) and op.seq >= 1):
            raise BundleError(f"operasi {op.seq} dalam bundel tidak sah")
    return operations


def import_bundle(engine: Engine, settings: Settings, store: BlobStore,
                  data: bytes) -> tuple[Principal, list[OpResult]]:
    """Verify, then store the files and apply the operations like a push."""
    bundle = verify_bundle(engine, server_secret(engine), data)
    return bundle.principal, apply_bundle(engine, settings, store, bundle)


def apply_bundle(engine: Engine, settings: Settings, store: BlobStore,
                 bundle: VerifiedBundle) -> list[OpResult]:
    for sha, content in bundle.blobs.items():
        store.store_bytes(sha, content, bundle.principal.device_id)
    if bundle.blobs:
        with engine.begin() as connection:
            for sha, content in bundle.blobs.items():
                record_blob(connection, sha, len(content))
    return push_operations(engine, settings, bundle.principal, bundle.operations)


def export_return_bundle(engine: Engine, device_id: str, cursor: str | None) -> bytes:
    """The bundle carried back to a device: its operation results, and the changes of its
    scope after ``cursor`` (or a snapshot of the scope when the cursor cannot be served)."""
    from provincial_server.sync.return_bundle import return_payload

    with engine.connect() as connection:
        principal = principal_for_device(connection, device_id)
        if principal is None:
            raise BundleError("perangkat tidak terdaftar atau sudah dicabut")
        payload = return_payload(connection, principal, cursor)
    return build_return_bundle(device_id, bundle_key(server_secret(engine), device_id), payload)

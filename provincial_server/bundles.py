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
import zlib
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
from provincial_server.auth import (
    AuthError,
    Principal,
    principal_for_bundle,
    principal_for_device,
)
from provincial_server.blobs import SHA256_PATTERN, BlobStore, record_blob
from provincial_server.config import Settings
from provincial_server.models import server_state
from provincial_server.sync.operations import Operation, OpResult
from provincial_server.sync.push import push_operations

MAX_UNPACKED = 1024 * 1024 * 1024  # default of Settings.max_bundle_unpacked_bytes
MAX_MEMBERS = 100_000
MAX_MANIFEST = 16 * 1024 * 1024  # the manifest lists every file (about 100 bytes each)
MAX_SIGNATURE = 256
READ_CHUNK = 256 * 1024


class BundleError(Exception):
    """The bundle was refused before anything was written; the message is for the user."""


class BundleForbidden(BundleError):
    """The importer may not import this bundle (403)."""


def check_importer(importer: Principal, owner: Principal) -> None:
    """The importer must be the bundle's own device, or hold the owner's whole scope
    (an admin bundle: admins only). BundleForbidden otherwise."""
    if importer.device_id == owner.device_id:
        return
    if importer.role == "facilitator":
        raise BundleForbidden("Pendamping hanya boleh mengimpor bundel perangkatnya sendiri")
    if importer.is_admin:
        return
    outside = [code for code in owner.regions if not importer.covers(code)]
    if owner.is_admin or outside:
        where = ", ".join(outside) if outside else "seluruh provinsi"
        raise BundleForbidden(f"Bundel milik {owner.username} mencakup wilayah di luar wilayah "
                              f"kerja Anda ({where}); minta admin provinsi atau operator "
                              "wilayah itu mengimpornya")


__all__ = ["BundleError", "BundleForbidden", "build_bundle", "check_importer",
           "export_return_bundle", "import_bundle", "verify_bundle"]


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
                  max_unpacked: int = MAX_UNPACKED,
                  importer: Principal | None = None) -> VerifiedBundle:
    """Check structure, signature and checksums; BundleError says what is wrong
    (BundleForbidden: ``importer`` may not import it; None: the server's command line).

    Nothing but the small manifest and its signature is inflated before the signature is
    checked and the maker's device is found valid; every member is refused if its declared
    size is over the limits (before reading) or if it inflates beyond what it declared
    (while reading, chunk by chunk).
    """
    archive, members = _open(data, max_unpacked)
    manifest_bytes = _read(archive, members, MANIFEST, MAX_MANIFEST)
    signature_bytes = _read(archive, members, SIGNATURE, MAX_SIGNATURE)
    try:
        signature = signature_bytes.decode("ascii").strip()
        manifest = json.loads(manifest_bytes)
        device_id = str(manifest["device_id"])
        declared_ops = manifest["operations"]
        declared_blobs = {str(b["sha256"]): int(b["size"]) for b in manifest["blobs"]}
        ops_sha, ops_size = str(declared_ops["sha256"]), int(declared_ops["size"])
    except (KeyError, TypeError, ValueError, UnicodeDecodeError, AttributeError) as error:
        raise BundleError("manifes bundel tidak lengkap atau tidak sah") from error
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise BundleError("format atau versi bundel tidak dikenal")
    expected = hmac.new(bundle_key(secret, device_id).encode(), manifest_bytes,
                        hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise BundleError("tanda tangan bundel tidak cocok: bundel diubah atau bukan dari "
                          "perangkat ini")
    allowed = {MANIFEST, SIGNATURE, OPERATIONS} | {f"blobs/{sha}" for sha in declared_blobs}
    if set(members) != allowed:
        raise BundleError("isi bundel tidak sesuai manifes")
    if any(not SHA256_PATTERN.fullmatch(sha) for sha in declared_blobs):
        raise BundleError("nama berkas dalam bundel tidak sah")
    sizes = {OPERATIONS: ops_size} | {f"blobs/{sha}": n for sha, n in declared_blobs.items()}
    if any(members[name].file_size != size for name, size in sizes.items()):
        raise BundleError("ukuran isi bundel tidak sesuai manifes")
    with engine.connect() as connection:
        try:
            principal = principal_for_bundle(connection, device_id)
        except AuthError as error:
            raise BundleError(str(error)) from error
    if importer is not None:
        check_importer(importer, principal)
    ops_bytes = _read(archive, members, OPERATIONS, ops_size)
    if hashlib.sha256(ops_bytes).hexdigest() != ops_sha:
        raise BundleError("checksum operasi dalam bundel tidak cocok")
    blobs: dict[str, bytes] = {}
    for sha, size in declared_blobs.items():
        content = _read(archive, members, f"blobs/{sha}", size)
        if hashlib.sha256(content).hexdigest() != sha:
            raise BundleError(f"checksum berkas {sha[:12]}… dalam bundel tidak cocok")
        blobs[sha] = content
    operations = _operations(ops_bytes)
    cursor = manifest.get("cursor")
    return VerifiedBundle(principal, operations, blobs,
                          cursor if isinstance(cursor, str) and len(cursor) <= 120 else None)


def _open(data: bytes, max_unpacked: int) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    """The archive and its members, from the central directory only (nothing inflated)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError, OSError) as error:
        raise BundleError("berkas bundel rusak atau terpotong") from error
    if len(infos) > MAX_MEMBERS:
        raise BundleError(f"bundel berisi terlalu banyak bagian (batas {MAX_MEMBERS})")
    if sum(info.file_size for info in infos) > max_unpacked:
        raise BundleError(f"isi bundel terlalu besar setelah dibuka (batas "
                          f"{max_unpacked // (1024 * 1024)} MiB)")
    members = {info.filename: info for info in infos}
    if len(members) != len(infos):
        raise BundleError("isi bundel tidak sesuai manifes (nama bagian ganda)")
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) \
                or info.flag_bits & 0x1:
            raise BundleError("bundel memakai pemampatan atau sandi yang tidak didukung; "
                              "buat ulang bundel dari aplikasi Sinergi Desa")
    return archive, members


def _read(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str,
          limit: int) -> bytes:
    """One member, inflated chunk by chunk and refused as soon as it passes ``limit`` (or
    the size it declares); its CRC is checked at the end."""
    info = members.get(name)
    if info is None:
        raise BundleError(f"bagian {name} tidak ada dalam bundel")
    if info.file_size > limit:
        raise BundleError(f"bagian {name[:80]} dalam bundel terlalu besar setelah dibuka")
    limit = min(limit, info.file_size)
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(READ_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise BundleError(f"bagian {name[:80]} dalam bundel lebih besar dari yang "
                                      "dinyatakan")
                chunks.append(chunk)
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, zlib.error) as error:
        raise BundleError(f"berkas bundel rusak: bagian {name[:80]} gagal diperiksa "
                          "(CRC)") from error
    return b"".join(chunks)


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


def import_bundle(engine: Engine, settings: Settings, store: BlobStore, data: bytes,
                  importer: Principal | None = None) -> tuple[Principal, list[OpResult]]:
    """Verify, then store the files and apply the operations like a push (``importer``: the
    caller who uploads it; None: the server's own command line)."""
    if len(data) > settings.max_bundle_bytes:
        raise BundleError(f"berkas bundel terlalu besar (batas "
                          f"{settings.max_bundle_bytes // (1024 * 1024)} MiB)")
    bundle = verify_bundle(engine, server_secret(engine), data,
                           settings.max_bundle_unpacked_bytes, importer)
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

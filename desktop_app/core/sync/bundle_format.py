"""The bundle file format (USB stick), shared by the desktop program and the server.

A device bundle is a zip of ``manifest.json``, its HMAC-SHA256 ``manifest.sig`` (key: the
device's bundle key, given at enrolment), ``operations.json`` and ``blobs/<sha256>``.
A return bundle (server → device) holds ``manifest.json``, ``manifest.sig`` (same key) and
``payload.json``: the device's operation results and the changes (or a snapshot) of its
scope, with the cursor to continue from.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import zipfile
from typing import Any

from desktop_app.core.i18n import translate

FORMAT = "sinergi-bundle"
RETURN_FORMAT = "sinergi-return-bundle"
VERSION = 1
MANIFEST, SIGNATURE, OPERATIONS, PAYLOAD = (
    "manifest.json", "manifest.sig", "operations.json", "payload.json")
MAX_UNPACKED = 1024 * 1024 * 1024


class BundleError(Exception):
    """The bundle was refused before anything was written; the message is for the user."""


def sign(key: str, manifest_bytes: bytes) -> str:
    return hmac.new(key.encode(), manifest_bytes, hashlib.sha256).hexdigest()


def _digest(data: bytes) -> dict[str, Any]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def build_bundle(device_id: str, key: str, operations: list[dict[str, Any]],
                 blobs: dict[str, bytes] | None = None,
                 extra: dict[str, Any] | None = None) -> bytes:
    """The bytes of a device bundle (``extra``: more manifest fields, e.g. the cursor)."""
    blobs = blobs or {}
    ops_bytes = json.dumps(operations, ensure_ascii=False).encode()
    manifest = {
        **(extra or {}),
        "format": FORMAT, "version": VERSION, "device_id": device_id,
        "operations": _digest(ops_bytes),
        "blobs": [{"sha256": sha, "size": len(data)} for sha, data in sorted(blobs.items())],
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, sign(key, manifest_bytes))
        archive.writestr(OPERATIONS, ops_bytes)
        for sha, data in sorted(blobs.items()):
            archive.writestr(f"blobs/{sha}", data)
    return out.getvalue()


def build_return_bundle(device_id: str, key: str, payload: dict[str, Any]) -> bytes:
    payload_bytes = json.dumps(payload, ensure_ascii=False).encode()
    manifest = {"format": RETURN_FORMAT, "version": VERSION, "device_id": device_id,
                "payload": _digest(payload_bytes)}
    manifest_bytes = json.dumps(manifest, sort_keys=True).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, sign(key, manifest_bytes))
        archive.writestr(PAYLOAD, payload_bytes)
    return out.getvalue()


def read_return_bundle(data: bytes, device_id: str, key: str) -> dict[str, Any]:
    """The payload of a return bundle for this device; BundleError if anything is wrong."""
    def refuse(text: str) -> BundleError:
        return BundleError(translate("Bundle", text))

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        if sum(i.file_size for i in archive.infolist()) > MAX_UNPACKED:
            raise refuse("Isi paket terlalu besar setelah dibuka.")
        broken = archive.testzip()
        if broken is not None or set(archive.namelist()) != {MANIFEST, SIGNATURE, PAYLOAD}:
            raise refuse("Paket rusak atau isinya tidak sesuai.")
        manifest_bytes = archive.read(MANIFEST)
        signature = archive.read(SIGNATURE).decode("ascii").strip()
        manifest = json.loads(manifest_bytes)
        payload_bytes = archive.read(PAYLOAD)
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, KeyError) as error:
        raise refuse("Paket rusak atau terpotong.") from error
    if manifest.get("format") != RETURN_FORMAT or manifest.get("version") != VERSION:
        raise refuse("Ini bukan paket balasan dari server, atau versinya tidak dikenal.")
    if not hmac.compare_digest(sign(key, manifest_bytes), signature):
        raise refuse("Tanda tangan paket tidak cocok: paket diubah atau bukan untuk perangkat "
                     "ini.")
    if manifest.get("device_id") != device_id:
        raise refuse("Paket ini untuk perangkat lain.")
    if _digest(payload_bytes) != manifest.get("payload"):
        raise refuse("Checksum isi paket tidak cocok.")
    try:
        payload = json.loads(payload_bytes)
    except ValueError as error:
        raise refuse("Isi paket tidak sah.") from error
    if not isinstance(payload, dict):
        raise refuse("Isi paket tidak sah.")
    return payload

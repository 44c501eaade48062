"""Zip bombs: size limits and the signature over the manifest are checked before any other
member is inflated; a member inflating beyond its declared size is stopped while reading."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest

from desktop_app.core.sync.bundle_format import sign
from provincial_server.auth import Principal
from provincial_server.bundles import (
    BundleError,
    BundleForbidden,
    build_bundle,
    server_secret,
    verify_bundle,
)
from provincial_server.db import create_server_engine
from tests.server.helpers import enrol

BIG = 24 * 1024 * 1024  # inflates to 24 MiB, about 24 KiB deflated


@pytest.fixture
def inflated(monkeypatch) -> dict[str, int]:
    """Counts the bytes zipfile inflates (all members together)."""
    counter = {"bytes": 0}
    original = zipfile._get_decompressor

    class Counting:
        def __init__(self, inner) -> None:
            self.inner = inner

        def decompress(self, data, max_length=0):
            out = self.inner.decompress(data, max_length)
            counter["bytes"] += len(out)
            return out

        def __getattr__(self, name):
            return getattr(self.inner, name)

    monkeypatch.setattr(zipfile, "_get_decompressor",
                        lambda compress_type: Counting(original(compress_type)))
    return counter


@pytest.fixture
def engine(backend):
    engine = create_server_engine(backend.database_url)
    yield engine
    engine.dispose()


def _bomb(device_id: str, key: str) -> bytes:
    content = b"\0" * BIG
    return build_bundle(device_id, key, [], {hashlib.sha256(content).hexdigest(): content})


def test_signature_is_checked_before_anything_big_is_inflated(backend, engine, inflated):
    laptop = enrol(backend.url, "fac_batu")
    data = _bomb(laptop.device_id, "0" * 64)  # not the device's key
    assert len(data) < 100 * 1024
    with pytest.raises(BundleError, match="tanda tangan"):
        verify_bundle(engine, server_secret(engine), data)
    assert inflated["bytes"] < 64 * 1024  # the manifest and signature only


def test_declared_sizes_over_the_limit_are_refused_before_inflating(backend, engine,
                                                                    inflated):
    laptop = enrol(backend.url, "fac_batu")
    data = _bomb(laptop.device_id, laptop.bundle_key)
    with pytest.raises(BundleError, match="terlalu besar"):
        verify_bundle(engine, server_secret(engine), data, max_unpacked=BIG // 2)
    assert inflated["bytes"] == 0
    # Within the limit, the same (correctly signed) bundle is accepted.
    assert len(verify_bundle(engine, server_secret(engine), data).blobs) == 1


def _understate(data: bytes, name: str, size: int) -> bytes:
    """The member ``name`` claims ``size`` bytes (local header and central directory)."""
    raw = bytearray(data)
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo(name)
    raw[info.header_offset + 22:info.header_offset + 26] = size.to_bytes(4, "little")
    central = raw.index(b"PK\x01\x02")
    while True:
        name_len = int.from_bytes(raw[central + 28:central + 30], "little")
        if raw[central + 46:central + 46 + name_len] == name.encode():
            raw[central + 24:central + 28] = size.to_bytes(4, "little")
            return bytes(raw)
        extra = int.from_bytes(raw[central + 30:central + 32], "little")
        comment = int.from_bytes(raw[central + 32:central + 34], "little")
        central += 46 + name_len + extra + comment


def test_a_member_inflating_beyond_its_declared_size_is_stopped(backend, engine, inflated):
    laptop = enrol(backend.url, "fac_batu")
    content = b"\0" * BIG
    sha = hashlib.sha256(content).hexdigest()
    # The manifest (signed) and the zip both claim 1000 bytes; the member holds 24 MiB.
    data = build_bundle(laptop.device_id, laptop.bundle_key, [], {sha: content})
    archive = zipfile.ZipFile(io.BytesIO(data))
    manifest = json.loads(archive.read("manifest.json"))
    manifest["blobs"][0]["size"] = 1000
    manifest_bytes = json.dumps(manifest, sort_keys=True).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("manifest.json", manifest_bytes)
        target.writestr("manifest.sig", sign(laptop.bundle_key, manifest_bytes))
        target.writestr("operations.json", archive.read("operations.json"))
        target.writestr(f"blobs/{sha}", content)
    lying = _understate(out.getvalue(), f"blobs/{sha}", 1000)
    inflated["bytes"] = 0
    with pytest.raises(BundleError):
        verify_bundle(engine, server_secret(engine), lying)
    assert inflated["bytes"] < 2 * 1024 * 1024


def test_an_importer_out_of_scope_is_refused_before_inflating(backend, engine, inflated):
    laptop = enrol(backend.url, "fac_batu")
    outsider = Principal(0, "op_samarinda", "operator", ("64.72",), "laptop-samarinda")
    with pytest.raises(BundleForbidden):
        verify_bundle(engine, server_secret(engine), _bomb(laptop.device_id, laptop.bundle_key),
                      importer=outsider)
    assert inflated["bytes"] < 64 * 1024

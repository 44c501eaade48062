"""Bundles (USB stick): imported like a push; repeated, truncated and tampered imports."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import zipfile

from desktop_app.core.ids import new_id
from provincial_server.bundles import build_bundle
from tests.server.helpers import Device, enrol

VILLAGE = "64.01.01.2003"
_years = itertools.count(2050)


def _bundle(device: Device) -> tuple[bytes, list[dict], str]:
    photo = b"foto musyawarah desa " + new_id().encode()
    sha = hashlib.sha256(photo).hexdigest()
    parent = new_id()
    ops = [
        device.op("village_population", parent, {"village_code": VILLAGE, "year": next(_years),
                                                  "population": 321}),
        device.op("attachment", new_id(), {"village_code": VILLAGE, "sha256": sha,
                                           "record_table": "village_population",
                                           "record_id": parent}),
    ]
    return build_bundle(device.device_id, device.bundle_key, ops, {sha: photo}), ops, sha


def _import(device: Device, data: bytes):
    return device.http.post("/api/v1/bundles", content=data,
                            headers={"Content-Type": "application/octet-stream"})


def _rezip(data: bytes, change) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            target.writestr(name, change(name, source.read(name)))
    return out.getvalue()


def test_bundle_import_twice_changes_nothing_the_second_time(backend):
    laptop = enrol(backend.url, "fac_batu")
    operator = enrol(backend.url, "op_paser")  # imports it at the district office
    data, ops, sha = _bundle(laptop)
    start = operator.cursor_now()
    response = _import(operator, data)
    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == ["applied", "applied"]
    after_first = operator.cursor_now()
    assert len(operator.pull_all(start)[0]) == 2
    response = _import(operator, data)
    assert [r["status"] for r in response.json()["results"]] == ["duplicate", "duplicate"]
    assert operator.cursor_now() == after_first
    assert operator.http.get(f"/api/v1/blobs/{sha}").content.startswith(b"foto")
    # The laptop's own later push of the same operations is a duplicate too.
    assert {r["status"] for r in laptop.push_ok(ops)} == {"duplicate"}


def test_truncated_and_tampered_bundles_are_rejected_before_any_write(backend):
    laptop = enrol(backend.url, "fac_batu")
    operator = enrol(backend.url, "op_paser")
    data, _ops, sha = _bundle(laptop)
    start = operator.cursor_now()

    def more_people(name: str, content: bytes) -> bytes:
        if name != "operations.json":
            return content
        ops = json.loads(content)
        ops[0]["payload"]["population"] = 999_999
        return json.dumps(ops).encode()

    def resized(name: str, content: bytes) -> bytes:
        if name != "manifest.json":
            return content
        manifest = json.loads(content)
        manifest["operations"]["size"] += 1
        return json.dumps(manifest, sort_keys=True).encode()

    bad = {
        "terpotong": data[: len(data) // 2],
        "kosong": b"",
        "bukan zip": b"PK\x03\x04 ini bukan bundel",
        "operasi diubah": _rezip(data, more_people),
        "manifes diubah": _rezip(data, resized),
        "kunci lain": build_bundle(laptop.device_id, "0" * 64, [], {}),
        "perangkat lain": build_bundle("tidak-terdaftar", laptop.bundle_key, [], {}),
    }
    with_extra = io.BytesIO(data)
    with zipfile.ZipFile(with_extra, "a") as archive:
        archive.writestr("../../etc/cron.d/x", b"boom")
    bad["berkas tambahan"] = with_extra.getvalue()
    for label, payload in bad.items():
        response = _import(operator, payload)
        assert response.status_code == 400, (label, response.text)
        assert response.json()["detail"], label
    assert operator.pull_all(start)[0] == []
    assert laptop.http.head(f"/api/v1/blobs/{sha}").status_code == 404


def test_facilitator_may_import_only_own_bundle(backend):
    laptop = enrol(backend.url, "fac_batu")
    other = enrol(backend.url, "fac_batu")
    data, _ops, _sha = _bundle(laptop)
    assert _import(other, data).status_code == 403
    assert _import(laptop, data).status_code == 200


def test_cli_import_bundle_uses_the_same_path(backend, tmp_path, capsys):
    from provincial_server.cli import main as server_cli

    laptop = enrol(backend.url, "fac_batu")
    data, _ops, _sha = _bundle(laptop)
    path = tmp_path / "kiriman.sdbundle"
    path.write_bytes(data)
    args = ["import-bundle", str(path), "--database-url", backend.database_url,
            "--data-dir", str(backend.data_dir)]
    assert server_cli(args) == 0
    assert "2 applied" in capsys.readouterr().out
    assert server_cli(args) == 0
    assert "2 duplicate" in capsys.readouterr().out
    path.write_bytes(data[:-100])
    assert server_cli(args) == 2
    assert "ditolak" in capsys.readouterr().err


def test_zip_bomb_bundle_is_refused(backend):
    laptop = enrol(backend.url, "fac_batu")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("blobs/bom", b"\0" * 1000)
    data = bytearray(out.getvalue())
    entry = data.index(b"PK\x01\x02")  # central directory: claims 4 GB once inflated
    data[entry + 24:entry + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    response = _import(laptop, bytes(data))
    assert response.status_code == 400 and "terlalu besar" in response.json()["detail"]

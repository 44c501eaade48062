"""Boundary files on the provincial server: the admin publishes, every device of the
province lists and reads them; a file the laptops could not import is refused."""

from __future__ import annotations

import hashlib
import json

from tests.maps.samples import district_shapefile, village_geojson
from tests.server.helpers import enrol


def test_admin_publishes_and_every_device_reads_the_file(backend, tmp_path):
    admin = enrol(backend.url, "admin")
    data = village_geojson(tmp_path / "desa.geojson").read_bytes()
    answer = admin.http.put("/api/v1/admin/boundaries", content=data,
                            params={"file_name": "desa-paser.geojson",
                                    "credit": "BIG RBI 10K 2023"})
    assert answer.status_code == 200, answer.text
    entry = answer.json()
    assert (entry["level"], entry["sha256"], entry["size"]) == (
        "village", hashlib.sha256(data).hexdigest(), len(data))
    assert entry["credit"] == "BIG RBI 10K 2023" and entry["published_by"] == "admin"
    # Province-wide: facilitators of other kabupaten and operators read it too, although
    # none of them uploaded it and no record attaches it.
    for username in ("fac_kubar", "fac_batu", "op_samarinda"):
        device = enrol(backend.url, username)
        listed = device.http.get("/api/v1/boundaries").json()
        assert [e for e in listed if e["level"] == "village"] == [entry]
        assert device.http.get(f"/api/v1/blobs/{entry['sha256']}").content == data

    # Kecamatan next to it; a new village file replaces the old one of its level.
    zipped = district_shapefile(tmp_path / "kec.zip").read_bytes()
    assert admin.http.put("/api/v1/admin/boundaries", content=zipped,
                          params={"file_name": "kec.zip"}).json()["level"] == "district"
    fewer = village_geojson(tmp_path / "b.geojson", {"64.01.01.2001": "Batu Kajang"})
    second = admin.http.put("/api/v1/admin/boundaries", content=fewer.read_bytes(),
                            params={"file_name": "desa-baru.geojson"}).json()
    listed = {e["level"]: e for e in admin.http.get("/api/v1/boundaries").json()}
    assert listed["village"] == second and listed["district"]["file_name"] == "kec.zip"


def test_a_file_the_laptops_could_not_import_is_refused(backend, tmp_path):
    admin = enrol(backend.url, "admin")
    before = admin.http.get("/api/v1/boundaries").json()
    no_code = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {
        "nama": "Batu Kajang"}, "geometry": {"type": "Polygon", "coordinates": [
            [[116, -1.9], [116.1, -1.9], [116.1, -1.8], [116, -1.9]]]}}]}
    for name, body, reason in (
            ("rusak.geojson", b'{"type": "Feature', "JSON rusak"),
            ("tanpa-kode.geojson", json.dumps(no_code).encode(), "kode wilayah"),
            ("catatan.txt", b"bukan peta", ".geojson, .json atau .zip")):
        answer = admin.http.put("/api/v1/admin/boundaries", content=body,
                                params={"file_name": name})
        assert answer.status_code == 400, answer.text
        assert reason in answer.json()["detail"]
    assert admin.http.get("/api/v1/boundaries").json() == before
    operator = enrol(backend.url, "op_paser")
    data = village_geojson(tmp_path / "desa.geojson").read_bytes()
    assert operator.http.put("/api/v1/admin/boundaries", content=data,
                             params={"file_name": "desa.geojson"}).status_code == 403

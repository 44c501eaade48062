"""A bundle import applies the rules a live push of its device would, at import time:
the device's token must be valid (not revoked or expired, its user active), and the
importer must hold the bundle owner's whole scope."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from desktop_app.core.ids import new_id
from provincial_server.bundles import build_bundle
from provincial_server.cli import main as server_cli
from provincial_server.db import create_server_engine
from provincial_server.models import device
from provincial_server.timeutil import utcnow
from tests.server.conftest import PASSWORD
from tests.server.helpers import Device, enrol

VILLAGE = "64.01.01.2003"


def _bundle(laptop: Device, year: int) -> bytes:
    op = laptop.op("village_population", new_id(), {"village_code": VILLAGE, "year": year,
                                                    "population": 77})
    return build_bundle(laptop.device_id, laptop.bundle_key, [op], {})


def _import(importer: Device, data: bytes):
    return importer.http.post("/api/v1/bundles", content=data,
                              headers={"Content-Type": "application/octet-stream"})


def _new_facilitator(admin: Device) -> str:
    username = "f" + new_id().replace("-", "")[-12:]
    response = admin.http.post("/api/v1/admin/users", json={
        "username": username, "full_name": "Uji", "role": "facilitator", "password": PASSWORD,
        "regions": ["64.01.01"]})
    assert response.status_code == 201, response.text
    return username


def test_bundles_of_expired_revoked_or_deactivated_devices_are_refused(backend, tmp_path):
    admin = enrol(backend.url, "admin")
    operator = enrol(backend.url, "op_paser")
    start = operator.cursor_now()
    expired, revoked = enrol(backend.url, "fac_batu"), enrol(backend.url, "fac_batu")
    deactivated = enrol(backend.url, _new_facilitator(admin))
    bundles = {name: _bundle(laptop, 1800 + i) for i, (name, laptop) in enumerate(
        (("kedaluwarsa", expired), ("dicabut", revoked), ("dinonaktifkan", deactivated)))}
    engine = create_server_engine(backend.database_url)
    try:
        with engine.begin() as connection:
            connection.execute(update(device).where(device.c.id == expired.device_id)
                               .values(expires_at=utcnow() - timedelta(minutes=1)))
    finally:
        engine.dispose()
    assert admin.http.post(f"/api/v1/admin/devices/{revoked.device_id}/revoke").is_success
    username = deactivated.http.get("/api/v1/me").json()["username"]
    assert admin.http.post(f"/api/v1/admin/users/{username}/deactivate").is_success
    for word, data in bundles.items():
        for importer in (operator, admin):
            response = _import(importer, data)
            assert response.status_code == 400, (word, response.text)
            assert word in response.json()["detail"], (word, response.text)
        path = tmp_path / f"{word}.sdbundle"
        path.write_bytes(data)
        assert server_cli(["import-bundle", str(path), "--database-url", backend.database_url,
                           "--data-dir", str(backend.data_dir)]) == 2
    assert operator.pull_all(start)[0] == []


def test_an_operator_imports_only_bundles_within_their_scope(backend):
    admin = enrol(backend.url, "admin")
    outsider = enrol(backend.url, "op_samarinda")  # 64.72: not the facilitator's kecamatan
    operator = enrol(backend.url, "op_paser")  # 64.01 holds 64.01.01
    laptop = enrol(backend.url, "fac_batu")
    admin_laptop = enrol(backend.url, "admin")
    start = operator.cursor_now()
    data = _bundle(laptop, 1850)
    response = _import(outsider, data)
    assert response.status_code == 403, response.text
    assert "di luar wilayah kerja" in response.json()["detail"]
    assert operator.pull_all(start)[0] == []
    admin_bundle = _bundle(admin_laptop, 1851)
    assert _import(operator, admin_bundle).status_code == 403  # province-wide owner
    assert _import(operator, data).status_code == 200
    assert _import(admin, admin_bundle).status_code == 200

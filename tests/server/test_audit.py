"""The audit log: enrolments, revocations, user changes and bundle imports, with who, when
and from where; admins read it page by page."""

from __future__ import annotations

from desktop_app.core.ids import new_id
from provincial_server.bundles import build_bundle
from provincial_server.cli import main as server_cli
from tests.server.conftest import PASSWORD
from tests.server.helpers import enrol


def _entries(admin, **params) -> list[dict]:
    response = admin.http.get("/api/v1/admin/audit", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_admin_reads_who_did_what_when_and_from_where(backend):
    admin = enrol(backend.url, "admin")
    laptop = enrol(backend.url, "fac_batu")
    operator = enrol(backend.url, "op_paser")
    username = "a" + new_id().replace("-", "")[-12:]
    assert admin.http.post("/api/v1/admin/users", json={
        "username": username, "full_name": "Uji", "role": "facilitator", "password": PASSWORD,
        "regions": ["64.01.01"]}).status_code == 201
    assert admin.http.post(f"/api/v1/admin/users/{username}/deactivate").is_success
    assert server_cli(["reset-password", username, "--password", "baru-sekali-2",
                       "--database-url", backend.database_url]) == 0
    op = laptop.op("village_population", new_id(), {"village_code": "64.01.01.2003",
                                                    "year": 1700})
    bundle = build_bundle(laptop.device_id, laptop.bundle_key, [op], {})
    assert operator.http.post("/api/v1/bundles", content=bundle, headers={
        "Content-Type": "application/octet-stream"}).status_code == 200
    assert admin.http.post(f"/api/v1/admin/devices/{laptop.device_id}/revoke").is_success

    enrolled = _entries(admin, event="enrol", subject=laptop.device_id)
    assert [(e["actor"], e["address"]) for e in enrolled] == [("fac_batu", "127.0.0.1")]
    assert enrolled[0]["at"]
    [revoked] = _entries(admin, event="device_revoked", subject=laptop.device_id)
    assert (revoked["actor"], revoked["device_id"]) == ("admin", admin.device_id)
    changes = [(e["event"], e["actor"]) for e in _entries(admin, subject=username)]
    assert changes[0][0] == "password_reset" and changes[0][1].startswith("cli")
    assert changes[1:] == [("user_deactivated", "admin"), ("user_created", "admin")]
    [imported] = _entries(admin, event="bundle_imported", subject=laptop.device_id)
    assert (imported["actor"], imported["device_id"]) == ("op_paser", operator.device_id)
    assert '"applied": 1' in imported["detail"]

    newest = _entries(admin, limit=2)
    older = _entries(admin, limit=2, before_id=newest[-1]["id"])
    assert newest[0]["id"] > newest[1]["id"] > older[0]["id"] > older[1]["id"]
    assert operator.http.get("/api/v1/admin/audit").status_code == 403

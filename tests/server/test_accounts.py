"""Accounts and devices: revocation sticks, device ids have one owner, users can be
deactivated and given a new password (API and CLI)."""

from __future__ import annotations

import httpx

from desktop_app.core.ids import new_id
from provincial_server.cli import main as server_cli
from tests.server.conftest import PASSWORD
from tests.server.helpers import enrol

VILLAGE = "64.01.01.2003"


def _enrol(backend, username: str, device_id: str, password: str = PASSWORD) -> httpx.Response:
    return httpx.post(backend.url + "/api/v1/auth/enrol", json={
        "username": username, "password": password, "device_id": device_id,
        "device_name": "Laptop"}, timeout=30)


def _fresh_id() -> str:
    return "l-" + new_id().replace("-", "")[-16:]


def _new_user(admin, role: str = "facilitator", regions: list[str] | None = None) -> str:
    username = "u" + new_id().replace("-", "")[-12:]
    response = admin.http.post("/api/v1/admin/users", json={
        "username": username, "full_name": "Uji", "role": role, "password": PASSWORD,
        "regions": ["64.01.01"] if regions is None else regions})
    assert response.status_code == 201, response.text
    return username


def test_a_revoked_device_id_is_dead_for_good(backend):
    admin = enrol(backend.url, "admin")
    laptop = enrol(backend.url, "fac_batu")
    assert laptop.push_ok([laptop.op("village_population", new_id(), {
        "village_code": VILLAGE, "year": 1901})])[0]["status"] == "applied"
    assert admin.http.post(f"/api/v1/admin/devices/{laptop.device_id}/revoke").status_code == 200
    for username in ("fac_batu", "op_paser"):  # its own user, then anyone else
        response = _enrol(backend, username, laptop.device_id)
        assert response.status_code == 403, (username, response.text)
        assert "dicabut" in response.json()["detail"]
        assert "bundle_key" not in response.json()
    assert laptop.http.get("/api/v1/me").status_code == 401


def test_a_device_id_belongs_to_one_user(backend):
    laptop = enrol(backend.url, "fac_batu")
    response = _enrol(backend, "op_paser", laptop.device_id)
    assert response.status_code == 403
    assert "pengguna lain" in response.json()["detail"]
    assert laptop.http.get("/api/v1/me").status_code == 200  # the owner keeps it
    assert _enrol(backend, "fac_batu", laptop.device_id).status_code == 200  # re-enrol


def test_deactivated_user_is_refused_everywhere_until_reactivated(backend):
    admin = enrol(backend.url, "admin")
    username = _new_user(admin)
    laptop = enrol(backend.url, username)
    response = admin.http.post(f"/api/v1/admin/users/{username}/deactivate")
    assert response.status_code == 200 and response.json()["active"] is False
    for response in (laptop.http.get("/api/v1/me"), laptop.http.get("/api/v1/sync/pull"),
                     laptop.push([laptop.op("village_population", new_id(), {
                         "village_code": VILLAGE, "year": 1902})])):
        assert response.status_code == 401
        assert "dinonaktifkan" in response.json()["detail"]
    assert _enrol(backend, username, _fresh_id()).status_code == 401
    assert admin.http.post(f"/api/v1/admin/users/{username}/activate").json()["active"]
    assert laptop.http.get("/api/v1/me").status_code == 200
    assert admin.http.post("/api/v1/admin/users/admin/deactivate").status_code == 400
    assert admin.http.post("/api/v1/admin/users/tidak-ada/deactivate").status_code == 404
    users = {u["username"]: u for u in admin.http.get("/api/v1/admin/users").json()}
    assert users[username]["active"] is True


def test_admin_resets_a_password(backend):
    admin = enrol(backend.url, "admin")
    username = _new_user(admin)
    response = admin.http.post(f"/api/v1/admin/users/{username}/password",
                               json={"password": "baru-sekali-1"})
    assert response.status_code == 200, response.text
    assert _enrol(backend, username, _fresh_id()).status_code == 401
    assert _enrol(backend, username, _fresh_id(), "baru-sekali-1").status_code == 200
    laptop = enrol(backend.url, "fac_batu")
    response = laptop.http.post("/api/v1/admin/users/fac_batu/password",
                                json={"password": "baru-sekali-1"})
    assert response.status_code == 403


def test_cli_deactivates_and_resets(backend, capsys):
    admin = enrol(backend.url, "admin")
    username = _new_user(admin)
    laptop = enrol(backend.url, username)
    common = ["--database-url", backend.database_url]
    assert server_cli(["deactivate-user", username, *common]) == 0
    assert laptop.http.get("/api/v1/me").status_code == 401
    assert server_cli(["activate-user", username, *common]) == 0
    assert laptop.http.get("/api/v1/me").status_code == 200
    assert server_cli(["reset-password", username, "--password", "lewat-cli-1", *common]) == 0
    assert _enrol(backend, username, _fresh_id(), "lewat-cli-1").status_code == 200
    assert server_cli(["deactivate-user", "tidak-ada", *common]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err

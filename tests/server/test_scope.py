"""The scope matrix: each role against each endpoint, inside and outside its regions."""

from __future__ import annotations

import hashlib

import pytest

from desktop_app.core.ids import new_id
from tests.server.helpers import Device, enrol

# One village in each region that matters, and who may touch it.
VILLAGES = {
    "64.01.01.2003": {"admin", "op_paser", "fac_batu"},  # Paser / Batu Sopang
    "64.01.02.2004": {"admin", "op_paser"},  # Paser / Tanjung Harapan
    "64.07.05.2002": {"admin", "fac_kubar"},  # Kutai Barat / Long Iram
    "64.72.01.1002": {"admin", "op_samarinda"},  # Samarinda / Palaran
}
USERS = ["admin", "op_paser", "fac_batu", "fac_kubar", "op_samarinda"]
REVIEWERS = {"admin", "op_paser", "op_samarinda"}


@pytest.fixture(scope="module")
def seeded(backend):
    """Per village: a population row and an attachment with its own file (by the admin)."""
    devices = {user: enrol(backend.url, user) for user in USERS}
    admin = devices["admin"]
    start = admin.cursor_now()
    files: dict[str, str] = {}
    ops = []
    for code in VILLAGES:
        parent, content = new_id(), f"foto {code} {new_id()}".encode()
        sha = hashlib.sha256(content).hexdigest()
        upload = admin.http.put(f"/api/v1/blobs/{sha}", content=content, headers={
            "Upload-Offset": "0", "Upload-Length": str(len(content))})
        assert upload.status_code == 200, upload.text
        ops.append(admin.op("village_population", parent, {"village_code": code,
                                                            "year": 2040}))
        ops.append(admin.op("attachment", new_id(), {
            "village_code": code, "record_table": "village_population", "record_id": parent,
            "sha256": sha}))
        files[code] = sha
    assert {r["status"] for r in admin.push_ok(ops)} == {"applied"}
    return devices, start, files


def _visible(device: Device, start: str, **params) -> set[str]:
    response = device.http.get("/api/v1/sync/pull", params={"cursor": start, "limit": 5000,
                                                            **params})
    assert response.status_code == 200, response.text
    return {c["f"]["village_code"] for c in response.json()["changes"]
            if c["t"] == "village_population" and "village_code" in c["f"]}


def test_scope_matrix(seeded):
    devices, start, files = seeded
    problems: list[str] = []

    def expect(label: str, got, wanted) -> None:
        if got != wanted:
            problems.append(f"{label}: got {got}, expected {wanted}")

    for user in USERS:
        device = devices[user]
        allowed = {code for code, users in VILLAGES.items() if user in users}
        expect(f"{user} pull", _visible(device, start), allowed)
        for code, users in VILLAGES.items():
            inside = user in users
            # push a new row into the village
            result = device.push_ok([device.op("village_population", new_id(), {
                "village_code": code, "year": 3000 + USERS.index(user)})])[0]
            expect(f"{user} push {code}", result["status"],
                   "applied" if inside else "quarantined")
            # pull narrowed to the village's kabupaten
            regency = code[:5]
            response = device.http.get("/api/v1/sync/pull", params={"region": regency})
            kabupaten_ok = user == "admin" or any(
                regency == r or regency.startswith(r + ".") for r in _regions(user))
            expect(f"{user} pull region {regency}", response.status_code,
                   200 if kabupaten_ok else 403)
            # snapshot of the kecamatan
            district = code[:8]
            response = device.http.get("/api/v1/sync/snapshot", params={
                "table": "village_population", "region": district})
            expect(f"{user} snapshot {district}", response.status_code,
                   200 if inside else 403)
            if response.status_code == 200:
                codes = {row["village_code"] for row in response.json()["rows"]}
                expect(f"{user} snapshot rows {district}",
                       code in codes and all(c.startswith(district + ".") for c in codes),
                       True)
            # download the village's file
            response = device.http.get(f"/api/v1/blobs/{files[code]}")
            expect(f"{user} blob {code}", response.status_code, 200 if inside else 403)
        for path in ("/api/v1/conflicts", "/api/v1/quarantine"):
            expect(f"{user} {path}", device.http.get(path).status_code,
                   200 if user in REVIEWERS else 403)
        for path in ("/api/v1/admin/users", "/api/v1/admin/devices"):
            expect(f"{user} {path}", device.http.get(path).status_code,
                   200 if user == "admin" else 403)
        response = device.http.post(f"/api/v1/admin/devices/{devices['fac_kubar'].device_id}"
                                    "/revoke") if user != "admin" else None
        if response is not None:
            expect(f"{user} revoke", response.status_code, 403)
    # Operators see quarantined operations of their regions only.
    rows = devices["op_samarinda"].http.get("/api/v1/quarantine",
                                            params={"limit": 1000}).json()
    expect("op_samarinda quarantine scope",
           {r["village_code"][:5] for r in rows if r["village_code"]} <= {"64.72"}, True)
    assert not problems, "\n".join(problems)


def _regions(user: str) -> list[str]:
    return {"op_paser": ["64.01"], "fac_batu": ["64.01.01"], "fac_kubar": ["64.07.05"],
            "op_samarinda": ["64.72"]}.get(user, [])


def test_revoked_device_is_refused_everywhere(backend):
    admin = enrol(backend.url, "admin")
    victim = enrol(backend.url, "fac_kubar")
    assert victim.http.get("/api/v1/me").status_code == 200
    response = admin.http.post(f"/api/v1/admin/devices/{victim.device_id}/revoke")
    assert response.status_code == 200 and response.json()["revoked_at"]
    for call in (lambda: victim.http.get("/api/v1/me"),
                 lambda: victim.http.get("/api/v1/sync/pull"),
                 lambda: victim.push([victim.op("village_population", new_id(), {
                     "village_code": "64.07.05.2001", "year": 1999})])):
        response = call()
        assert response.status_code == 401
        assert "dicabut" in response.json()["detail"]
    listed = {d["id"]: d for d in admin.http.get("/api/v1/admin/devices").json()}
    assert listed[victim.device_id]["revoked_at"] is not None


def test_wrong_password_and_unknown_user(backend):
    import httpx

    for username, password in (("fac_batu", "salah-sekali"), ("siapa", "rahasia-123")):
        response = httpx.post(backend.url + "/api/v1/auth/enrol", json={
            "username": username, "password": password, "device_id": "laptop-x",
            "device_name": "x"})
        assert response.status_code == 401
        assert response.json()["detail"] == "Nama pengguna atau kata sandi salah"

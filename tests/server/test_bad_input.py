"""Malformed, mistyped, oversized and forged requests: a clear 4xx, no write, never a 500."""

from __future__ import annotations

import gzip
import json
from datetime import timedelta

import httpx
from sqlalchemy import update

from desktop_app.core.ids import new_id
from provincial_server.db import create_server_engine
from provincial_server.models import device as device_table
from provincial_server.timeutil import utcnow
from tests.server.helpers import enrol, make_op

VILLAGE = "64.01.01.2001"


def _post(device, body: bytes, **headers):
    return device.http.post("/api/v1/sync/push", content=body,
                            headers={"Content-Type": "application/json", **headers})


def test_malformed_and_mistyped_requests_are_refused_without_writes(backend):
    device = enrol(backend.url, "fac_batu")
    start = device.cursor_now()
    good = make_op(1, "village_population", new_id(), {"village_code": VILLAGE,
                                                       "year": 8000})
    cases = {
        "json rusak": b'{"ops": [',
        "bukan objek": b"[1, 2, 3]",
        "ops bukan daftar": json.dumps({"ops": "semua"}).encode(),
        "seq teks": json.dumps({"ops": [{**good, "seq": "1"}]}).encode(),
        "seq negatif": json.dumps({"ops": [{**good, "seq": -1}]}).encode(),
        "jenis aneh": json.dumps({"ops": [{**good, "kind": "drop"}]}).encode(),
        "hash pendek": json.dumps({"ops": [{**good, "hash": "abc"}]}).encode(),
        "kolom asing": json.dumps({"ops": [{**good, "extra": 1}]}).encode(),
        "payload daftar": json.dumps({"ops": [{**good, "payload": [1]}]}).encode(),
        "kosong": b"",
        "utf8 rusak": b'{"ops": "\xff\xfe"}',
        "batch kosong": json.dumps({"ops": []}).encode(),
        "sarang dalam": b'{"ops": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        # A valid op followed by a broken one: the whole request is refused, nothing kept.
        "sebagian rusak": json.dumps({"ops": [good, {**good, "seq": "x"}]}).encode(),
    }
    for label, body in cases.items():
        response = _post(device, body)
        assert response.status_code in (400, 422), (label, response.status_code, response.text)
        assert response.json()["detail"], label
    assert device.pull_all(start)[0] == []


def test_huge_and_compressed_bomb_bodies_get_413(backend):
    device = enrol(backend.url, "fac_batu")
    start = device.cursor_now()
    huge = json.dumps({"ops": [make_op(1, "village_population", new_id(), {
        "village_code": VILLAGE, "year": 8001, "notes": "x" * (3 * 1024 * 1024)})]}).encode()
    assert _post(device, huge).status_code == 413
    bomb = gzip.compress(b'{"ops": [' + b" " * (20 * 1024 * 1024) + b"]}")
    response = _post(device, bomb, **{"Content-Encoding": "gzip"})
    assert response.status_code == 413 and "terlalu besar" in response.json()["detail"]
    response = _post(device, b"\x1f\x8b garbage", **{"Content-Encoding": "gzip"})
    assert response.status_code == 400
    response = _post(device, b"{}", **{"Content-Encoding": "br"})
    assert response.status_code == 400
    too_many = [device.op("village_population", new_id(), {"village_code": VILLAGE,
                                                           "year": 9000 + i})
                for i in range(2001)]
    response = device.push(too_many)
    assert response.status_code == 413
    long_text = device.op("village_profile", new_id(), {"village_code": "64.01.01.2003",
                                                        "head_name": "n" * 500})
    result = device.push_ok([long_text])[0]
    assert result["status"] == "quarantined" and "terlalu panjang" in result["reason"]
    assert device.pull_all(start)[0] == []


def test_bad_and_expired_tokens_get_401(backend):
    device = enrol(backend.url, "fac_batu")
    for header in ("Bearer", "Bearer " + "x" * 500, "Basic YWJjOmRlZg==", "sdt_tanpa_bearer",
                   "Bearer " + device.token + "x"):
        response = httpx.get(backend.url + "/api/v1/me", headers={"Authorization": header})
        assert response.status_code in (401, 403), header
        assert response.json()["detail"]
    engine = create_server_engine(backend.database_url)
    try:
        with engine.begin() as connection:
            connection.execute(update(device_table).where(
                device_table.c.id == device.device_id).values(
                expires_at=utcnow() - timedelta(minutes=1)))
    finally:
        engine.dispose()
    response = device.http.get("/api/v1/me")
    assert response.status_code == 401 and "kedaluwarsa" in response.json()["detail"]


def test_wrong_types_in_query_and_headers(backend):
    device = enrol(backend.url, "fac_batu")
    checks = [
        device.http.get("/api/v1/sync/pull", params={"limit": "banyak"}),
        device.http.get("/api/v1/sync/pull", params={"limit": 0}),
        device.http.get("/api/v1/sync/pull", params={"region": "Paser"}),
        device.http.get("/api/v1/sync/snapshot", params={"table": "app_user"}),
        device.http.get("/api/v1/sync/snapshot", params={"table": "village", "limit": 1}),
        device.http.put("/api/v1/blobs/" + "a" * 64, content=b"x",
                        headers={"Upload-Offset": "nol", "Upload-Length": "1"}),
        device.http.post("/api/v1/auth/enrol", json={"username": 5}),
        device.http.get("/api/v1/tidak-ada"),
        device.http.delete("/api/v1/sync/push"),
    ]
    for response in checks:
        assert 400 <= response.status_code < 500, (response.request.url, response.text)
        assert isinstance(response.json()["detail"], str)


def test_health_and_version(backend):
    assert httpx.get(backend.url + "/health").json() == {"status": "ok"}
    version = httpx.get(backend.url + "/version").json()
    assert version["schema"] == version["schema_expected"]
    assert version["database"] == backend.name


def test_nul_characters_outside_operations_are_refused_with_422(backend):
    """PostgreSQL cannot hold NUL in text: every field, parameter and path segment that would
    reach a query refuses it as invalid input (an operation's NUL is quarantined instead)."""
    admin = enrol(backend.url, "admin")
    enrol_body = {"username": "admin", "password": "rahasia-123", "device_id": "dnul1",
                  "device_name": "Laptop"}
    new_user = {"username": "nul_user", "full_name": "Nama", "role": "facilitator",
                "password": "rahasia-123", "regions": []}
    http = admin.http
    answers = [
        *(http.post("/api/v1/auth/enrol", json={**enrol_body, field: "a\x00b"})
          for field in ("username", "password", "device_name")),
        *(http.post("/api/v1/admin/users", json={**new_user, field: "a\x00bcdefgh"})
          for field in ("full_name", "password")),
        http.post("/api/v1/admin/users/fac_batu/password", json={"password": "a\x00bcdefgh"}),
        http.get("/api/v1/admin/audit", params={"event": "a\x00"}),
        http.get("/api/v1/admin/audit", params={"subject": "a\x00"}),
        http.get("/api/v1/sync/pull", params={"cursor": "a\x00"}),
        http.get("/api/v1/sync/snapshot", params={"table": "village_profile", "after": "a\x00"}),
        http.post("/api/v1/admin/devices/a%00/revoke"),
        http.post("/api/v1/admin/users/a%00/activate"),
    ]
    assert [a.status_code for a in answers] == [422] * len(answers), [a.text for a in answers]
    assert all(a.json()["detail"].startswith("Isi permintaan tidak sah") for a in answers)
    assert http.get("/api/v1/me").status_code == 200

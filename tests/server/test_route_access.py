"""Every route of the API against every kind of caller (issue 19: make the class of hole
impossible). Who may call a route is read from the route itself (its ``caller``, ``reviewer``
or ``admin`` dependency); a route without one must be named public here, so a route added
without an access rule fails this test before it ships.
"""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from fastapi.routing import APIRoute
from sqlalchemy import update

from desktop_app.core.ids import new_id
from provincial_server.api import deps
from provincial_server.app import ROUTERS
from provincial_server.db import create_server_engine
from provincial_server.models import device as device_table
from provincial_server.timeutil import utcnow
from tests.server.conftest import PASSWORD
from tests.server.helpers import Device, enrol

PUBLIC = {("GET", "/health"), ("GET", "/version"), ("POST", "/api/v1/auth/enrol")}
ANY_DEVICE, REVIEWER, ADMIN, NOBODY = "device", "reviewer", "admin", "public"
GUARDS = {deps.caller: ANY_DEVICE, deps.reviewer: REVIEWER, deps.admin: ADMIN}
PATH_VALUES = {"sha256": "0" * 64, "username": "fac_batu", "device_id": "laptop-tak-ada",
               "conflict_id": "1"}


def _guard(dependant) -> str | None:
    """The strictest access guard among a route's dependencies (depth first)."""
    found = []
    for sub in dependant.dependencies:
        if sub.call in GUARDS:
            found.append(GUARDS[sub.call])
        inner = _guard(sub)
        if inner:
            found.append(inner)
    order = [ANY_DEVICE, REVIEWER, ADMIN]
    return max(found, key=order.index) if found else None


def route_table() -> dict[tuple[str, str], str]:
    """(method, path) -> who may call it, for every route the server serves."""
    table: dict[tuple[str, str], str] = {}
    for router in ROUTERS:
        for route in router.routes:
            assert isinstance(route, APIRoute), route
            guard = _guard(route.dependant)
            for method in route.methods:
                key = (method, route.path)
                if guard is None:
                    assert key in PUBLIC, (
                        f"{method} {route.path} has no access rule: give it a caller, "
                        "reviewer or admin dependency, or name it public in this test")
                    table[key] = NOBODY
                else:
                    table[key] = guard
    return table


def test_every_route_declares_who_may_call_it():
    table = route_table()
    assert set(PUBLIC) <= set(table)
    assert len(table) >= 20
    assert table[("POST", "/api/v1/admin/devices/{device_id}/revoke")] == ADMIN
    assert table[("GET", "/api/v1/conflicts")] == REVIEWER
    assert table[("POST", "/api/v1/sync/push")] == ANY_DEVICE
    # Boundary files: only the admin publishes; every device lists (and reads) them.
    assert table[("PUT", "/api/v1/admin/boundaries")] == ADMIN
    assert table[("GET", "/api/v1/boundaries")] == ANY_DEVICE


def _call(base_url: str, method: str, path: str, token: str | None) -> httpx.Response:
    url = base_url + path.format(**PATH_VALUES)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    body = b"" if method in ("POST", "PUT") else None
    return httpx.request(method, url, headers=headers, content=body, timeout=30)


def _expire(database_url: str, device_id: str) -> None:
    engine = create_server_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(update(device_table).where(device_table.c.id == device_id)
                               .values(expires_at=utcnow() - timedelta(minutes=1)))
    finally:
        engine.dispose()


@pytest.fixture
def callers(backend) -> dict[str, Device]:
    """A device of each kind: the three roles, and three that must be refused everywhere."""
    admin = enrol(backend.url, "admin")
    username = "fac_" + new_id()[-8:]
    created = admin.http.post("/api/v1/admin/users", json={
        "username": username, "full_name": "Pendamping Sementara", "role": "facilitator",
        "password": PASSWORD, "regions": ["64.01.01"]})
    assert created.status_code == 201, created.text
    revoked, expired, deactivated = (enrol(backend.url, "fac_batu"),
                                     enrol(backend.url, "fac_batu"),
                                     enrol(backend.url, username))
    assert admin.http.post(f"/api/v1/admin/devices/{revoked.device_id}/revoke") \
        .status_code == 200
    _expire(backend.database_url, expired.device_id)
    assert admin.http.post(f"/api/v1/admin/users/{username}/deactivate").status_code == 200
    return {"admin": admin, "operator": enrol(backend.url, "op_paser"),
            "facilitator": enrol(backend.url, "fac_kubar"), "revoked": revoked,
            "expired": expired, "deactivated": deactivated}


def test_every_route_refuses_whoever_may_not_call_it(backend, callers):
    """No token, a revoked device, an expired token and a deactivated user get 401 on every
    guarded route; a facilitator gets 403 on reviewer and admin routes, an operator on admin
    routes. (What each may see inside a route is the scope matrix's job.)"""
    refused: list[str] = []
    checks = 0
    for (method, path), guard in sorted(route_table().items()):
        if guard == NOBODY:
            continue
        expected = {None: 401, "revoked": 401, "expired": 401, "deactivated": 401}
        if guard in (REVIEWER, ADMIN):
            expected["facilitator"] = 403
        if guard == ADMIN:
            expected["operator"] = 403
        for who, status in expected.items():
            token = callers[who].token if who else None
            answer = _call(backend.url, method, path, token).status_code
            checks += 1
            if answer != status:
                refused.append(f"{method} {path} as {who or 'no token'}: {answer}, not {status}")
    assert refused == []
    assert checks >= 80

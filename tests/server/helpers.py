"""Test helpers: a real server process on 127.0.0.1, a device client, operations."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from desktop_app.core.ids import new_id
from provincial_server.sync.protocol import operation_hash

READY_TIMEOUT_S = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_env(database_url: str, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "SINERGI_SERVER_DATABASE_URL": database_url,
        "SINERGI_SERVER_DATA_DIR": str(data_dir),
        # Cheap hashes in tests (the stored hash records its own parameters).
        "SINERGI_SERVER_ARGON2_MEMORY_KIB": "8192",
        "SINERGI_SERVER_ARGON2_TIME_COST": "1",
        "SINERGI_SERVER_MAX_BODY_BYTES": str(2 * 1024 * 1024),
        "SINERGI_SERVER_MAX_CHUNK_BYTES": str(256 * 1024),
        "SINERGI_SERVER_MAX_BLOB_BYTES": str(4 * 1024 * 1024),
        "SINERGI_SERVER_MAX_BUNDLE_BYTES": str(4 * 1024 * 1024),
        # All tests log in from 127.0.0.1 (fuzzing too): the login limits are tested on a
        # server of their own (test_login_limits).
        "SINERGI_SERVER_LOGIN_FAILURES_PER_ACCOUNT": "1000",
        "SINERGI_SERVER_LOGIN_FAILURES_PER_ADDRESS": "100000",
    })
    return env


@dataclass
class RunningServer:
    url: str
    process: subprocess.Popen
    log_path: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def kill(self) -> None:
        """kill -9: no graceful shutdown, requests in flight die with it."""
        self.process.kill()
        self.process.wait()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def start_server(env: dict[str, str], log_path: Path, workers: int = 1) -> RunningServer:
    """``sinergi-server serve`` in a subprocess; returns once /health answers."""
    port = free_port()
    with open(log_path, "wb") as handle:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            [sys.executable, "-m", "provincial_server.cli", "serve", "--host", "127.0.0.1",
             "--port", str(port), "--workers", str(workers), "--log-level", "warning"],
            env=env, stdout=handle, stderr=subprocess.STDOUT,
        )
    server = RunningServer(f"http://127.0.0.1:{port}", process, log_path)
    deadline = time.monotonic() + READY_TIMEOUT_S
    try:
        while True:  # readiness poll, not a timing assumption
            if process.poll() is not None:
                raise RuntimeError(f"server exited early:\n{server.log()}")
            try:
                if httpx.get(server.url + "/health", timeout=2).status_code == 200:
                    return server
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"server did not start:\n{server.log()}")
            time.sleep(0.1)
    except BaseException:
        server.stop()  # no process or log handle outlives a failed start
        raise


def make_op(seq: int, table: str, row_id: str, payload: dict[str, Any] | None = None,
            kind: str = "upsert", hlc: str | None = None, device: str = "dev") -> dict:
    payload = payload or {}
    hlc = hlc or f"{int(time.time() * 1000):013d}-{seq % 100000:05d}-{device}"
    return {"seq": seq, "table": table, "row_id": row_id, "kind": kind, "payload": payload,
            "hlc": hlc, "hash": operation_hash(table, row_id, kind, payload, hlc)}


_open_devices: list[Device] = []


def close_devices() -> None:
    """Close the HTTP connections of every device enrolled by the test that ends."""
    while _open_devices:
        _open_devices.pop().http.close()


@dataclass
class Device:
    """A laptop enrolled on the server: its id, token and next operation number."""

    base_url: str
    device_id: str
    token: str
    bundle_key: str
    next_seq: int = 1
    wall_ms: int = field(default_factory=lambda: int(time.time() * 1000))
    http: httpx.Client = field(init=False)

    def __post_init__(self) -> None:
        self.http = httpx.Client(base_url=self.base_url, timeout=60,
                                 headers={"Authorization": f"Bearer {self.token}"})
        _open_devices.append(self)

    def hlc(self) -> str:
        self.wall_ms += 1
        return f"{self.wall_ms:013d}-00000-{self.device_id}"

    def op(self, table: str, row_id: str, payload: dict[str, Any] | None = None,
           kind: str = "upsert", hlc: str | None = None) -> dict:
        op = make_op(self.next_seq, table, row_id, payload, kind, hlc or self.hlc(),
                     self.device_id)
        self.next_seq += 1
        return op

    def push(self, ops: list[dict]) -> httpx.Response:
        return self.http.post("/api/v1/sync/push", json={"ops": ops})

    def push_ok(self, ops: list[dict]) -> list[dict]:
        response = self.push(ops)
        assert response.status_code == 200, response.text
        return response.json()["results"]

    def pull_all(self, cursor: str | None = None, **params: Any) -> tuple[list[dict], str]:
        changes: list[dict] = []
        while True:
            query = {"limit": 500, **params}
            if cursor:
                query["cursor"] = cursor
            response = self.http.get("/api/v1/sync/pull", params=query)
            assert response.status_code == 200, response.text
            page = response.json()
            assert not page["refetch"], page
            changes += page["changes"]
            cursor = page["cursor"]
            if not page["more"]:
                return changes, cursor

    def cursor_now(self) -> str:
        """The server's current cursor (from a snapshot page: works after purges too)."""
        response = self.http.get("/api/v1/sync/snapshot",
                                 params={"table": "village_profile", "limit": 1})
        assert response.status_code == 200, response.text
        return response.json()["cursor"]


def enrol(base_url: str, username: str, password: str = "rahasia-123",
          device_id: str | None = None) -> Device:
    device_id = device_id or "d" + new_id().replace("-", "")[:20]
    response = httpx.post(base_url + "/api/v1/auth/enrol", json={
        "username": username, "password": password, "device_id": device_id,
        "device_name": f"Laptop {username}"}, timeout=30)
    assert response.status_code == 200, response.text
    body = response.json()
    return Device(base_url, device_id, body["token"], body["bundle_key"])


def profile(village_code: str, **fields: Any) -> dict[str, Any]:
    return {"village_code": village_code, **fields}

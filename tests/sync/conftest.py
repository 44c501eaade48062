"""Real servers and real laptops (workspaces on SQLite files) for the sync client tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from provincial_server.cli import main as server_cli
from tests.conftest import write_wilayah
from tests.server.conftest import PASSWORD, USERS, fresh_pg_database
from tests.server.helpers import RunningServer, server_env, start_server
from tests.sync.laptop import Laptop
from tests.sync.proxy import FaultProxy

SYNC_USERS = {**USERS, "fac_paser": ("facilitator", ["64.01.01", "64.01.02"])}


@dataclass
class SyncServer:
    database_url: str
    data_dir: Path
    env: dict[str, str]
    root: Path
    server: RunningServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return self.server.url

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def start(self) -> SyncServer:
        self.server = start_server(self.env, self.root / "server.log", workers=1)
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def kill(self) -> None:
        """kill -9: no graceful shutdown, requests in flight die with it."""
        assert self.server is not None
        self.server.kill()
        self.server = None

    def cli(self, *args: str) -> int:
        saved = dict(os.environ)
        os.environ.update(self.env)
        try:
            return server_cli(list(args))
        finally:
            os.environ.clear()
            os.environ.update(saved)


def prepare_server(root: Path, database_url: str | None = None) -> SyncServer:
    root.mkdir(parents=True, exist_ok=True)
    database_url = database_url or f"sqlite:///{root / 'server.sqlite'}"
    env = server_env(database_url, root / "data")
    env["SINERGI_SERVER_MAX_BLOB_BYTES"] = str(16 * 1024 * 1024)
    env["SINERGI_SERVER_MAX_BUNDLE_BYTES"] = str(16 * 1024 * 1024)
    server = SyncServer(database_url, root / "data", env, root)
    wilayah = write_wilayah(root / "wilayah")
    assert server.cli("init-db") == 0
    assert server.cli("import-wilayah", str(wilayah), "--province", "64") == 0
    for username, (role, regions) in SYNC_USERS.items():
        args = ["create-user", username, "--role", role, "--password", PASSWORD]
        for region in regions:
            args += ["--region", region]
        assert server.cli(*args) == 0
    return server


@pytest.fixture
def sync_server(request, tmp_path) -> Iterator[SyncServer]:
    """A fresh server (one worker) for one test: SQLite, or PostgreSQL when a test is
    parametrised with ``indirect=["sync_server"]`` and "postgresql"."""
    database_url = None
    if getattr(request, "param", "sqlite") == "postgresql":
        database_url = request.getfixturevalue("pg_sync_database")
    server = prepare_server(tmp_path / "server", database_url).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_sync_database() -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards (CI must have it)."""
    with fresh_pg_database("sinergi_sync") as url:
        yield url


BACKENDS = pytest.mark.parametrize("sync_server", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def proxy(sync_server) -> Iterator[FaultProxy]:
    running = FaultProxy(sync_server.port).start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def laptops(tmp_path) -> Iterator[Laptop.Factory]:
    made: list[Laptop] = []

    def make(name: str, server_url: str, username: str = "fac_paser", **kwargs) -> Laptop:
        laptop = Laptop.create(tmp_path / f"laptop-{name}", server_url, username, **kwargs)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()

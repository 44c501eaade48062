"""Real servers for the server tests: SQLite and PostgreSQL, each a uvicorn subprocess."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from provincial_server.cli import main as server_cli
from tests.conftest import SMALL_WILAYAH
from tests.pg_admin import drop_database
from tests.server.helpers import RunningServer, close_devices, server_env, start_server

PG_ENV = "SINERGI_TEST_PG_URL"
PASSWORD = "rahasia-123"
USERS = {  # username: (role, regions)
    "admin": ("admin", []),
    "op_paser": ("operator", ["64.01"]),
    "fac_batu": ("facilitator", ["640101"]),  # kecamatan 64.01.01, given in plain form
    "fac_kubar": ("facilitator", ["64.07.05"]),
    "op_samarinda": ("operator", ["6472"]),
}


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() == "true"


def pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        reason = f"{PG_ENV} is not set (PostgreSQL server tests need it; .ci/run sets it)"
        if _in_ci():
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    return url


@contextmanager
def fresh_pg_database(prefix: str) -> Iterator[str]:
    """A new PostgreSQL database (its URL), dropped afterwards (:func:`drop_database`)."""
    admin_url = pg_admin_url()
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield admin_url.rsplit("/", 1)[0] + "/" + name
    finally:
        drop_database(admin_url, name)


@dataclass
class Backend:
    name: str
    database_url: str
    data_dir: Path
    env: dict[str, str]
    server: RunningServer

    @property
    def url(self) -> str:
        return self.server.url


def _prepare(database_url: str, data_dir: Path, wilayah: Path) -> dict[str, str]:
    env = server_env(database_url, data_dir)
    saved = dict(os.environ)
    os.environ.update(env)
    try:
        assert server_cli(["init-db"]) == 0
        assert server_cli(["import-wilayah", str(wilayah), "--province", "64"]) == 0
        for username, (role, regions) in USERS.items():
            args = ["create-user", username, "--role", role, "--password", PASSWORD]
            for region in regions:
                args += ["--region", region]
            assert server_cli(args) == 0
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return env


@pytest.fixture(scope="session")
def wilayah_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wilayah")
    for name, text in SMALL_WILAYAH.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database for the session, dropped afterwards."""
    with fresh_pg_database("sinergi_test") as url:
        yield url


def _backend(name: str, request, tmp_path_factory, wilayah_dir: Path) -> Iterator[Backend]:
    root = tmp_path_factory.mktemp(f"server-{name}")
    if name == "postgresql":
        database_url = request.getfixturevalue("pg_database")
    else:
        database_url = f"sqlite:///{root / 'server.sqlite'}"
    env = _prepare(database_url, root / "data", wilayah_dir)
    server = start_server(env, root / "server.log", workers=2)
    try:
        yield Backend(name, database_url, root / "data", env, server)
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def _close_enrolled_devices() -> Iterator[None]:
    yield
    close_devices()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def backend(request, tmp_path_factory, wilayah_dir) -> Iterator[Backend]:
    """A running server (two uvicorn workers) on each database."""
    yield from _backend(request.param, request, tmp_path_factory, wilayah_dir)


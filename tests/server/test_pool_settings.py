"""Connections per worker (docs/server.md, "Several workers behind a reverse proxy")."""

from __future__ import annotations

from dataclasses import replace

from provincial_server.app import create_app
from provincial_server.cli import main as server_cli
from provincial_server.config import Settings
from provincial_server.db import POOL_WAIT_S


def test_a_worker_keeps_the_connections_the_environment_asks_for(pg_database, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setenv("SINERGI_SERVER_DB_POOL_SIZE", "3")
    monkeypatch.setenv("SINERGI_SERVER_DB_POOL_OVERFLOW", "1")
    assert server_cli(["init-db", "--database-url", pg_database,
                       "--data-dir", str(tmp_path / "data")]) == 0
    settings = replace(Settings.from_env(), database_url=pg_database, data_dir=tmp_path)
    engine = create_app(settings).state.context.engine
    try:
        assert (engine.pool.size(), engine.pool._max_overflow, engine.pool._timeout) == (
            3, 1, POOL_WAIT_S)
    finally:
        engine.dispose()


def test_by_default_four_connections_per_worker_without_overflow(monkeypatch):
    monkeypatch.delenv("SINERGI_SERVER_DB_POOL_SIZE", raising=False)
    monkeypatch.delenv("SINERGI_SERVER_DB_POOL_OVERFLOW", raising=False)
    settings = Settings.from_env()
    assert (settings.db_pool_size, settings.db_pool_overflow) == (4, 0)

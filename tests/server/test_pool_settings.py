"""Connections per worker (docs/server.md, "Several workers behind a reverse proxy")."""

from __future__ import annotations

from dataclasses import replace

import psycopg
from sqlalchemy import text

from provincial_server.app import create_app
from provincial_server.cli import main as server_cli
from provincial_server.config import Settings
from provincial_server.db import (
    PING_IDLE_S,
    POOL_WAIT_S,
    create_server_engine,
    normalise_url,
    quick_read,
    reading,
)


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


def test_a_connection_that_sat_idle_is_pinged_and_replaced_when_dead(pg_database):
    engine = create_server_engine(pg_database, pool_size=1)
    try:
        with engine.connect() as connection:
            first = connection.execute(text("SELECT pg_backend_pid()")).scalar()
        with engine.connect() as connection:  # returned just now: the same one, unpinged
            assert connection.execute(text("SELECT pg_backend_pid()")).scalar() == first
        with psycopg.connect(normalise_url(pg_database).replace("+psycopg", ""),
                             autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (first,))
        record = engine.pool._pool.queue[0]
        record.info["returned_at"] -= PING_IDLE_S + 1  # as if idle since long before
        with engine.connect() as connection:  # the ping finds it dead: a new one, no error
            assert connection.execute(text("SELECT pg_backend_pid()")).scalar() != first
    finally:
        engine.dispose()


def test_a_quick_read_runs_without_a_transaction_on_postgresql(pg_database):
    engine = create_server_engine(pg_database, pool_size=1)
    try:
        with quick_read(engine) as connection:
            assert connection.execute(text("SELECT now() = statement_timestamp()")).scalar()
        with reading(engine) as connection:  # inside BEGIN: now() is the transaction's start
            connection.execute(text("SELECT pg_sleep(0.01)"))
            assert not connection.execute(
                text("SELECT now() = statement_timestamp()")).scalar()
    finally:
        engine.dispose()

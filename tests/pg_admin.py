"""Dropping a scratch PostgreSQL database, for the tests, the fixtures and the benchmarks."""

from __future__ import annotations

import time

import psycopg


def drop_database(admin_url: str, name: str, wait_s: float = 30) -> None:
    """Drop database ``name`` if it exists, ending this role's leftover sessions (a killed
    server's). A session of another role, an autovacuum worker busy with the freshly
    written tables, cannot be ended by a role without ``pg_signal_backend``: the drop waits
    for it, up to ``wait_s``."""
    with psycopg.connect(admin_url, autocommit=True) as connection:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                return
            except psycopg.errors.InsufficientPrivilege:
                if time.monotonic() > deadline:
                    raise
                connection.execute("SELECT pg_sleep(0.2)")

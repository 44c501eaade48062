"""Engines for PostgreSQL (production) and SQLite (trials), and the schema migrations."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, exc, insert, select, text
from sqlalchemy.engine import make_url

from desktop_app.core.ids import new_id
from desktop_app.core.migrate import alembic_config as desktop_alembic_config
from desktop_app.core.migrate import head_revision as desktop_head_revision
from desktop_app.core.migrate import single_head
from desktop_app.paths import app_root
from provincial_server.models import server_state

SQLITE_BUSY_MS = 30_000
STATEMENT_TIMEOUT_MS = 120_000
LOCK_TIMEOUT_MS = 60_000
POOL_WAIT_S = 60  # a request waits this long for a free connection, then fails
PING_IDLE_S = 10  # a pooled connection idle this long is pinged before use


def normalise_url(url: str) -> str:
    """Use psycopg 3 for ``postgresql://`` URLs."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_connect(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection) -> None:
    # Writers take the lock at the start: no deadlock between two upgrading readers.
    if connection.get_execution_options().get("readonly"):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


class DatabaseLocationError(Exception):
    """The folder of a SQLite database cannot be made; the message is for the operator."""


def ensure_sqlite_folder(url: str) -> Path | None:
    """Create the folder of a file SQLite database (a relative path is taken from the
    current folder, as SQLite does). Returns the database file, None for other URLs."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:" \
            or database.startswith("file:"):
        return None
    path = Path(database).expanduser().absolute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseLocationError(
            f"Folder basis data {path.parent} tidak dapat dibuat ({error.strerror or error}). "
            "Pilih folder yang dapat ditulis, misalnya: export SINERGI_SERVER_DATABASE_URL="
            f"sqlite:///{Path.home() / 'sinergi' / 'server.sqlite'}") from error
    return path


def create_server_engine(url: str, pool_size: int = 4, pool_overflow: int = 0) -> Engine:
    """An engine for ``url``; on PostgreSQL each worker keeps ``pool_size`` connections and
    opens up to ``pool_overflow`` more at peaks. Requests beyond wait for a free one, in
    turn, without holding a transaction open: with 50 devices on one core, 20 connections
    per worker left ~22 transactions queued on the change-counter lock and a p99 push of
    6–8 s; 2–5 per worker gave 1.7–2 s at a slightly higher throughput."""
    url = normalise_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        ensure_sqlite_folder(url)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_MS / 1000}
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # A stuck statement or lock must not hold a worker forever.
    options = f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={LOCK_TIMEOUT_MS}"
    engine = create_engine(url, pool_size=pool_size, max_overflow=pool_overflow,
                           pool_timeout=POOL_WAIT_S,
                           connect_args={"options": options, "connect_timeout": 10})
    event.listen(engine, "checkin", _note_checkin)
    event.listen(engine, "checkout", _ping_if_idle)
    return engine


def _note_checkin(_dbapi_connection, record) -> None:
    record.info["returned_at"] = time.monotonic()


def _ping_if_idle(dbapi_connection, record, _proxy) -> None:
    """Ping a connection that sat idle in the pool (the database may have restarted or a
    firewall dropped it meanwhile); one in steady use is not pinged: a ping on every
    checkout cost a round trip per request. A dead one is replaced (the pool retries)."""
    returned = record.info.get("returned_at")
    if returned is None or time.monotonic() - returned < PING_IDLE_S:
        return
    try:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        dbapi_connection.rollback()
    except Exception as error:  # any failure: a new connection
        raise exc.DisconnectionError(str(error)) from error


@contextmanager
def quick_read(engine: Engine) -> Iterator[Connection]:
    """A connection for a few read-only statements that need no common snapshot. On
    PostgreSQL each runs in its own implicit transaction (autocommit): the same READ
    COMMITTED view as inside BEGIN … COMMIT, two round trips fewer. Elsewhere ``reading``."""
    if engine.dialect.name != "postgresql":
        with reading(engine) as connection:
            yield connection
        return
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        yield connection


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction (on SQLite it does not take the write lock)."""
    with engine.connect() as connection:
        connection.execution_options(readonly=True)
        with connection.begin():
            yield connection


def migrations_dir() -> Path:
    return app_root() / "migrations" / "server"


def alembic_config() -> Config:
    return desktop_alembic_config(migrations_dir())


def head_revision() -> str:
    return desktop_head_revision(migrations_dir())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not engine.dialect.has_table(connection, "alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> tuple[str | None, str]:
    """Upgrade to head; refuses a database made by a newer server."""
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    before = current_revision(engine)
    known = {rev.revision for rev in script.walk_revisions()}
    if before is not None and before not in known:
        raise RuntimeError(
            f"Basis data memakai skema {before} dari versi server yang lebih baru; tidak diubah."
        )
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return before, single_head(script)


def init_db(engine: Engine) -> bool:
    """Migrate and create the server state row (epoch, secret) once; True if created."""
    migrate(engine)
    with engine.begin() as connection:
        if connection.execute(select(server_state.c.id)).first():
            return False
        connection.execute(insert(server_state).values(
            id=1, last_seq=0, horizon_seq=0, epoch=new_id(), secret=secrets.token_hex(32),
        ))
    return True

"""The local SQLite database: WAL, foreign keys, busy timeout, one writer at a time."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Table,
    create_engine,
    event,
    func,
    insert,
    literal_column,
    select,
)
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


def _configure_connection(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_sqlite_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _configure_connection)
    return engine


class Database:
    """Sessions for readers and a serialised writer over one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = create_sqlite_engine(path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_lock = threading.Lock()
        # called whenever the pooled connections are closed (the read-only reader's too)
        self.on_dispose: list[Callable[[], None]] = []

    def _dispose(self) -> None:
        self.engine.dispose()
        for release in self.on_dispose:
            release()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self._write_lock, self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """The write lock without a session, while the file itself is replaced (a restore):
        no writer of this program runs meanwhile. Idle pooled connections are closed before
        and after, so none keeps pages of the replaced file in its cache."""
        with self._write_lock:
            self._dispose()
            try:
                yield
            finally:
                self._dispose()

    def close(self) -> None:
        self._dispose()


def driver_connection(session: Session) -> Any:
    """The sqlite3 connection under the session's transaction, for bulk statements."""
    return session.connection().connection.driver_connection


def table_of(model: type[Any]) -> Table:
    """The Table an ORM class is mapped to, typed as one (to mypy ``__table__`` is a
    FromClause)."""
    return model.__table__


def insert_many(session: Session, table: Table,
                rows: Sequence[Mapping[str, Any]] | Sequence[Sequence[Any]],
                shared: Mapping[str, Any] | None = None,
                columns: Sequence[str] | None = None) -> None:
    """Insert ``rows`` with one executemany on the driver: dicts with the same keys, or
    value tuples in ``columns`` order; each row is completed by the ``shared`` values.

    The one place that knows how SQLAlchemy stores a value: each goes through its column
    type's own conversion (JSON, DateTime, Boolean), so the stored text is what an ORM insert
    would store; shared values are converted once. Columns left out get their scalar default
    or the database's. SQLAlchemy's per-row parameter handling costs several times the write
    itself in imports of many rows.
    """
    if not rows:
        return
    if columns is None:
        names = list(rows[0])  # type: ignore[arg-type]
        pick = itemgetter(*names)
        values = [pick(row) if len(names) > 1 else (pick(row),) for row in rows]
    else:
        names, values = list(columns), rows  # type: ignore[assignment]
    shared = dict(shared or {})
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite":
        session.execute(insert(table), [{**dict(zip(names, row, strict=True)), **shared}
                                        for row in values])
        return
    for column in table.columns:
        if column.name in names or column.name in shared or column.default is None:
            continue
        if not column.default.is_scalar:
            raise ValueError(f"{table.name}.{column.name}: no value and no scalar default")
        shared[column.name] = column.default.arg

    def converter(name: str) -> Any:
        return table.c[name].type.dialect_impl(dialect).bind_processor(dialect)

    fixed = tuple(value if (convert := converter(name)) is None else convert(value)
                  for name, value in shared.items())
    converters = [(at, convert) for at, name in enumerate(names)
                  if (convert := converter(name)) is not None]
    if converters:
        def stored(row: Sequence[Any]) -> tuple[Any, ...]:
            cells = list(row)
            for at, convert in converters:
                cells[at] = convert(cells[at])
            return (*cells, *fixed)
        params: Iterable[Sequence[Any]] = map(stored, values)
    else:
        params = (tuple(row) + fixed for row in values) if fixed else values
    all_columns = [*names, *shared]
    cursor = driver_connection(session).cursor()
    try:
        cursor.executemany(f"INSERT INTO {table.name} ({', '.join(all_columns)}) "
                           f"VALUES ({', '.join('?' * len(all_columns))})", params)
    finally:
        cursor.close()


def in_values(column: Any, values: list[Any]) -> ColumnElement[bool]:
    """``column IN values`` with the values as one JSON parameter (SQLite's ``json_each``):
    one cached statement whatever their number, none of SQLAlchemy's per-value compiling."""
    return column.in_(select(literal_column("value")).select_from(
        func.json_each(json.dumps(values))))

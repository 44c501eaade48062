"""Server time: naive UTC datetimes in the database, milliseconds for clocks."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def now_ms() -> int:
    return int(datetime.now(UTC).timestamp() * 1000)

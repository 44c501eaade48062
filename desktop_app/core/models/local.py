"""Device-local bookkeeping: settings, the sync outbox and the field change history."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.models.base import Base


class LocalSetting(Base):
    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class OutboxOperation(Base):
    """A local edit waiting to be pushed; written in the same transaction as the edit.

    ``seq`` never repeats on a device (AUTOINCREMENT), so (device id, seq) is the
    operation's idempotency key on the server.
    """

    __tablename__ = "sync_outbox"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy API

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # "upsert" | "delete"
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    pushed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # pending (not yet acknowledged) | done | refused (quarantined or rejected) | resent
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="pending",
                                        server_default="pending", index=True)
    reason: Mapped[str | None] = mapped_column(Text)  # the server's, when refused


class FieldChange(Base):
    """Who changed which field of which record, when: the history a profile shows."""

    __tablename__ = "field_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    village_code: Mapped[str | None] = mapped_column(String(13), index=True)
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    changed_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    changed_by: Mapped[str] = mapped_column(String(120), nullable=False)

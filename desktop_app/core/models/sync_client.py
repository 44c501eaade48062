"""The sync client's own records: conflicts to review and server values held back."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.models.base import Base


class SyncConflict(Base):
    """Two values of one field met; one was kept, the other is shown here for review.

    ``reason``: ``concurrent`` (edited here and on the server while offline) or
    ``deleted`` (edited here while the record was deleted elsewhere).
    """

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    village_code: Mapped[str | None] = mapped_column(String(13))
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    local_value: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    local_hlc: Mapped[str | None] = mapped_column(String(64))
    remote_value: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    remote_hlc: Mapped[str | None] = mapped_column(String(64))
    kept: Mapped[str] = mapped_column(String(10), nullable=False)  # local | remote
    reason: Mapped[str] = mapped_column(String(12), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)


class SyncDeferred(Base):
    """A server value for a field with a pending local edit, held until that edit is
    acknowledged; then the newer of the two (by clock) stays."""

    __tablename__ = "sync_deferred"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False)


class SyncFile(Base):
    """A blob this device knows the server holds (uploaded, or downloaded from it)."""

    __tablename__ = "sync_file"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    uploaded_at: Mapped[datetime | None] = mapped_column(DateTime)
    downloaded_at: Mapped[datetime | None] = mapped_column(DateTime)

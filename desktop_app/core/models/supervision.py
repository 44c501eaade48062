"""Supervision of village budgets in the field: visits, findings (temuan) and follow-up.

A finding's ``status`` is its current follow-up state; every change of it is also kept as a
``FindingStatusChange`` so the history (open → in progress → resolved → verified) is shown
and synced. Dates are ISO text so rows and sync payloads stay plain JSON and sort correctly.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.models.base import Base, SyncedRow

FINDING_CATEGORIES = ("administrasi", "keuangan", "fisik", "pengadaan", "lainnya")
SEVERITIES = ("rendah", "sedang", "tinggi")
FINDING_STATUSES = ("open", "in_progress", "resolved", "verified")
OPEN_STATUSES = ("open", "in_progress")  # still waiting for the village's follow-up


class SupervisionVisit(SyncedRow, Base):
    """A monitoring visit to a village: who went, why, what was inspected."""

    __tablename__ = "supervision_visit"
    __table_args__ = (Index("ix_supervision_visit_village_code_visit_date",
                            "village_code", "visit_date"),)

    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"), nullable=False)
    visit_date: Mapped[str] = mapped_column(String(10), nullable=False)
    officers: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    purpose: Mapped[str | None] = mapped_column(Text)
    # Budget lines inspected (ids of apbdes_line) and what else was looked at, in words.
    inspected_line_ids: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    inspected: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class SupervisionFinding(SyncedRow, Base):
    """A finding (temuan), its recommendation and its follow-up."""

    __tablename__ = "supervision_finding"
    __table_args__ = (
        Index("ix_supervision_finding_village_code", "village_code"),
        Index("ix_supervision_finding_status_deadline", "status", "deadline"),
        Index("ix_supervision_finding_category", "category"),
        Index("ix_supervision_finding_found_on", "found_on"),
        Index("ix_supervision_finding_visit_id", "visit_id"),
    )

    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"), nullable=False)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("supervision_visit.id"))
    budget_line_id: Mapped[str | None] = mapped_column(String(36))
    found_on: Mapped[str] = mapped_column(String(10), nullable=False)
    category: Mapped[str] = mapped_column(String(20), nullable=False)
    severity: Mapped[str] = mapped_column(String(10), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    recommendation: Mapped[str | None] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(String(300))
    deadline: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(15), nullable=False, default="open")


class FindingStatusChange(SyncedRow, Base):
    """One step of a finding's follow-up, kept forever (insert-only)."""

    __tablename__ = "supervision_finding_status"
    __table_args__ = (Index("ix_supervision_finding_status_finding_id", "finding_id"),)

    finding_id: Mapped[str] = mapped_column(ForeignKey("supervision_finding.id"),
                                            nullable=False)
    status: Mapped[str] = mapped_column(String(15), nullable=False)
    changed_on: Mapped[str] = mapped_column(String(10), nullable=False)
    changed_by: Mapped[str] = mapped_column(String(120), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


class Attachment(SyncedRow, Base):
    """A file (photo, scan) attached to a record; the bytes live in the blob store by SHA-256.

    Same columns as the server's ``attachment`` table.
    """

    __tablename__ = "attachment"
    __table_args__ = (
        Index("ix_attachment_village_code", "village_code"),
        Index("ix_attachment_record_id", "record_id"),
        Index("ix_attachment_sha256", "sha256"),
    )

    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"), nullable=False)
    record_table: Mapped[str] = mapped_column(String(64), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    file_name: Mapped[str | None] = mapped_column(String(200))
    mime_type: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int | None] = mapped_column(BigInteger)

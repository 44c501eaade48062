"""IDM assessments: official ones imported from Kemendesa, drafts made in the field.

An assessment holds its 50 indicator scores as JSON (``{"1": 4, ...}``) so that scoring,
ranking and drafts work on one shape; official rumusan imports also keep the published
text per indicator (criterion, recommended activity, actors per level) in
``idm_indicator_row``. Official data is reference data: imported, not edited, so it is
not queued for sync; drafts are edits and go through the outbox.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.models.base import Base, SyncedRow

OFFICIAL = "official"
DRAFT = "draft"


class IdmAssessment(SyncedRow, Base):
    __tablename__ = "idm_assessment"
    __table_args__ = (
        UniqueConstraint("village_code", "year", "kind"),
        Index("ix_idm_assessment_regency_code_year", "regency_code", "year"),
        # The overview counts from this index alone and finds a year's lagging villages
        # through it (migration 0013). The server, which has no overview, leaves it out.
        Index("ix_idm_assessment_kind_year_status", "kind", "year", "status", "regency_code",
              "deleted", info={"desktop_only": True}),
        # A village's results of one kind by year (migration 0014): without it SQLite took
        # the overview index above for these lookups and scanned every official result.
        Index("ix_idm_assessment_village_code_kind_year", "village_code", "kind", "year",
              info={"desktop_only": True}),
    )

    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"), nullable=False)
    regency_code: Mapped[str] = mapped_column(String(5), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # official | draft
    # {"1": 0..5, ...}; a real NULL (not JSON null) when only summary values are known
    scores: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    # As published (exact text of the source; None for drafts and missing values).
    published_iks: Mapped[str | None] = mapped_column(String(24))
    published_ike: Mapped[str | None] = mapped_column(String(24))
    published_ikl: Mapped[str | None] = mapped_column(String(24))
    published_idm: Mapped[str | None] = mapped_column(String(24))
    published_status: Mapped[str | None] = mapped_column(String(30))
    # The official status (published) or, for drafts, the computed one; and its IDM value.
    status: Mapped[str | None] = mapped_column(String(30))
    idm: Mapped[str | None] = mapped_column(String(24))
    source: Mapped[str | None] = mapped_column(String(300))
    imported_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The village code the source published, where it differs from ``village_code``: an
    # official file under a code Kemendagri has since changed, imported under the current
    # code after a person confirmed the mapping (a code map). None otherwise.
    published_code: Mapped[str | None] = mapped_column(String(13))


class IdmIndicatorRow(Base):
    """One indicator of an official rumusan, as published."""

    __tablename__ = "idm_indicator_row"
    # Clustered on its key: one B-tree instead of two, for imports of 500,000 rows.
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - SQLAlchemy API

    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("idm_assessment.id", ondelete="CASCADE"), primary_key=True
    )
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    score: Mapped[int] = mapped_column(Integer, nullable=False)
    criterion: Mapped[str | None] = mapped_column(Text)
    activity: Mapped[str | None] = mapped_column(Text)
    actor_pusat: Mapped[str | None] = mapped_column(String(300))
    actor_prov: Mapped[str | None] = mapped_column(String(300))
    actor_kab: Mapped[str | None] = mapped_column(String(300))
    actor_desa: Mapped[str | None] = mapped_column(String(300))
    actor_csr: Mapped[str | None] = mapped_column(String(300))
    actor_lainnya: Mapped[str | None] = mapped_column(String(300))


class IdmTarget(SyncedRow, Base):
    """How many villages a kabupaten (or, with no kabupaten, the province) aims to lift."""

    __tablename__ = "idm_target"
    __table_args__ = (UniqueConstraint("year", "regency_code"),)

    year: Mapped[int] = mapped_column(Integer, nullable=False)
    regency_code: Mapped[str | None] = mapped_column(String(5))
    villages_to_lift: Mapped[int] = mapped_column(Integer, nullable=False)
    notes: Mapped[str | None] = mapped_column(Text)


class IdmTargetVillage(SyncedRow, Base):
    """A named target village (desa sasaran) of a year."""

    __tablename__ = "idm_target_village"
    __table_args__ = (UniqueConstraint("year", "village_code"),)

    year: Mapped[int] = mapped_column(Integer, nullable=False)
    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"), nullable=False)

"""Indeks Desa questionnaires filled in the field, and official results imported.

A questionnaire is one village's answers for one index and year: per aspect (keyed by its id
in the definition, e.g. ``12.3``) a score, the data source and a note; evidence files hang on
an answer through ``attachment``. The computed total and status are stored beside it so lists
and recaps read them in SQL; they are recomputed whenever the definition or its cut-offs
change. The review trail (diisi → diperiksa pendamping → disahkan kepala desa) is a list of
steps. Questionnaires, answers and steps are edits and go through the outbox.

Official results are reference data, imported and never edited (not queued for sync).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.ids import new_id
from desktop_app.core.models.base import Base, SyncedRow


class IndexQuestionnaire(SyncedRow, Base):
    __tablename__ = "index_questionnaire"
    __table_args__ = (
        UniqueConstraint("village_code", "year", "index_code"),
        Index("ix_index_questionnaire_regency_code_year", "regency_code", "year"),
    )

    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"), nullable=False)
    regency_code: Mapped[str] = mapped_column(String(5), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    index_code: Mapped[str] = mapped_column(String(20), nullable=False)
    filled_by: Mapped[str | None] = mapped_column(Text)  # the village data team
    review_state: Mapped[str] = mapped_column(String(20), nullable=False)
    # Computed from the answers with the definition in use (recomputed when it changes).
    total: Mapped[str | None] = mapped_column(String(24))  # 0-100, 4 decimals
    dimension_scores: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    status: Mapped[str | None] = mapped_column(String(30))
    status_provisional: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    answered: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    definition_version: Mapped[str | None] = mapped_column(String(80))


class IndexAnswer(SyncedRow, Base):
    __tablename__ = "index_answer"
    __table_args__ = (UniqueConstraint("questionnaire_id", "aspect_key"),)

    questionnaire_id: Mapped[str] = mapped_column(
        ForeignKey("index_questionnaire.id"), nullable=False)
    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"), nullable=False)
    aspect_key: Mapped[str] = mapped_column(String(12), nullable=False)
    score: Mapped[int | None] = mapped_column(Integer)
    data_source: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)


class IndexReviewStep(SyncedRow, Base):
    __tablename__ = "index_review_step"
    __table_args__ = (Index("ix_index_review_step_questionnaire_id", "questionnaire_id"),)

    questionnaire_id: Mapped[str] = mapped_column(
        ForeignKey("index_questionnaire.id"), nullable=False)
    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"), nullable=False)
    step: Mapped[str] = mapped_column(String(20), nullable=False)
    by_name: Mapped[str] = mapped_column(String(120), nullable=False)
    at: Mapped[str] = mapped_column(String(19), nullable=False)  # ISO date and time
    note: Mapped[str | None] = mapped_column(Text)


class IndexOfficialResult(Base):
    """A published result (Kepmendesa list, DPMD spreadsheet): as published, never edited."""

    __tablename__ = "index_official_result"
    __table_args__ = (
        UniqueConstraint("village_code", "year", "index_code"),
        Index("ix_index_official_result_regency_code_year", "regency_code", "year"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"), nullable=False)
    regency_code: Mapped[str] = mapped_column(String(5), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    index_code: Mapped[str] = mapped_column(String(20), nullable=False)
    total: Mapped[str | None] = mapped_column(String(24))  # exact text of the source
    dimension_scores: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    status: Mapped[str | None] = mapped_column(String(30))
    source: Mapped[str | None] = mapped_column(String(300))
    imported_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)

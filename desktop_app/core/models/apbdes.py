"""APBDes (APBKam for kampung) budgets and their lines.

Amounts are exact decimal text with 2 decimals (``"1234567.50"``), never float. Totals,
surplus/deficit and absorption are computed from detail lines, never stored. Subtotal rows
of an imported report are kept as stated (``kind = "subtotal"``) only to be checked against
their detail lines; they never count in totals.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.models.base import Base, SyncedRow

MURNI = "murni"
PERUBAHAN = "perubahan"
DETAIL = "detail"
SUBTOTAL = "subtotal"


class ApbdesBudget(SyncedRow, Base):
    """One village's budget of a fiscal year, original (murni) or amended (perubahan)."""

    __tablename__ = "apbdes_budget"
    __table_args__ = (UniqueConstraint("village_code", "year", "version"),)

    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    version: Mapped[str] = mapped_column(String(10), nullable=False)  # murni | perubahan
    perdes_number: Mapped[str | None] = mapped_column(String(100))
    perdes_date: Mapped[str | None] = mapped_column(String(10))  # ISO date
    # When each semester's realisation report arrived (ISO date); None = not yet reported.
    semester_1_reported_on: Mapped[str | None] = mapped_column(String(10))
    semester_2_reported_on: Mapped[str | None] = mapped_column(String(10))


class ApbdesLine(SyncedRow, Base):
    """A line of a budget: an account, within a kegiatan for spending."""

    __tablename__ = "apbdes_line"
    __table_args__ = (
        UniqueConstraint("budget_id", "activity_code", "code"),
        Index("ix_apbdes_line_budget_id", "budget_id"),
    )

    budget_id: Mapped[str] = mapped_column(ForeignKey("apbdes_budget.id"), nullable=False)
    # "" for revenue/financing and bidang-level lines; "02.02.01" for a kegiatan.
    activity_code: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    code: Mapped[str] = mapped_column(String(40), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # detail | subtotal
    description: Mapped[str] = mapped_column(Text, nullable=False)
    source: Mapped[str | None] = mapped_column(String(10))  # DD, ADD, BHP, BKP, BKK, ...
    budget: Mapped[str] = mapped_column(String(24), nullable=False)
    # Semester I realisation (to June) and the year-end report's (cumulative, whole year).
    realisation_1: Mapped[str] = mapped_column(String(24), nullable=False)
    realisation_2: Mapped[str] = mapped_column(String(24), nullable=False)
    ordinal: Mapped[int] = mapped_column(Integer, nullable=False)

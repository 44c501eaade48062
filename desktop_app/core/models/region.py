"""The Kemendagri region registry: province, kabupaten/kota, kecamatan, desa/kelurahan.

Reference data, replaced only by importing the official list, so it carries no sync
metadata; rows are keyed by their dotted Kemendagri code.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.models.base import Base


class Province(Base):
    __tablename__ = "province"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)


class Regency(Base):
    """Kabupaten or kota."""

    __tablename__ = "regency"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    province_code: Mapped[str] = mapped_column(ForeignKey("province.code"), nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)


class District(Base):
    """Kecamatan (called distrik in Papua)."""

    __tablename__ = "district"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    regency_code: Mapped[str] = mapped_column(
        ForeignKey("regency.code"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(120), nullable=False)


class Village(Base):
    """Desa, kampung or kelurahan.

    ``regency_code``, the kecamatan and kabupaten names and ``code_plain`` (the 10-digit
    form) are denormalised so that the village list filters, searches and sorts on indexes
    without joins; the full-text table ``village_name_fts`` (trigram, kept by triggers)
    serves substring search. A village that disappears from the official list is marked
    inactive, never deleted: profiles and history hang off it.
    """

    __tablename__ = "village"
    __table_args__ = (
        Index("ix_village_name_code", "name", "code"),
        Index("ix_village_district_name_code", "district_name", "code"),
        Index("ix_village_regency_name_code", "regency_name", "code"),
        Index("ix_village_kind_code", "kind", "code"),
        Index("ix_village_regency_code_name", "regency_code", "name"),
    )

    code: Mapped[str] = mapped_column(String(13), primary_key=True)
    code_plain: Mapped[str] = mapped_column(String(10), nullable=False, unique=True)
    district_code: Mapped[str] = mapped_column(
        ForeignKey("district.code"), nullable=False, index=True
    )
    regency_code: Mapped[str] = mapped_column(ForeignKey("regency.code"), nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    district_name: Mapped[str] = mapped_column(String(120), nullable=False)
    regency_name: Mapped[str] = mapped_column(String(120), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)

"""A village's profile, kept current by its facilitator."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.models.base import Base, SyncedRow


class VillageProfile(SyncedRow, Base):
    __tablename__ = "village_profile"

    village_code: Mapped[str] = mapped_column(
        ForeignKey("village.code"), nullable=False, unique=True
    )
    head_name: Mapped[str | None] = mapped_column(String(120))
    head_phone: Mapped[str | None] = mapped_column(String(30))
    office_address: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    area_km2: Mapped[float | None] = mapped_column(Float)
    boundary_north: Mapped[str | None] = mapped_column(String(200))
    boundary_east: Mapped[str | None] = mapped_column(String(200))
    boundary_south: Mapped[str | None] = mapped_column(String(200))
    boundary_west: Mapped[str | None] = mapped_column(String(200))
    typology: Mapped[str | None] = mapped_column(String(60))
    leading_products: Mapped[str | None] = mapped_column(Text)
    potentials: Mapped[str | None] = mapped_column(Text)
    electricity: Mapped[str | None] = mapped_column(String(20))
    phone_signal: Mapped[str | None] = mapped_column(String(20))
    internet: Mapped[str | None] = mapped_column(String(20))
    road_all_year: Mapped[bool | None] = mapped_column(Boolean)
    distance_to_district_km: Mapped[float | None] = mapped_column(Float)
    travel_minutes_to_district: Mapped[int | None] = mapped_column(Integer)
    distance_to_regency_km: Mapped[float | None] = mapped_column(Float)
    travel_minutes_to_regency: Mapped[int | None] = mapped_column(Integer)
    bumdes_name: Mapped[str | None] = mapped_column(String(200))
    bumdes_legal_status: Mapped[str | None] = mapped_column(String(20))
    bumdes_units: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class VillagePopulation(SyncedRow, Base):
    """Population and households of a village in one year."""

    __tablename__ = "village_population"
    __table_args__ = (UniqueConstraint("village_code", "year"),)

    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    population: Mapped[int | None] = mapped_column(Integer)
    households: Mapped[int | None] = mapped_column(Integer)

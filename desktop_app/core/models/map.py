"""Imported boundary polygons, one layer per level, ready to draw.

Reference data like the region list: replaced as a whole by importing a boundary file
(or one the provincial server publishes), so it carries no sync metadata. ``geometry``
is the packed, display-simplified shape (see ``core.maps.geometry``); the box and the
label point let the map pick and label shapes without unpacking them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.models.base import Base


class MapLayer(Base):
    __tablename__ = "map_layer"

    level: Mapped[str] = mapped_column(String(10), primary_key=True)  # regency|district|village
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    credit: Mapped[str] = mapped_column(Text, nullable=False)
    imported_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    shape_count: Mapped[int] = mapped_column(Integer, nullable=False)
    vertex_count: Mapped[int] = mapped_column(Integer, nullable=False)


class MapShape(Base):
    __tablename__ = "map_shape"

    level: Mapped[str] = mapped_column(
        ForeignKey("map_layer.level", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(13), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)  # as in the file
    min_x: Mapped[float] = mapped_column(Float, nullable=False)
    min_y: Mapped[float] = mapped_column(Float, nullable=False)
    max_x: Mapped[float] = mapped_column(Float, nullable=False)
    max_y: Mapped[float] = mapped_column(Float, nullable=False)
    label_x: Mapped[float] = mapped_column(Float, nullable=False)
    label_y: Mapped[float] = mapped_column(Float, nullable=False)
    geometry: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)

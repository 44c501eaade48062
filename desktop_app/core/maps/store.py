"""What opening the map reads: the stored layers (packed shapes) and the village names."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.first_run import load_working_area
from desktop_app.core.maps.geometry import Box, unpack
from desktop_app.core.models import District, MapLayer, MapShape, Regency, Village

LEVELS = ("regency", "district", "village")


@dataclass
class StoredShape:
    code: str
    name: str  # the region list's name where it has the code, else the file's
    box: Box
    label: tuple[float, float]
    rings: list[array]  # array('f') of x, y pairs, degrees


@dataclass
class MapData:
    layers: dict[str, list[StoredShape]] = field(default_factory=dict)
    credits: dict[str, str] = field(default_factory=dict)  # level -> source credit
    districts: dict[str, str] = field(default_factory=dict)  # village code -> kecamatan
    working_box: Box | None = None  # the working area's kabupaten/kecamatan, if mapped

    @property
    def empty(self) -> bool:
        return not any(self.layers.values())

    @property
    def box(self) -> Box | None:
        boxes = [shape.box for shapes in self.layers.values() for shape in shapes]
        if not boxes:
            return None
        total = boxes[0]
        for box in boxes[1:]:
            total = total.union(box)
        return total

    def credit_text(self) -> str:
        """One line naming every source (usually one)."""
        return "; ".join(dict.fromkeys(self.credits.values()))

    def village_codes(self) -> list[str]:
        return [shape.code for shape in self.layers.get("village", [])]


def load_map(session: Session) -> MapData:
    data = MapData()
    for level, credit in session.execute(select(MapLayer.level, MapLayer.credit)):
        data.credits[level] = credit
    # Names from the region list (joined on the shapes: a national list is never read whole).
    names: dict[str, str] = {}
    for model in (Village, District, Regency):
        names.update(session.execute(select(model.code, model.name).join(
            MapShape, MapShape.code == model.code)).all())
    data.districts = dict(session.execute(select(Village.code, Village.district_name).join(
        MapShape, MapShape.code == Village.code)).all())
    rows = session.execute(select(
        MapShape.level, MapShape.code, MapShape.name, MapShape.min_x, MapShape.min_y,
        MapShape.max_x, MapShape.max_y, MapShape.label_x, MapShape.label_y,
        MapShape.geometry).order_by(MapShape.level, MapShape.code))
    for level, code, name, x0, y0, x1, y1, lx, ly, blob in rows:
        data.layers.setdefault(level, []).append(StoredShape(
            code, names.get(code, name), Box(x0, y0, x1, y1), (lx, ly), unpack(blob)))
    data.working_box = _working_box(session, data)
    return data


def _working_box(session: Session, data: MapData) -> Box | None:
    """The box of the working area: its kecamatan (by the names typed) within the
    kabupaten, else the kabupaten, from whatever layer maps them."""
    area = load_working_area(session)
    if not area.regency:
        return None
    typed = {part.strip().lower() for part in area.district.replace(";", ",").split(",")
             if part.strip()}
    boxes = []
    for level in ("district", "village", "regency"):
        for shape in data.layers.get(level, []):
            if not shape.code.startswith(area.regency):
                continue
            if typed and level == "district" and shape.name.lower() not in typed:
                continue
            boxes.append(shape.box)
        if boxes:
            break
    if not boxes:
        return None
    total = boxes[0]
    for box in boxes[1:]:
        total = total.union(box)
    return total


def layer_info(session: Session) -> list[MapLayer]:
    return list(session.scalars(select(MapLayer).order_by(MapLayer.level)))

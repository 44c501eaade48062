"""Small boundary files over the test region list (tests/conftest.py SMALL_WILAYAH):
Paser's villages as squares in a row, 0.1 degree wide, around 116° E, 1.8° S."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import shapefile

# code -> name as the boundary file spells it. 64.01.01.2003 is missing (no polygon),
# 64.01.01.2099 is not in the region list, 64.01.02.2004 is spelled differently.
VILLAGES = {
    "64.01.01.2001": "BATU KAJANG",
    "64.01.01.2002": "Kasungai",
    "64.01.02.2001": "Tanjung Aru",
    "64.01.02.2004": "Randoom",
    "64.01.01.2099": "Desa Baru",
}
WEST, SOUTH, SIZE = 116.0, -1.9, 0.1


def square(index: int, size: float = SIZE) -> list[list[float]]:
    x, y = WEST + index * size, SOUTH
    return [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]


def village_geojson(path: Path, villages: dict[str, str] | None = None,
                    code_key: str = "KDEPUM", plain: bool = True,
                    **document: Any) -> Path:
    """Villages as a GeoJSON file whose code field has an unusual name and 10-digit
    values (``plain``) as BIG's files have."""
    features = []
    for index, (code, name) in enumerate((villages or VILLAGES).items()):
        features.append({"type": "Feature", "properties": {
            code_key: code.replace(".", "") if plain else code, "NAMOBJ": name,
            "LUAS": 12.5}, "geometry": {"type": "Polygon", "coordinates": [square(index)]}})
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features,
                                **document}), encoding="utf-8")
    return path


def district_shapefile(path: Path) -> Path:
    """Paser's two kecamatan as a zipped Shapefile, written with pyshp; the second is a
    MultiPolygon-like record of two parts."""
    files = {ext: io.BytesIO() for ext in ("shp", "shx", "dbf")}
    writer = shapefile.Writer(shapeType=shapefile.POLYGON, **files)
    writer.field("KODE_KEC", "C", size=8)
    writer.field("WADMKC", "C", size=50)
    writer.poly([list(reversed(square(0, 0.2)))])
    writer.record("64.01.01", "Batu Sopang")
    writer.poly([list(reversed(square(1, 0.2))), list(reversed(square(3, 0.1)))])
    writer.record("64.01.02", "Tanjung Harapan")
    writer.close()
    with zipfile.ZipFile(path, "w") as archive:
        for ext, data in files.items():
            archive.writestr(f"batas/kecamatan.{ext}", data.getvalue())
        archive.writestr("batas/kecamatan.cpg", "UTF-8")
    return path

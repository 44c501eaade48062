"""Read boundary files: GeoJSON and zipped Shapefile, into plain features.

Nothing here knows about levels or codes (see ``fields``); a file that cannot be read
raises ``InputFileError`` naming the problem in the user's language.
"""

from __future__ import annotations

import io
import itertools
import json
import math
import struct
import zipfile
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shapefile

from desktop_app.core.i18n import translate
from desktop_app.core.maps.geometry import Ring
from desktop_app.core.problems import InputFileError, Problem

CREDIT_KEYS = ("sumber", "source", "attribution", "credit", "kredit")


@dataclass
class RawFeature:
    number: int  # 1-based position in the file, for messages
    properties: dict[str, Any]
    rings: list[Ring]


@dataclass
class BoundaryFile:
    features: list[RawFeature]
    declared_credit: str | None


def refuse(path: Path, message: str, line: int | None = None) -> InputFileError:
    return InputFileError([Problem(path.name, line, message)])


def read_boundary_file(path: Path) -> BoundaryFile:
    """The features of a GeoJSON file (.geojson, .json) or a zipped Shapefile (.zip)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise refuse(
            path,
            translate("MapImport", "Berkas tidak dapat dibaca: {error}").format(
                error=error.strerror or error
            ),
        ) from error
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() == ".zip":
        return _read_zipped_shapefile(path, data)
    return _read_geojson(path, data)


# -- GeoJSON ------------------------------------------------------------------------


def _read_geojson(path: Path, data: bytes) -> BoundaryFile:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise refuse(
            path,
            translate("MapImport", "Bukan berkas GeoJSON yang sah (JSON rusak: {error}).").format(
                error=error
            ),
        ) from error
    if (
        not isinstance(document, dict)
        or document.get("type") != "FeatureCollection"
        or not isinstance(document.get("features"), list)
    ):
        raise refuse(path, translate("MapImport", "Bukan GeoJSON FeatureCollection."))
    features = []
    for number, feature in enumerate(document["features"], start=1):
        if not isinstance(feature, dict):
            raise refuse(
                path, translate("MapImport", "Fitur ke-{n} bukan objek GeoJSON.").format(n=number)
            )
        properties = feature.get("properties") or {}
        geometry = feature.get("geometry") or {}
        if not isinstance(properties, dict) or not isinstance(geometry, dict):
            raise refuse(
                path, translate("MapImport", "Fitur ke-{n} bukan objek GeoJSON.").format(n=number)
            )
        rings = _geojson_rings(path, number, geometry)
        features.append(RawFeature(number, dict(properties), rings))
    return BoundaryFile(features, _declared_credit(document))


def _declared_credit(document: dict[str, Any]) -> str | None:
    for key in CREDIT_KEYS:
        value = document.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _geojson_rings(path: Path, number: int, geometry: dict[str, Any]) -> list[Ring]:
    kind = geometry.get("type")
    coordinates: Any = geometry.get("coordinates")
    polygons: Any
    try:
        if kind == "Polygon":
            polygons = [coordinates]
        elif kind == "MultiPolygon":
            polygons = coordinates
        else:
            raise refuse(
                path,
                translate(
                    "MapImport",
                    "Fitur ke-{n}: geometri {kind} bukan poligon; batas "
                    "wilayah harus Polygon atau MultiPolygon.",
                ).format(n=number, kind=kind or "kosong"),
            )
        rings = [_ring(path, number, ring) for polygon in polygons for ring in polygon]
    except (TypeError, ValueError, IndexError, KeyError) as error:
        raise refuse(
            path,
            translate("MapImport", "Fitur ke-{n}: koordinat poligon tidak sah.").format(n=number),
        ) from error
    if not rings:
        raise refuse(
            path, translate("MapImport", "Fitur ke-{n}: poligon tanpa koordinat.").format(n=number)
        )
    return rings


def _ring(path: Path, number: int, positions: list[list[float]]) -> Ring:
    ring = array("d")
    for position in positions:
        ring.append(float(position[0]))
        ring.append(float(position[1]))
    return checked_ring(path, number, ring)


def checked_ring(path: Path, number: int, ring: Ring) -> Ring:
    """``ring`` closed, with at least three corners and coordinates in degrees."""
    if len(ring) < 6:
        raise refuse(
            path,
            translate(
                "MapImport", "Fitur ke-{n}: cincin poligon dengan kurang dari tiga titik."
            ).format(n=number),
        )
    xs, ys = ring[0::2], ring[1::2]
    if (
        not all(map(math.isfinite, ring))
        or min(xs) < -180
        or max(xs) > 180
        or min(ys) < -90
        or max(ys) > 90
    ):
        raise refuse(
            path,
            translate(
                "MapImport",
                "Fitur ke-{n}: koordinat bukan derajat bujur/lintang "
                "(WGS 84, EPSG:4326). Ubah proyeksinya dulu (misalnya dari "
                "UTM) lalu impor lagi.",
            ).format(n=number),
        )
    if ring[0] != ring[-2] or ring[1] != ring[-1]:
        ring.append(ring[0])
        ring.append(ring[1])
    return ring


# -- Shapefile (zipped) ------------------------------------------------------------


def _read_zipped_shapefile(path: Path, data: bytes) -> BoundaryFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
    except zipfile.BadZipFile as error:
        raise refuse(path, translate("MapImport", "Berkas ZIP rusak.")) from error
    shps = [name for name in names if name.lower().endswith(".shp")]
    if len(shps) != 1:
        raise refuse(
            path,
            translate(
                "MapImport",
                "ZIP harus berisi tepat satu Shapefile (.shp beserta .dbf "
                "dan .shx); berisi {count}.",
            ).format(count=len(shps)),
        )
    stem = shps[0][:-4]
    members = {
        name[len(stem) :].lower(): name
        for name in names
        if name.startswith(stem) and len(name) == len(stem) + 4
    }
    missing = [ext for ext in (".dbf", ".shx") if ext not in members]
    if missing:
        raise refuse(
            path,
            translate("MapImport", "Shapefile tidak lengkap: {missing} tidak ada di ZIP.").format(
                missing=", ".join(missing)
            ),
        )
    encoding = "utf-8"
    if ".cpg" in members:
        encoding = archive.read(members[".cpg"]).decode("ascii", "replace").strip() or encoding
    credit = None
    for name in names:  # a text file beside the Shapefile may name the source
        if name.lower().endswith(("sumber.txt", "source.txt")):
            credit = archive.read(name).decode("utf-8", "replace").strip() or None
    try:
        try:
            features = _shapefile_features(path, archive, members, encoding)
        except (UnicodeDecodeError, LookupError, shapefile.ShapefileException):
            # Names not in the declared encoding (pyshp says so with its own exception);
            # a file damaged otherwise fails again below and is named.
            features = _shapefile_features(path, archive, members, "latin-1")
    except (shapefile.ShapefileException, struct.error, ValueError, EOFError) as error:
        raise refuse(
            path, translate("MapImport", "Shapefile rusak: {error}").format(error=error)
        ) from error
    return BoundaryFile(features, credit)


def _shapefile_features(
    path: Path, archive: zipfile.ZipFile, members: dict[str, str], encoding: str
) -> list[RawFeature]:
    def member(ext: str) -> io.BytesIO:
        return io.BytesIO(archive.read(members[ext]))

    with shapefile.Reader(
        shp=member(".shp"), shx=member(".shx"), dbf=member(".dbf"), encoding=encoding
    ) as reader:
        return _features_of(path, reader)


def _features_of(path: Path, reader: shapefile.Reader) -> list[RawFeature]:
    field_names = [field[0] for field in reader.fields[1:]]
    features = []
    for number, item in enumerate(reader.iterShapeRecords(), start=1):
        shape = item.shape
        if shape.shapeType not in (shapefile.POLYGON, shapefile.POLYGONZ, shapefile.POLYGONM):
            raise refuse(
                path,
                translate(
                    "MapImport",
                    "Fitur ke-{n}: geometri {kind} bukan poligon; batas wilayah harus poligon.",
                ).format(n=number, kind=shape.shapeTypeName),
            )
        parts = [*shape.parts, len(shape.points)]
        rings = []
        for start, end in itertools.pairwise(parts):
            ring = array("d")
            for x, y, *_rest in shape.points[start:end]:
                ring.append(x)
                ring.append(y)
            rings.append(checked_ring(path, number, ring))
        if not rings:
            raise refuse(
                path,
                translate("MapImport", "Fitur ke-{n}: poligon tanpa koordinat.").format(n=number),
            )
        features.append(
            RawFeature(number, dict(zip(field_names, item.record, strict=False)), rings)
        )
    return features

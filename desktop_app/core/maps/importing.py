"""Import a boundary file into one map layer: all or nothing, cancellable, with a
coverage report against the region list."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desktop_app.core.clock import SYSTEM_CLOCK, Clock
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.maps.fields import FieldChoice, choose_fields, code_of
from desktop_app.core.maps.geometry import (
    Ring,
    bounds,
    label_point,
    pack,
    simplify_shape,
    vertex_count,
)
from desktop_app.core.maps.sources import RawFeature, read_boundary_file, refuse
from desktop_app.core.models import District, MapLayer, MapShape, Regency, Village
from desktop_app.core.problems import Cancelled

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
CHUNK = 200
# Display tolerance in degrees (1e-4 is about 11 m): finer for smaller areas.
TOLERANCE = {"village": 0.0001, "district": 0.0002, "regency": 0.0004}
_PREFIX = re.compile(r"^(kabupaten|kab\.?|kecamatan|kec\.?|desa|kampung|kelurahan|kel\.?)\s+")


def same_name(first: str, second: str) -> bool:
    """Names equal but for case, spacing, punctuation and a leading Kabupaten/Desa/…"""

    def key(name: str) -> str:
        return re.sub(r"[^0-9a-z]", "", _PREFIX.sub("", name.strip().lower()))

    return key(first) == key(second)


@dataclass
class CoverageReport:
    level: str
    file_name: str
    credit: str
    shapes: int = 0
    vertices_read: int = 0
    vertices_kept: int = 0
    without_code: list[int] = field(default_factory=list)  # feature numbers
    missing: list[tuple[str, str]] = field(default_factory=list)  # listed, no polygon
    unknown: list[tuple[str, str]] = field(default_factory=list)  # polygon, not listed
    renamed: list[tuple[str, str, str]] = field(default_factory=list)  # code, file, list
    scope: list[str] = field(default_factory=list)  # regions the coverage was checked in

    def summary(self, shown: int = 15) -> str:
        lines = [
            translate(
                "MapImport",
                "Lapisan {level}: {shapes} poligon dari {file} ({read} titik dibaca, "
                "{kept} disimpan setelah disederhanakan).",
            ).format(
                level=_level_name(self.level),
                shapes=self.shapes,
                file=self.file_name,
                read=self.vertices_read,
                kept=self.vertices_kept,
            ),
            translate("MapImport", "Sumber: {credit}").format(credit=self.credit),
            translate(
                "MapImport",
                "Dibandingkan dengan daftar wilayah di {scope}: {missing} tanpa "
                "poligon, {unknown} kode tidak dikenal, {renamed} nama berbeda.",
            ).format(
                scope=", ".join(self.scope) or "-",
                missing=len(self.missing),
                unknown=len(self.unknown),
                renamed=len(self.renamed),
            ),
        ]
        if self.without_code:
            lines.append(
                translate(
                    "MapImport", "{count} fitur tanpa kode wilayah dilewati (fitur ke-{first})."
                ).format(count=len(self.without_code), first=self.without_code[0])
            )
        sections = [
            (
                translate("MapImport", "Tanpa poligon:"),
                [f"{code} {name}" for code, name in self.missing],
            ),
            (
                translate("MapImport", "Kode tidak ada di daftar wilayah:"),
                [f"{code} {name}" for code, name in self.unknown],
            ),
            (
                translate("MapImport", "Nama berbeda (berkas / daftar wilayah):"),
                [f"{code} {mine} / {listed}" for code, mine, listed in self.renamed],
            ),
        ]
        for title, items in sections:
            if items:
                lines.append(title)
                lines += [f"  {item}" for item in items[:shown]]
                if len(items) > shown:
                    lines.append(
                        "  "
                        + translate("MapImport", "… dan {count} lagi").format(
                            count=len(items) - shown
                        )
                    )
        return "\n".join(lines)


def _level_name(level: str) -> str:
    return {
        "regency": translate("MapImport", "kabupaten/kota"),
        "district": translate("MapImport", "kecamatan"),
        "village": translate("MapImport", "desa/kelurahan"),
    }[level]


@dataclass
class _Shape:
    code: str
    name: str
    rings: list[Ring]


def import_boundaries(
    db: Database,
    path: Path,
    credit: str | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
    clock: Clock = SYSTEM_CLOCK,
    file_name: str | None = None,
) -> CoverageReport:
    """Replace the layer of ``path``'s level with its polygons.

    Raises InputFileError (nothing written) when the file cannot be used, and Cancelled
    (rolled back) when ``is_cancelled`` turns true.
    """
    report_progress = progress or (lambda done, total, phase: None)
    report_progress(0, 0, translate("MapImport", "Membaca berkas…"))
    source = read_boundary_file(path)
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    choice = choose_fields([feature.properties for feature in source.features])
    if choice is None:
        raise refuse(
            path,
            translate(
                "MapImport",
                "Tidak ada kolom berisi kode wilayah Kemendagri (bertitik "
                "seperti 64.01.01.2001 atau 10 angka) pada setiap fitur. "
                "Kolom yang ada: {fields}.",
            ).format(fields=", ".join(_field_names(source.features)) or "-"),
        )
    shapes, without_code = _shapes(source.features, choice)
    level = choice.level_key
    report = CoverageReport(
        level,
        file_name or path.name,
        credit
        or source.declared_credit
        or translate("MapImport", "tidak disebutkan (berkas {name})").format(name=path.name),
    )
    report.without_code = without_code
    total = len(shapes)
    rows = []
    for done, shape in enumerate(shapes, start=1):
        if is_cancelled():
            raise Cancelled()
        report.vertices_read += vertex_count(shape.rings)
        rings = simplify_shape(shape.rings, TOLERANCE[level])
        report.vertices_kept += vertex_count(rings)
        box = bounds(rings)
        label_x, label_y = label_point(rings)
        rows.append(
            {
                "level": level,
                "code": shape.code,
                "name": shape.name,
                "min_x": box.min_x,
                "min_y": box.min_y,
                "max_x": box.max_x,
                "max_y": box.max_y,
                "label_x": label_x,
                "label_y": label_y,
                "geometry": pack(rings),
            }
        )
        if done % CHUNK == 0:
            report_progress(done, total * 2, translate("MapImport", "Menyederhanakan poligon…"))
    report.shapes = len(rows)
    with db.writing() as session:
        _compare(session, report, {shape.code: shape.name for shape in shapes})
        session.execute(delete(MapShape).where(MapShape.level == level))
        session.merge(
            MapLayer(
                level=level,
                file_name=report.file_name[:255],
                sha256=sha256,
                credit=report.credit,
                imported_at=clock.now(),
                shape_count=len(rows),
                vertex_count=report.vertices_kept,
            )
        )
        session.flush()
        for start in range(0, len(rows), CHUNK):
            if is_cancelled():
                raise Cancelled()
            session.execute(insert(MapShape), rows[start : start + CHUNK])
            report_progress(
                total + min(start + CHUNK, total), total * 2, translate("MapImport", "Menyimpan…")
            )
    log.info("Boundary import from %s:\n%s", path, report.summary())
    return report


def _field_names(features: list[RawFeature]) -> list[str]:
    return list(dict.fromkeys(key for feature in features[:50] for key in feature.properties))


def _shapes(features: list[RawFeature], choice: FieldChoice) -> tuple[list[_Shape], list[int]]:
    """One shape per code (features sharing a code are parts of one area)."""
    by_code: dict[str, _Shape] = {}
    without = []
    for feature in features:
        code = code_of(feature.properties.get(choice.code_field), choice.level)
        if code is None:
            without.append(feature.number)
            continue
        raw_name = feature.properties.get(choice.name_field) if choice.name_field else None
        name = str(raw_name).strip()[:120] if raw_name else code
        if code in by_code:
            by_code[code].rings.extend(feature.rings)
        else:
            by_code[code] = _Shape(code, name, list(feature.rings))
    return sorted(by_code.values(), key=lambda shape: shape.code), without


def _compare(session: Session, report: CoverageReport, names: dict[str, str]) -> None:
    """Fill the coverage lists: against the active regions of the level, within the
    kabupaten (for a kabupaten layer: the provinces) the file covers."""
    level = report.level
    width = 2 if level == "regency" else 5
    report.scope = sorted({code[:width] for code in names})
    listed = _listed(session, level, report.scope)
    for code, name in sorted(listed.items()):
        if code not in names:
            report.missing.append((code, name))
        elif not same_name(names[code], name):
            report.renamed.append((code, names[code], name))
    report.unknown = [(code, name) for code, name in names.items() if code not in listed]
    if level != "regency":
        regencies = dict(
            session.execute(
                select(Regency.code, Regency.name).where(Regency.code.in_(report.scope))
            ).all()
        )
        report.scope = [regencies.get(code, code) for code in report.scope]


def _listed(session: Session, level: str, scope: list[str]) -> dict[str, str]:
    if level == "regency":
        query = select(Regency.code, Regency.name).where(Regency.province_code.in_(scope))
    elif level == "district":
        query = select(District.code, District.name).where(District.regency_code.in_(scope))
    else:
        query = select(Village.code, Village.name).where(
            Village.regency_code.in_(scope), Village.active.is_(True)
        )
    return dict(session.execute(query).all())

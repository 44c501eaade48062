"""The map on paper: one landscape page (A4, F4 or A3) with the themed map, its title,
legend with village counts, scale bar, north arrow, source credit and date."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.maps.geometry import Box
from desktop_app.core.maps.store import MapData, load_map
from desktop_app.core.maps.themes import THEMES, ThemeData, compute_theme
from desktop_app.core.models import Province, Regency
from desktop_app.core.reports.document import F4, Progress, ReportResult
from desktop_app.core.reports.fonts import BOLD, REGULAR, register_fonts
from desktop_app.core.reports.formatting import long_date
from desktop_app.core.reports.map_drawing import (
    MapFrame,
    draw_layers,
    draw_legend,
    draw_north_arrow,
    draw_scale_bar,
)
from desktop_app.core.reports.settings import load_report_settings

MAP_PAPERS = {"A4": landscape(A4), "F4": landscape(F4), "A3": landscape(A3)}
MARGIN = 12 * mm
SIDE = 70 * mm  # the column with legend, arrow, scale, credit


@dataclass
class MapReportData:
    map: MapData
    theme: ThemeData
    area: str
    printed_on: date
    regency_code: str | None = None  # None: every village on the map

    def codes(self) -> set[str] | None:
        if self.regency_code is None:
            return None
        return {
            code for code in self.map.village_codes() if code.startswith(self.regency_code + ".")
        }

    def box(self) -> Box | None:
        prefix = f"{self.regency_code}." if self.regency_code else ""
        boxes = [
            shape.box
            for shapes in self.map.layers.values()
            for shape in shapes
            if shape.code.startswith(prefix) or shape.code == self.regency_code
        ]
        if not boxes:
            return None
        total = boxes[0]
        for box in boxes[1:]:
            total = total.union(box)
        return total


def map_title(data: MapReportData) -> str:
    return translate("MapReport", "Peta {theme} — {area}").format(
        theme=data.theme.title, area=data.area
    )


def build_map_report(
    data: MapReportData, paper: str = "A4", progress: Progress | None = None
) -> ReportResult:
    """Lay out the page (pure: run it in a worker thread)."""
    register_fonts()
    width, height = MAP_PAPERS.get(paper, MAP_PAPERS["A4"])
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), pageCompression=1)
    canvas.setTitle(map_title(data))
    canvas.setFont(BOLD, 14)
    canvas.drawString(MARGIN, height - MARGIN - 12, map_title(data))
    top = height - MARGIN - 24
    map_width = width - 2 * MARGIN - SIDE - 6 * mm
    map_height = top - MARGIN
    canvas.setStrokeColor(colors.HexColor("#808080"))
    canvas.setLineWidth(0.5)
    canvas.setFillColor(colors.HexColor("#eaf2f8"))
    canvas.rect(MARGIN, MARGIN, map_width, map_height, fill=1, stroke=1)
    box = data.box()
    frame = None
    if box is not None:
        frame = MapFrame(
            box, MARGIN + 4 * mm, MARGIN + 4 * mm, map_width - 8 * mm, map_height - 8 * mm
        )
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(MARGIN, MARGIN, map_width, map_height)
        canvas.clipPath(clip, stroke=0, fill=0)
        draw_layers(canvas, data.map, data.theme, frame, data.codes(), progress)
        canvas.restoreState()
    side_x = width - MARGIN - SIDE
    codes = data.codes()
    counted = data.map.village_codes() if codes is None else sorted(codes)
    bottom = draw_legend(canvas, data.theme, data.theme.counts(counted), side_x, top, SIDE)
    draw_north_arrow(canvas, side_x + 12, bottom - 40)
    if frame is not None:
        canvas.setFont(REGULAR, 7)
        draw_scale_bar(canvas, frame, side_x, bottom - 62, SIDE - 20 * mm)
    notes = [note for note in (data.theme.note,) if note] + [
        translate("MapReport", "Sumber batas wilayah: {credit}").format(
            credit=data.map.credit_text() or translate("MapReport", "tidak disebutkan")
        ),
        translate("MapReport", "Data tema: Sinergi Desa (data di perangkat ini)."),
        translate("MapReport", "Proyeksi: ekuirektangular, WGS 84."),
        translate("MapReport", "Dicetak {day}").format(
            day=long_date(data.printed_on, with_day_name=False)
        ),
    ]
    canvas.setFillColor(colors.black)
    lines = [line for note in notes for line in _wrap(canvas, note, SIDE)]
    text = canvas.beginText(side_x, MARGIN + 4 + 8.4 * len(lines))
    text.setFont(REGULAR, 7)
    for line in lines:
        text.textLine(line)
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return ReportResult(out.getvalue(), 1)


def _wrap(canvas: Canvas, value: str, width: float) -> list[str]:
    lines, current = [], ""
    for word in (piece for long in value.split() for piece in _cut(canvas, long, width)):
        trial = f"{current} {word}".strip()
        if current and canvas.stringWidth(trial, REGULAR, 7) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines


def _cut(canvas: Canvas, word: str, width: float) -> list[str]:
    """A word wider than the column (a file path naming a source) in pieces that fit."""
    pieces = [""]
    for char in word:
        if pieces[-1] and canvas.stringWidth(pieces[-1] + char, REGULAR, 7) > width:
            pieces.append("")
        pieces[-1] += char
    return pieces


def _area_name(session: Session, data: MapData, regency_code: str | None) -> str:
    """The kabupaten printed, else the province(s) the map covers."""
    if regency_code:
        regency = session.get(Regency, regency_code)
        return regency.name if regency else regency_code
    codes = {shape.code[:2] for shapes in data.layers.values() for shape in shapes}
    names = [
        province.name
        for province in session.scalars(
            select(Province).where(Province.code.in_(codes)).order_by(Province.code)
        )
    ]
    return (
        translate("MapReport", "Provinsi {names}").format(names=", ".join(names))
        if names
        else translate("MapReport", "seluruh peta")
    )


def map_report_for(
    db: Database,
    theme_key: str,
    year: int | None,
    today: date,
    regency_code: str | None = None,
    paper: str | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """Read the map and the theme, then build (run in a worker thread). ``paper`` None:
    the paper of the report settings (A4 or F4)."""
    if progress is not None:
        progress(0, 0, translate("MapReport", "Membaca peta"))
    theme = compute_theme(db, THEMES[theme_key], year, today)
    with db.reading() as session:
        data = load_map(session)
        settings = load_report_settings(session)
        area = _area_name(session, data, regency_code)
    report = MapReportData(data, theme, area, today, regency_code)
    return build_map_report(report, paper or settings.paper, progress)

"""Indeks Desa beside the IDM in the village IDM report and the regional recap.

The two are different indices (IDM 0–1 with five statuses of Permendesa PDTT 2/2016, Indeks
Desa 0–100 with the statuses of its own dated rule): each gets its own table, axis and status
set, labelled, and they are never joined into one series. Computed statuses from unverified
cut-offs are marked provisional with their source.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from sqlalchemy.orm import Session

from desktop_app.core.i18n import translate
from desktop_app.core.indeks_desa.answers import provisional_note
from desktop_app.core.indeks_desa.queries import (
    OFFICIAL_SOURCE,
    RegencyOverview,
    VillageIndexStatus,
    WeakAspectCell,
    regional_overview,
    result_years,
    village_results,
    weak_aspect_matrix,
)
from desktop_app.core.index.definitions import indeks_desa_catalogue
from desktop_app.core.reports.document import ReportBuilder
from desktop_app.core.reports.fonts import BOLD, REGULAR
from desktop_app.core.reports.formatting import number

EMPTY = "—"
ABBREVIATIONS = {
    "Sangat Tertinggal": "ST",
    "Tertinggal": "T",
    "Berkembang": "B",
    "Maju": "M",
    "Mandiri": "MD",
}
BAR = colors.HexColor("#1f7a5c")
WEAK_SHOWN = 15  # weak aspects printed in the recap, most villages first
VILLAGES_SHOWN = 8



def _status_names(year: int, data_dir: Path | None) -> tuple[str, ...]:
    """The status set of the year's rule, highest first."""
    return tuple(band.name for band in reversed(indeks_desa_catalogue(year, data_dir).statuses))


def _note(year: int, data_dir: Path | None) -> str:
    return provisional_note(indeks_desa_catalogue(year, data_dir))


@dataclass(frozen=True)
class RegionIndeksDesa:
    years: list[int]
    overviews: dict[int, list[RegencyOverview]]
    statuses: tuple[str, ...]
    note: str  # why computed statuses are provisional ("" when the rule is verified)
    weak: list[WeakAspectCell] = field(default_factory=list)  # latest year, most villages
    labels: dict[str, tuple[str, str]] = field(default_factory=dict)  # aspect: text, dim.


def load_region_indeks_desa(
    session: Session, region: str | None, data_dir: Path | None = None
) -> RegionIndeksDesa | None:
    years = result_years(session, region)
    if not years:
        return None
    overviews = {year: regional_overview(session, year, region) for year in years}
    catalogue = indeks_desa_catalogue(years[-1], data_dir)
    labels = {item.key: (f"{item.group_name}: {item.label}", item.dimension)
              for item in catalogue.indicators}
    weak = weak_aspect_matrix(session, years[-1], region)[:WEAK_SHOWN]
    return RegionIndeksDesa(years, overviews, _status_names(years[-1], data_dir),
                            _note(years[-1], data_dir), weak, labels)


def region_section(builder: ReportBuilder, data: RegionIndeksDesa) -> None:
    builder.heading(translate("Reports", "Indeks Desa: jumlah desa per status per tahun"))
    builder.paragraph(
        translate(
            "Reports",
            "Indeks Desa (Permendesa PDT 9/2024, skala 0–100) adalah indeks "
            "tersendiri dengan status dan batasnya sendiri; tidak disambung "
            "dengan seri IDM di atas.",
        ),
        style="muted",
    )
    statuses = data.statuses
    rows = []
    for year in data.years:
        counts: Counter[str] = Counter()
        provisional = 0
        for item in data.overviews[year]:
            counts.update(item.by_status)
            provisional += item.provisional
        rows.append(
            [
                str(year),
                *(number(counts.get(s, 0)) for s in statuses),
                number(sum(counts.values())),
                number(provisional),
            ]
        )
    short = [ABBREVIATIONS.get(s, s) for s in statuses]
    builder.paragraph(
        "; ".join(f"{a} = {s}" for a, s in zip(short, statuses, strict=True)), style="muted"
    )
    builder.table(
        [
            translate("Reports", "Tahun"),
            *short,
            translate("Reports", "Jumlah"),
            translate("Reports", "Sementara"),
        ],
        rows,
        widths=[1.2, *([1.3] * len(statuses)), 1.3, 1.8],
        align="C" + "R" * (len(statuses) + 2),
    )
    latest = data.years[-1]
    builder.table(
        [
            translate("Reports", "Kabupaten/Kota {year}").format(year=latest),
            *short,
            translate("Reports", "Jumlah"),
        ],
        [
            [
                item.regency_name,
                *(number(item.by_status.get(s, 0)) for s in statuses),
                number(item.villages),
            ]
            for item in data.overviews[latest]
        ],
        widths=[3.8, *([1.3] * len(statuses)), 1.3],
        align="L" + "R" * (len(statuses) + 1),
    )
    if data.note and any(item.provisional for year in data.years for item in data.overviews[year]):
        builder.paragraph(
            translate(
                "Reports", "Kolom Sementara: desa yang statusnya dihitung dari kuesioner. {note}"
            ).format(note=data.note),
            style="muted",
        )
    _weak_section(builder, data)


def _weak_section(builder: ReportBuilder, data: RegionIndeksDesa) -> None:
    builder.heading(
        translate("Reports", "Aspek Indeks Desa yang lemah di banyak desa — {year}").format(
            year=data.years[-1]
        )
    )
    if not data.weak:
        builder.paragraph(translate("Reports", "Tidak ada aspek lemah (skor ≤ 2)."),
                          style="muted")
        return
    builder.paragraph(
        translate(
            "Reports",
            "Aspek bernilai 2 atau kurang pada kuesioner desa, desa terbanyak lebih dulu: "
            "bahan matriks sinergi (siapa bertindak disepakati dalam rapat koordinasi; "
            "definisi Indeks Desa tidak menyebut pelaku).",
        ),
        style="muted",
    )
    rows = []
    for cell in data.weak:
        text, dimension = data.labels.get(cell.aspect_key, (cell.aspect_key, ""))
        names = ", ".join(cell.villages[:VILLAGES_SHOWN])
        if len(cell.villages) > VILLAGES_SHOWN:
            names += " " + translate("Reports", "dan {count} lainnya").format(
                count=len(cell.villages) - VILLAGES_SHOWN)
        rows.append([f"{cell.aspect_key} {text}", dimension, str(len(cell.villages)), names])
    builder.table(
        [translate("Reports", "Aspek"), translate("Reports", "Dimensi"),
         translate("Reports", "Desa"), translate("Reports", "Desa dengan aspek lemah")],
        rows, widths=[4.6, 2.4, 1.0, 5.0], align="LLRL")


def load_village_indeks_desa(session: Session, code: str) -> list[VillageIndexStatus]:
    return village_results(session, code)


def village_chart(
    results: list[VillageIndexStatus], width: float, height: float = 48 * mm
) -> Drawing:
    """Indeks Desa per year as bars on its own 0–100 axis."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 8 * mm
    chart.width, chart.height = (
        min(width - chart.x - 4 * mm, 30 * mm * len(results)),
        height - 16 * mm,
    )
    chart.data = [[float(r.total or 0) for r in results]]
    chart.categoryAxis.categoryNames = [str(r.year) for r in results]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.bars[0].fillColor = BAR
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = REGULAR, 7
    drawing.add(chart)
    drawing.add(
        String(
            chart.x,
            height - 5 * mm,
            translate("Reports", "Indeks Desa per tahun (0–100)"),
            fontName=BOLD,
            fontSize=8,
        )
    )
    return drawing


def village_section(
    builder: ReportBuilder, results: list[VillageIndexStatus], data_dir: Path | None = None
) -> None:
    builder.heading(translate("Reports", "Indeks Desa (indeks tersendiri, skala 0–100)"))
    builder.paragraph(
        translate(
            "Reports",
            "Indeks Desa (Permendesa PDT 9/2024) menggantikan IDM sejak penilaian "
            "2025; nilainya tidak sebanding dengan IDM dan tidak disambung dengan "
            "seri IDM.",
        ),
        style="muted",
    )
    rows = []
    for item in results:
        status = item.status or EMPTY
        if item.provisional and item.status:
            status = translate("Reports", "{status} (sementara)").format(status=item.status)
        source = (
            translate("Reports", "Resmi")
            if item.source == OFFICIAL_SOURCE
            else translate("Reports", "Kuesioner desa")
        )
        rows.append(
            [
                str(item.year),
                source,
                EMPTY if item.total is None else f"{item.total:.2f}".replace(".", ","),
                status,
            ]
        )
    builder.table(
        [
            translate("Reports", "Tahun"),
            translate("Reports", "Sumber"),
            translate("Reports", "Nilai"),
            translate("Reports", "Status"),
        ],
        rows,
        widths=[1.4, 3.0, 2.0, 4.0],
        align="CLRL",
    )
    provisional = [item for item in results if item.provisional]
    if provisional:
        builder.paragraph(_note(provisional[-1].year, data_dir), style="muted")
    if any(item.total is not None for item in results):
        builder.spacer(2)
        builder.add(village_chart(results, builder.width))

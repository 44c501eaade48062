"""The village Indeks Desa report: scores per dimension (chart and table), every aspect with
the weak ones highlighted, the weak aspects ranked by their gain in the total, the path to the
next status, the review trail and the differences from the official result.

A status computed from unverified cut-offs is printed as provisional ("sementara") with the
source of the cut-offs named, wherever it appears.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop_app.core.clock import SYSTEM_CLOCK
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.indeks_desa.answers import provisional_note, status_text
from desktop_app.core.indeks_desa.store import step_name
from desktop_app.core.indeks_desa.village_view import VillageIndexView, load_village_view
from desktop_app.core.index.catalogue import round_half_up
from desktop_app.core.reports.document import Letterhead, Progress, ReportBuilder, ReportResult
from desktop_app.core.reports.fonts import BOLD, REGULAR
from desktop_app.core.reports.formatting import long_date
from desktop_app.core.reports.idm_report import EMPTY, WEAK_ROW, short
from desktop_app.core.reports.profile_sheet import kind_label
from desktop_app.core.reports.settings import load_report_settings

BAR = colors.HexColor("#1f7a5c")



def number(value: Decimal | Fraction | str | None, places: int = 2) -> str:
    """``57,39``: a 0–100 score with a decimal comma; the dash if absent."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, Fraction):
        value = round_half_up(value, places)
    return f"{Decimal(str(value).replace(',', '.')):.{places}f}".replace(".", ",")


def dimension_chart(view: VillageIndexView, width: float, height: float = 58 * mm) -> Drawing:
    """Score per dimension (0–100) as horizontal bars, each labelled with its value."""
    dims = list(view.live.dimensions)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 58 * mm, 6 * mm
    chart.width, chart.height = width - chart.x - 18 * mm, height - 16 * mm
    chart.data = [[float(d.percent) for d in reversed(dims)]]
    chart.categoryAxis.categoryNames = [d.name for d in reversed(dims)]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.bars[0].fillColor = BAR
    chart.barLabelFormat = lambda v: f"{v:.2f}".replace(".", ",")
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, 7
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = REGULAR, 7
    drawing.add(chart)
    drawing.add(
        String(
            0,
            height - 5 * mm,
            translate("Reports", "Skor per dimensi (0–100)"),
            fontName=BOLD,
            fontSize=8,
        )
    )
    return drawing


def _summary(builder: ReportBuilder, view: VillageIndexView) -> None:
    live, cat = view.live, view.catalogue
    builder.heading(translate("Reports", "Hasil Indeks Desa {year}").format(year=view.year))
    rows = [
        [d.code, d.name, number(sub.weight), f"{d.answered}/{d.total}", number(d.percent)]
        for d, sub in zip(live.dimensions, cat.sub_indices, strict=True)
    ]
    rows.append(
        [
            "",
            translate("Reports", "Indeks Desa (jumlah berbobot)"),
            "100",
            f"{live.answered}/{live.total_aspects}",
            number(live.rounded),
        ]
    )
    builder.table(
        [
            translate("Reports", "Kode"),
            translate("Reports", "Dimensi"),
            translate("Reports", "Bobot"),
            translate("Reports", "Aspek terisi"),
            translate("Reports", "Skor"),
        ],
        rows,
        widths=[1.0, 6.0, 1.6, 2.2, 1.8],
        align="LLRRR",
    )
    builder.key_values(
        [
            (translate("Reports", "Status dihitung"), status_text(cat, live.status)),
            (
                translate("Reports", "Status resmi"),
                view.official.status or EMPTY if view.official else EMPTY,
            ),
        ],
        label_width_mm=42,
    )
    note = provisional_note(cat)
    if note:
        builder.paragraph(note, style="muted")
    if not live.complete:
        builder.paragraph(
            translate(
                "Reports",
                "Kuesioner belum lengkap ({answered} dari {total} aspek): aspek "
                "yang belum diisi dihitung dengan skor terendah.",
            ).format(answered=live.answered, total=live.total_aspects),
            style="muted",
        )
    builder.spacer(2)
    builder.add(dimension_chart(view, builder.width))


def _aspects(builder: ReportBuilder, view: VillageIndexView) -> None:
    cat = view.catalogue
    builder.heading(
        translate("Reports", "Skor {count} aspek penilaian").format(count=len(cat.indicators))
    )
    builder.paragraph(
        translate(
            "Reports",
            "Baris berlatar merah muda: aspek lemah (skor kurang dari {top}); "
            "'—' belum diisi; † aspek atau indikator yang belum terverifikasi "
            "dua sumber.",
        ).format(top=cat.max_score),
        style="muted",
    )
    rows, weak_rows = [], []
    for position, item in enumerate(cat.indicators, 1):
        answer = view.questionnaire.answers.get(item.key)
        score = None if answer is None else answer.score
        mark = "" if item.verified else " †"
        rows.append(
            [
                item.code,
                f"{item.group_code} {item.group_name}",
                item.label + mark,
                EMPTY if score is None else str(score),
                (answer.data_source if answer else "") or EMPTY,
            ]
        )
        if score is None or score < cat.max_score:
            weak_rows.append(position)
    table = builder.table(
        [
            translate("Reports", "Aspek"),
            translate("Reports", "Indikator"),
            translate("Reports", "Uraian aspek"),
            translate("Reports", "Skor"),
            translate("Reports", "Sumber data"),
        ],
        rows,
        widths=[1.2, 3.6, 4.9, 1.0, 2.6],
        align="LLLCL",
    )
    if table is not None:
        table.setStyle([("BACKGROUND", (0, i), (-1, i), WEAK_ROW) for i in weak_rows])


def _weak(builder: ReportBuilder, view: VillageIndexView) -> None:
    builder.heading(translate("Reports", "Aspek lemah menurut tambahan nilai Indeks Desa"))
    if not view.weak:
        builder.paragraph(translate("Reports", "Tidak ada aspek lemah."), style="muted")
        return
    builder.paragraph(
        translate(
            "Reports",
            "Tambahan = (skor maksimum − skor) × bobot dimensi / skor maksimum "
            "dimensi; 20 terbesar.",
        ),
        style="muted",
    )
    builder.table(
        [
            translate("Reports", "No"),
            translate("Reports", "Aspek"),
            translate("Reports", "Dimensi"),
            translate("Reports", "Skor"),
            translate("Reports", "Tambahan"),
        ],
        [
            [
                str(rank),
                f"{w.indicator.code} {w.indicator.label}",
                w.indicator.dimension,
                str(w.score),
                number(w.gain),
            ]
            for rank, w in enumerate(view.weak[:20], 1)
        ],
        widths=[0.8, 6.4, 3.0, 1.0, 1.6],
        align="RLLCR",
    )


def _path(builder: ReportBuilder, view: VillageIndexView) -> None:
    builder.heading(translate("Reports", "Jalan ke status berikutnya"))
    path, cat = view.path, view.catalogue
    if path is None:
        builder.paragraph(
            translate(
                "Reports", "Status tertinggi sudah tercapai menurut batas status yang dipakai."
            )
        )
        return
    builder.paragraph(
        translate(
            "Reports",
            "Nilai dihitung {value} ({status}). Untuk mencapai {target} cukup menaikkan {count} "
            "aspek ke skor {top} (paling sedikit aspek):",
        ).format(
            value=number(path.current.value),
            status=status_text(cat, path.current.status),
            target=status_text(cat, path.target_status),
            count=len(path.improvements),
            top=cat.max_score,
        )
    )
    builder.table(
        [
            translate("Reports", "No"),
            translate("Reports", "Aspek"),
            translate("Reports", "Skor sekarang"),
            translate("Reports", "Menjadi"),
            translate("Reports", "Tambahan"),
        ],
        [
            [
                str(i),
                f"{s.indicator.code} {s.indicator.label}",
                str(s.from_score),
                str(s.to_score),
                number(s.gain),
            ]
            for i, s in enumerate(path.improvements, 1)
        ],
        widths=[0.8, 7.0, 1.7, 1.4, 1.6],
        align="RLCCR",
    )
    builder.paragraph(
        translate("Reports", "Hasilnya: nilai {value}, status {status}.").format(
            value=number(path.result.value), status=status_text(cat, path.result.status)
        )
    )


def _trail(builder: ReportBuilder, view: VillageIndexView) -> None:
    questionnaire = view.questionnaire
    builder.heading(translate("Reports", "Pengisian dan pemeriksaan"))
    builder.key_values(
        [
            (translate("Reports", "Diisi oleh"), questionnaire.filled_by or EMPTY),
            (translate("Reports", "Tahap sekarang"), step_name(questionnaire.review_state)),
        ],
        label_width_mm=42,
    )
    if questionnaire.steps:
        builder.table(
            [
                translate("Reports", "Langkah"),
                translate("Reports", "Oleh"),
                translate("Reports", "Waktu"),
                translate("Reports", "Catatan"),
            ],
            [
                [step_name(s.step), s.by_name, s.at.replace("T", " "), s.note or EMPTY]
                for s in questionnaire.steps
            ],
            widths=[3.4, 3.4, 2.6, 3.6],
            align="LLLL",
        )
    if view.differences:
        builder.heading(translate("Reports", "Perbedaan dengan hasil resmi"))
        builder.table(
            [
                translate("Reports", "Nilai"),
                translate("Reports", "Resmi"),
                translate("Reports", "Kuesioner desa"),
            ],
            [[d.what, d.official, d.questionnaire] for d in view.differences],
            widths=[5.0, 3.0, 3.0],
            align="LRR",
        )


def build_indeks_desa_report(
    view: VillageIndexView,
    letterhead: Letterhead | None = None,
    paper: str = "A4",
    progress: Progress | None = None,
    printed_on: date | None = None,
) -> ReportResult:
    """Lay out the village Indeks Desa report (pure: run it in a worker thread)."""
    kind = kind_label(view.kind)
    builder = ReportBuilder(
        translate("Reports", "Laporan Indeks Desa {kind} {name}").format(kind=kind, name=view.name),
        letterhead,
        paper,
        progress,
        footer_note=translate(
            "Reports", "Laporan Indeks Desa {kind} {name} {year} · dicetak {day}"
        ).format(
            kind=kind,
            name=short(view.name),
            year=view.year,
            day=long_date(printed_on or SYSTEM_CLOCK.today(), with_day_name=False),
        ),
    )
    builder.title_block(
        translate("Reports", "LAPORAN INDEKS DESA {year}").format(year=view.year),
        f"{kind} {view.name}",
    )
    cat = view.catalogue
    builder.key_values(
        [
            (translate("Reports", "Nama {kind}").format(kind=kind.lower()), view.name),
            (translate("Reports", "Kode wilayah"), view.code),
            (translate("Reports", "Kecamatan"), view.district),
            (translate("Reports", "Kabupaten/Kota"), view.regency),
            (translate("Reports", "Definisi"), f"{cat.regulation} · {cat.version}"),
            (
                translate("Reports", "Batas status"),
                translate("Reports", "{year}, {state}: {source}").format(
                    year=cat.status_year,
                    source=cat.status_source,
                    state=translate("Reports", "terverifikasi")
                    if cat.status_verified
                    else translate("Reports", "belum terverifikasi"),
                ),
            ),
        ],
        label_width_mm=42,
    )
    _summary(builder, view)
    _aspects(builder, view)
    _weak(builder, view)
    _path(builder, view)
    _trail(builder, view)
    return builder.build()


def indeks_desa_report_for(
    db: Database,
    code: str,
    year: int,
    data_dir: Path | None = None,
    progress: Progress | None = None,
    printed_on: date | None = None,
) -> ReportResult:
    """Read the village's Indeks Desa and the report settings, then build (in a worker)."""
    if progress is not None:
        progress(0, 0, translate("Reports", "Membaca data Indeks Desa"))
    view = load_village_view(db, code, year, data_dir)
    with db.reading() as session:
        settings = load_report_settings(session)
    return build_indeks_desa_report(view, settings.letterhead, settings.paper, progress, printed_on)

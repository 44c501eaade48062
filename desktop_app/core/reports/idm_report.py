"""The village IDM report: results per year with a chart, the 50 indicators, the weak ones
ranked by gain with activities and actors, and the shortest path to the next status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy.orm import Session

from desktop_app.core.action_plan.labels import source_labels, status_labels
from desktop_app.core.action_plan.store import InterventionLine, village_interventions
from desktop_app.core.clock import SYSTEM_CLOCK
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.idm.catalogue import ACTOR_LEVELS, idm_catalogue
from desktop_app.core.idm.export import LEVEL_NAMES
from desktop_app.core.idm.queries import (
    AssessmentSummary,
    IndicatorLine,
    indicator_lines,
    next_status_path,
    village_history,
)
from desktop_app.core.idm.weak_indicators import StatusPath
from desktop_app.core.indeks_desa.queries import VillageIndexStatus
from desktop_app.core.models import OFFICIAL, Village
from desktop_app.core.reports.document import (
    Letterhead,
    Progress,
    ReportBuilder,
    ReportResult,
    text,
)
from desktop_app.core.reports.fonts import BOLD, REGULAR, register_fonts
from desktop_app.core.reports.formatting import long_date, rupiah
from desktop_app.core.reports.indeks_desa_sections import (
    load_village_indeks_desa,
    village_section,
)
from desktop_app.core.reports.profile_sheet import kind_label
from desktop_app.core.reports.settings import load_report_settings

EMPTY = "—"
FOOTER_SIZE = 8  # points, as the builder's footer
WEAK_BELOW = 5  # an indicator below the top score is weak
WEAK_ROW = colors.HexColor("#f8d7d3")
STATUS_COLOURS = {
    "Sangat Tertinggal": colors.HexColor("#c0392b"),
    "Tertinggal": colors.HexColor("#e67e22"),
    "Berkembang": colors.HexColor("#d4ac0d"),
    "Maju": colors.HexColor("#27ae60"),
    "Mandiri": colors.HexColor("#2471a3"),
}


def decimal_text(value: Decimal | float | None, places: int = 4) -> str:
    """``0,5989``: an index value with a decimal comma; the dash if absent."""
    if value is None:
        return EMPTY
    return f"{Decimal(str(value)):.{places}f}".replace(".", ",")


def short(value: str, limit_mm: float = 50) -> str:
    """A name cut to fit the one-line page footer (the body prints it whole)."""
    register_fonts()
    value = " ".join(value.split())
    if stringWidth(value, REGULAR, FOOTER_SIZE) <= limit_mm * mm:
        return value
    while value and stringWidth(value + "…", REGULAR, FOOTER_SIZE) > limit_mm * mm:
        value = value[:-1]
    return value.rstrip() + "…"


def kind_name(kind: str) -> str:
    return (translate("Reports", "Resmi") if kind == OFFICIAL
            else translate("Reports", "Draf lapangan"))


@dataclass(frozen=True)
class VillageIdentity:
    code: str
    name: str
    kind: str
    district: str
    regency: str


@dataclass(frozen=True)
class VillageIdmData:
    """Everything the report prints, read in one session (Qt-free, any thread)."""

    village: VillageIdentity
    history: list[AssessmentSummary]
    shown: AssessmentSummary | None  # the official assessment whose indicators are detailed
    lines: list[IndicatorLine]
    path: StatusPath | None
    # A field draft the user asked for: printed after the official part, marked as a draft.
    draft: AssessmentSummary | None = None
    draft_lines: list[IndicatorLine] = field(default_factory=list)
    draft_path: StatusPath | None = None
    interventions: list[InterventionLine] = field(default_factory=list)
    # The village's Indeks Desa per year: another index, printed in its own section.
    indeks_desa: list[VillageIndexStatus] = field(default_factory=list)


def load_village_idm(session: Session, code: str,
                     assessment_id: str | None = None) -> VillageIdmData:
    """The village, its results and the detailed official assessment (by default the
    latest official one with scores). Asking for a field draft adds it as a separate,
    marked part; the official assessment still comes first."""
    village = session.get(Village, code)
    if village is None:
        raise LookupError(translate(
            "Reports", "Desa dengan kode {code} tidak ada di basis data.").format(
            code=code))
    history = village_history(session, code)
    chosen = None
    if assessment_id is not None:
        chosen = next((h for h in history if h.id == assessment_id), None)
        if chosen is None:
            raise LookupError(translate(
                "Reports", "Penilaian IDM yang diminta tidak ada untuk desa {code}.")
                              .format(code=code))
    draft = chosen if chosen is not None and chosen.kind != OFFICIAL else None
    shown: AssessmentSummary | None
    if chosen is not None and draft is None:
        shown = chosen
    else:
        official = [h for h in history if h.kind == OFFICIAL and h.result is not None]
        shown = official[-1] if official else None
    lines = indicator_lines(session, shown.id) if shown else []
    path = next_status_path(session, shown.id) if shown and lines else None
    draft_lines = indicator_lines(session, draft.id) if draft else []
    draft_path = next_status_path(session, draft.id) if draft and draft_lines else None
    identity = VillageIdentity(village.code, village.name, village.kind,
                               village.district_name, village.regency_name)
    return VillageIdmData(identity, history, shown, lines, path, draft, draft_lines,
                          draft_path, village_interventions(session, code),
                          load_village_indeks_desa(session, code))


# -- chart ---------------------------------------------------------------------------
def trend_drawing(history: list[AssessmentSummary], width: float,
                  height: float = 62 * mm) -> Drawing:
    """IDM per year as a line (official; field drafts as separate points), with the
    status thresholds as dashed reference lines labelled on the right."""
    catalogue = idm_catalogue()
    official = [(h.year, float(h.idm)) for h in history if h.kind == OFFICIAL and h.idm]
    drafts = [(h.year, float(h.idm)) for h in history if h.kind != OFFICIAL and h.idm]
    values = [v for _, v in official + drafts]
    years = sorted({y for y, _ in official + drafts})
    thresholds = [(band.name, float(band.upper_inclusive)) for band in catalogue.statuses
                  if band.upper_inclusive is not None]
    low = min([0.45, *values]) - 0.03
    high = max([0.85, *values]) + 0.03
    years = years or sorted({h.year for h in history}) or [2023, 2024]  # the IDM's last years
    first, last = years[0], years[-1]
    x_min, x_max = first - 0.4, last + 0.4
    drawing = Drawing(width, height)
    plot = LinePlot()
    label_room = 34 * mm
    plot.x, plot.y = 14 * mm, 10 * mm
    plot.width, plot.height = width - plot.x - label_room, height - plot.y - 8 * mm
    series: list[Sequence[tuple[float, float]]] = [[(x_min, t), (x_max, t)]
                                                   for _, t in thresholds]
    series.append(official or [(x_min, low - 1)])  # an empty series still needs a point
    if drafts:
        series.append(drafts)
    plot.data = series
    for index, (name, _value) in enumerate(thresholds):
        line = plot.lines[index]
        line.strokeColor = STATUS_COLOURS.get(name, colors.grey)
        line.strokeWidth = 0.6
        line.strokeDashArray = (3, 2)
    idm_line = plot.lines[len(thresholds)]
    idm_line.strokeColor = colors.HexColor("#1f3a93")
    idm_line.strokeWidth = 1.6
    idm_line.symbol = makeMarker("FilledCircle", size=4)
    if drafts:
        draft_line = plot.lines[len(thresholds) + 1]
        draft_line.strokeWidth = 0
        draft_line.strokeColor = None
        draft_line.symbol = makeMarker("FilledDiamond", size=6,
                                       fillColor=colors.HexColor("#8e44ad"))
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = x_min, x_max
    plot.xValueAxis.valueSteps = years or [first, last]
    plot.xValueAxis.labelTextFormat = "%d"
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = low, high
    plot.yValueAxis.labelTextFormat = lambda v: f"{v:.2f}".replace(".", ",")
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = REGULAR, 7
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#e0e0e0")
    drawing.add(plot)
    for name, value in thresholds:  # the band each dashed line closes, on the right
        y = plot.y + (value - low) / (high - low) * plot.height
        drawing.add(String(plot.x + plot.width + 3, y - 2.5,
                           f"{name} ≤ {decimal_text(value)}", fontName=REGULAR, fontSize=6.5,
                           fillColor=STATUS_COLOURS.get(name, colors.grey)))
    drawing.add(String(plot.x, height - 5 * mm, translate(
        "Reports", "IDM per tahun"), fontName=BOLD,
                       fontSize=8))
    if drafts:
        drawing.add(String(plot.x + 30 * mm, height - 5 * mm,
                           translate("Reports", "◆ draf lapangan"), fontName=REGULAR, fontSize=7,
                           fillColor=colors.HexColor("#8e44ad")))
    return drawing


# -- sections ------------------------------------------------------------------------
def _notes(item: AssessmentSummary) -> str:
    if item.disagreements:
        return "; ".join(translate(
            "Reports", "{index} terbitan {published} ≠ dihitung {recomputed}").format(
            index=d.index, published=d.published, recomputed=d.recomputed)
            for d in item.disagreements)
    if item.result is None:
        return translate("Reports", "hanya nilai ringkasan (tanpa skor indikator)")
    return ""


def _years_section(builder: ReportBuilder, data: VillageIdmData) -> None:
    builder.heading(translate("Reports", "Hasil IDM per tahun"))
    builder.table(
        [translate("Reports", "Tahun"), translate("Reports", "Jenis"), "IKS", "IKE", "IKL", "IDM",
         translate("Reports", "Status"), translate("Reports", "Catatan")],
        [[str(h.year), kind_name(h.kind), decimal_text(h.iks), decimal_text(h.ike),
          decimal_text(h.ikl), decimal_text(h.idm), h.status or EMPTY, _notes(h)]
         for h in data.history],
        widths=[1.1, 1.7, 1.35, 1.35, 1.35, 1.35, 2.1, 3.6], align="CLRRRRLL")
    if any(h.disagreements for h in data.history):
        builder.paragraph(translate(
            "Reports", "Nilai terbitan resmi dipertahankan; selisih dengan hasil hitung "
                       "ulang dari skor indikator ditampilkan di kolom Catatan."),
                          style="muted")
    builder.spacer(2)
    builder.add(trend_drawing(data.history, builder.width))


def _actors_markup(line: IndicatorLine) -> str:
    parts = [f"<b>{text(LEVEL_NAMES.get(level, level))}</b>: {text(line.actors[level])}"
             for level in ACTOR_LEVELS if line.actors.get(level, "").strip()]
    return "<br/>".join(parts) or EMPTY


def _indicator_section(builder: ReportBuilder, data: VillageIdmData) -> None:
    shown = data.shown
    assert shown is not None
    builder.heading(translate("Reports", "Skor 50 indikator — IDM {year} ({kind})").format(
        year=shown.year, kind=kind_name(shown.kind).lower()))
    builder.paragraph(translate(
        "Reports", "Baris berlatar merah muda dengan skor tebal: indikator lemah "
                   "(skor kurang dari 5)."), style="muted")
    rows = []
    for line in data.lines:
        weak = line.score < WEAK_BELOW
        score = f"<b>{line.score}</b>" if weak else str(line.score)
        rows.append([line.code, line.name, builder.para(score, "cell_center"),
                     line.criterion or EMPTY, line.activity or EMPTY,
                     builder.para(_actors_markup(line), "cell")])
    table = builder.table(
        [translate("Reports", "Kode"), translate("Reports", "Indikator"),
         translate("Reports", "Skor"), translate("Reports", "Keterangan skor"),
         translate("Reports", "Kegiatan"),
         translate("Reports", "Pelaku per tingkat")], rows, widths=[1.45, 2.6, 0.9, 3.2, 3.2, 3.4],
        align="LLCLLL")
    if table is not None:
        table.setStyle([("BACKGROUND", (0, i), (-1, i), WEAK_ROW)
                        for i, line in enumerate(data.lines, 1) if line.score < WEAK_BELOW])


def _weak_section(builder: ReportBuilder, data: VillageIdmData) -> None:
    weak = sorted((line for line in data.lines if line.score < WEAK_BELOW),
                  key=lambda line: (-line.gain, line.number))
    builder.heading(translate("Reports", "Indikator lemah menurut tambahan IDM"))
    if not weak:
        builder.paragraph(translate(
            "Reports", "Tidak ada indikator lemah: semua indikator sudah bernilai 5."),
                          style="muted")
        return
    builder.paragraph(translate(
        "Reports", "Tambahan IDM bila indikator dinaikkan ke skor 5 = (5 − skor) / "
                   "(skor maksimum sub-indeks × 3); urutan terbesar lebih dulu."),
                      style="muted")
    builder.table(
        [translate("Reports", "No"), translate("Reports", "Indikator"),
         translate("Reports", "Skor"), translate("Reports", "Tambahan IDM"),
         translate("Reports", "Kegiatan"),
         translate("Reports", "Pelaku per tingkat")],
        [[str(rank), f"{line.code} {line.name}", str(line.score), decimal_text(line.gain),
          line.activity or EMPTY, builder.para(_actors_markup(line), "cell")]
         for rank, line in enumerate(weak, 1)],
        widths=[0.8, 3.0, 0.9, 1.9, 3.5, 3.9], align="RLCRLL")


def _path_section(builder: ReportBuilder, data: VillageIdmData) -> None:
    shown, path = data.shown, data.path
    assert shown is not None
    builder.heading(translate("Reports", "Jalan ke status berikutnya"))
    if path is None:
        builder.paragraph(translate("Reports", "Status tertinggi (Mandiri) sudah tercapai."))
        return
    current = path.current
    builder.paragraph(translate("Reports",
        "Dengan skor {year}, IDM dihitung {value} ({status}). Untuk mencapai status {target} "
        "cukup menaikkan {count} indikator ke skor 5 (paling sedikit indikator):").format(
        year=shown.year, value=decimal_text(current.rounded()), status=current.status.name,
        target=path.target_status.name, count=len(path.improvements)))
    builder.table(
        [translate("Reports", "No"), translate("Reports", "Indikator"),
         translate("Reports", "Skor sekarang"), translate("Reports", "Menjadi"),
         translate("Reports", "Tambahan IDM")],
        [[str(i), f"{step.indicator.code} {step.indicator.label}", str(step.from_score),
          str(step.to_score), decimal_text(Decimal(step.gain.numerator)
                                           / Decimal(step.gain.denominator))]
         for i, step in enumerate(path.improvements, 1)],
        widths=[0.8, 5.8, 1.6, 1.4, 2.0], align="RLCCR")
    builder.add(builder.para(translate("Reports", "Hasilnya: IDM menjadi <b>{value}</b>, status "
                                                  "<b>{status}</b>.").format(
        value=decimal_text(path.result.rounded()), status=text(path.result.status.name)),
        "left"))


def _interventions_section(builder: ReportBuilder, data: VillageIdmData) -> None:
    """Rencana aksi: every intervention on the village's indicators, newest year first."""
    builder.heading(translate("Reports", "Riwayat intervensi (rencana aksi)"))
    statuses, sources = status_labels(), source_labels()
    builder.table(
        [translate("Reports", "Tahun"), translate("Reports", "Indikator"),
         translate("Reports", "Pelaku"), translate("Reports", "Kegiatan"),
         translate("Reports", "Anggaran"), translate("Reports", "Status")],
        [[str(item.year), f"{item.element_code}. {item.element}", item.actor or "—",
          item.activity,
          f"{rupiah(item.budget)} ({sources.get(item.budget_source or '', '—')})"
          if item.budget is not None else "—", statuses.get(item.status, item.status)]
         for item in data.interventions],
        widths=[1.3, 3.0, 3.2, 3.6, 2.8, 1.6], align="LLLLRL",
        placeholder=translate("Reports",
                              "Belum ada intervensi yang direncanakan untuk desa ini."))


def build_idm_report(data: VillageIdmData, letterhead: Letterhead | None = None,
                     paper: str = "A4", progress: Progress | None = None,
                     printed_on: date | None = None) -> ReportResult:
    """Lay out the village IDM report (pure: run it in a worker thread)."""
    village = data.village
    kind = kind_label(village.kind)
    builder = ReportBuilder(
        translate("Reports", "Laporan IDM {kind} {name}").format(kind=kind, name=village.name),
        letterhead, paper, progress, footer_note=translate(
            "Reports", "Laporan IDM {kind} {name} · dicetak {day}").format(
            kind=kind, name=short(village.name),
            day=long_date(printed_on or SYSTEM_CLOCK.today(), with_day_name=False)))
    builder.title_block(translate("Reports", "LAPORAN INDEKS DESA MEMBANGUN (IDM)"),
                        f"{kind} {village.name}")
    shown = data.shown
    builder.key_values([
        (translate("Reports", "Nama {kind}").format(kind=kind.lower()), village.name),
        (translate("Reports", "Kode wilayah"), village.code),
        (translate("Reports", "Kecamatan"), village.district),
        (translate("Reports", "Kabupaten/Kota"), village.regency),
        (translate("Reports", "Penilaian diuraikan"),
         translate("Reports", "{year} ({kind})").format(
            year=shown.year, kind=kind_name(shown.kind).lower()) if shown else EMPTY),
        *([(translate("Reports", "Draf dilampirkan"),
            translate("Reports", "draf lapangan {year}, bagian terpisah").format(
            year=data.draft.year))] if data.draft else []),
    ], label_width_mm=42)
    if not data.history:
        builder.spacer(3)
        builder.paragraph(translate("Reports",
            "Belum ada data IDM untuk {kind} {name} ({code}): tidak ada hasil resmi maupun "
            "penilaian lapangan. Impor data resmi (rumusan IDM atau tabel nasional) atau buat "
            "penilaian lapangan, lalu cetak ulang laporan ini.").format(
            kind=kind.lower(), name=village.name, code=village.code), style="left")
        if data.indeks_desa:
            village_section(builder, data.indeks_desa)
        return builder.build()
    _years_section(builder, data)
    if shown is None or not data.lines:
        builder.heading(translate("Reports", "Skor 50 indikator"))
        years = ", ".join(str(h.year) for h in data.history if h.kind == OFFICIAL) or EMPTY
        builder.paragraph(translate("Reports",
            "Skor indikator resmi belum ada: data resmi {years} hanya berisi nilai ringkasan. "
            "Tabel indikator, indikator lemah dan jalan ke status berikutnya memerlukan skor "
            "ke-50 indikator (impor rumusan IDM desa ini).").format(years=years),
            style="left")
        drafts = [h for h in data.history if h.kind != OFFICIAL and h.result is not None]
        if drafts and data.draft is None:
            builder.paragraph(translate("Reports",
                "Draf penilaian lapangan {year} tidak dicetak: pilih draf itu untuk "
                "mencetaknya sebagai bagian terpisah.").format(year=drafts[-1].year),
                style="muted")
    else:
        _indicator_section(builder, data)
        _weak_section(builder, data)
        _path_section(builder, data)
    _interventions_section(builder, data)
    if data.indeks_desa:
        village_section(builder, data.indeks_desa)
    if data.draft is not None:
        _draft_part(builder, data)
    return builder.build()


def _draft_part(builder: ReportBuilder, data: VillageIdmData) -> None:
    """The field draft the user asked for, on its own pages and marked as not official."""
    draft = data.draft
    assert draft is not None
    builder.page_break()
    builder.title_block(translate(
        "Reports", "DRAF PENILAIAN LAPANGAN {year}").format(year=draft.year),
                        translate("Reports", "Bukan hasil resmi — untuk pembahasan"))
    builder.paragraph(translate("Reports",
        "Bagian ini memuat draf penilaian lapangan {year} yang belum ditetapkan. Angka "
        "resmi adalah yang tercantum di bagian sebelumnya; draf dapat berubah.").format(
        year=draft.year), style="left")
    if not data.draft_lines:
        builder.paragraph(translate(
            "Reports", "Draf ini belum berisi skor indikator."), style="muted")
        return
    part = replace(data, shown=draft, lines=data.draft_lines, path=data.draft_path)
    _indicator_section(builder, part)
    _weak_section(builder, part)
    _path_section(builder, part)


def idm_report_for(db: Database, code: str, assessment_id: str | None = None,
                   progress: Progress | None = None,
                   printed_on: date | None = None) -> ReportResult:
    """Read the village's IDM and the report settings, then build (run in a worker)."""
    if progress is not None:
        progress(0, 0, translate("Reports", "Membaca data IDM"))
    with db.reading() as session:
        data = load_village_idm(session, code, assessment_id)
        settings = load_report_settings(session)
    return build_idm_report(data, settings.letterhead, settings.paper, progress, printed_on)

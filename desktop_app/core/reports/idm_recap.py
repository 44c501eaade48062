"""Regional IDM recap for a kecamatan, a kabupaten or the province: villages per status per
year (table and stacked bar chart), villages still (sangat) tertinggal, status targets and
their achievement, and the synergy matrix (weak indicators and their agencies, grouped by
the villages concerned).

A database holding more than one province (the nation) gets the national recap: the same
totals and chart, then per province and year, per kabupaten for the latest year, the lagging
villages counted per province, and the weak indicators counted nationally: 83,762 villages
listed by name would run to hundreds of pages (the kabupaten recap lists them)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.clock import SYSTEM_CLOCK
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.idm.catalogue import ACTOR_LEVELS, idm_catalogue
from desktop_app.core.idm.export import LEVEL_NAMES
from desktop_app.core.idm.queries import (
    LAGGING,
    RegionScope,
    StatusOverview,
    lagging_villages,
    status_overview,
    weak_indicator_counts,
)
from desktop_app.core.idm.synergy import SynergyCell, synergy_matrix
from desktop_app.core.idm.targets import TargetProgress, target_progress
from desktop_app.core.maps.store import load_map
from desktop_app.core.maps.themes import IDM_STATUS
from desktop_app.core.models import District, IdmTarget, MapLayer, Province, Regency
from desktop_app.core.reports.document import (
    Letterhead,
    Progress,
    ReportBuilder,
    ReportResult,
    text,
)
from desktop_app.core.reports.fonts import REGULAR
from desktop_app.core.reports.formatting import long_date, number
from desktop_app.core.reports.idm_report import EMPTY, STATUS_COLOURS, short
from desktop_app.core.reports.indeks_desa_sections import (
    RegionIndeksDesa,
    load_region_indeks_desa,
    region_section,
)
from desktop_app.core.reports.map_flowable import MapExtract, MapFlowable
from desktop_app.core.reports.overdue_recap import OverdueSummary, load_overdue, overdue_section
from desktop_app.core.reports.settings import load_report_settings

WEAK_UP_TO = 4  # synergy matrix: indicators scored up to this are weak (as on screen)
NAMES_PER_CELL = 12  # village names printed per synergy row; the rest are counted
PROVINCE = RegionScope()  # every village in the database
ABBREVIATIONS = {"Sangat Tertinggal": "ST", "Tertinggal": "T", "Berkembang": "B", "Maju": "M",
                 "Mandiri": "MD"}


@dataclass(frozen=True)
class RegionIdmData:
    """What the recap prints, read in one session (Qt-free, any thread)."""

    area: str
    overview: StatusOverview
    lagging: list[tuple[str, str, str, str]]  # (code, name, kecamatan, status), latest year
    targets: list[TargetProgress]
    synergy: list[SynergyCell]
    weak_up_to: int
    overdue: OverdueSummary | None = None  # APBDes findings past their deadline
    map: MapExtract | None = None  # the latest year's statuses on the map, if mapped
    indeks_desa: RegionIndeksDesa | None = None  # the other index, printed on its own
    # The national recap: province names (empty for one province or less) and the villages
    # weak on each indicator in the latest year (in place of the lists of names).
    provinces: dict[str, str] = field(default_factory=dict)
    weak_counts: dict[int, int] = field(default_factory=dict)

    @property
    def national(self) -> bool:
        return bool(self.provinces)

    @property
    def latest(self) -> int | None:
        return self.overview.years[-1] if self.overview.years else None


def region_name(session: Session, scope: RegionScope, national: bool = False) -> str:
    """``Kecamatan Batu Sopang, Kabupaten Paser``, ``Kabupaten Paser``, the province or, for
    a database holding several provinces, the nation."""
    if national:
        return translate("Reports", "Seluruh Indonesia")
    if scope.district_code:
        district = session.get(District, scope.district_code)
        regency = session.get(Regency, scope.district_code[:5])
        if district is None:
            return scope.district_code
        return translate("Reports", "Kecamatan {name}").format(name=district.name) + (
            f", {regency.name}" if regency else "")
    if scope.regency_code:
        regency = session.get(Regency, scope.regency_code)
        return regency.name if regency else scope.regency_code
    province = session.get(Province, "64")
    return translate("Reports", "Provinsi {name}").format(name=province.name) if province else \
        translate("Reports", "Semua wilayah")


def _scope_regency(scope: RegionScope) -> str | None:
    return scope.regency_code or (scope.district_code[:5] if scope.district_code else None)


def load_region_idm(session: Session, scope: RegionScope = PROVINCE,
                    weak_up_to: int = WEAK_UP_TO, today: date | None = None) -> RegionIdmData:
    """The recap's data; with ``today``, also the findings overdue on that day."""
    overview = status_overview(session, scope)
    latest = overview.years[-1] if overview.years else None
    national = scope == PROVINCE and len({code[:2] for code in overview.regency_names}) > 1
    provinces: dict[str, str] = {}
    weak_counts: dict[int, int] = {}
    if national:
        provinces = dict(session.execute(select(Province.code, Province.name)).all())
        lagging, synergy = [], []
        weak_counts = weak_indicator_counts(session, latest, weak_up_to) if latest else {}
    else:
        lagging = lagging_villages(session, latest, scope) if latest else []
        synergy = synergy_matrix(session, latest, scope, weak_up_to) if latest else []
    regency = _scope_regency(scope)
    targets: list[TargetProgress] = []
    for year in session.scalars(select(IdmTarget.year).where(IdmTarget.deleted.is_(False))
                                .distinct().order_by(IdmTarget.year)):
        targets.extend(t for t in target_progress(session, year)
                       if regency is None or t.regency_code in (None, regency))
    overdue = load_overdue(session, scope, today) if today else None
    indeks_desa = load_region_indeks_desa(session, scope.district_code or scope.regency_code)
    return RegionIdmData(region_name(session, scope, national), overview, lagging, targets,
                         synergy, weak_up_to, overdue,
                         _status_map(session, scope, latest, today), indeks_desa, provinces,
                         weak_counts)


def _status_map(session: Session, scope: RegionScope, year: int | None,
                today: date | None) -> MapExtract | None:
    """The region's villages coloured by their status of ``year``, if they are mapped."""
    if year is None or session.scalar(select(MapLayer.level).where(
            MapLayer.level == "village")) is None:
        return None
    prefix = (scope.district_code or scope.regency_code or "")
    extract = MapExtract(load_map(session), IDM_STATUS.compute(
        session, year, today or SYSTEM_CLOCK.today()), prefix + "." if prefix else "")
    return extract if extract.box() is not None else None


def _map_section(builder: ReportBuilder, data: RegionIdmData) -> None:
    """A page with the map of the latest statuses, its legend and the boundary source."""
    extract = data.map
    if extract is None:
        return
    builder.page_break()
    builder.heading(translate("Reports", "Peta status IDM {year}").format(year=data.latest))
    builder.add(MapFlowable(extract, builder.width, builder.width * 0.95))
    builder.spacer(2)
    counts = extract.counts()
    builder.table([translate("Reports", "Status"), translate("Reports", "Jumlah desa")],
                  [[item.label, number(count)] for item, count
                   in zip(extract.theme.classes, counts, strict=True)]
                  + [[translate("Reports", "Jumlah"), number(sum(counts))]],
                  widths=[4, 2], align="LR")
    builder.paragraph(translate("Reports", "Sumber batas wilayah: {credit}").format(
        credit=extract.map.credit_text()), style="muted")


# -- chart ---------------------------------------------------------------------------
def count_step(highest: int) -> int:
    """A whole, round axis step giving about five gridlines up to ``highest``."""
    raw = max(highest, 1) / 5
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    steps = [m * magnitude for m in (1, 2, 2.5, 5, 10) if (m * magnitude) % 1 == 0]
    return max(1, int(next(step for step in steps if raw <= step)))


def status_drawing(overview: StatusOverview, width: float,
                   height: float = 70 * mm) -> Drawing:
    """Villages per status per year as stacked bars, with a legend on the right."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    legend_room = 38 * mm
    chart.x, chart.y = 14 * mm, 9 * mm
    chart.width, chart.height = width - chart.x - legend_room, height - chart.y - 5 * mm
    chart.data = [[overview.total(year, status) for year in overview.years]
                  for status in overview.statuses]
    chart.categoryAxis.categoryNames = [str(year) for year in overview.years]
    chart.categoryAxis.style = "stacked"
    chart.barSpacing = 0
    chart.groupSpacing = 8
    highest = max((sum(column) for column in zip(*chart.data, strict=True)), default=0)
    step = count_step(highest)
    chart.valueAxis.valueMin, chart.valueAxis.valueStep = 0, step
    chart.valueAxis.valueMax = max(1, math.ceil(highest / step)) * step
    chart.valueAxis.labelTextFormat = lambda v: number(round(v))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e0e0e0")
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = REGULAR, 7
    for index, status in enumerate(overview.statuses):
        chart.bars[index].fillColor = STATUS_COLOURS.get(status, colors.grey)
        chart.bars[index].strokeColor = colors.white
        chart.bars[index].strokeWidth = 0.3
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = chart.x + chart.width + 6 * mm, chart.y + chart.height
    legend.fontName, legend.fontSize = REGULAR, 7
    legend.alignment = "right"
    legend.columnMaximum = len(overview.statuses)
    legend.colorNamePairs = [(STATUS_COLOURS.get(s, colors.grey), s)
                             for s in reversed(overview.statuses)]
    drawing.add(legend)
    return drawing


# -- sections ------------------------------------------------------------------------
def _status_section(builder: ReportBuilder, data: RegionIdmData) -> None:
    overview = data.overview
    builder.heading(translate("Reports", "Jumlah desa per status IDM per tahun"))
    statuses = overview.statuses
    rows = []
    for year in overview.years:
        values = [overview.total(year, s) for s in statuses]
        rows.append([str(year), *(number(v) for v in values), number(sum(values))])
    builder.table([translate("Reports", "Tahun"), *statuses, translate("Reports", "Jumlah")], rows,
                  widths=[1.2, *([1.6] * len(statuses)), 1.3], align="C" + "R" * 6)
    builder.spacer(2)
    builder.add(status_drawing(overview, builder.width))
    abbreviations = [ABBREVIATIONS.get(s, s) for s in statuses]
    legend = "; ".join(f"{a} = {s}" for a, s in zip(abbreviations, statuses, strict=True))
    if data.national:
        builder.heading(translate("Reports", "Per provinsi"))
        builder.paragraph(legend, style="muted")
        by_province = province_counts(overview)
        _counts_table(builder, translate("Reports", "Provinsi"), statuses, [
            (data.provinces.get(code) or code, year, counts)
            for (code, year), counts in sorted(by_province.items(), key=lambda item: (
                data.provinces.get(item[0][0], ""), item[0]))])
        builder.heading(translate("Reports", "Per kabupaten/kota, {year}").format(
            year=data.latest))
        regencies = [item for item in overview.counts.items() if item[0][1] == data.latest]
    else:
        builder.heading(translate("Reports", "Per kabupaten/kota"))
        regencies = list(overview.counts.items())
    builder.paragraph(legend, style="muted")
    _counts_table(builder, translate("Reports", "Kabupaten/Kota"), statuses, [
        (overview.regency_names.get(regency) or regency, year, counts)
        for (regency, year), counts in sorted(regencies, key=lambda item: (
            item[0][0][:2] if data.national else "",
            overview.regency_names.get(item[0][0], ""), item[0]))])


def province_counts(overview: StatusOverview) -> dict[tuple[str, int], dict[str, int]]:
    """The overview's counts summed per province and year."""
    grouped: dict[tuple[str, int], dict[str, int]] = {}
    for (regency, year), counts in overview.counts.items():
        bucket = grouped.setdefault((regency[:2], year), {})
        for status, count in counts.items():
            bucket[status] = bucket.get(status, 0) + count
    return grouped


def _counts_table(builder: ReportBuilder, region_header: str, statuses: list[str],
                  rows: list[tuple[str, int, dict[str, int]]]) -> None:
    """Villages per status of each (region, year), abbreviated status headers."""
    builder.table(
        [region_header, translate("Reports", "Tahun"),
         *(ABBREVIATIONS.get(s, s) for s in statuses), translate("Reports", "Jumlah")],
        [[name, str(year), *(number(counts.get(s, 0)) for s in statuses),
          number(sum(counts.values()))] for name, year, counts in rows],
        widths=[3.6, 1.2, *([1.4] * len(statuses)), 1.4], align="LC" + "R" * 6)


def _lagging_section(builder: ReportBuilder, data: RegionIdmData) -> None:
    builder.heading(translate(
        "Reports", "Desa yang masih Sangat Tertinggal atau Tertinggal pada {year}").format(
        year=data.latest))
    builder.table(
        [translate("Reports", "No"), translate("Reports", "Kode"), translate("Reports", "Desa"),
         translate("Reports", "Kecamatan"), translate("Reports", "Status")],
        [[str(i), code, name, district, status or EMPTY]
         for i, (code, name, district, status) in enumerate(data.lagging, 1)],
        widths=[0.8, 2.5, 4.2, 3.4, 2.6], align="RLLLL",
        placeholder=translate("Reports",
                              "Tidak ada: semua desa yang dinilai pada {year} sudah minimal "
                              "Berkembang.").format(year=data.latest))


def _national_lagging_section(builder: ReportBuilder, data: RegionIdmData) -> None:
    """Lagging villages of the latest year counted per province (the names are in the
    kabupaten recaps: nationally they run to tens of thousands)."""
    builder.heading(translate(
        "Reports", "Desa yang masih Sangat Tertinggal atau Tertinggal pada {year}, per "
                   "provinsi").format(year=data.latest))
    builder.paragraph(translate(
        "Reports", "Nama desanya tercantum pada rekap IDM kabupaten/kota (pilih wilayahnya "
                   "di halaman IDM)."), style="muted")
    year = data.latest
    assert year is not None  # printed only with official results
    rows, total_lagging, total = [], 0, 0
    latest = {code: counts for (code, at), counts in province_counts(data.overview).items()
              if at == year}
    for code, counts in sorted(latest.items(),
                               key=lambda item: data.provinces.get(item[0], item[0])):
        lagging = [counts.get(status, 0) for status in LAGGING]
        assessed = sum(counts.values())
        total_lagging, total = total_lagging + sum(lagging), total + assessed
        rows.append([data.provinces.get(code) or code, *(number(n) for n in lagging),
                     number(assessed), _share(sum(lagging), assessed)])
    rows.append([translate("Reports", "Jumlah"),
                 *(number(data.overview.total(year, s)) for s in LAGGING),
                 number(total), _share(total_lagging, total)])
    builder.table([translate("Reports", "Provinsi"), *LAGGING,
                   translate("Reports", "Desa dinilai"), translate("Reports", "Persen")],
                  rows, widths=[4.6, 2.6, 2.2, 2.2, 1.6], align="LRRRR")


def _share(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f} %".replace(".", ",") if whole else EMPTY


def _target_section(builder: ReportBuilder, data: RegionIdmData) -> None:
    builder.heading(translate("Reports", "Target status dan capaiannya"))
    if not data.targets:
        builder.paragraph(translate(
            "Reports", "Belum ada target status untuk wilayah ini (menu IDM › Target "
                       "status)."), style="muted")
        return
    builder.paragraph(translate(
        "Reports", "Capaian tahun Y: desa yang Sangat Tertinggal/Tertinggal pada Y dan "
                   "minimal Berkembang pada hasil resmi Y + 1, dihitung untuk wilayah "
                   "target (provinsi atau kabupaten/kota)."), style="muted")
    rows = []
    for target in data.targets:
        if not target.results_known:
            outcome = translate("Reports", "belum ada hasil {year}").format(year=target.year + 1)
        else:
            outcome = (translate("Reports", "tercapai") if target.achieved
                       else translate("Reports", "belum tercapai"))
        named = "; ".join(
            f"{v.name} ({v.status_before or EMPTY} → {v.status_after or EMPTY})"
            for v in target.named) or EMPTY
        rows.append([str(target.year), target.regency_name, number(target.villages_to_lift),
                     number(target.lifted) if target.results_known else EMPTY, outcome, named])
    builder.table([translate("Reports", "Tahun"), translate("Reports", "Wilayah"),
                   translate("Reports", "Target (desa)"), translate("Reports", "Terangkat"),
                   translate("Reports", "Capaian"),
                   translate("Reports", "Desa sasaran (status → tahun berikutnya)")], rows,
                  widths=[1.1, 2.4, 1.5, 1.9, 1.9, 5.2], align="CLRRLL")


def _villages_text(villages: tuple[str, ...]) -> str:
    shown = "; ".join(villages[:NAMES_PER_CELL])
    rest = len(villages) - NAMES_PER_CELL
    if rest > 0:
        shown += "; " + translate(
            "Reports", "… dan {count} desa lain (lengkap di ekspor XLSX Sinergi OPD)") \
            .format(count=number(rest))
    return shown


@dataclass(frozen=True)
class SynergyGroup:
    """Weak indicators shared by the same villages, each with its agencies per level."""

    villages: tuple[str, ...]
    indicators: list[tuple[int, str, dict[str, list[str]]]]  # (number, name, level → agencies)


def synergy_groups(cells: list[SynergyCell]) -> list[SynergyGroup]:
    """The synergy cells grouped by their set of villages, so each village list is printed
    once: most villages first, indicators by number, agencies in their order of mention."""
    grouped: dict[tuple[str, ...], dict[tuple[int, str], dict[str, list[str]]]] = {}
    for cell in cells:
        levels = grouped.setdefault(cell.villages, {}).setdefault(
            (cell.indicator_number, cell.indicator), {})
        agencies = levels.setdefault(cell.level, [])
        if cell.agency not in agencies:
            agencies.append(cell.agency)
    return [SynergyGroup(villages, [(number_, name, levels) for (number_, name), levels
                                    in sorted(indicators.items())])
            for villages, indicators in sorted(grouped.items(),
                                               key=lambda item: (-len(item[0]), item[0]))]


def _levels_markup(levels: dict[str, list[str]]) -> str:
    order = [*ACTOR_LEVELS, *sorted(set(levels) - set(ACTOR_LEVELS))]
    return "<br/>".join(
        f"<b>{text(LEVEL_NAMES.get(level, level))}</b>: {text(', '.join(levels[level]))}"
        for level in order if levels.get(level))


def _synergy_section(builder: ReportBuilder, data: RegionIdmData) -> None:
    builder.heading(translate(
        "Reports", "Matriks sinergi OPD — IDM {year}").format(year=data.latest))
    builder.paragraph(translate(
        "Reports", "Instansi yang disebut dalam rumusan IDM untuk indikator lemah (skor "
                   "≤ {weak}), dikelompokkan menurut desa yang sama-sama lemah pada "
                   "indikator itu: daftar desa dicetak sekali di atas kelompoknya; "
                   "kelompok dengan desa terbanyak lebih dulu.")
                      .format(weak=data.weak_up_to), style="muted")
    rows: list[list] = []
    group_rows: list[int] = []
    for group in synergy_groups(data.synergy):
        group_rows.append(len(rows) + 1)
        rows.append([builder.para("<b>{}</b> {}".format(
            text(translate("Reports", "{count} desa:").format(count=number(len(group.villages)))),
            text(_villages_text(group.villages))), "cell"), "", ""])
        for number_, name, levels in group.indicators:
            rows.append([str(number_), name, builder.para(_levels_markup(levels), "cell")])
    table = builder.table(
        [translate("Reports", "No"), translate("Reports", "Indikator lemah"),
         translate("Reports", "Instansi pelaku per tingkat")],
        rows,
        widths=[0.8, 5.2, 9.0], align="RLL",
        placeholder=translate("Reports",
                              "Tidak ada indikator lemah dengan instansi pelaku pada tahun ini."))
    if table is not None:
        table.setStyle([style for row in group_rows for style in (
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), colors.HexColor("#f2f2f2")))])


def _national_weak_section(builder: ReportBuilder, data: RegionIdmData) -> None:
    """Villages weak on each indicator nationally, with the national and provincial agencies
    the catalogue names for it (the per-village matrix is in the kabupaten recaps)."""
    builder.heading(translate(
        "Reports", "Indikator lemah IDM {year} — ringkasan nasional").format(year=data.latest))
    builder.paragraph(translate(
        "Reports", "Jumlah desa dengan skor indikator ≤ {weak} dan instansi pusat dan "
                   "provinsi yang disebut katalog IDM; matriks sinergi per desa tercantum "
                   "pada rekap kabupaten/kota.").format(weak=data.weak_up_to), style="muted")
    catalogue = idm_catalogue()
    rows = []
    for number_, count in sorted(data.weak_counts.items(), key=lambda item: (-item[1],
                                                                             item[0])):
        indicator = catalogue.indicator(number_)
        levels = {level: list(indicator.actors_at(level)) for level in ("PUSAT", "PROV")}
        rows.append([str(number_), indicator.label, number(count),
                     builder.para(_levels_markup(levels), "cell")])
    builder.table([translate("Reports", "No"), translate("Reports", "Indikator lemah"),
                   translate("Reports", "Jumlah desa"),
                   translate("Reports", "Instansi pusat dan provinsi")], rows,
                  widths=[0.8, 5.6, 1.8, 6.8], align="RLRL",
                  placeholder=translate("Reports", "Tidak ada indikator lemah pada tahun ini."))


def build_idm_recap(data: RegionIdmData, letterhead: Letterhead | None = None,
                    paper: str = "A4", progress: Progress | None = None,
                    printed_on: date | None = None) -> ReportResult:
    """Lay out the regional recap (pure: run it in a worker thread)."""
    builder = ReportBuilder(
        translate(
            "Reports", "Rekap IDM {area}").format(area=data.area), letterhead, paper, progress,
        footer_note=translate("Reports", "Rekap IDM · {area} · dicetak {day}").format(
            area=short(data.area),
            day=long_date(printed_on or SYSTEM_CLOCK.today(), with_day_name=False)))
    builder.title_block(translate("Reports", "REKAP INDEKS DESA MEMBANGUN (IDM)"), data.area)
    if data.latest is None:
        builder.paragraph(translate("Reports",
            "Belum ada hasil IDM resmi untuk {area}: jumlah desa per status, desa tertinggal "
            "dan matriks sinergi memerlukan data IDM resmi. Impor rumusan IDM atau tabel "
            "nasional untuk wilayah ini, lalu cetak ulang rekap.").format(area=data.area),
            style="left")
        _target_section(builder, data)
    elif data.national:
        _status_section(builder, data)
        _map_section(builder, data)
        _national_lagging_section(builder, data)
        _target_section(builder, data)
        _national_weak_section(builder, data)
    else:
        _status_section(builder, data)
        _map_section(builder, data)
        _lagging_section(builder, data)
        _target_section(builder, data)
        _synergy_section(builder, data)
    if data.indeks_desa is not None:
        region_section(builder, data.indeks_desa)
    if data.overdue is not None:
        overdue_section(builder, data.overdue)
    return builder.build()


def idm_recap_for(db: Database, scope: RegionScope = PROVINCE,
                  progress: Progress | None = None, printed_on: date | None = None,
                  weak_up_to: int = WEAK_UP_TO) -> ReportResult:
    """Query the region and the report settings, then build (run in a worker thread)."""
    if progress is not None:
        progress(0, 0, translate("Reports", "Membaca data IDM"))
    with db.reading() as session:
        data = load_region_idm(session, scope, weak_up_to, printed_on or SYSTEM_CLOCK.today())
        settings = load_report_settings(session)
    return build_idm_recap(data, settings.letterhead, settings.paper, progress, printed_on)

"""The APBDes monitoring report (laporan hasil monitoring) of one village and budget.

Kop, title, the village and its Perdes, budget and realisation (totals, per bidang, per
source of funds), the failed automatic checks, the visits, every finding with its follow-up
history and photos (overdue ones marked), and the signatures.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors

from desktop_app.core.apbdes.amounts import ZERO
from desktop_app.core.apbdes.overview import BudgetView, Realisation
from desktop_app.core.attachments.blobs import BlobStore
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.reports.document import (
    Letterhead,
    Progress,
    ReportBuilder,
    ReportResult,
    SignatureBlock,
    text,
)
from desktop_app.core.reports.formatting import long_date, number, rupiah
from desktop_app.core.reports.idm_report import short
from desktop_app.core.reports.profile_sheet import kind_label
from desktop_app.core.reports.settings import load_report_settings
from desktop_app.core.reports.supervision_data import (
    FindingEntry,
    SupervisionData,
    load_supervision,
)
from desktop_app.core.reports.supervision_photos import photo_rows
from desktop_app.core.supervision.entry import category_labels, severity_labels, status_labels

EMPTY = "—"
OVERDUE = colors.HexColor("#b03a2e")
OVERDUE_HEADER = colors.HexColor("#f5c6c0")
FINDING_HEADER = colors.HexColor("#e6e6e6")


def budget_name(kind: str) -> str:
    """APBKam for a kampung (DESIGN §2), APBDes otherwise."""
    return "APBKam" if kind == "kampung" else "APBDes"


def version_label(version: str) -> str:
    return {"murni": translate("Reports", "Murni"),
            "perubahan": translate("Reports", "Perubahan")}.get(version, version)


def source_label(code: str) -> str:
    """``Dana Desa (DD)``: the source of funds in words, its code kept for reference."""
    names = {"DD": translate("Reports", "Dana Desa"),
             "ADD": translate("Reports", "Alokasi Dana Desa"),
             "BHP": translate("Reports", "Bagi Hasil Pajak dan Retribusi"),
             "BKP": translate("Reports", "Bantuan Keuangan Provinsi"),
             "BKK": translate("Reports", "Bantuan Keuangan Kabupaten/Kota"),
             "PADes": translate(
                 "Reports", "Pendapatan Asli Desa"), "lainnya": translate("Reports", "Lain-lain")}
    return f"{names[code]} ({code})" if code in names and code != "lainnya" else \
        names.get(code, code)


def percent(value: Decimal) -> str:
    return f"{number(value, 2)} %"


def _short_date(day: date | None) -> str:
    return long_date(day, with_day_name=False) if day else EMPTY


# -- header ------------------------------------------------------------------------------
def _identity(builder: ReportBuilder, data: SupervisionData) -> None:
    village, budget = data.village, data.budget
    kind = kind_label(village.kind)
    perdes = EMPTY
    if budget and (budget.perdes_number or budget.perdes_date):
        perdes = translate("Reports", "Nomor {number} tanggal {day}").format(
            number=budget.perdes_number or EMPTY, day=_short_date(budget.perdes_date))
    rows = [
        (translate("Reports", "Nama {kind}").format(kind=kind.lower()), village.name),
        (translate("Reports", "Kode wilayah"), village.code),
        (translate("Reports", "Kecamatan"), village.district),
        (translate("Reports", "Kabupaten/Kota"), village.regency),
        (translate("Reports", "Tahun anggaran"), str(data.year)),
        (translate("Reports", "{budget} versi").format(budget=budget_name(village.kind)),
         version_label(data.version)),
        (translate("Reports", "Peraturan desa"), perdes),
    ]
    if budget is not None:
        for semester, label in ((1, translate("Reports", "Laporan semester I")),
                                (2, translate("Reports", "Laporan akhir tahun"))):
            day = budget.reported.get(semester)
            rows.append((label,
                         translate("Reports", "diterima {day}").format(day=_short_date(day))
                         if day else translate("Reports", "belum ada")))
    builder.key_values(rows, label_width_mm=46)


# -- budget ------------------------------------------------------------------------------
def _missing_budget(builder: ReportBuilder, data: SupervisionData) -> str:
    village = data.village
    name = budget_name(village.kind)
    message = translate("Reports",
        "{budget} {year} versi {version} untuk {kind} {village} ({code}) belum ada di basis "
        "data, sehingga anggaran, realisasi dan pemeriksaan otomatis tidak dapat dicetak. "
        "Impor laporan realisasi {budget} {year} ({version}) desa ini, lalu cetak ulang "
        "laporan.").format(budget=name, year=data.year,
                           version=version_label(data.version).lower(),
                           kind=kind_label(village.kind).lower(), village=village.name,
                           code=village.code)
    builder.paragraph(message, style="left")
    if data.other_budgets:
        builder.paragraph(translate(
            "Reports", "Yang sudah ada untuk desa ini: {list}.").format(list="; ".join(
            f"{name} {y} {version_label(v).lower()}" for y, v in data.other_budgets)),
            style="muted")
    return message


def _realisation_rows(items: list[Realisation]) -> list[list[str]]:
    return [[item.label, rupiah(item.budget), rupiah(item.realised), percent(item.percent),
             rupiah(item.budget - item.realised)] for item in items]


def _sum_row(builder: ReportBuilder, items: list[Realisation]) -> list:
    budget = sum((i.budget for i in items), ZERO)
    realised = sum((i.realised for i in items), ZERO)
    share = realised * 100 / budget if budget > 0 else ZERO
    return [builder.para("<b>" + text(translate("Reports", "Jumlah")) + "</b>", "cell"),
            rupiah(budget), rupiah(realised), percent(share), rupiah(budget - realised)]


def _realisation_table(builder: ReportBuilder, first: str, items: list[Realisation],
                       placeholder: str) -> None:
    rows = _realisation_rows(items)
    if rows:
        rows.append(_sum_row(builder, items))
    builder.table([first, translate("Reports", "Anggaran"), translate("Reports", "Realisasi"), "%",
                   translate("Reports", "Sisa anggaran")],
                  rows,
                  widths=[3.6, 2.3, 2.3, 1.2, 2.3], align="LRRRR", placeholder=placeholder)


def _budget_section(builder: ReportBuilder, budget: BudgetView) -> None:
    t = budget.totals
    builder.heading(translate("Reports", "A. Anggaran dan realisasi"))
    surplus_realised = t.revenue_realised - t.spending_realised

    def row(label: str, planned: Decimal, realised: Decimal | None) -> list[str]:
        if realised is None:
            return [label, rupiah(planned), EMPTY, EMPTY]
        share = percent(realised * 100 / planned) if planned > 0 else EMPTY
        return [label, rupiah(planned), rupiah(realised), share]

    builder.table(
        [translate("Reports", "Uraian"), translate("Reports", "Anggaran"),
         translate("Reports", "Realisasi"), "%"],
        [row(translate("Reports", "Pendapatan"), t.revenue, t.revenue_realised),
         row(translate("Reports", "Belanja"), t.spending, t.spending_realised),
         row(translate("Reports", "Surplus/(Defisit)"), t.surplus, surplus_realised),
         row(translate("Reports", "Penerimaan pembiayaan"), t.financing_in, None),
         row(translate("Reports", "Pengeluaran pembiayaan"), t.financing_out, None),
         row(translate("Reports", "Pembiayaan netto"), t.net_financing, None),
         row(translate(
             "Reports", "Sisa lebih/(kurang) pembiayaan anggaran"), t.surplus + t.net_financing,
             None)],
        widths=[4.6, 2.6, 2.6, 1.4], align="LRRR")
    if t.surplus < 0:
        builder.paragraph(translate(
            "Reports", "Belanja melebihi pendapatan: defisit {amount} harus ditutup "
                       "pembiayaan netto ({net}).").format(
            amount=rupiah(-t.surplus), net=rupiah(t.net_financing)), style="muted")
    builder.heading(translate("Reports", "B. Belanja per bidang"))
    _realisation_table(builder, translate("Reports", "Bidang"), budget.by_bidang,
                       translate("Reports", "Tidak ada baris belanja."))
    builder.heading(translate("Reports", "C. Belanja per sumber dana"))
    sources = [Realisation(source_label(x.label), x.budget, x.realised)
               for x in budget.by_source]
    _realisation_table(builder, translate("Reports", "Sumber dana"), sources,
                       translate("Reports", "Tidak ada baris belanja."))
    builder.heading(translate("Reports", "D. Hasil pemeriksaan otomatis"))
    if not budget.checks:
        builder.paragraph(translate(
            "Reports", "Semua pemeriksaan otomatis terpenuhi: tidak ada yang perlu "
                       "dicatat."), style="muted")
    else:
        builder.numbered([c.message for c in budget.checks], "")


# -- visits ------------------------------------------------------------------------------
def _visits_section(builder: ReportBuilder, data: SupervisionData) -> None:
    builder.heading(translate("Reports", "E. Kunjungan monitoring"))
    builder.table(
        [translate("Reports", "No"), translate("Reports", "Tanggal"),
         translate("Reports", "Petugas"), translate("Reports", "Tujuan"),
         translate("Reports", "Yang diperiksa"),
         translate("Reports", "Catatan")],
        [[str(i), _short_date(v.visit_date), "\n".join(v.officers) or EMPTY,
          v.purpose or EMPTY, v.inspected or EMPTY, v.notes or EMPTY]
         for i, v in enumerate(data.visits, 1)],
        widths=[0.7, 2.4, 2.4, 2.6, 2.6, 3.4], align="RLLLLL",
        placeholder=translate("Reports",
                              "Belum ada kunjungan monitoring yang dicatat untuk tahun {year}.")
        .format(year=data.year))


# -- findings ----------------------------------------------------------------------------
def _history_text(entry: FindingEntry) -> str:
    labels = status_labels()
    lines = []
    for step in entry.history:
        line = f"{_short_date(step.changed_on)} — {text(labels.get(step.status, step.status))}"
        line += f" ({text(step.changed_by)})"
        if step.note:
            line += f": {text(step.note)}"
        lines.append(line)
    return "<br/>".join(lines) or EMPTY


def _status_markup(entry: FindingEntry) -> str:
    label = text(status_labels().get(entry.status, entry.status))
    if entry.overdue:
        late = text(translate(
            "Reports", "TERLAMBAT {days} hari").format(days=number(entry.days_late)))
        return f'{label} — <font color="{OVERDUE.hexval()}"><b>{late}</b></font>'
    return label


def _finding_block(builder: ReportBuilder, number_: int, entry: FindingEntry,
                   store: BlobStore, warnings: list[str]) -> None:
    categories, severities = category_labels(), severity_labels()
    title = translate("Reports", "Temuan {number} — {category}, keparahan {severity}").format(
        number=number_, category=categories.get(entry.category, entry.category),
        severity=severities.get(entry.severity, entry.severity).lower())
    if entry.overdue:
        title += " — " + translate("Reports", "melewati batas waktu")
    deadline = _short_date(entry.deadline)
    if entry.overdue:
        deadline = f'<font color="{OVERDUE.hexval()}"><b>{text(deadline)}</b></font>'
    cell = "cell"
    rows: list[list] = [
        [translate("Reports", "Tanggal temuan"), _short_date(entry.found_on)],
        [translate("Reports", "Uraian"), entry.description],
        [translate("Reports", "Rekomendasi"), entry.recommendation or EMPTY],
        [translate("Reports", "Penanggung jawab"), entry.responsible or EMPTY],
        [translate("Reports", "Batas waktu"), builder.para(deadline, cell)],
        [translate("Reports", "Status"), builder.para(_status_markup(entry), cell)],
        [translate("Reports", "Riwayat tindak lanjut"), builder.para(_history_text(entry), cell)],
    ]
    rows.extend(photo_rows(builder, entry.files, store, warnings,
                           translate("Reports", "Temuan {number}").format(number=number_)))
    table = builder.table([title, ""], rows, widths=[1, 3.4], align="LL")
    assert table is not None
    table.setStyle([("SPAN", (0, 0), (1, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0),
                     OVERDUE_HEADER if entry.overdue else FINDING_HEADER)])
    builder.spacer(3)


def _findings_section(builder: ReportBuilder, data: SupervisionData, store: BlobStore,
                      warnings: list[str], progress: Progress | None) -> None:
    builder.heading(translate("Reports", "F. Temuan dan tindak lanjut"))
    if not data.findings:
        builder.paragraph(translate(
            "Reports", "Tidak ada temuan yang dicatat untuk tahun {year}.").format(
            year=data.year), style="muted")
        return
    still_open = sum(1 for f in data.findings if f.status in ("open", "in_progress"))
    builder.paragraph(translate("Reports",
        "{count} temuan; {open} masih menunggu tindak lanjut, {late} di antaranya melewati "
        "batas waktu per {day}.").format(
        count=number(len(data.findings)), open=number(still_open),
        late=number(data.overdue_count), day=_short_date(data.today)), style="left")
    total = len(data.findings)
    for index, entry in enumerate(data.findings, 1):
        if progress is not None and index % 25 == 0:
            progress(index, total, translate(
                "Reports", "Menyusun temuan {index} dari {total}").format(
                index=index, total=total))
        _finding_block(builder, index, entry, store, warnings)


# -- the report --------------------------------------------------------------------------
def _signatures(builder: ReportBuilder, data: SupervisionData) -> None:
    village = data.village
    officer = next((v.officers[0] for v in reversed(data.visits) if v.officers), None)
    head_role = translate("Reports", "Kepala {kind} {name},").format(kind=kind_label(village.kind),
                                                   name=village.name)
    builder.signatures(
        [SignatureBlock(translate(
            "Reports", "Mengetahui,\n{role}").format(role=head_role), village.head_name),
         SignatureBlock(translate("Reports", "Yang melaporkan,\nPetugas monitoring,"), officer)],
        place_date=f"{village.district}, {_short_date(data.today)}")


def build_supervision_report(data: SupervisionData, store: BlobStore,
                             letterhead: Letterhead | None = None, paper: str = "A4",
                             progress: Progress | None = None) -> ReportResult:
    """Lay out the report (pure apart from thumbnail caching: run it in a worker)."""
    village = data.village
    name = budget_name(village.kind)
    kind = kind_label(village.kind)
    builder = ReportBuilder(
        translate("Reports", "Laporan monitoring {budget} {kind} {name} {year}").format(
            budget=name, kind=kind, name=village.name, year=data.year),
        letterhead, paper, progress,
        footer_note=translate(
            "Reports", "Monitoring {budget} {name} {year} · dicetak {day}").format(
            budget=name, name=short(village.name), year=data.year,
            day=_short_date(data.today)))
    builder.title_block(translate(
        "Reports", "LAPORAN HASIL MONITORING {budget}").format(budget=name.upper()),
                        translate("Reports", "{kind} {name} — Tahun Anggaran {year}").format(
                            kind=kind, name=village.name, year=data.year))
    _identity(builder, data)
    warnings: list[str] = []
    if data.budget is None:
        builder.heading(translate("Reports", "A. Anggaran dan realisasi"))
        warnings.append(_missing_budget(builder, data))
    else:
        _budget_section(builder, data.budget)
    _visits_section(builder, data)
    _findings_section(builder, data, store, warnings, progress)
    # The closing line goes onto the signatures' page with them (never a page of
    # signatures alone, cut off from the report they sign).
    builder.spacer(2)
    builder.paragraph(translate(
        "Reports", "Demikian laporan hasil monitoring ini dibuat untuk dipergunakan "
                   "sebagaimana mestinya."), style="left")
    _signatures(builder, data)
    result = builder.build()
    result.warnings[:0] = warnings
    return result


def supervision_report_for(db: Database, data_dir: Path, village_code: str, year: int,
                           version: str, today: date,
                           progress: Progress | None = None) -> ReportResult:
    """Read the budget, visits, findings and settings, then build (run in a worker)."""
    if progress is not None:
        progress(0, 0, translate("Reports", "Membaca data monitoring"))
    data = load_supervision(db, village_code, year, version, today)
    with db.reading() as session:
        settings = load_report_settings(session)
    return build_supervision_report(data, BlobStore(data_dir), settings.letterhead,
                                    settings.paper, progress)

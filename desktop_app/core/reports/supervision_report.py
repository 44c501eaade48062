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


def _t(value: str) -> str:
    return translate("Reports", value)


def budget_name(kind: str) -> str:
    """APBKam for a kampung (DESIGN §2), APBDes otherwise."""
    return "APBKam" if kind == "kampung" else "APBDes"


def version_label(version: str) -> str:
    return {"murni": _t("Murni"), "perubahan": _t("Perubahan")}.get(version, version)


def source_label(code: str) -> str:
    """``Dana Desa (DD)``: the source of funds in words, its code kept for reference."""
    names = {"DD": _t("Dana Desa"), "ADD": _t("Alokasi Dana Desa"),
             "BHP": _t("Bagi Hasil Pajak dan Retribusi"),
             "BKP": _t("Bantuan Keuangan Provinsi"),
             "BKK": _t("Bantuan Keuangan Kabupaten/Kota"),
             "PADes": _t("Pendapatan Asli Desa"), "lainnya": _t("Lain-lain")}
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
        perdes = _t("Nomor {number} tanggal {day}").format(
            number=budget.perdes_number or EMPTY, day=_short_date(budget.perdes_date))
    rows = [
        (_t("Nama {kind}").format(kind=kind.lower()), village.name),
        (_t("Kode wilayah"), village.code),
        (_t("Kecamatan"), village.district),
        (_t("Kabupaten/Kota"), village.regency),
        (_t("Tahun anggaran"), str(data.year)),
        (_t("{budget} versi").format(budget=budget_name(village.kind)),
         version_label(data.version)),
        (_t("Peraturan desa"), perdes),
    ]
    if budget is not None:
        for semester, label in ((1, _t("Laporan semester I")), (2, _t("Laporan akhir tahun"))):
            day = budget.reported.get(semester)
            rows.append((label, _t("diterima {day}").format(day=_short_date(day)) if day
                         else _t("belum ada")))
    builder.key_values(rows, label_width_mm=46)


# -- budget ------------------------------------------------------------------------------
def _missing_budget(builder: ReportBuilder, data: SupervisionData) -> str:
    village = data.village
    name = budget_name(village.kind)
    message = _t(
        "{budget} {year} versi {version} untuk {kind} {village} ({code}) belum ada di basis "
        "data, sehingga anggaran, realisasi dan pemeriksaan otomatis tidak dapat dicetak. "
        "Impor laporan realisasi {budget} {year} ({version}) desa ini, lalu cetak ulang "
        "laporan.").format(budget=name, year=data.year,
                           version=version_label(data.version).lower(),
                           kind=kind_label(village.kind).lower(), village=village.name,
                           code=village.code)
    builder.paragraph(message, style="left")
    if data.other_budgets:
        builder.paragraph(_t("Yang sudah ada untuk desa ini: {list}.").format(list="; ".join(
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
    return [builder.para(f"<b>{text(_t('Jumlah'))}</b>", "cell"), rupiah(budget),
            rupiah(realised), percent(share), rupiah(budget - realised)]


def _realisation_table(builder: ReportBuilder, first: str, items: list[Realisation],
                       placeholder: str) -> None:
    rows = _realisation_rows(items)
    if rows:
        rows.append(_sum_row(builder, items))
    builder.table([first, _t("Anggaran"), _t("Realisasi"), "%", _t("Sisa anggaran")], rows,
                  widths=[3.6, 2.3, 2.3, 1.2, 2.3], align="LRRRR", placeholder=placeholder)


def _budget_section(builder: ReportBuilder, budget: BudgetView) -> None:
    t = budget.totals
    builder.heading(_t("A. Anggaran dan realisasi"))
    surplus_realised = t.revenue_realised - t.spending_realised

    def row(label: str, planned: Decimal, realised: Decimal | None) -> list[str]:
        if realised is None:
            return [label, rupiah(planned), EMPTY, EMPTY]
        share = percent(realised * 100 / planned) if planned > 0 else EMPTY
        return [label, rupiah(planned), rupiah(realised), share]

    builder.table(
        [_t("Uraian"), _t("Anggaran"), _t("Realisasi"), "%"],
        [row(_t("Pendapatan"), t.revenue, t.revenue_realised),
         row(_t("Belanja"), t.spending, t.spending_realised),
         row(_t("Surplus/(Defisit)"), t.surplus, surplus_realised),
         row(_t("Penerimaan pembiayaan"), t.financing_in, None),
         row(_t("Pengeluaran pembiayaan"), t.financing_out, None),
         row(_t("Pembiayaan netto"), t.net_financing, None),
         row(_t("Sisa lebih/(kurang) pembiayaan anggaran"), t.surplus + t.net_financing,
             None)],
        widths=[4.6, 2.6, 2.6, 1.4], align="LRRR")
    if t.surplus < 0:
        builder.paragraph(_t("Belanja melebihi pendapatan: defisit {amount} harus ditutup "
                             "pembiayaan netto ({net}).").format(
            amount=rupiah(-t.surplus), net=rupiah(t.net_financing)), style="muted")
    builder.heading(_t("B. Belanja per bidang"))
    _realisation_table(builder, _t("Bidang"), budget.by_bidang,
                       _t("Tidak ada baris belanja."))
    builder.heading(_t("C. Belanja per sumber dana"))
    sources = [Realisation(source_label(x.label), x.budget, x.realised)
               for x in budget.by_source]
    _realisation_table(builder, _t("Sumber dana"), sources,
                       _t("Tidak ada baris belanja."))
    builder.heading(_t("D. Hasil pemeriksaan otomatis"))
    if not budget.checks:
        builder.paragraph(_t("Semua pemeriksaan otomatis terpenuhi: tidak ada yang perlu "
                             "dicatat."), style="muted")
    else:
        builder.numbered([c.message for c in budget.checks], "")


# -- visits ------------------------------------------------------------------------------
def _visits_section(builder: ReportBuilder, data: SupervisionData) -> None:
    builder.heading(_t("E. Kunjungan monitoring"))
    builder.table(
        [_t("No"), _t("Tanggal"), _t("Petugas"), _t("Tujuan"), _t("Yang diperiksa"),
         _t("Catatan")],
        [[str(i), _short_date(v.visit_date), "\n".join(v.officers) or EMPTY,
          v.purpose or EMPTY, v.inspected or EMPTY, v.notes or EMPTY]
         for i, v in enumerate(data.visits, 1)],
        widths=[0.7, 2.4, 2.4, 2.6, 2.6, 3.4], align="RLLLLL",
        placeholder=_t("Belum ada kunjungan monitoring yang dicatat untuk tahun {year}.")
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
        late = text(_t("TERLAMBAT {days} hari").format(days=number(entry.days_late)))
        return f'{label} — <font color="{OVERDUE.hexval()}"><b>{late}</b></font>'
    return label


def _finding_block(builder: ReportBuilder, number_: int, entry: FindingEntry,
                   store: BlobStore, warnings: list[str]) -> None:
    categories, severities = category_labels(), severity_labels()
    title = _t("Temuan {number} — {category}, keparahan {severity}").format(
        number=number_, category=categories.get(entry.category, entry.category),
        severity=severities.get(entry.severity, entry.severity).lower())
    if entry.overdue:
        title += " — " + _t("melewati batas waktu")
    deadline = _short_date(entry.deadline)
    if entry.overdue:
        deadline = f'<font color="{OVERDUE.hexval()}"><b>{text(deadline)}</b></font>'
    cell = "cell"
    rows: list[list] = [
        [_t("Tanggal temuan"), _short_date(entry.found_on)],
        [_t("Uraian"), entry.description],
        [_t("Rekomendasi"), entry.recommendation or EMPTY],
        [_t("Penanggung jawab"), entry.responsible or EMPTY],
        [_t("Batas waktu"), builder.para(deadline, cell)],
        [_t("Status"), builder.para(_status_markup(entry), cell)],
        [_t("Riwayat tindak lanjut"), builder.para(_history_text(entry), cell)],
    ]
    rows.extend(photo_rows(builder, entry.files, store, warnings,
                           _t("Temuan {number}").format(number=number_)))
    table = builder.table([title, ""], rows, widths=[1, 3.4], align="LL")
    assert table is not None
    table.setStyle([("SPAN", (0, 0), (1, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0),
                     OVERDUE_HEADER if entry.overdue else FINDING_HEADER)])
    builder.spacer(3)


def _findings_section(builder: ReportBuilder, data: SupervisionData, store: BlobStore,
                      warnings: list[str], progress: Progress | None) -> None:
    builder.heading(_t("F. Temuan dan tindak lanjut"))
    if not data.findings:
        builder.paragraph(_t("Tidak ada temuan yang dicatat untuk tahun {year}.").format(
            year=data.year), style="muted")
        return
    still_open = sum(1 for f in data.findings if f.status in ("open", "in_progress"))
    builder.paragraph(_t(
        "{count} temuan; {open} masih menunggu tindak lanjut, {late} di antaranya melewati "
        "batas waktu per {day}.").format(
        count=number(len(data.findings)), open=number(still_open),
        late=number(data.overdue_count), day=_short_date(data.today)), style="left")
    total = len(data.findings)
    for index, entry in enumerate(data.findings, 1):
        if progress is not None and index % 25 == 0:
            progress(index, total, _t("Menyusun temuan {index} dari {total}").format(
                index=index, total=total))
        _finding_block(builder, index, entry, store, warnings)


# -- the report --------------------------------------------------------------------------
def _signatures(builder: ReportBuilder, data: SupervisionData) -> None:
    village = data.village
    officer = next((v.officers[0] for v in reversed(data.visits) if v.officers), None)
    head_role = _t("Kepala {kind} {name},").format(kind=kind_label(village.kind),
                                                   name=village.name)
    builder.signatures(
        [SignatureBlock(_t("Mengetahui,\n{role}").format(role=head_role), village.head_name),
         SignatureBlock(_t("Yang melaporkan,\nPetugas monitoring,"), officer)],
        place_date=f"{village.district}, {_short_date(data.today)}")


def build_supervision_report(data: SupervisionData, store: BlobStore,
                             letterhead: Letterhead | None = None, paper: str = "A4",
                             progress: Progress | None = None) -> ReportResult:
    """Lay out the report (pure apart from thumbnail caching: run it in a worker)."""
    village = data.village
    name = budget_name(village.kind)
    kind = kind_label(village.kind)
    builder = ReportBuilder(
        _t("Laporan monitoring {budget} {kind} {name} {year}").format(
            budget=name, kind=kind, name=village.name, year=data.year),
        letterhead, paper, progress,
        footer_note=_t("Monitoring {budget} {name} {year} · dicetak {day}").format(
            budget=name, name=short(village.name), year=data.year,
            day=_short_date(data.today)))
    builder.title_block(_t("LAPORAN HASIL MONITORING {budget}").format(budget=name.upper()),
                        _t("{kind} {name} — Tahun Anggaran {year}").format(
                            kind=kind, name=village.name, year=data.year))
    _identity(builder, data)
    warnings: list[str] = []
    if data.budget is None:
        builder.heading(_t("A. Anggaran dan realisasi"))
        warnings.append(_missing_budget(builder, data))
    else:
        _budget_section(builder, data.budget)
    _visits_section(builder, data)
    _findings_section(builder, data, store, warnings, progress)
    # The closing line goes onto the signatures' page with them (never a page of
    # signatures alone, cut off from the report they sign).
    builder.spacer(2)
    builder.paragraph(_t("Demikian laporan hasil monitoring ini dibuat untuk dipergunakan "
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
        progress(0, 0, _t("Membaca data monitoring"))
    data = load_supervision(db, village_code, year, version, today)
    with db.reading() as session:
        settings = load_report_settings(session)
    return build_supervision_report(data, BlobStore(data_dir), settings.letterhead,
                                    settings.paper, progress)

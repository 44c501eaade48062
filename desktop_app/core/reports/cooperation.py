"""The printed record of a kerja sama desa: number, date, kind, parties, scope, period,
value, the villages and indicators it targets and the interventions carried out under it,
with a signature block per party."""

from __future__ import annotations

from datetime import date

from desktop_app.core.action_plan.cooperation import (
    agreement_interventions,
    agreement_kind_labels,
    list_agreements,
)
from desktop_app.core.action_plan.labels import status_labels
from desktop_app.core.action_plan.store import element_label
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.models import Village
from desktop_app.core.reports.document import (
    Progress,
    ReportBuilder,
    ReportResult,
    SignatureBlock,
)
from desktop_app.core.reports.formatting import long_date, rupiah
from desktop_app.core.reports.settings import load_report_settings


def cooperation_report_for(db: Database, agreement_id: str, progress: Progress | None = None,
                           printed_on: date | None = None) -> ReportResult:
    with db.reading() as session:
        agreement = next(a for a in list_agreements(session) if a.id == agreement_id)
        villages = {code: session.get(Village, code) for code in agreement.village_codes}
        names = {code: village.name if village is not None else code
                 for code, village in villages.items()}
        done = agreement_interventions(session, agreement_id)
        settings = load_report_settings(session)
    title = translate("Reports", "Kerja Sama Desa {number}").format(number=agreement.number)
    builder = ReportBuilder(title, settings.letterhead, settings.paper, progress,
                            footer_note=title)
    builder.title_block(translate("Reports", "KERJA SAMA DESA"),
                        translate("Reports", "Nomor: {number}").format(number=agreement.number))
    period = " – ".join(long_date(d, with_day_name=False) for d in (
        agreement.period_start, agreement.period_end) if d) or "—"
    builder.key_values([
        (translate("Reports", "Tanggal"), long_date(agreement.signed_on, with_day_name=False)),
        (translate("Reports", "Jenis"), agreement_kind_labels().get(agreement.kind,
                                                                     agreement.kind)),
        (translate("Reports", "Para pihak"), "; ".join(agreement.parties)),
        (translate("Reports", "Ruang lingkup"), agreement.scope),
        (translate("Reports", "Jangka waktu"), period),
        (translate("Reports", "Nilai"), rupiah(agreement.value)
         if agreement.value is not None else "—"),
        (translate("Reports", "Desa sasaran"), ", ".join(names.values())),
        (translate("Reports", "Indikator sasaran"), "; ".join(
            f"{code.partition(':')[2]}. {element_label(*code.split(':', 1)) or ''}"
            for code in agreement.element_codes) or "—"),
    ], label_width_mm=38)
    builder.heading(translate("Reports", "Intervensi dalam kerja sama ini"))
    statuses = status_labels()
    builder.table(
        [translate("Reports", "Tahun"), translate("Reports", "Desa"),
         translate("Reports", "Indikator"), translate("Reports", "Kegiatan"),
         translate("Reports", "Status")],
        [[str(i.year), i.village_name, f"{i.element_code}. {i.element}", i.activity,
          statuses.get(i.status, i.status)] for i in done],
        widths=[1.2, 2.8, 3.4, 5, 1.8], align="LLLLL",
        placeholder=translate("Reports", "Belum ada intervensi yang dicatat."))
    builder.signatures([SignatureBlock(f"{party},", None) for party in agreement.parties],
                       place_date=long_date(printed_on, with_day_name=False)
                       if printed_on else "")
    return builder.build()

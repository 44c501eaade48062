"""Regional recap of village profiles: counts per kabupaten and one row per village.

For a kecamatan, a kabupaten or the whole province (a code prefix such as ``64.07``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.clock import SYSTEM_CLOCK
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.models import Village, VillagePopulation, VillageProfile
from desktop_app.core.reports.document import Letterhead, Progress, ReportBuilder, ReportResult
from desktop_app.core.reports.formatting import long_date, number
from desktop_app.core.reports.profile_sheet import kind_label
from desktop_app.core.reports.settings import load_report_settings


@dataclass(frozen=True)
class RecapRow:
    code: str
    name: str
    kind: str
    district: str
    regency: str
    head_name: str | None
    population: int | None
    households: int | None


def recap_rows(session: Session, prefix: str = "") -> list[RecapRow]:
    """Active villages under ``prefix`` with their head and latest population, by code."""
    latest = (
        select(VillagePopulation.village_code,
               func.max(VillagePopulation.year).label("year"))
        .where(VillagePopulation.deleted.is_(False))
        .group_by(VillagePopulation.village_code).subquery()
    )
    query = (
        select(Village.code, Village.name, Village.kind, Village.district_name,
               Village.regency_name, VillageProfile.head_name, VillagePopulation.population,
               VillagePopulation.households)
        .outerjoin(VillageProfile, VillageProfile.village_code == Village.code)
        .outerjoin(latest, latest.c.village_code == Village.code)
        .outerjoin(VillagePopulation, (VillagePopulation.village_code == Village.code)
                   & (VillagePopulation.year == latest.c.year))
        .where(Village.active.is_(True), Village.code.like(f"{prefix}%"))
        .order_by(Village.code)
    )
    return [RecapRow(*row) for row in session.execute(query)]


def build_village_recap(rows: list[RecapRow], area: str, letterhead: Letterhead | None = None,
                        paper: str = "A4",
                        progress: Progress | None = None,
                        printed_on: date | None = None) -> ReportResult:
    builder = ReportBuilder(translate(
        "Reports", "Rekap Profil Desa {area}").format(area=area), letterhead,
                            paper, progress, footer_note=translate("Reports",
                                "Rekap profil desa · {area} · dicetak {day}").format(
                                area=area,
                                day=long_date(printed_on or SYSTEM_CLOCK.today(), False)))
    builder.title_block(translate("Reports", "REKAP PROFIL DESA/KELURAHAN"), area)
    totals: dict[str, list[int]] = {}
    for row in rows:
        entry = totals.setdefault(row.regency, [0, 0, 0, 0])
        entry[0] += row.kind != "kelurahan"
        entry[1] += row.kind == "kelurahan"
        entry[2] += row.population or 0
        entry[3] += row.head_name is not None
    builder.heading(translate("Reports", "Ringkasan per kabupaten/kota"))
    builder.table(
        [translate("Reports", "Kabupaten/Kota"), translate("Reports", "Desa/Kampung"),
         translate("Reports", "Kelurahan"), translate("Reports", "Penduduk"),
         translate("Reports", "Profil terisi")],
        [[name, number(v[0]), number(v[1]), number(v[2]), number(v[3])]
         for name, v in totals.items()]
        + [[builder.para("<b>" + translate("Reports", "Jumlah") + "</b>", "cell"),
            *(number(sum(v[i] for v in totals.values())) for i in range(4))]],
        widths=[3.6, 2.6, 2, 2.2, 2.2], align="LRRRR",
        placeholder=translate("Reports", "Tidak ada desa."))
    builder.heading(translate("Reports", "Daftar desa/kelurahan"))
    builder.table(
        [translate("Reports", "No"), translate("Reports", "Kode"), translate("Reports", "Nama"),
         translate("Reports", "Kecamatan"), translate("Reports", "Kepala desa"),
         translate("Reports", "Penduduk"), translate("Reports", "KK")],
        [[str(i), r.code, f"{kind_label(r.kind)} {r.name}", r.district, r.head_name or "—",
          number(r.population) or "—", number(r.households) or "—"]
         for i, r in enumerate(rows, 1)],
        widths=[0.8, 2.4, 3.2, 2.4, 2.8, 1.9, 1.2], align="RLLLLRR",
        placeholder=translate("Reports", "Tidak ada desa."))
    return builder.build()


def village_recap_for(db: Database, prefix: str, area: str,
                      progress: Progress | None = None) -> ReportResult:
    """Query and build the recap (run in a worker thread)."""
    with db.reading() as session:
        rows = recap_rows(session, prefix)
        settings = load_report_settings(session)
    return build_village_recap(rows, area, settings.letterhead, settings.paper, progress)

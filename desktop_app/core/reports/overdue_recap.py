"""Overdue APBDes findings in a regional recap: counts per kabupaten (or per kecamatan inside
a kabupaten) and the list of findings past their deadline, longest overdue first.

Two grouped SQL queries and one limited list over the (status, deadline) index: a province
with thousands of findings stays a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.orm import Session

from desktop_app.core.i18n import translate
from desktop_app.core.idm.queries import RegionScope
from desktop_app.core.models import SupervisionFinding, Village
from desktop_app.core.reports.document import ReportBuilder
from desktop_app.core.reports.formatting import long_date, number
from desktop_app.core.supervision.register import overdue_clause

LIST_LIMIT = 200  # longest overdue first; the rest are counted (all are in the register)
DESCRIPTION_CHARS = 160
F = SupervisionFinding


@dataclass(frozen=True)
class OverdueFinding:
    village_code: str
    village: str
    district: str
    description: str
    responsible: str | None
    deadline: date
    days_late: int


@dataclass(frozen=True)
class OverdueSummary:
    today: date
    area_label: str  # "Kabupaten/Kota" or "Kecamatan"
    by_area: list[tuple[str, int, int]]  # (name, villages, findings), by name
    findings: list[OverdueFinding]  # the LIST_LIMIT longest overdue
    total: int


def _in_scope(query: Select, scope: RegionScope, today: date) -> Select:
    query = query.join(Village, Village.code == F.village_code).where(
        F.deleted.is_(False), overdue_clause(today))
    region = scope.district_code or scope.regency_code
    if region:
        prefix = region.rstrip(".") + "."
        query = query.where(F.village_code >= prefix, F.village_code < prefix[:-1] + "/")
    return query


def load_overdue(session: Session, scope: RegionScope, today: date) -> OverdueSummary:
    per_district = bool(scope.regency_code or scope.district_code)
    area = Village.district_name if per_district else Village.regency_name
    counts = session.execute(_in_scope(
        select(area, func.count(distinct(F.village_code)), func.count()).select_from(F),
        scope, today).group_by(area).order_by(area)).all()
    rows = session.execute(_in_scope(
        select(F.village_code, Village.name, Village.district_name, F.description,
               F.responsible, F.deadline).select_from(F), scope, today)
        .order_by(F.deadline, F.village_code, F.id).limit(LIST_LIMIT)).all()
    findings = []
    for code, name, district, description, responsible, deadline in rows:
        day = date.fromisoformat(deadline)
        findings.append(OverdueFinding(code, name, district, description, responsible, day,
                                       (today - day).days))
    return OverdueSummary(
        today,
        translate("Reports", "Kecamatan") if per_district
        else translate("Reports", "Kabupaten/Kota"),
        [(name, villages, count) for name, villages, count in counts], findings,
        sum(count for _name, _villages, count in counts))


def _clipped(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= DESCRIPTION_CHARS else \
        value[:DESCRIPTION_CHARS].rstrip() + "…"


def overdue_section(builder: ReportBuilder, data: OverdueSummary) -> None:
    day = long_date(data.today, with_day_name=False)
    builder.heading(translate("Reports", "Temuan monitoring APBDes yang melewati batas waktu"))
    if data.total == 0:
        builder.paragraph(translate(
            "Reports", "Tidak ada temuan yang melewati batas waktu tindak lanjut per "
                       "{day}.").format(day=day), style="muted")
        return
    builder.paragraph(translate(
        "Reports", "Temuan berstatus terbuka atau sedang ditindaklanjuti yang batas "
                   "waktunya sudah lewat per {day}.").format(day=day), style="muted")
    builder.table(
        [data.area_label, translate("Reports", "Desa"), translate("Reports", "Temuan terlambat")],
        [[name, number(villages), number(count)] for name, villages, count in data.by_area]
        + [[builder.para("<b>" + translate("Reports", "Jumlah") + "</b>", "cell"),
            number(sum(v for _n, v, _c in data.by_area)), number(data.total)]],
        widths=[4.5, 1.6, 2.0], align="LRR")
    builder.spacer(2)
    builder.table(
        [translate("Reports", "No"), translate("Reports", "Desa"), translate("Reports", "Temuan"),
         translate("Reports", "Penanggung jawab"), translate("Reports", "Batas waktu"),
         translate("Reports", "Hari terlambat")],
        [[str(i), f"{f.village} ({f.district})", _clipped(f.description),
          f.responsible or "—", long_date(f.deadline, with_day_name=False),
          number(f.days_late)] for i, f in enumerate(data.findings, 1)],
        widths=[0.8, 3.0, 4.6, 2.5, 2.4, 1.8], align="RLLLLR")
    rest = data.total - len(data.findings)
    if rest > 0:
        builder.paragraph(translate(
            "Reports", "… dan {count} temuan terlambat lainnya (lengkap di register "
                       "temuan).").format(count=number(rest)), style="muted")

"""*Matriks Rencana Aksi Percepatan*: the interventions of a kabupaten or the province for a
year, landscape, one group of pages per actor (each agency signs its own), with village,
weak indicator (baseline score), activity, budget and source, deadline and status.

Read in one SQL query ordered by actor, village and indicator; cancelled interventions are
left out (and counted).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.core.action_plan.coverage import region_clause
from desktop_app.core.action_plan.labels import kind_labels, source_labels, status_labels
from desktop_app.core.action_plan.store import element_label
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.reports.document import (
    Letterhead,
    Progress,
    ReportBuilder,
    ReportResult,
    SignatureBlock,
)
from desktop_app.core.reports.formatting import long_date, number, rupiah
from desktop_app.core.reports.settings import load_report_settings


@dataclass(frozen=True)
class MatrixLine:
    village: str
    district: str
    element_code: str
    score: int | None  # at the baseline
    activity: str
    budget: Decimal | None
    source: str | None
    deadline: date | None
    status: str
    index_code: str = "IDM"  # or INDEKS_DESA: the element is an aspect


@dataclass
class ActorGroup:
    actor_id: str | None
    name: str
    kind: str | None
    lines: list[MatrixLine] = field(default_factory=list)


@dataclass(frozen=True)
class ActionMatrix:
    region_name: str
    year: int
    groups: list[ActorGroup]
    cancelled: int


_QUERY = """
SELECT i.actor_id, a.name, a.kind, v.name, v.district_name, i.element_code,
  CASE WHEN i.index_code = 'IDM' THEN
  (SELECT json_extract(s.scores, '$."' || i.element_code || '"') FROM idm_assessment s
    WHERE s.village_code = i.village_code AND s.kind = 'official' AND s.deleted = 0
      AND s.scores IS NOT NULL AND s.year < i.year ORDER BY s.year DESC LIMIT 1)
  ELSE
  (SELECT ia.score FROM index_answer ia JOIN index_questionnaire q ON q.id = ia.questionnaire_id
    WHERE q.village_code = i.village_code AND q.index_code = i.index_code AND q.deleted = 0
      AND ia.deleted = 0 AND ia.aspect_key = i.element_code AND q.year < i.year
    ORDER BY q.year DESC LIMIT 1) END,
  i.activity, i.budget, i.budget_source, i.planned_end, i.status, i.index_code
FROM action_intervention i
JOIN village v ON v.code = i.village_code
LEFT JOIN action_actor a ON a.id = i.actor_id
WHERE i.deleted = 0 AND i.year = :year AND i.status != 'batal' AND {region}
ORDER BY a.name IS NULL, a.name, i.actor_id, v.district_name, v.name, i.village_code,
  CAST(i.element_code AS INTEGER)
"""


def load_action_matrix(session: Session, year: int, region: str | None,
                       region_name: str) -> ActionMatrix:
    params = {"year": year, "region": region or ""}
    groups: dict[str | None, ActorGroup] = {}
    for (actor_id, name, kind, village, district, element, score, activity, budget, source,
         deadline, status, index_code) in session.execute(text(_QUERY.format(
            region=region_clause("i.village_code", region))), params):
        group = groups.get(actor_id)
        if group is None:
            group = groups[actor_id] = ActorGroup(actor_id, name or translate(
                "Reports", "Pelaku belum ditentukan"), kind)
        group.lines.append(MatrixLine(
            village, district, element, score, activity,
            Decimal(budget) if budget else None, source,
            date.fromisoformat(deadline) if deadline else None, status, index_code))
    cancelled = session.execute(text(
        "SELECT count(*) FROM action_intervention i WHERE i.deleted = 0 AND i.year = :year "
        f"AND i.status = 'batal' AND {region_clause('i.village_code', region)}"),
        params).scalar_one()
    return ActionMatrix(region_name, year, list(groups.values()), cancelled)


def build_action_matrix(data: ActionMatrix, letterhead: Letterhead | None = None,
                        paper: str = "A4", progress: Progress | None = None,
                        printed_on: date | None = None) -> ReportResult:
    title = translate("Reports", "Matriks Rencana Aksi Percepatan")
    subtitle = translate("Reports", "{region} — Tahun {year}").format(
        region=data.region_name, year=data.year)
    builder = ReportBuilder(f"{title} {subtitle}", letterhead, paper, progress,
                            footer_note=f"{title} · {subtitle}", landscape=True)
    builder.title_block(title, subtitle)
    if not data.groups:
        builder.paragraph(translate("Reports", "Belum ada intervensi untuk tahun ini."),
                          style="muted")
    kinds, sources, statuses = kind_labels(), source_labels(), status_labels()
    header = [translate("Reports", text) for text in (
        "No", "Desa (kecamatan)", "Indikator lemah (skor)", "Kegiatan", "Anggaran",
        "Sumber", "Batas waktu", "Status")]
    for index, group in enumerate(data.groups):
        if index:
            builder.page_break()
            builder.title_block(title, subtitle)
        kind = kinds.get(group.kind or "", "")
        builder.heading(f"{group.name}" + (f" ({kind})" if kind else ""))
        rows = []
        for n, line in enumerate(group.lines, 1):
            label = element_label(line.index_code, line.element_code) or line.element_code
            score = "" if line.score is None else f" ({line.score})"
            rows.append([
                str(n), f"{line.village} ({line.district})",
                f"{line.element_code}. {label}{score}", line.activity,
                rupiah(line.budget) if line.budget is not None else "—",
                sources.get(line.source or "", "—"),
                line.deadline.strftime("%d-%m-%Y") if line.deadline else "—",
                statuses.get(line.status, line.status)])
        builder.table(header, rows, widths=[0.7, 3.0, 4.0, 4.5, 2.4, 3.3, 2.2, 1.7],
                      align="RLLLRLLL")
        # After the table: the signatures keep this line, not the whole table, with them.
        total = sum((line.budget or Decimal(0) for line in group.lines), Decimal(0))
        builder.paragraph(translate(
            "Reports", "{count} intervensi, anggaran {amount}.").format(
            count=number(len(group.lines)), amount=rupiah(total)), style="muted")
        if group.actor_id is not None:
            place = long_date(printed_on, with_day_name=False) if printed_on else ""
            builder.signatures([SignatureBlock(
                translate("Reports", "Pimpinan {actor},").format(actor=group.name), None)],
                place_date=place)
    if data.cancelled:
        builder.spacer(3)
        builder.paragraph(translate(
            "Reports", "{count} intervensi yang dibatalkan tidak dicantumkan.").format(
            count=number(data.cancelled)), style="muted")
    return builder.build()


def action_matrix_for(db: Database, year: int, region: str | None, region_name: str,
                      progress: Progress | None = None,
                      printed_on: date | None = None) -> ReportResult:
    """Read the matrix and the report settings, then build (run in a worker)."""
    with db.reading() as session:
        data = load_action_matrix(session, year, region, region_name)
        settings = load_report_settings(session)
    return build_action_matrix(data, settings.letterhead, settings.paper, progress,
                               printed_on)

"""What the views, recaps and maps read about Indeks Desa, filtered in SQL."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.index.definitions import INDEKS_DESA
from desktop_app.core.models import IndexAnswer, IndexOfficialResult, IndexQuestionnaire, Village

OFFICIAL_SOURCE, QUESTIONNAIRE_SOURCE = "resmi", "kuesioner"


@dataclass(frozen=True)
class VillageIndexStatus:
    """A village's Indeks Desa of a year: the official result where one is known, else its
    own questionnaire's computed one (provisional while the cut-offs are unverified)."""

    village_code: str
    year: int
    total: Decimal | None
    status: str | None
    source: str  # OFFICIAL_SOURCE or QUESTIONNAIRE_SOURCE
    provisional: bool


def _in(prefix: str | None, column):
    if not prefix:
        return True
    return (column == prefix) | column.startswith(prefix + ".")


def status_per_village(session: Session, year: int, region: str | None = None
                       ) -> dict[str, VillageIndexStatus]:
    """Every village of ``region`` (kabupaten/kecamatan code; None: all) with an Indeks Desa
    result in ``year``: the official one wins over the questionnaire."""
    found: dict[str, VillageIndexStatus] = {}
    for code, total, status, provisional in session.execute(
            select(IndexQuestionnaire.village_code, IndexQuestionnaire.total,
                   IndexQuestionnaire.status, IndexQuestionnaire.status_provisional)
            .where(IndexQuestionnaire.year == year,
                   IndexQuestionnaire.index_code == INDEKS_DESA,
                   IndexQuestionnaire.deleted.is_(False),
                   _in(region, IndexQuestionnaire.village_code))):
        found[code] = VillageIndexStatus(code, year, Decimal(total) if total else None,
                                         status, QUESTIONNAIRE_SOURCE, bool(provisional))
    for code, total, status in session.execute(
            select(IndexOfficialResult.village_code, IndexOfficialResult.total,
                   IndexOfficialResult.status)
            .where(IndexOfficialResult.year == year,
                   IndexOfficialResult.index_code == INDEKS_DESA,
                   _in(region, IndexOfficialResult.village_code))):
        found[code] = VillageIndexStatus(code, year, _decimal(total), status,
                                         OFFICIAL_SOURCE, False)
    return found


def _decimal(text: str | None) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ".")) if text else None
    except ArithmeticError:
        return None


@dataclass(frozen=True)
class RegencyOverview:
    regency_code: str
    regency_name: str
    villages: int
    by_status: dict[str, int]
    provisional: int  # villages whose status is a provisional computed one


def regional_overview(session: Session, year: int, region: str | None = None
                      ) -> list[RegencyOverview]:
    """Villages per status and kabupaten in ``year`` (official first, else questionnaire)."""
    statuses = status_per_village(session, year, region)
    names = dict(session.execute(select(Village.regency_code, Village.regency_name)
                                 .distinct()).all())
    counts: dict[str, Counter[str]] = {}
    provisional: Counter[str] = Counter()
    for code, item in statuses.items():
        regency = code[:5]
        counts.setdefault(regency, Counter())[item.status or ""] += 1
        provisional[regency] += item.provisional
    return [RegencyOverview(regency, names.get(regency) or regency, sum(c.values()), dict(c),
                            provisional[regency]) for regency, c in sorted(counts.items())]


@dataclass(frozen=True)
class WeakAspectCell:
    """One aspect weak (score at most ``weak_up_to``) in several villages: a row of the
    synergy matrix for the Indeks Desa, where a coordination meeting names who acts."""

    aspect_key: str
    villages: tuple[str, ...]  # "Name (code)"


def weak_aspect_matrix(session: Session, year: int, region: str | None = None,
                       weak_up_to: int = 2) -> list[WeakAspectCell]:
    """Weak aspects of the villages' questionnaires of ``year``, most villages first (the
    definition gives no actors per aspect: who acts is agreed in the meeting)."""
    rows = session.execute(
        select(IndexAnswer.aspect_key, Village.code, Village.name)
        .join(IndexQuestionnaire, IndexQuestionnaire.id == IndexAnswer.questionnaire_id)
        .join(Village, Village.code == IndexQuestionnaire.village_code)
        .where(IndexQuestionnaire.year == year, IndexQuestionnaire.index_code == INDEKS_DESA,
               IndexQuestionnaire.deleted.is_(False), IndexAnswer.deleted.is_(False),
               IndexAnswer.score.is_not(None), IndexAnswer.score <= weak_up_to,
               _in(region, IndexQuestionnaire.village_code))
        .order_by(Village.code))
    cells: dict[str, list[str]] = {}
    for key, code, name in rows:
        cells.setdefault(key, []).append(f"{name} ({code})")
    return sorted((WeakAspectCell(key, tuple(villages)) for key, villages in cells.items()),
                  key=lambda cell: (-len(cell.villages), _order(cell.aspect_key)))


def _order(key: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in key.split("."))


def result_years(session: Session, region: str | None = None) -> list[int]:
    """Years with an Indeks Desa result (official or questionnaire) in the region, ascending."""
    years = set(session.scalars(select(IndexOfficialResult.year).where(
        IndexOfficialResult.index_code == INDEKS_DESA,
        _in(region, IndexOfficialResult.village_code)).distinct()))
    years |= set(session.scalars(select(IndexQuestionnaire.year).where(
        IndexQuestionnaire.index_code == INDEKS_DESA, IndexQuestionnaire.deleted.is_(False),
        _in(region, IndexQuestionnaire.village_code)).distinct()))
    return sorted(years)


def village_results(session: Session, code: str) -> list[VillageIndexStatus]:
    """The village's Indeks Desa per year (official first, else questionnaire), ascending."""
    found = []
    for year in result_years(session, code):
        item = status_per_village(session, year, code).get(code)
        if item is not None:
            found.append(item)
    return found

"""The synergy matrix: which agency is named for which weak indicator, in how many villages,
and which villages (a page at a time, or every name for a kabupaten's printed recap).

The rules, in one place (the SQL below):

* per village, the latest official assessment of the year, else its draft;
* an indicator is weak when its score is at most ``weak_up_to``;
* its actors are those of the published rumusan row of that number (whose score is weak
  too), else the catalogue's default actors (rows repeating the catalogue are not stored).

Counting runs in one grouped query over ``json_each`` that carries only integers: each weak
pair is compared with the catalogue's default texts, and only the indicators where some
published row departs from them are grouped again by their published texts. At national
scope (83,762 villages, 2.8 million weak indicators) the names would run to millions, so
the matrix holds counts and :func:`synergy_villages` reads a cell's villages on demand.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from sqlalchemy import Integer, and_, case, cast, exists, false, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from desktop_app.core.idm.catalogue import ACTOR_LEVELS, IndexCatalogue, idm_catalogue
from desktop_app.core.idm.imports.published_rows import catalogue_row
from desktop_app.core.idm.queries import ACTOR_COLUMNS, RegionScope
from desktop_app.core.models import OFFICIAL, IdmAssessment, IdmIndicatorRow, Village

EVERYWHERE = RegionScope()


@dataclass(frozen=True)
class SynergyCell:
    """An agency named for one weak indicator: how many villages, and (when asked for) their
    names. ``texts`` and ``fallback`` say where the agency is named (published actor texts
    of its level; the catalogue's defaults), so that the cell's villages can be read back."""

    agency: str
    level: str
    indicator_number: int
    indicator: str
    count: int
    villages: tuple[str, ...] = ()  # "Name (code)", by code; empty unless names were read
    texts: tuple[str, ...] = ()
    fallback: bool = False


def agencies(text: str | None) -> list[str]:
    """The agencies of a published actor text ("Dinkes, PU" -> ["Dinkes", "PU"])."""
    return [name.strip() for name in (text or "").split(",") if name.strip()]


def chosen_assessments(year: int, scope: RegionScope = EVERYWHERE):
    """Per village, the official assessment of ``year`` with scores, else its draft."""
    official = aliased(IdmAssessment)
    has_official = exists().where(
        official.village_code == IdmAssessment.village_code, official.year == year,
        official.kind == OFFICIAL, official.scores.is_not(None), official.deleted.is_(False))
    query = select(IdmAssessment.id, IdmAssessment.village_code, IdmAssessment.scores).where(
        IdmAssessment.year == year, IdmAssessment.scores.is_not(None),
        IdmAssessment.deleted.is_(False),
        or_(IdmAssessment.kind == OFFICIAL, ~has_official))
    return scope.apply(query)


def _published_row(assessment_id, number, weak_up_to: int):
    """The published row of a weak pair (outer-joined: absent means the catalogue's)."""
    return and_(IdmIndicatorRow.assessment_id == assessment_id,
                IdmIndicatorRow.number == number, IdmIndicatorRow.score <= weak_up_to)


def _reference(catalogue: IndexCatalogue, number: int) -> tuple[str | None, ...]:
    """The catalogue's actor texts of an indicator, per level (as a stored row spells them)."""
    return tuple(catalogue_row(number, catalogue.min_score, catalogue)[4:])


def synergy_matrix(
    session: Session,
    year: int,
    scope: RegionScope = EVERYWHERE,
    weak_up_to: int = 4,
    levels: tuple[str, ...] = ACTOR_LEVELS,
    names_up_to: int | None = None,
) -> list[SynergyCell]:
    """Which agency is named for which weak indicator (score ≤ ``weak_up_to``) in how many
    villages, most villages first; with the villages' names when the scope holds at most
    ``names_up_to`` villages (``None``: always; ``0``: never, see :func:`synergy_villages`)."""
    catalogue = idm_catalogue()
    chosen = chosen_assessments(year, scope).subquery()
    score = func.json_each(chosen.c.scores).table_valued("key", "value")
    number = cast(score.c.key, Integer)
    columns = {level: getattr(IdmIndicatorRow, ACTOR_COLUMNS[level]) for level in levels}
    numbers = [indicator.number for indicator in catalogue.indicators]
    # A published row departs from the catalogue when any level's text differs from the
    # catalogue's text of its number (a CASE over the numbers, per level).
    departs = or_(false(), *(
        columns[level].is_distinct_from(case(
            {n: _reference(catalogue, n)[ACTOR_LEVELS.index(level)] for n in numbers},
            value=number, else_=None))
        for level in levels))
    pairs = (
        select(number.label("number"), func.count().label("weak"),
               func.count(IdmIndicatorRow.assessment_id).label("published"),
               func.sum(and_(IdmIndicatorRow.assessment_id.is_not(None), departs)
                        .cast(Integer)).label("departing"))
        .select_from(chosen)
        .join(score, true())
        .outerjoin(IdmIndicatorRow, _published_row(chosen.c.id, number, weak_up_to))
        .where(score.c.value <= weak_up_to)
        .group_by(number)
    )
    counts: dict[tuple[str, str, int], int] = defaultdict(int)
    texts: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    fallback: set[tuple[str, str, int]] = set()
    varied: list[int] = []

    def add(n: int, level: str, text: str | None, villages: int, default: bool) -> None:
        names = catalogue.indicator(n).actors_at(level) if default else agencies(text)
        for agency in names:
            key = (agency, level, n)
            counts[key] += villages
            if default:
                fallback.add(key)
            else:
                texts[key].add(text or "")

    for n, weak, published, departing in session.execute(pairs):
        reference = _reference(catalogue, n)
        for level in levels:
            if weak > published:
                add(n, level, None, weak - published, default=True)
            if published > (departing or 0):
                add(n, level, reference[ACTOR_LEVELS.index(level)],
                    published - (departing or 0), default=False)
        if departing:
            varied.append(n)
    if varied:
        _count_departing(session, chosen, varied, weak_up_to, levels, catalogue, add)
    cells = {key: SynergyCell(key[0], key[1], key[2], catalogue.indicator(key[2]).label,
                              count, (), tuple(sorted(texts.get(key, ()))), key in fallback)
             for key, count in counts.items() if count}
    if names_up_to is None or (names_up_to and session.scalar(
            select(func.count()).select_from(chosen)) <= names_up_to):
        cells = _with_names(session, chosen, cells, weak_up_to, levels, catalogue)
    return sorted(cells.values(),
                  key=lambda c: (-c.count, c.agency, c.indicator_number, c.level))


def _count_departing(session: Session, chosen, numbers: list[int], weak_up_to: int,
                     levels: tuple[str, ...], catalogue: IndexCatalogue, add) -> None:
    """The published rows of ``numbers`` that depart from the catalogue's texts, grouped
    by their texts (the rows repeating the catalogue were counted already)."""
    score = func.json_each(chosen.c.scores).table_valued("key", "value")
    number = cast(score.c.key, Integer)
    columns = [getattr(IdmIndicatorRow, ACTOR_COLUMNS[level]) for level in levels]
    query = (
        select(number, func.count(), *columns)
        .select_from(chosen)
        .join(score, true())
        .join(IdmIndicatorRow, _published_row(chosen.c.id, number, weak_up_to))
        .where(score.c.value <= weak_up_to, number.in_(numbers))
        .group_by(number, *columns)
    )
    for n, villages, *published in session.execute(query):
        reference = _reference(catalogue, n)
        if all(text == reference[ACTOR_LEVELS.index(level)]
               for level, text in zip(levels, published, strict=True)):
            continue  # counted with the rows that repeat the catalogue
        for level, text in zip(levels, published, strict=True):
            add(n, level, text, villages, default=False)


def _with_names(session: Session, chosen, cells: dict, weak_up_to: int,
                levels: tuple[str, ...], catalogue: IndexCatalogue) -> dict:
    """The cells with their villages' names (one query listing every weak pair)."""
    score = func.json_each(chosen.c.scores).table_valued("key", "value")
    number = cast(score.c.key, Integer)
    columns = [getattr(IdmIndicatorRow, ACTOR_COLUMNS[level]) for level in levels]
    query = (
        select(number, IdmIndicatorRow.assessment_id.is_(None), Village.code, Village.name,
               *columns)
        .select_from(chosen)
        .join(Village, Village.code == chosen.c.village_code)
        .join(score, true())
        .outerjoin(IdmIndicatorRow, _published_row(chosen.c.id, number, weak_up_to))
        .where(score.c.value <= weak_up_to)
        .order_by(Village.code)
    )
    names: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    for n, default, code, name, *published in session.execute(query):
        label = f"{name} ({code})"
        for level, text in zip(levels, published, strict=True):
            for agency in (catalogue.indicator(n).actors_at(level) if default
                           else agencies(text)):
                names[(agency, level, n)].append(label)
    return {key: replace(cell, villages=tuple(names.get(key, ()))) for key, cell in cells.items()}


def synergy_villages(session: Session, cell: SynergyCell, year: int,
                     scope: RegionScope = EVERYWHERE, weak_up_to: int = 4,
                     offset: int = 0, limit: int | None = 200) -> list[tuple[str, str]]:
    """(code, name) of a cell's villages, by code, ``limit`` from ``offset``: the same
    rules as the matrix, for one indicator, read in SQL."""
    chosen = chosen_assessments(year, scope).subquery()
    number = cell.indicator_number
    weak = func.json_extract(chosen.c.scores, f'$."{number}"') <= weak_up_to
    column = getattr(IdmIndicatorRow, ACTOR_COLUMNS[cell.level])
    named: list = []
    if cell.texts:
        named.append(column.in_(cell.texts))
    if cell.fallback:
        named.append(IdmIndicatorRow.assessment_id.is_(None))
    if not named:
        return []
    query = (
        select(Village.code, Village.name)
        .select_from(chosen)
        .join(Village, Village.code == chosen.c.village_code)
        .outerjoin(IdmIndicatorRow, _published_row(chosen.c.id, number, weak_up_to))
        .where(weak, or_(*named))
        .order_by(Village.code)
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    return [(code, name) for code, name in session.execute(query)]

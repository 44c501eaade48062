"""The synergy matrix: which agency is named for which weak indicator, in how many villages,
and which villages (a page at a time, or every name for a kabupaten's printed recap).

The rules, in one place (the SQL below):

* per village, the latest official assessment of the year, else its draft;
* an indicator is weak when its score is at most ``weak_up_to``;
* its actors are those of the published rumusan row of that number (whose score is weak
  too), else the catalogue's default actors (rows repeating the catalogue are not stored).

Counting runs in one grouped query over ``json_each`` whose grouped rows carry only
integers: each weak pair's published row is compared with the actor texts most rows share,
and only the rows that differ are grouped again by their texts (sorting 2.8 million weak
pairs with their texts took seconds). At national scope (83,762 villages) the names would
run to 22 million, so the matrix holds counts and :func:`synergy_villages` reads a cell's
villages on demand, a page at a time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from sqlalchemy import (
    Integer,
    Select,
    Subquery,
    and_,
    cast,
    exists,
    false,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session, aliased

from desktop_app.core.idm.catalogue import ACTOR_LEVELS, IndexCatalogue, idm_catalogue
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


def chosen_assessments(year: int, scope: RegionScope = EVERYWHERE) -> Select:
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


def _common_texts(session: Session, chosen: Subquery, weak_up_to: int,
                  columns: list) -> tuple | None:
    """The actor texts most stored weak rows of the scope share (the commonest of a few
    hundred): the counting query compares every row with them, and groups by text only
    the rows that differ."""
    sample = session.execute(
        select(*columns).select_from(chosen)
        .join(IdmIndicatorRow, and_(IdmIndicatorRow.assessment_id == chosen.c.id,
                                    IdmIndicatorRow.score <= weak_up_to))
        .limit(500)).all()
    return Counter(tuple(row) for row in sample).most_common(1)[0][0] if sample else None


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
    columns = [getattr(IdmIndicatorRow, ACTOR_COLUMNS[level]) for level in levels]
    common = _common_texts(session, chosen, weak_up_to, columns)
    departs = (or_(false(), *(column.is_distinct_from(text)
                              for column, text in zip(columns, common, strict=True)))
               if common is not None else true())
    score = func.json_each(chosen.c.scores).table_valued("key", "value")
    number = cast(score.c.key, Integer)
    # A subquery of integers (LIMIT -1 keeps it one): the grouping then sorts no texts.
    pairs = (
        select(number.label("number"), IdmIndicatorRow.assessment_id.label("row"),
               and_(IdmIndicatorRow.assessment_id.is_not(None), departs).label("departs"))
        .select_from(chosen)
        .join(score, true())
        .outerjoin(IdmIndicatorRow, _published_row(chosen.c.id, number, weak_up_to))
        .where(score.c.value <= weak_up_to)
        .limit(-1)
    ).subquery()
    per_number = select(pairs.c.number, func.count(), func.count(pairs.c.row),
                        func.sum(pairs.c.departs, type_=Integer)).group_by(pairs.c.number)
    counts: dict[tuple[str, str, int], int] = defaultdict(int)
    texts: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    fallback: set[tuple[str, str, int]] = set()

    def add(n: int, published: tuple | None, villages: int) -> None:
        """``villages`` weak on ``n`` whose actors are ``published`` (None: the catalogue's)."""
        for index, level in enumerate(levels):
            names = (catalogue.indicator(n).actors_at(level) if published is None
                     else agencies(published[index]))
            for agency in names:
                key = (agency, level, n)
                counts[key] += villages
                if published is None:
                    fallback.add(key)
                else:
                    texts[key].add(published[index])

    varied = []
    for n, weak, published, departing in session.execute(per_number):
        departing = departing or 0
        if weak > published:
            add(n, None, weak - published)
        if published > departing:
            add(n, common, published - departing)
        if departing:
            varied.append(n)
    if varied:
        differing = (
            select(IdmIndicatorRow.number, func.count(), *columns)
            .select_from(chosen)
            .join(IdmIndicatorRow, and_(IdmIndicatorRow.assessment_id == chosen.c.id,
                                        IdmIndicatorRow.score <= weak_up_to))
            .where(IdmIndicatorRow.number.in_(varied), departs,
                   func.json_extract(chosen.c.scores, func.printf('$."%d"',
                                                                  IdmIndicatorRow.number))
                   <= weak_up_to)
            .group_by(IdmIndicatorRow.number, *columns)
        )
        for n, villages, *published in session.execute(differing):
            add(n, tuple(published), villages)
    cells = {key: SynergyCell(key[0], key[1], key[2], catalogue.indicator(key[2]).label,
                              count, (), tuple(sorted(texts.get(key, ()))), key in fallback)
             for key, count in counts.items() if count}
    if names_up_to is None or (names_up_to and (session.scalar(
            select(func.count()).select_from(chosen)) or 0) <= names_up_to):
        cells = _with_names(session, chosen, cells, weak_up_to, levels, catalogue)
    return sorted(cells.values(),
                  key=lambda c: (-c.count, c.agency, c.indicator_number, c.level))


def _with_names(session: Session, chosen: Subquery, cells: dict, weak_up_to: int,
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

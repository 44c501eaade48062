"""What the IDM screens and reports show, read from the database.

Filtering and grouping happen in SQL; the small results are shaped here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from desktop_app.core.idm.catalogue import ACTOR_LEVELS, IndexCatalogue, idm_catalogue
from desktop_app.core.idm.consistency import Disagreement, compare_published
from desktop_app.core.idm.imports.published_rows import catalogue_row
from desktop_app.core.idm.imports.rumusan_fast import ConsistencyChecker, agrees_text
from desktop_app.core.idm.rumusan import PublishedValues
from desktop_app.core.idm.scoring import IndexResult, score_village
from desktop_app.core.idm.weak_indicators import StatusPath, path_to_next_status
from desktop_app.core.models import (
    OFFICIAL,
    IdmAssessment,
    IdmIndicatorRow,
    Regency,
    Village,
)

ACTOR_COLUMNS = {level: f"actor_{level.lower()}" for level in ACTOR_LEVELS}


@dataclass(frozen=True)
class RegionScope:
    """A kecamatan, a kabupaten, or (both None) everything in the database."""

    regency_code: str | None = None
    district_code: str | None = None

    def apply(self, query, village_code_column=IdmAssessment.village_code):
        if self.district_code:
            return query.where(village_code_column.startswith(self.district_code + "."))
        if self.regency_code:
            return query.where(IdmAssessment.regency_code == self.regency_code)
        return query


def scores_of(assessment: IdmAssessment) -> dict[int, int] | None:
    if not assessment.scores:
        return None
    return {int(number): int(score) for number, score in assessment.scores.items()}


def status_name(text: str | None, catalogue: IndexCatalogue | None = None) -> str | None:
    """The catalogue's spelling of a published status ('BERKEMBANG' -> 'Berkembang')."""
    if not text:
        return None
    band = (catalogue or idm_catalogue()).status_by_name(text)
    return band.name if band else text


def _decimal(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


@dataclass(frozen=True)
class AssessmentSummary:
    id: str
    year: int
    kind: str
    status: str | None
    idm: Decimal | None
    iks: Decimal | None
    ike: Decimal | None
    ikl: Decimal | None
    result: IndexResult | None  # recomputed from the indicator scores, where there are any
    disagreements: tuple[Disagreement, ...]


def summarise(assessment: IdmAssessment) -> AssessmentSummary:
    scores = scores_of(assessment)
    result = score_village(scores) if scores else None
    disagreements: tuple[Disagreement, ...] = ()
    published = {code: _decimal(getattr(assessment, f"published_{code.lower()}"))
                 for code in ("IKS", "IKE", "IKL", "IDM")}
    if result is not None and assessment.kind == OFFICIAL:
        values = PublishedValues(
            values=tuple((code, value) for code, value in published.items() if value is not None),
            status=assessment.published_status or "",
        )
        disagreements = tuple(
            d for d in compare_published(assessment.village_code, assessment.year, values,
                                         result, source=assessment.source)
            if d.index != "STATUS" or assessment.published_status)
    if result is not None:  # drafts, and official values not published: recomputed
        published = {code: value if value is not None and assessment.kind == OFFICIAL
                     else result.rounded(None if code == "IDM" else code, 4)
                     for code, value in published.items()}
    return AssessmentSummary(
        assessment.id, assessment.year, assessment.kind, status_name(assessment.status),
        published["IDM"], published["IKS"], published["IKE"], published["IKL"], result,
        disagreements,
    )


def village_history(session: Session, village_code: str) -> list[AssessmentSummary]:
    """Every assessment of a village, by year, official before draft."""
    rows = session.scalars(
        select(IdmAssessment)
        .where(IdmAssessment.village_code == village_code, IdmAssessment.deleted.is_(False))
        .order_by(IdmAssessment.year, IdmAssessment.kind.desc())
    )
    return [summarise(row) for row in rows]


@dataclass(frozen=True)
class IndicatorLine:
    number: int
    code: str
    name: str
    sub_index: str
    score: int
    criterion: str | None
    activity: str | None
    actors: dict[str, str]  # level -> "Dinas A, Dinas B"
    gain: Decimal  # IDM gain of raising it to 5, in points of IDM


def indicator_lines(session: Session, assessment_id: str) -> list[IndicatorLine]:
    """The 50 indicators of an assessment, with the published texts where imported."""
    assessment = session.get(IdmAssessment, assessment_id)
    scores = scores_of(assessment) if assessment else None
    if not scores:
        return []
    catalogue = idm_catalogue()
    published = {row.number: row for row in session.scalars(
        select(IdmIndicatorRow).where(IdmIndicatorRow.assessment_id == assessment_id))}
    lines = []
    for indicator in catalogue.indicators:
        score = scores[indicator.number]
        row = published.get(indicator.number)
        if row is not None:
            actors = {level: getattr(row, column) or "" for level, column in
                      ACTOR_COLUMNS.items()}
            criterion, activity = row.criterion, row.activity
        else:  # as published, when the file repeated the catalogue (see published_rows)
            _number, _score, criterion, activity, *names = catalogue_row(
                indicator.number, score, catalogue)
            actors = {level: name or "" for level, name in zip(ACTOR_LEVELS, names,
                                                               strict=True)}
        gain = (catalogue.max_score - score) * catalogue.point_gain(indicator)
        lines.append(IndicatorLine(
            indicator.number, indicator.code, indicator.label, indicator.sub_index, score,
            criterion, activity, actors, Decimal(gain.numerator) / Decimal(gain.denominator),
        ))
    return lines


def next_status_path(session: Session, assessment_id: str) -> StatusPath | None:
    assessment = session.get(IdmAssessment, assessment_id)
    scores = scores_of(assessment) if assessment else None
    return path_to_next_status(scores) if scores else None


@dataclass
class StatusOverview:
    """Villages per status, per kabupaten and year (official results)."""

    years: list[int] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    counts: dict[tuple[str, int], dict[str, int]] = field(default_factory=dict)
    regency_names: dict[str, str] = field(default_factory=dict)
    _totals: dict[tuple[int, str], int] | None = field(default=None, repr=False,
                                                       compare=False)

    def total(self, year: int, status: str) -> int:
        """Villages of ``status`` in ``year`` over every kabupaten (summed once, on first
        use: the national overview has 2,570 kabupaten-years)."""
        if self._totals is None:
            totals: dict[tuple[int, str], int] = {}
            for (_, y), by_status in self.counts.items():
                for name, count in by_status.items():
                    totals[(y, name)] = totals.get((y, name), 0) + count
            self._totals = totals
        return self._totals.get((year, status), 0)


def status_overview(session: Session, scope: RegionScope = RegionScope()) -> StatusOverview:
    """Villages per status per kabupaten and year, counted in one grouped query that reads
    only the index (kind, year, status, regency_code, deleted); names from the regions."""
    query = (
        select(IdmAssessment.regency_code, IdmAssessment.year, IdmAssessment.status,
               func.count())
        .where(IdmAssessment.kind == OFFICIAL, IdmAssessment.deleted.is_(False))
        .group_by(IdmAssessment.regency_code, IdmAssessment.year, IdmAssessment.status)
    )
    overview = StatusOverview(statuses=[band.name for band in idm_catalogue().statuses])
    years = set()
    names_of: dict[str | None, str] = {}
    for regency, year, status, count in session.execute(scope.apply(query)):
        name = names_of.get(status) or names_of.setdefault(status, status_name(status) or "—")
        bucket = overview.counts.setdefault((regency, year), {})
        bucket[name] = bucket.get(name, 0) + count
        years.add(year)
    overview.years = sorted(years)
    regencies = sorted({regency for regency, _ in overview.counts})
    names = dict(session.execute(select(Regency.code, Regency.name)
                                 .where(Regency.code.in_(regencies))).all()) if regencies else {}
    overview.regency_names = {code: names.get(code, code) for code in regencies}
    return overview


LAGGING = ("Sangat Tertinggal", "Tertinggal")


def lagging_villages(session: Session, year: int,
                     scope: RegionScope = RegionScope()) -> list[tuple[str, str, str, str]]:
    """(code, name, kecamatan, status) of villages still (sangat) tertinggal in ``year``.

    The year's stored spellings of a lagging status are picked first (a handful, from the
    index), so that only the lagging villages' rows are read.
    """
    official = (IdmAssessment.kind == OFFICIAL, IdmAssessment.year == year,
                IdmAssessment.deleted.is_(False))
    names = {text: status_name(text) for text in session.scalars(
        select(IdmAssessment.status).where(*official).distinct())}
    spellings = [text for text, name in names.items() if name in LAGGING]
    if not spellings:
        return []
    query = (
        select(Village.code, Village.name, Village.district_name, IdmAssessment.status)
        .join(Village, Village.code == IdmAssessment.village_code)
        .where(*official, IdmAssessment.status.in_(spellings))
        .order_by(IdmAssessment.idm, Village.code)
    )
    return [(code, name, district, names[status])
            for code, name, district, status in session.execute(scope.apply(query))]


def region_disagreements(session: Session,
                         scope: RegionScope = RegionScope()) -> list[Disagreement]:
    """Every published value that its own indicator rows contradict.

    A memoised exact check (score totals and published texts recur) screens every
    assessment; only those that may disagree are compared in full.
    """
    catalogue = idm_catalogue()
    checker = ConsistencyChecker(catalogue)
    codes = [sub.code for sub in catalogue.sub_indices] + [catalogue.composite_code]
    query = select(
        IdmAssessment.id, IdmAssessment.scores, IdmAssessment.published_iks,
        IdmAssessment.published_ike, IdmAssessment.published_ikl, IdmAssessment.published_idm,
        IdmAssessment.published_status,
    ).where(IdmAssessment.kind == OFFICIAL, IdmAssessment.scores.is_not(None),
            IdmAssessment.deleted.is_(False))
    suspects = []
    for assessment_id, scores, *published, status in session.execute(scope.apply(query)):
        totals = tuple(sum(int(scores[str(n)]) for n in numbers) for numbers in checker.members)
        exact, band = checker.exact(totals)
        if any(text and not agrees_text(text, exact[code])
               for code, text in zip(codes, published, strict=True)) or (
                status and checker.band(status) != band):
            suspects.append(assessment_id)
    found: list[Disagreement] = []
    for start in range(0, len(suspects), 500):
        for assessment in session.scalars(select(IdmAssessment).where(
                IdmAssessment.id.in_(suspects[start:start + 500]))
                .order_by(IdmAssessment.village_code, IdmAssessment.year)):
            found.extend(summarise(assessment).disagreements)
    return found


def weak_indicator_counts(session: Session, year: int, weak_up_to: int = 4,
                          scope: RegionScope = RegionScope()) -> dict[int, int]:
    """Villages whose official ``year`` score of each indicator is at most ``weak_up_to``,
    counted in SQL over the stored scores (one grouped query: the national summary of the
    synergy matrix, whose village lists would run to millions of names)."""
    score = func.json_each(IdmAssessment.scores).table_valued("key", "value")
    query = (
        select(score.c.key, func.count())
        .select_from(IdmAssessment)
        .join(score, true())
        .where(IdmAssessment.kind == OFFICIAL, IdmAssessment.year == year,
               IdmAssessment.deleted.is_(False), IdmAssessment.scores.is_not(None),
               score.c.value <= weak_up_to)
        .group_by(score.c.key)
    )
    return {int(key): count for key, count in session.execute(scope.apply(query))}

"""Fast paths for importing thousands of rumusan files, exact and never looser than the rules.

``check_fast`` answers "does this file agree with itself?" from memoised exact comparisons
(the same few score totals and published texts recur across thousands of files); only a
file that may disagree goes through :func:`consistency.check_assessment`, which stays the
single definition of a disagreement.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

from desktop_app.core.idm.catalogue import IndexCatalogue, StatusBand
from desktop_app.core.idm.consistency import Disagreement, agrees, check_assessment
from desktop_app.core.idm.rumusan import RumusanAssessment, parse_rumusan_file


def parse_fast(path: Path, catalogue: IndexCatalogue) -> RumusanAssessment:
    """Parse one rumusan file (RumusanError with every problem when it is not usable)."""
    return parse_rumusan_file(path, catalogue)


@lru_cache(maxsize=65536)
def _agrees(published: str, exact: Fraction) -> bool:
    return agrees(Decimal(published), exact)


class ConsistencyChecker:
    """Memoised exact checks for one catalogue (scores, published texts and gains recur)."""

    def __init__(self, catalogue: IndexCatalogue) -> None:
        self.catalogue = catalogue
        self.members = tuple(tuple(i.number for i in catalogue.indicators_of(sub.code))
                             for sub in catalogue.sub_indices)
        self._exact: dict[tuple[int, ...], tuple[dict[str, Fraction], StatusBand]] = {}
        self._gains = {(i.number, score): (catalogue.max_score - score) * catalogue.point_gain(i)
                       for i in catalogue.indicators
                       for score in range(catalogue.min_score, catalogue.max_score + 1)}
        self._bands: dict[str, StatusBand | None] = {}

    def exact(self, totals: tuple[int, ...]) -> tuple[dict[str, Fraction], StatusBand]:
        found = self._exact.get(totals)
        if found is None:
            catalogue = self.catalogue
            values: dict[str, Fraction] = {}
            composite = Fraction(0)
            for sub, total in zip(catalogue.sub_indices, totals, strict=True):
                values[sub.code] = Fraction(total, sub.max_total)
                composite += values[sub.code] * catalogue.composite_weight(sub.code)
            values[catalogue.composite_code] = composite
            found = self._exact[totals] = (values, catalogue.status_for(composite))
        return found

    def band(self, text: str) -> StatusBand | None:
        if text not in self._bands:
            self._bands[text] = self.catalogue.status_by_name(text)
        return self._bands[text]

    def self_consistent(self, assessment: RumusanAssessment) -> bool:
        """True only when check_assessment would find nothing (same rules, memoised)."""
        scores = assessment.scores()
        exact, status = self.exact(tuple(sum(scores[n] for n in numbers)
                                         for numbers in self.members))
        published = assessment.published
        if any(not _agrees(str(value), exact[code]) for code, value in published.values):
            return False
        published_band = self.band(published.status)
        if published_band != status:
            return False
        summary = assessment.summary_value
        composite = self.catalogue.composite_code
        if summary is not None and not _agrees(str(summary), exact[composite]):
            return False
        if assessment.summary_status is not None and \
                self.band(assessment.summary_status) not in (status, published_band):
            return False
        gains = self._gains
        return all(row.gain is None or _agrees(str(row.gain), gains[row.number, row.score])
                   for row in assessment.rows)

    def check(self, assessment: RumusanAssessment) -> list[Disagreement]:
        """Every disagreement of one parsed file, as :func:`check_assessment` lists them."""
        if self.self_consistent(assessment):
            return []
        return check_assessment(assessment, self.catalogue)

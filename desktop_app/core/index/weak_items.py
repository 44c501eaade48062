"""Weak indicators and the shortest way to the next status.

The composite is linear in the scores: one point of an indicator in sub-index S moves it by
``weight_S × scale / (Σ weights × max_S)`` (IDM: 1/525 for IKS, 1/180 for IKE, 1/45 for IKL),
independently of every other indicator. Hence:

- the gain of raising indicator i to the top score is ``(5 − score_i)/(max_S × 3)`` for IDM;
- :func:`path_to_next_status` answers "which indicators, raised to 5, lift the village to the
  next status with as few indicators as possible". Optimality of greedy: any k indicators raise
  the composite by at most the sum of the k largest gains, and the status is monotone in the
  composite, so the first k at which the k largest gains suffice is the minimum, and the top-k
  set reaches it (with the highest resulting value among all k-sets);
- :func:`points_to_next_status` answers "fewest score points in total": every point is a unit
  item worth its point gain, so taking points from the highest point gain first is optimal.
Both are also checked against brute force in the tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from desktop_app.core.index.catalogue import IndexCatalogue, IndicatorDefinition, StatusBand
from desktop_app.core.index.scoring import IndexResult, score_village


@dataclass(frozen=True)
class WeakIndicator:
    indicator: IndicatorDefinition
    score: int
    gain: Fraction  # composite increase if raised to the top score


@dataclass(frozen=True)
class Improvement:
    indicator: IndicatorDefinition
    from_score: int
    to_score: int
    gain: Fraction


@dataclass(frozen=True)
class StatusPath:
    """Improvements that lift a village from ``current_status`` to at least ``target_status``."""

    current: IndexResult
    target_status: StatusBand
    improvements: tuple[Improvement, ...]
    result: IndexResult  # after the improvements; ``result.status`` may exceed the target

    @property
    def points(self) -> int:
        return sum(step.to_score - step.from_score for step in self.improvements)


def _result(scores: Mapping[int, object] | IndexResult,
            catalogue: IndexCatalogue | None) -> IndexResult:
    if isinstance(scores, IndexResult):
        return scores
    return score_village(scores, catalogue)


def rank_weak_indicators(
    scores: Mapping[int, object] | IndexResult, catalogue: IndexCatalogue | None = None
) -> list[WeakIndicator]:
    """Indicators below the top score, largest gain first (ties by indicator number)."""
    current = _result(scores, catalogue)
    catalogue = current.catalogue
    weak = [
        WeakIndicator(
            indicator=indicator,
            score=current.score(indicator.number),
            gain=(catalogue.max_score - current.score(indicator.number))
            * catalogue.point_gain(indicator),
        )
        for indicator in catalogue.indicators
        if current.score(indicator.number) < catalogue.max_score
    ]
    weak.sort(key=lambda w: (-w.gain, w.indicator.number))
    return weak


def _next_band(current: IndexResult) -> StatusBand | None:
    statuses = current.catalogue.statuses
    rank = statuses.index(current.status)
    return statuses[rank + 1] if rank + 1 < len(statuses) else None


def _apply(current: IndexResult, steps: list[Improvement]) -> IndexResult:
    scores = dict(enumerate(current.scores, start=1))
    for step in steps:
        scores[step.indicator.number] = step.to_score
    return score_village(scores, current.catalogue)


def _reaches(catalogue: IndexCatalogue, value: Fraction, target: StatusBand) -> bool:
    return catalogue.statuses.index(catalogue.status_for(value)) >= \
        catalogue.statuses.index(target)


def path_to_next_status(
    scores: Mapping[int, object] | IndexResult, catalogue: IndexCatalogue | None = None
) -> StatusPath | None:
    """Fewest indicators raised to the top score that reach the next status.

    Returns None when the village already has the top status. Raises ValueError if the next
    status cannot be reached even with every indicator at the top (impossible for IDM).
    """
    current = _result(scores, catalogue)
    catalogue = current.catalogue
    target = _next_band(current)
    if target is None:
        return None
    value = current.value
    steps: list[Improvement] = []
    for weak in rank_weak_indicators(current):
        if _reaches(catalogue, value, target):
            break
        steps.append(Improvement(weak.indicator, weak.score, catalogue.max_score, weak.gain))
        value += weak.gain
    if not _reaches(catalogue, value, target):
        raise ValueError(f"status {target.code} is unreachable")
    return StatusPath(current, target, tuple(steps), _apply(current, steps))


def points_to_next_status(
    scores: Mapping[int, object] | IndexResult, catalogue: IndexCatalogue | None = None
) -> StatusPath | None:
    """Fewest score points in total that reach the next status (raises of any size).

    Among equal point gains the lower indicator number is raised first, and one indicator is
    filled to the top before the next is touched, so the plan stays short.
    """
    current = _result(scores, catalogue)
    catalogue = current.catalogue
    target = _next_band(current)
    if target is None:
        return None
    value = current.value
    raised: dict[int, Improvement] = {}
    candidates = sorted(
        catalogue.indicators, key=lambda i: (-catalogue.point_gain(i), i.number)
    )
    for indicator in candidates:
        score = current.score(indicator.number)
        gain = catalogue.point_gain(indicator)
        to_score = score
        while to_score < catalogue.max_score and not _reaches(catalogue, value, target):
            to_score += 1
            value += gain
        if to_score > score:
            raised[indicator.number] = Improvement(
                indicator, score, to_score, (to_score - score) * gain
            )
        if _reaches(catalogue, value, target):
            break
    if not _reaches(catalogue, value, target):
        raise ValueError(f"status {target.code} is unreachable")
    steps = list(raised.values())
    return StatusPath(current, target, tuple(steps), _apply(current, steps))

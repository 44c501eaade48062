"""Exact IDM scoring: hand-computed cases, boundaries and properties."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.idm.catalogue import idm_catalogue, round_half_up
from desktop_app.core.idm.scoring import ScoringError, published_form, score_village

THRESHOLDS = [
    (Fraction("0.4907"), "Sangat Tertinggal"),
    (Fraction("0.5989"), "Tertinggal"),
    (Fraction("0.7072"), "Berkembang"),
    (Fraction("0.8155"), "Maju"),
]


def reference_status(value: Fraction) -> str:
    for limit, name in THRESHOLDS:
        if value <= limit:
            return name
    return "Mandiri"


def uniform(score: int) -> dict[int, int]:
    return {n: score for n in range(1, 51)}


score_vectors = st.lists(st.integers(0, 5), min_size=50, max_size=50)


def as_scores(values: list[int]) -> dict[int, int]:
    return dict(enumerate(values, start=1))


def test_extremes() -> None:
    assert score_village(uniform(5)).value == 1
    assert score_village(uniform(5)).status.name == "Mandiri"
    assert score_village(uniform(0)).value == 0
    assert score_village(uniform(0)).status.name == "Sangat Tertinggal"


def test_hand_computed_village() -> None:
    # 6401022004 (Keladen) 2021 by hand: IKS 129/175, IKE 32/60, IKL 12/15.
    iks = [5, 0, 5, 0, 2, 5, 5, 5, 5, 1, 5, 1, 1, 5, 5, 5, 5, 2, 2, 5, 5, 5, 5, 5, 5, 5, 5, 1,
           3, 1, 1, 5, 4, 5, 5]
    ike = [5, 1, 5, 5, 3, 0, 0, 2, 3, 1, 3, 4]
    ikl = [5, 4, 3]
    assert (sum(iks), sum(ike), sum(ikl)) == (129, 32, 12)
    result = score_village(as_scores(iks + ike + ikl))
    assert result.values == {"IKS": Fraction(129, 175), "IKE": Fraction(32, 60),
                             "IKL": Fraction(12, 15), "IDM": Fraction(4348, 6300)}
    assert result.sub_total("IKS") == 129
    assert result.status.name == "Berkembang"
    assert result.rounded() == Decimal("0.6902")
    assert result.rounded("IKS") == Decimal("0.7371")
    # what the rumusan publishes
    assert published_form(result.value) == Decimal("0.69015873015873")
    assert published_form(result.sub_index("IKS")) == Decimal("0.73714285714286")
    assert published_form(result.sub_index("IKL")) == Decimal("0.8")


def test_uniform_three_is_berkembang() -> None:
    result = score_village(uniform(3))
    assert result.values == {"IKS": Fraction(3, 5), "IKE": Fraction(3, 5),
                             "IKL": Fraction(3, 5), "IDM": Fraction(3, 5)}
    assert result.status.name == "Berkembang"


@pytest.mark.parametrize(("value", "status"), [
    ("0", "Sangat Tertinggal"), ("0.4907", "Sangat Tertinggal"), ("0.49071", "Tertinggal"),
    ("0.5989", "Tertinggal"), ("0.59890001", "Berkembang"), ("0.7072", "Berkembang"),
    ("0.70720000001", "Maju"), ("0.8155", "Maju"), ("0.81550001", "Mandiri"), ("1", "Mandiri"),
])
def test_status_boundaries(value: str, status: str) -> None:
    assert idm_catalogue().status_for(Decimal(value)).name == status
    assert idm_catalogue().status_for(Fraction(value)).name == status


def test_missing_and_bad_scores_are_reported_together() -> None:
    scores: dict[int, object] = uniform(3)
    del scores[7]
    scores[8] = 6
    scores[9] = "4"
    scores[10] = 2.0
    scores[11] = True
    scores[51] = 3
    with pytest.raises(ScoringError) as info:
        score_village(scores)
    problems = info.value.problems
    assert len(problems) == 6
    assert any("7 (IKS-07" in p and "belum diisi" in p for p in problems)
    assert any("= 6 di luar rentang 0–5" in p for p in problems)
    assert any("'4'" in p and "bilangan bulat" in p for p in problems)
    assert any("'2.0'" in p for p in problems)
    assert any("'True'" in p for p in problems)
    assert any("51 tidak dikenal" in p for p in problems)


def test_none_score_is_missing() -> None:
    scores: dict[int, object] = uniform(3)
    scores[50] = None
    with pytest.raises(ScoringError, match=r"50 .*belum diisi"):
        score_village(scores)


def test_round_half_up() -> None:
    assert round_half_up(Fraction(5, 100000), 4) == Decimal("0.0001")
    assert round_half_up(Fraction(49999, 1000000000), 4) == Decimal("0.0000")
    assert round_half_up(Fraction(-5, 100000), 4) == Decimal("-0.0001")
    assert round_half_up(Fraction(2, 3), 4) == Decimal("0.6667")


@given(score_vectors)
def test_values_match_the_formula(values: list[int]) -> None:
    result = score_village(as_scores(values))
    iks = Fraction(sum(values[:35]), 175)
    ike = Fraction(sum(values[35:47]), 60)
    ikl = Fraction(sum(values[47:]), 15)
    assert result.values == {"IKS": iks, "IKE": ike, "IKL": ikl, "IDM": (iks + ike + ikl) / 3}
    assert 0 <= result.value <= 1
    assert result.status.name == reference_status(result.value)
    assert (result.value * 6300).denominator == 1  # IDM is always n/6300


@given(score_vectors, st.integers(1, 50), st.integers(1, 5))
def test_raising_a_score_never_lowers_value_or_status(values: list[int], number: int,
                                                      step: int) -> None:
    before = score_village(as_scores(values))
    raised = list(values)
    raised[number - 1] = min(5, raised[number - 1] + step)
    after = score_village(as_scores(raised))
    cat = idm_catalogue()
    assert after.value - before.value == \
        (raised[number - 1] - values[number - 1]) * cat.point_gain(cat.indicator(number))
    assert cat.statuses.index(after.status) >= cat.statuses.index(before.status)


@given(st.fractions(min_value=0, max_value=1))
def test_status_matches_reference_thresholds(value: Fraction) -> None:
    assert idm_catalogue().status_for(value).name == reference_status(value)


@given(st.sampled_from([t for t, _ in THRESHOLDS]),
       st.fractions(min_value=Fraction(1, 10**12), max_value=Fraction(1, 100)))
def test_threshold_is_inclusive_and_anything_above_moves_up(limit: Fraction,
                                                            epsilon: Fraction) -> None:
    cat = idm_catalogue()
    at = cat.status_for(limit)
    assert cat.statuses.index(cat.status_for(limit + epsilon)) == cat.statuses.index(at) + 1
    assert cat.status_for(limit - epsilon) in (at, cat.statuses[cat.statuses.index(at) - 1])


def test_rounding_to_four_decimals_never_changes_the_status() -> None:
    """IDM = n/6300 with integer scores; exhaustively, rounded and exact agree."""
    cat = idm_catalogue()
    for n in range(6301):
        exact = Fraction(n, 6300)
        assert cat.status_for(exact) == cat.status_for(round_half_up(exact, 4)), n
    # but truncating to 4 decimals would misclassify 5138/6300 = 0.815555… (Mandiri)
    assert cat.status_for(Fraction(5138, 6300)).name == "Mandiri"
    assert cat.status_for(Decimal("0.8155")).name == "Maju"

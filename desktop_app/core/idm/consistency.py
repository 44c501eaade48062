"""Compare published IDM values with the values recomputed from the indicator scores.

Official files do contradict themselves (in ``shared/data/idm-rumusan`` four 2024 files
publish an IKS that does not match their own rows). The rule is: keep the published value,
recompute, and report every disagreement.

Tolerance: a published number agrees when it is the recomputed exact value rounded to the
decimals it shows, never looser than 4 decimals, give or take the error of binary floating
point: |published − exact| ≤ min(0.00005, ½ unit of its last decimal) + 4 ulp(exact).

The publisher computes in floats and prints them with 14 significant digits (see
:mod:`desktop_app.core.idm.scoring`), so what it prints for an IDM is not always the exact
value correctly rounded: averaging float IKS, IKE and IKL, (IKS + IKE + IKL) / 3, lands up to
2.05 ulps from the exact value (measured over all 171,776 possible score totals), and for 221
of those totals (175 when summing thirds) that flips the 14th digit, e.g. scores totalling
124/175, 40/60, 12/15 give exactly 0.725079365079365079… (printed 0.72507936507937) but the
float average prints 0.72507936507936. A tolerance of ½ unit flagged those as
disagreements; the 4-ulp allowance accepts every such rendering, and ``float(exact)`` printed
with 14 digits never differs from the exact value correctly rounded. Everything real is still
caught: one score point moves IKS by 1/175, IKE by 1/60, IKL by 1/15 and IDM by at least
1/525 ≈ 0.0019, while the allowance is below 10⁻¹⁵. The 4-decimal national spreadsheet
(0.7371) is compared at its 4 decimals. Statuses are compared by name, case-insensitively.
The per-row NILAI (published gain) is checked the same way against (5 − score)/(max × 3).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from desktop_app.core.idm.catalogue import IndexCatalogue, round_half_up
from desktop_app.core.idm.rumusan import PublishedValues, RumusanAssessment
from desktop_app.core.idm.scoring import IndexResult, published_form, score_village

MAX_TOLERANCE = Decimal("0.00005")
# Units in the last place of the float nearest the exact value that a published number may
# be off by, on top of its rounding: float averaging of IKS, IKE and IKL errs by up to 2.05.
FLOAT_ULPS = 4


@dataclass(frozen=True)
class Disagreement:
    """One published value that the recomputation does not confirm."""

    village_code: str
    year: int
    index: str  # "IKS", "IKE", "IKL", "IDM", "STATUS", "IDM (SUMMARIES)", "NILAI IKS-30", ...
    published: Decimal | str
    recomputed: Decimal | str  # exact value with 14 significant digits, or the status name
    difference_points: Decimal | None  # published − recomputed in index points; None: status
    score_points: Decimal | None = None  # the same in indicator score points (IKS/IKE/IKL)
    source: str | None = None


def tolerance_for(published: Decimal) -> Decimal:
    """min(0.00005, half a unit of the last decimal shown)."""
    exponent = published.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return min(MAX_TOLERANCE, Decimal(5).scaleb(-places - 1))


def float_allowance(exact: Fraction) -> Fraction:
    """FLOAT_ULPS units in the last place of ``float(exact)``: the publisher's float error."""
    return FLOAT_ULPS * Fraction(math.ulp(float(exact)))


def agrees(published: Decimal, exact: Fraction) -> bool:
    """True when ``published`` is ``exact`` as printed, rounding and float error allowed."""
    allowed = Fraction(tolerance_for(published)) + float_allowance(exact)
    return abs(Fraction(published) - exact) <= allowed


def _difference(published: Decimal, exact: Fraction) -> Decimal:
    """published − exact, rounded half-up to 14 decimals (the rumusan's precision)."""
    return round_half_up(Fraction(published) - exact, 14).normalize()


def compare_published(
    village_code: str,
    year: int,
    published: PublishedValues,
    result: IndexResult,
    *,
    source: str | None = None,
) -> list[Disagreement]:
    """Disagreements between published summary values and a recomputed result."""
    catalogue = result.catalogue
    found: list[Disagreement] = []
    recomputed = result.values
    for code, value in published.values:
        exact = recomputed[code]
        if agrees(value, exact):
            continue
        score_points = None
        if code != catalogue.composite_code:
            points = (Fraction(value) - exact) * catalogue.sub_index(code).max_total
            score_points = Decimal(round(points * 100)) / 100
        found.append(Disagreement(village_code, year, code, value, published_form(exact),
                                  _difference(value, exact), score_points, source))
    band = catalogue.status_by_name(published.status)
    if band != result.status:
        found.append(Disagreement(village_code, year, "STATUS", published.status,
                                  result.status.name, None, None, source))
    return found


def check_assessment(
    assessment: RumusanAssessment, catalogue: IndexCatalogue | None = None
) -> list[Disagreement]:
    """Every disagreement in one parsed rumusan file (summary rows, SUMMARIES, NILAI)."""
    result = score_village(assessment.scores(), catalogue)
    catalogue = result.catalogue
    code, year, source = assessment.village_code, assessment.year, assessment.source
    found = compare_published(code, year, assessment.published, result, source=source)

    # SUMMARIES repeats the composite and status; report it only where it differs from the
    # summary rows, so one stale value is not reported twice.
    composite = catalogue.composite_code
    published_value = assessment.published.get(composite)
    summary = assessment.summary_value
    if summary is not None and summary != published_value and not agrees(summary, result.value):
        found.append(Disagreement(code, year, f"{composite} (SUMMARIES)", summary,
                                  published_form(result.value),
                                  _difference(summary, result.value), None, source))
    status = assessment.summary_status
    if status is not None and catalogue.status_by_name(status) != result.status and \
            catalogue.status_by_name(status) != catalogue.status_by_name(
                assessment.published.status):
        found.append(Disagreement(code, year, "STATUS (SUMMARIES)", status,
                                  result.status.name, None, None, source))

    for row in assessment.rows:
        if row.gain is None:
            continue
        indicator = catalogue.indicator(row.number)
        exact = (catalogue.max_score - row.score) * catalogue.point_gain(indicator)
        if not agrees(row.gain, exact):
            found.append(Disagreement(code, year, f"NILAI {indicator.code}", row.gain,
                                      published_form(exact), _difference(row.gain, exact),
                                      None, source))
    return found

"""Exact IDM scoring: sub-indices, composite and status, in rational arithmetic.

IDM (Permendesa PDTT 2/2016): IKS = Σ/175, IKE = Σ/60, IKL = Σ/15, IDM = (IKS + IKE + IKL)/3;
status ≤ 0.4907 Sangat Tertinggal, ≤ 0.5989 Tertinggal, ≤ 0.7072 Berkembang, ≤ 0.8155 Maju,
else Mandiri. The formulas come from the catalogue (sub-index maxima, weights, scale, bands),
so another index catalogue is scored by the same code.

What the official data does (checked on all 125 rumusan files in ``shared/data/idm-rumusan``):

- The published IKS/IKE/IKL/IDM are floats printed with 14 significant digits (PHP float
  output, e.g. 0.69015873015873 = 4348/6300); they are not rounded to 4 decimals. 121 files
  match the exact ratios to the last digit; the other 4 contradict their own indicator rows
  (see :mod:`desktop_app.core.idm.consistency`). The national spreadsheet publishes 4 decimals.
- How the floats were made, as far as the files tell: ``float(exact)`` printed with 14 digits
  always equals the exact value correctly rounded, so those 121 files cannot tell it from a
  float average of IKS, IKE and IKL (which differs in the last digit for 221 of the 171,776
  possible score totals, none in the corpus); the IDM is not averaged from the printed
  sub-indices (11 consistent files would then differ in the last digit); and
  SUMMARIES.PENAMBAHAN is exactly float(SKOR_MINIMAL) − float(printed IDM) in all 125 files,
  so the printed 14-digit IDM is what the publisher goes on computing with.
- The per-row NILAI is the gain (5 − score)/(max × 3) rounded half-up to 8 decimals.
- SUMMARIES.SKOR_MINIMAL is the next threshold plus 0.0001 ("0.7073" for Maju).
- The status is decided on the exact IDM (regulation: Mandiri is IDM > 0.8155). With integer
  scores IDM = n/6300, and no n/6300 lies in (t, t + 0.00005) for any threshold t, so deciding
  on the exact value or on the value rounded half-up to 4 decimals always gives the same status
  (verified exhaustively in the tests). The one value where truncation to 4 decimals, or the
  "IDM ≥ SKOR_MINIMAL" reading, would differ is 5138/6300 = 0.815555…, which the regulation
  classes Mandiri; no village in the data has it, so that corner is not verified against
  official output.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Context, Decimal
from fractions import Fraction

from desktop_app.core.i18n import translate
from desktop_app.core.index.catalogue import (
    IndexCatalogue,
    StatusBand,
    round_half_up,
)
from desktop_app.core.index.definitions import idm_catalogue

__all__ = [
    "IndexResult",
    "ScoringError",
    "published_form",
    "round_half_up",
    "score_village",
    "validate_scores",
    "whole_score",
]

PUBLISHED_SIGNIFICANT_DIGITS = 14


class ScoringError(ValueError):
    """Scores that cannot be scored; ``problems`` lists every reason, in Indonesian."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class IndexResult:
    """The exact result of scoring one village with one catalogue."""

    catalogue: IndexCatalogue = field(repr=False, compare=False)
    scores: tuple[int, ...]  # by indicator number - 1
    sub_indices: tuple[tuple[str, Fraction], ...]  # (code, exact value) in catalogue order
    value: Fraction  # the composite (IDM)
    status: StatusBand

    def score(self, number: int) -> int:
        return self.scores[number - 1]

    def sub_index(self, code: str) -> Fraction:
        return dict(self.sub_indices)[code]

    def sub_total(self, code: str) -> int:
        return sum(self.scores[i.number - 1] for i in self.catalogue.indicators_of(code))

    def rounded(self, code: str | None = None, places: int = 4) -> Decimal:
        """A value rounded half-up (``code`` None for the composite)."""
        exact = self.value if code is None else self.sub_index(code)
        return round_half_up(exact, places)

    @property
    def values(self) -> dict[str, Fraction]:
        """Every value by code, the composite included (IDM: IKS, IKE, IKL, IDM)."""
        return {**dict(self.sub_indices), self.catalogue.composite_code: self.value}


def published_form(value: Fraction, digits: int = PUBLISHED_SIGNIFICANT_DIGITS) -> Decimal:
    """``value`` as the rumusan publishes it: ``digits`` significant digits, no trailing zeros."""
    context = Context(prec=digits)
    return context.divide(Decimal(value.numerator), Decimal(value.denominator)).normalize()


def whole_score(cell: object, low: int = 0, high: int = 5) -> int | None:
    """A spreadsheet cell as a whole score in ``low``–``high`` ('4', 4.0, '4,0'), else None."""
    if isinstance(cell, bool) or cell is None:
        return None
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        try:
            value = float(str(cell).strip().replace(",", "."))
        except ValueError:
            return None
    if not value.is_integer() or not low <= value <= high:
        return None
    return int(value)


def _message(text: str, **values: object) -> str:
    return translate("IdmScoring", text).format(**values)


def validate_scores(
    scores: Mapping[int, object], catalogue: IndexCatalogue | None = None
) -> tuple[int, ...]:
    """Check that every indicator has an integer score in range; return them by number."""
    catalogue = catalogue or idm_catalogue()
    low, high = catalogue.min_score, catalogue.max_score
    problems: list[str] = []
    known = {i.number for i in catalogue.indicators}
    for number in sorted(set(scores) - known, key=str):
        problems.append(_message("Indikator nomor {number} tidak dikenal", number=number))
    result: list[int] = []
    for indicator in catalogue.indicators:
        name = f"{indicator.number} ({indicator.code} {indicator.label})"
        if indicator.number not in scores or scores[indicator.number] is None:
            problems.append(_message("Skor indikator {name} belum diisi", name=name))
            result.append(0)
            continue
        value = scores[indicator.number]
        if isinstance(value, bool) or not isinstance(value, int):
            problems.append(_message(
                "Skor indikator {name} harus bilangan bulat {low}–{high}, bukan '{value}'",
                name=name, low=low, high=high, value=value))
            result.append(0)
        elif not low <= value <= high:
            problems.append(_message(
                "Skor indikator {name} = {value} di luar rentang {low}–{high}",
                name=name, low=low, high=high, value=value))
            result.append(0)
        else:
            result.append(value)
    if problems:
        raise ScoringError(problems)
    return tuple(result)


def score_village(
    scores: Mapping[int, object], catalogue: IndexCatalogue | None = None
) -> IndexResult:
    """Score one village exactly. ``scores`` maps indicator number (1..50) to 0..5."""
    catalogue = catalogue or idm_catalogue()
    checked = validate_scores(scores, catalogue)
    subs: list[tuple[str, Fraction]] = []
    composite = Fraction(0)
    for sub in catalogue.sub_indices:
        total = sum(checked[i.number - 1] for i in catalogue.indicators_of(sub.code))
        value = Fraction(total, sub.max_total)
        subs.append((sub.code, value))
        composite += value * catalogue.composite_weight(sub.code)
    return IndexResult(
        catalogue=catalogue,
        scores=checked,
        sub_indices=tuple(subs),
        value=composite,
        status=catalogue.status_for(composite),
    )

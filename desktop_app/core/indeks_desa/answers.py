"""A questionnaire's answers, checked against the definition and scored as they are typed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from desktop_app.core.i18n import translate
from desktop_app.core.index.catalogue import IndexCatalogue, StatusBand, round_half_up
from desktop_app.core.index.scoring import IndexResult, ScoringError, score_village


class QuestionnaireError(ScoringError):
    """Answers or a questionnaire that cannot be saved; ``problems`` names each, in Indonesian."""


@dataclass(frozen=True)
class Answer:
    score: int | None = None
    data_source: str = ""
    note: str = ""



def answer_problems(catalogue: IndexCatalogue, answers: Mapping[str, Answer]) -> list[str]:
    """Every unknown aspect and every score that is not a whole number in range."""
    known = {item.key for item in catalogue.indicators}
    low, high = catalogue.min_score, catalogue.max_score
    problems = [
        translate("IndeksDesaAnswers", "Aspek {key} tidak dikenal dalam definisi {version}").format(
            key=key, version=catalogue.version or catalogue.name
        )
        for key in sorted(set(answers) - known)
    ]
    for key, answer in answers.items():
        score = answer.score
        if key not in known or score is None:
            continue
        if isinstance(score, bool) or not isinstance(score, int):
            problems.append(
                translate(
                    "IndeksDesaAnswers",
                    "Skor aspek {key} harus bilangan bulat {low}–{high}, bukan '{value}'",
                ).format(key=key, low=low, high=high, value=score)
            )
        elif not low <= score <= high:
            problems.append(
                translate(
                    "IndeksDesaAnswers", "Skor aspek {key} = {value} di luar rentang {low}–{high}"
                ).format(key=key, value=score, low=low, high=high)
            )
    return problems


@dataclass(frozen=True)
class DimensionProgress:
    code: str
    name: str
    answered: int
    total: int
    percent: Decimal  # 0-100, 2 decimals, unanswered aspects counted at the minimum score

    @property
    def complete(self) -> bool:
        return self.answered == self.total


@dataclass(frozen=True)
class LiveScore:
    """The scores as they stand: unanswered aspects count at the minimum score."""

    result: IndexResult
    dimensions: tuple[DimensionProgress, ...]

    @property
    def answered(self) -> int:
        return sum(d.answered for d in self.dimensions)

    @property
    def total_aspects(self) -> int:
        return sum(d.total for d in self.dimensions)

    @property
    def complete(self) -> bool:
        return self.answered == self.total_aspects

    @property
    def value(self) -> Fraction:
        return self.result.value

    @property
    def rounded(self) -> Decimal:
        return round_half_up(self.result.value, 2)

    @property
    def status(self) -> StatusBand:
        return self.result.status


def live_score(catalogue: IndexCatalogue, scores: Mapping[str, int | None]) -> LiveScore:
    """Score what is answered (valid scores only; call :func:`answer_problems` first)."""
    low = catalogue.min_score
    by_number: dict[int, object] = {}
    for item in catalogue.indicators:
        score = scores.get(item.key)
        by_number[item.number] = low if score is None else score
    result = score_village(by_number, catalogue)
    dimensions = []
    for sub in catalogue.sub_indices:
        items = catalogue.indicators_of(sub.code)
        answered = sum(1 for item in items if scores.get(item.key) is not None)
        dimensions.append(
            DimensionProgress(
                sub.code,
                sub.name,
                answered,
                len(items),
                round_half_up(result.sub_index(sub.code) * 100, 2),
            )
        )
    return LiveScore(result, tuple(dimensions))


def status_text(catalogue: IndexCatalogue, band: StatusBand | None) -> str:
    """A status as shown everywhere: provisional ones say so."""
    if band is None:
        return ""
    if catalogue.status_provisional:
        return translate("IndeksDesaAnswers", "{status} (sementara)").format(status=band.name)
    return band.name


def provisional_note(catalogue: IndexCatalogue) -> str:
    """Why a computed status is provisional, naming the source of the cut-offs ('' if not)."""
    if not catalogue.status_provisional:
        return ""
    return translate(
        "IndeksDesaAnswers",
        "Status sementara: batas status {year} belum terverifikasi "
        "(sumber: {source}). Skor dihitung dari definisi {version}.",
    ).format(
        year=catalogue.status_year or "", source=catalogue.status_source, version=catalogue.version
    )

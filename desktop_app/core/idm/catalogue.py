"""Index catalogues: the indicators, sub-indices and status bands of a village index.

A catalogue is a data file (``resources/idm/indicators.json`` for the IDM of Permendesa PDTT
2/2016). Nothing in the scoring code is specific to IDM: a successor index (the 2024 "Indeks
Desa", six dimensions) is another catalogue file with its own sub-indices, weights, scale and
status thresholds, loaded with :func:`load_catalogue`.

Catalogue file shape (``format`` 1)::

    {"index": "IDM", "name": ..., "regulation": ...,
     "score_range": {"min": 0, "max": 5},
     "composite": {"code": "IDM", "name": ..., "method": "mean", "scale": 1},
     "status_rounding": null,            # or the number of decimals the status is decided on
     "sub_indices": {"IKS": {"name": ..., "max": 175, "indicators": 35, "weight": 1,
                             "dimensions": [...]}, ...},
     "statuses": [{"code": "SANGAT_TERTINGGAL", "name": ..., "upper_inclusive": "0.4907"},
                  ..., {"code": "MANDIRI", "name": ..., "upper_inclusive": null}],
     "actor_levels": ["PUSAT", ...],
     "indicators": [{"number": 1, "key": ..., "code": "IKS-01", "sub_index": "IKS",
                     "section_number": 1, "name": ..., "label": ..., "dimension": ...,
                     "sub_dimension": ..., "criteria": {"5": [...]},
                     "activities": {"0": [...]}, "default_activity": ...,
                     "actors": {"KAB": [...], ...}}, ...]}
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

from desktop_app.core.i18n import translate

ACTOR_LEVELS: tuple[str, ...] = ("PUSAT", "PROV", "KAB", "DESA", "CSR", "LAINNYA")


class CatalogueError(ValueError):
    """The catalogue file is missing or does not describe a consistent index."""


def resources_dir() -> Path:
    """The ``resources`` folder, inside the PyInstaller bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


@dataclass(frozen=True)
class ScoreCriterion:
    """What one score of an indicator means, and the activities recommended at that score."""

    score: int
    criteria: tuple[str, ...]
    activities: tuple[str, ...]


@dataclass(frozen=True)
class IndicatorDefinition:
    """One indicator of an index (for IDM one of the 50 rumusan rows)."""

    number: int  # 1..N across the whole index (IDM: 1-35 IKS, 36-47 IKE, 48-50 IKL)
    key: str
    code: str  # e.g. "IKS-05"
    sub_index: str
    section_number: int  # the rumusan "NO", which restarts at 1 in each sub-index
    name: str  # official INDIKATOR text
    label: str
    dimension: str
    sub_dimension: str
    levels: tuple[ScoreCriterion, ...]  # only the scores whose meaning is known
    default_activity: str | None
    actors: tuple[tuple[str, tuple[str, ...]], ...]  # (level, actors) in ACTOR_LEVELS order

    def criterion(self, score: int) -> ScoreCriterion | None:
        return next((level for level in self.levels if level.score == score), None)

    def actors_at(self, level: str) -> tuple[str, ...]:
        return dict(self.actors).get(level, ())


@dataclass(frozen=True)
class SubIndexDefinition:
    code: str
    name: str
    max_total: int  # sum of the maximum scores, e.g. 175 for IKS
    indicator_count: int
    weight: int
    dimensions: tuple[str, ...]


@dataclass(frozen=True)
class StatusBand:
    """A status; a value belongs to the first band whose ``upper_inclusive`` it does not exceed."""

    code: str
    name: str
    upper_inclusive: Decimal | None  # None for the top band


@dataclass(frozen=True)
class IndexCatalogue:
    index: str
    name: str
    regulation: str
    min_score: int
    max_score: int
    composite_code: str
    composite_name: str
    composite_scale: int
    status_rounding: int | None  # None: the status is decided on the exact value
    sub_indices: tuple[SubIndexDefinition, ...]
    statuses: tuple[StatusBand, ...]  # ascending
    indicators: tuple[IndicatorDefinition, ...]  # ordered by number

    def indicator(self, number: int) -> IndicatorDefinition:
        if not 1 <= number <= len(self.indicators):
            raise KeyError(number)
        return self.indicators[number - 1]

    def sub_index(self, code: str) -> SubIndexDefinition:
        for sub in self.sub_indices:
            if sub.code == code:
                return sub
        raise KeyError(code)

    def indicators_of(self, sub_index: str) -> tuple[IndicatorDefinition, ...]:
        return tuple(i for i in self.indicators if i.sub_index == sub_index)

    def indicator_in_section(self, sub_index: str, section_number: int) -> IndicatorDefinition:
        for indicator in self.indicators:
            if indicator.sub_index == sub_index and indicator.section_number == section_number:
                return indicator
        raise KeyError((sub_index, section_number))

    @property
    def total_weight(self) -> int:
        return sum(sub.weight for sub in self.sub_indices)

    def composite_weight(self, sub_index: str) -> Fraction:
        """How much one point of the sub-index value moves the composite."""
        sub = self.sub_index(sub_index)
        return Fraction(sub.weight * self.composite_scale, self.total_weight)

    def point_gain(self, indicator: IndicatorDefinition) -> Fraction:
        """Composite increase from one more score point of ``indicator`` (IDM: 1/(max × 3))."""
        sub = self.sub_index(indicator.sub_index)
        return self.composite_weight(sub.code) / sub.max_total

    def status_for(self, value: Fraction | Decimal | int) -> StatusBand:
        """The status of a composite value (exact comparison, optional catalogue rounding)."""
        exact = Fraction(value)
        if self.status_rounding is not None:
            exact = Fraction(round_half_up(exact, self.status_rounding))
        for band in self.statuses:
            if band.upper_inclusive is None or exact <= Fraction(band.upper_inclusive):
                return band
        raise AssertionError("the top status band has no upper bound")

    def status_by_name(self, text: str) -> StatusBand | None:
        """Match a published status ('MAJU', 'Sangat Tertinggal', 'SANGAT_TERTINGGAL')."""
        wanted = " ".join(text.replace("_", " ").split()).casefold()
        for band in self.statuses:
            if wanted in (band.name.casefold(), band.code.replace("_", " ").casefold()):
                return band
        return None


def round_half_up(value: Fraction, places: int) -> Decimal:
    """Round an exact value to ``places`` decimals, halves away from zero."""
    quantum = Fraction(1, 10**places)
    steps = abs(value) / quantum
    whole = int(steps)
    if steps - whole >= Fraction(1, 2):
        whole += 1
    sign = -1 if value < 0 else 1
    return Decimal(sign * whole).scaleb(-places)


def _error(text: str, **values: Any) -> CatalogueError:
    return CatalogueError(translate("IdmCatalogue", text).format(**values))


def catalogue_from_dict(data: dict[str, Any], source: str = "<dict>") -> IndexCatalogue:
    """Build and validate a catalogue from its JSON structure."""
    try:
        levels = tuple(data.get("actor_levels", ACTOR_LEVELS))
        subs = tuple(
            SubIndexDefinition(
                code=code,
                name=str(sub["name"]),
                max_total=int(sub["max"]),
                indicator_count=int(sub["indicators"]),
                weight=int(sub.get("weight", 1)),
                dimensions=tuple(sub.get("dimensions", ())),
            )
            for code, sub in data["sub_indices"].items()
        )
        statuses = tuple(
            StatusBand(
                code=str(s["code"]),
                name=str(s["name"]),
                upper_inclusive=None if s["upper_inclusive"] is None
                else Decimal(str(s["upper_inclusive"])),
            )
            for s in data["statuses"]
        )
        indicators = tuple(
            IndicatorDefinition(
                number=int(i["number"]),
                key=str(i["key"]),
                code=str(i["code"]),
                sub_index=str(i["sub_index"]),
                section_number=int(i["section_number"]),
                name=str(i["name"]),
                label=str(i.get("label") or i["name"]),
                dimension=str(i["dimension"]),
                sub_dimension=str(i.get("sub_dimension") or ""),
                levels=tuple(
                    ScoreCriterion(
                        score=int(score),
                        criteria=tuple(texts),
                        activities=tuple(i.get("activities", {}).get(score, ())),
                    )
                    for score, texts in sorted(i.get("criteria", {}).items(),
                                               key=lambda kv: int(kv[0]))
                ),
                default_activity=i.get("default_activity"),
                actors=tuple((level, tuple(i.get("actors", {}).get(level, ())))
                             for level in levels),
            )
            for i in data["indicators"]
        )
        score_range = data.get("score_range", {"min": 0, "max": 5})
        composite = data.get("composite", {})
        catalogue = IndexCatalogue(
            index=str(data["index"]),
            name=str(data.get("name", data["index"])),
            regulation=str(data.get("regulation", "")),
            min_score=int(score_range["min"]),
            max_score=int(score_range["max"]),
            composite_code=str(composite.get("code", data["index"])),
            composite_name=str(composite.get("name", data.get("name", data["index"]))),
            composite_scale=int(composite.get("scale", 1)),
            status_rounding=data.get("status_rounding"),
            sub_indices=subs,
            statuses=statuses,
            indicators=tuple(sorted(indicators, key=lambda i: i.number)),
        )
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise _error("Katalog indeks {source} tidak lengkap atau rusak: {detail}",
                     source=source, detail=exc) from exc
    _validate(catalogue, source)
    return catalogue


def _validate(catalogue: IndexCatalogue, source: str) -> None:
    numbers = [i.number for i in catalogue.indicators]
    if numbers != list(range(1, len(numbers) + 1)):
        raise _error("Katalog {source}: nomor indikator harus 1..N tanpa celah", source=source)
    for sub in catalogue.sub_indices:
        members = catalogue.indicators_of(sub.code)
        if len(members) != sub.indicator_count or \
                sub.max_total != sub.indicator_count * catalogue.max_score:
            raise _error("Katalog {source}: sub-indeks {code} tidak konsisten",
                         source=source, code=sub.code)
        if [i.section_number for i in members] != list(range(1, len(members) + 1)):
            raise _error("Katalog {source}: nomor urut indikator {code} tidak 1..N",
                         source=source, code=sub.code)
    if sum(s.indicator_count for s in catalogue.sub_indices) != len(numbers):
        raise _error("Katalog {source}: indikator tanpa sub-indeks", source=source)
    bounds = [s.upper_inclusive for s in catalogue.statuses]
    if not bounds or bounds[-1] is not None or None in bounds[:-1] or \
            bounds[:-1] != sorted(bounds[:-1]):  # type: ignore[type-var]
        raise _error("Katalog {source}: batas status harus naik dan berakhir terbuka",
                     source=source)


def load_catalogue(path: Path) -> IndexCatalogue:
    """Load and validate an index catalogue file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise _error("Katalog indeks {source} tidak dapat dibaca: {detail}",
                     source=path, detail=exc) from exc
    return catalogue_from_dict(data, str(path))


@cache
def idm_catalogue() -> IndexCatalogue:
    """The IDM (Permendesa PDTT 2/2016) catalogue shipped in ``resources/idm``."""
    return load_catalogue(resources_dir() / "idm" / "indicators.json")

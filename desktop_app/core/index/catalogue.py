"""Index catalogues: the scored items, sub-indices and status bands of a village index.

A catalogue is data. The IDM (Permendesa PDTT 2/2016) is ``resources/idm/indicators.json``;
the Indeks Desa (Permendesa PDT 9/2024) is a hierarchical file in ``resources/indeks_desa``
flattened into the same structure by :mod:`desktop_app.core.index.indeks_desa` (its scored
items are the assessment aspects, grouped by indicator; its sub-indices are the six dimensions
with decimal weights). Nothing in the scoring code is specific to one index.

Status bands either give an ``upper_inclusive`` bound (IDM: a value belongs to the first band
it does not exceed) or a ``lower_inclusive`` bound (a value belongs to the highest band whose
minimum it reaches, as the Indeks Desa candidate bands with gaps such as 79.62 / 79.63 are
written). ``status_verified`` False marks cut-offs that no official source confirms: the
status computed from them is provisional and must be shown so, with ``status_source``.

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
from functools import cached_property
from itertools import pairwise
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
    group_code: str = ""  # the item's parent below the sub-index (Indeks Desa: indicator no.)
    group_name: str = ""
    verified: bool = True  # False: no two independent sources agree on this item
    sources: tuple[str, ...] = ()

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
    weight: Fraction  # IDM: 1 each (a plain mean); Indeks Desa: 26.77, 13.39, ...
    dimensions: tuple[str, ...]


@dataclass(frozen=True)
class StatusBand:
    """A status; a value belongs to the first band whose ``upper_inclusive`` it does not exceed."""

    code: str
    name: str
    upper_inclusive: Decimal | None  # None for the top band (and for lower-bound bands)
    lower_inclusive: Decimal | None = None  # set on every band of a lower-bound rule


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
    item_word: str = "Indikator"  # what one scored item is called (Indeks Desa: "Aspek")
    sub_index_word: str = "Sub-indeks"  # Indeks Desa: "Dimensi"
    version: str = ""  # which definition file is in use (shown beside its results)
    formula_verified: bool = True
    status_verified: bool = True  # False: the status is provisional
    status_source: str = ""  # where the cut-offs come from (named wherever one is shown)
    status_year: int | None = None  # the year of the dated cut-off rule applied

    @property
    def status_provisional(self) -> bool:
        return not self.status_verified

    def item_by_key(self, key: str) -> IndicatorDefinition:
        for item in self.indicators:
            if item.key == key:
                return item
        raise KeyError(key)

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
        return self._members[sub_index]

    @cached_property
    def _members(self) -> dict[str, tuple[IndicatorDefinition, ...]]:
        members: dict[str, list[IndicatorDefinition]] = {s.code: [] for s in self.sub_indices}
        for item in self.indicators:
            members.setdefault(item.sub_index, []).append(item)
        return {code: tuple(items) for code, items in members.items()}

    def indicator_in_section(self, sub_index: str, section_number: int) -> IndicatorDefinition:
        for indicator in self.indicators:
            if indicator.sub_index == sub_index and indicator.section_number == section_number:
                return indicator
        raise KeyError((sub_index, section_number))

    @cached_property
    def total_weight(self) -> Fraction:
        return sum((sub.weight for sub in self.sub_indices), Fraction(0))

    def composite_weight(self, sub_index: str) -> Fraction:
        """How much one point of the sub-index value moves the composite."""
        return self._composite_weights[sub_index]

    @cached_property
    def _composite_weights(self) -> dict[str, Fraction]:
        return {sub.code: sub.weight * self.composite_scale / self.total_weight
                for sub in self.sub_indices}

    def point_gain(self, indicator: IndicatorDefinition) -> Fraction:
        """Composite increase from one more score point of ``indicator`` (IDM: 1/(max × 3))."""
        sub = self.sub_index(indicator.sub_index)
        return self.composite_weight(sub.code) / sub.max_total

    def status_for(self, value: Fraction | Decimal | int) -> StatusBand:
        """The status of a composite value (exact comparison, optional catalogue rounding)."""
        exact = Fraction(value)
        if self.status_rounding is not None:
            exact = Fraction(round_half_up(exact, self.status_rounding))
        if self.statuses[0].lower_inclusive is not None:
            reached = [band for band in self.statuses
                       if exact >= Fraction(band.lower_inclusive or 0)]
            return reached[-1] if reached else self.statuses[0]
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


def _band(data: dict[str, Any]) -> StatusBand:
    if "lower_inclusive" in data:
        return StatusBand(code=str(data["code"]), name=str(data["name"]), upper_inclusive=None,
                          lower_inclusive=Decimal(str(data["lower_inclusive"])))
    upper = data["upper_inclusive"]
    return StatusBand(code=str(data["code"]), name=str(data["name"]),
                      upper_inclusive=None if upper is None else Decimal(str(upper)))


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
                weight=Fraction(str(sub.get("weight", 1))),
                dimensions=tuple(sub.get("dimensions", ())),
            )
            for code, sub in data["sub_indices"].items()
        )
        statuses = tuple(
            _band(s) for s in data["statuses"])
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
                group_code=str(i.get("group_code", "")),
                group_name=str(i.get("group_name", "")),
                verified=bool(i.get("verified", True)),
                sources=tuple(i.get("sources", ())),
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
            item_word=str(data.get("item_word", "Indikator")),
            sub_index_word=str(data.get("sub_index_word", "Sub-indeks")),
            version=str(data.get("version", "")),
            formula_verified=bool(composite.get("verified", True)),
            status_verified=bool(data.get("status_verified", True)),
            status_source=str(data.get("status_source", "")),
            status_year=data.get("status_year"),
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
    if any(sub.weight <= 0 for sub in catalogue.sub_indices):
        raise CatalogueError(translate(
            "IdmCatalogue", "Katalog {source}: bobot setiap sub-indeks harus lebih dari nol"
        ).format(source=source))
    lowers = [s.lower_inclusive for s in catalogue.statuses]
    if lowers and lowers[0] is not None:
        if None in lowers or any(a >= b for a, b in pairwise(lowers)):  # type: ignore[operator]
            raise CatalogueError(translate(
                "IdmCatalogue", "Katalog {source}: batas bawah status harus naik"
            ).format(source=source))
        return
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

"""Fast paths for importing thousands of rumusan files, exact and never looser than the rules.

``parse_regular`` reads a file of the regular published shape (55 rows in catalogue order,
integer scores, text fields) straight into the values the importer stores; anything else it
declines (returns None) and :func:`rumusan.parse_rumusan` — the one definition of what a valid
file is and of every problem message — handles the file. The tests check on every real file
that both paths give the same values.

``ConsistencyChecker`` answers "does this file agree with itself?" from memoised exact
comparisons (the same score totals and published texts recur across thousands of files);
only a file that may disagree goes through :func:`consistency.check_assessment`, which stays
the single definition of a disagreement.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop_app.core.idm.catalogue import ACTOR_LEVELS, IndexCatalogue, StatusBand
from desktop_app.core.idm.consistency import Disagreement, agrees, check_assessment
from desktop_app.core.idm.rumusan import (
    RumusanAssessment,
    normalise_village_code,
    parse_rumusan_file,
)

_ROW_TEXT_FIELDS = ("KETERANGAN", "KEGIATAN", *ACTOR_LEVELS)
_ACTOR_FIELDS = frozenset(ACTOR_LEVELS)
_ROW_KEYS = ("SKOR", *_ROW_TEXT_FIELDS, "NILAI")
_SEEN_ROWS_MAX = 200_000
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True)
class RegularRumusan:
    """A rumusan of the regular shape, as the values the importer stores and checks."""

    path: str
    source: str
    village_code: str
    year: int
    published: tuple[tuple[str, Decimal], ...]  # sub-indices and composite, as published
    published_status: str
    summary_value: Decimal | None
    summary_status: str | None
    scores: tuple[int, ...]  # by catalogue number - 1
    gain_texts: tuple[str | None, ...]  # NILAI as published ("," read as ".")
    rows: tuple[tuple[Any, ...], ...]  # (number, score, criterion, activity, 6 actor texts)
    village_name: str | None = None  # IDENTITAS nama_desa, nama_kecamatan as published
    district_name: str | None = None

    @property
    def gains(self) -> tuple[Decimal | None, ...]:
        return tuple(None if text is None else Decimal(text) for text in self.gain_texts)


def _clean(value: Any) -> str | None:
    text = " ".join(value.split())
    return None if text in ("", "-") else text


def _actors(value: Any) -> str | None:
    parts = [text for part in value.split(",") if (text := _clean(part))]
    return ", ".join(parts) or None


class RegularParser:
    """Reads regular rumusan files of one catalogue; declines every irregular one."""

    def __init__(self, catalogue: IndexCatalogue) -> None:
        self.catalogue = catalogue
        layout: list[tuple[str, Any]] = []  # ("row", indicator) or ("summary", code)
        for sub in catalogue.sub_indices:
            layout.extend(("row", i) for i in catalogue.indicators_of(sub.code))
            layout.append(("summary", sub.code))
        layout.append(("summary", catalogue.composite_code))
        layout.append(("status", "STATUS"))
        self.layout = layout
        self.scale = catalogue.composite_scale
        self.score_range = range(catalogue.min_score, catalogue.max_score + 1)
        self._numbers: dict[str, bool] = {}
        self._seen_rows: dict[tuple[Any, ...], tuple[Any, ...]] = {}

    def parse(self, path: Path) -> RegularRumusan | None:
        """The file's values, or None when it is not of the regular shape (or unreadable)."""
        try:
            document = json.loads(path.read_bytes().decode("utf-8-sig"),
                                  parse_float=Decimal)
            return self._document(document, path)
        except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError,
                InvalidOperation):
            return None

    def _document(self, document: dict[str, Any], path: Path) -> RegularRumusan | None:
        if document.get("error") is True:
            return None
        data = document["mapData"]
        raw_rows = data["ROW"]
        if len(raw_rows) != len(self.layout):
            return None
        scores: list[int] = []
        gains: list[str | None] = []
        rows: list[tuple[Any, ...]] = []
        published: list[tuple[str, Decimal]] = []
        status: str | None = None
        label_year: str | None = None
        indicator, seen = self._indicator, self._seen_rows
        for raw, (kind, what) in zip(raw_rows, self.layout, strict=True):
            number = raw["NO"]
            if kind == "row":
                # Rows recur across villages (same texts, actors, score): a row already
                # checked is reused. Equal keys can hide int/bool/Decimal differences only
                # in NO and SKOR, which are type-checked again here.
                key = (what.number, number, *map(raw.get, _ROW_KEYS))
                row = seen.get(key)
                if row is None:
                    row = indicator(raw, number, what)
                    if row is None:
                        return None
                    if len(seen) >= _SEEN_ROWS_MAX:
                        seen.clear()
                    seen[key] = row
                elif type(number) is not int or type(raw["SKOR"]) is not int:
                    return None
                scores.append(row[1])
                gains.append(row[-1])
                rows.append(row[:-1])
                continue
            label = raw["INDIKATOR"]
            if number is not None or type(label) is not str:
                return None
            words = label.split()
            if kind == "status":
                if words[:2] != ["STATUS", self.catalogue.composite_code] or \
                        type(raw["SKOR"]) is not str:
                    return None
                status = " ".join(raw["SKOR"].split())
                if self.catalogue.status_by_name(status) is None:
                    return None
                year_words = words[2:]
            else:
                value = raw["SKOR"]
                if words[:1] != [what] or type(value) not in (Decimal, int) or \
                        not 0 <= value <= self.scale:
                    return None
                published.append((what, Decimal(value)))
                year_words = words[1:]
            if len(year_words) != 1 or not _YEAR.fullmatch(year_words[0]) or \
                    label_year not in (None, year_words[0]):
                return None
            label_year = year_words[0]
        return self._identity(data, path, label_year, published, status, scores, gains, rows)

    def _indicator(self, raw: dict[str, Any], number: Any, what: Any,
                   ) -> tuple[Any, ...] | None:
        """(number, score, criterion, activity, 6 actors, NILAI text) or None if irregular."""
        score = raw["SKOR"]
        if type(number) is not int or number != what.section_number or \
                type(score) is not int or score not in self.score_range:
            return None
        row: list[Any] = [what.number, score]
        for field in _ROW_TEXT_FIELDS:
            value = raw[field]
            if value is None:
                row.append(None)
                continue
            if type(value) is not str:
                return None
            if "," in value and field in _ACTOR_FIELDS:
                row.append(_actors(value))
            else:
                text = " ".join(value.split())
                row.append(None if text in ("", "-") else text)
        gain = raw["NILAI"]
        if gain is not None:
            if type(gain) is not str:
                return None
            gain = gain.strip().replace(",", ".") or None
            if gain is not None and not self._number_text(gain):
                return None
        row.append(gain)
        return tuple(row)

    def _number_text(self, text: str) -> bool:
        known = self._numbers.get(text)
        if known is None:
            try:
                known = Decimal(text).is_finite()
            except InvalidOperation:
                known = False
            self._numbers[text] = known
        return known

    def _identity(self, data: dict[str, Any], path: Path, label_year: str | None,
                  published: list[tuple[str, Decimal]], status: str | None,
                  scores: list[int], gains: list[Decimal | None],
                  rows: list[tuple[Any, ...]]) -> RegularRumusan | None:
        summary = data["SUMMARIES"]
        year = summary["TAHUN"]
        if type(year) is not int or str(year) != label_year or not 2015 <= year <= 2100 or \
                status is None or path.stem != label_year:
            return None
        identities = data["IDENTITAS"]
        if type(identities) is not list or len(identities) != 1:
            return None
        ident = identities[0]
        code = normalise_village_code(ident["id_desa"])  # ValueError: declined
        plain = code.replace(".", "")
        if path.parent.name not in (plain, code):
            return None
        for field, digits in (("id_kecamatan", 6), ("id_kabupaten", 4), ("id_prov", 2)):
            value = ident.get(field)
            if value not in (None, "") and (type(value) is not str or value != plain[:digits]):
                return None
        summary_value = summary.get("SKOR_SAAT_INI")
        if summary_value is not None and type(summary_value) not in (Decimal, int):
            return None
        summary_status = summary.get("STATUS")
        summary_status = (_clean(summary_status) if type(summary_status) is str else None)
        names = [ident.get(field) for field in ("nama_desa", "nama_kecamatan")]
        if any(name is not None and type(name) is not str for name in names):
            return None
        village_name, district_name = (None if name is None else _clean(name)
                                       for name in names)
        return RegularRumusan(
            path=str(path), source=f"{path.parent.name}/{path.name}", village_code=code, year=year,
            published=tuple(published), published_status=status,
            summary_value=None if summary_value is None else Decimal(summary_value),
            summary_status=summary_status, scores=tuple(scores), gain_texts=tuple(gains),
            rows=tuple(rows), village_name=village_name, district_name=district_name)


@lru_cache(maxsize=65536)
def agrees_text(published: str, exact: Fraction) -> bool:
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
        self._checked_gains: dict[tuple[int, int, str], bool] = {}

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

    def consistent(self, item: RegularRumusan) -> bool:
        """True only when check_assessment would find nothing (same rules, memoised)."""
        scores = item.scores
        exact, status = self.exact(tuple(sum(scores[n - 1] for n in numbers)
                                         for numbers in self.members))
        if any(not agrees_text(str(value), exact[code]) for code, value in item.published):
            return False
        published_band = self.band(item.published_status)
        if published_band != status:
            return False
        summary = item.summary_value
        if summary is not None and \
                not agrees_text(str(summary), exact[self.catalogue.composite_code]):
            return False
        if item.summary_status is not None and \
                self.band(item.summary_status) not in (status, published_band):
            return False
        checked = self._checked_gains
        for number, (score, gain) in enumerate(zip(scores, item.gain_texts, strict=True),
                                               start=1):
            if gain is None:
                continue
            key = (number, score, gain)
            ok = checked.get(key)
            if ok is None:
                ok = checked[key] = agrees_text(gain, self._gains[number, score])
            if not ok:
                return False
        return True

    def check(self, item: RegularRumusan, parsed: RumusanAssessment | None = None,
              ) -> list[Disagreement]:
        """Every disagreement of one file, as :func:`check_assessment` lists them."""
        if self.consistent(item):
            return []
        if parsed is None:
            parsed = parse_rumusan_file(Path(item.path), self.catalogue)
        return check_assessment(parsed, self.catalogue)

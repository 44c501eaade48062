"""Which property of a boundary file holds the Kemendagri code, and which the name.

Files name their fields in many ways (``kode``, ``KDEPUM``, ``KODE_DESA``, ``kd_kab`` …),
so the code field is found by its values: the field whose values are codes of one level,
dotted or in the 10-digit (6-, 4-digit) form, for (nearly) every feature.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from desktop_app.core.regions.codes import Level, normalise_code

MAP_LEVELS = {Level.REGENCY: "regency", Level.DISTRICT: "district", Level.VILLAGE: "village"}
NAME_HINTS = ("nama", "name", "namobj", "wadmkd", "desa", "kelurahan", "kecamatan",
              "wadmkc", "kabupaten", "wadmkk")
SHARE = 0.9  # of the features whose value must be a code


@dataclass(frozen=True)
class FieldChoice:
    code_field: str
    level: Level
    name_field: str | None

    @property
    def level_key(self) -> str:
        return MAP_LEVELS[self.level]


def code_of(value: Any, level: Level) -> str | None:
    """The dotted code ``value`` is at ``level``, or None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float) and float(value).is_integer():
        value = str(int(value))
    if not isinstance(value, str):
        return None
    try:
        return normalise_code(value, level)
    except ValueError:
        return None


def choose_fields(rows: list[dict[str, Any]]) -> FieldChoice | None:
    """The code field (and its level) and the name field of ``rows``; None when no field
    holds codes of one level for at least 90 % of the rows."""
    if not rows:
        return None
    keys = list(dict.fromkeys(key for row in rows for key in row))
    best: tuple[int, int, str, Level] | None = None
    for key in keys:
        for level in MAP_LEVELS:
            hits = sum(1 for row in rows if code_of(row.get(key), level) is not None)
            if hits >= SHARE * len(rows):
                # Prefer more hits, then the finer level (a village code field beats a
                # kabupaten code field repeated on every village).
                candidate = (hits, level.digits, key, level)
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
    if best is None:
        return None
    _hits, _digits, code_field, level = best
    return FieldChoice(code_field, level, _name_field(rows, keys, code_field))


def _name_field(rows: list[dict[str, Any]], keys: list[str], code_field: str) -> str | None:
    """A text field with names: by a telling field name first, else the text field with
    the most distinct non-numeric values."""
    texts = {}
    for key in keys:
        if key == code_field:
            continue
        values = [row.get(key) for row in rows]
        words = [v for v in values if isinstance(v, str) and v.strip()
                 and not v.strip().replace(".", "").isdigit()]
        if len(words) >= SHARE * len(rows):
            texts[key] = len(set(words))
    if not texts:
        return None
    for hint in NAME_HINTS:
        for key in texts:
            if key.lower() == hint or key.lower().startswith(hint):
                return key
    return Counter(texts).most_common(1)[0][0]

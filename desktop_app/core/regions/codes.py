"""Kemendagri region codes: ``64``, ``64.01``, ``64.01.01``, ``64.01.01.2001``.

Codes are stored dotted; the 10-digit form (``6401012001``) is accepted on input.
"""

from __future__ import annotations

import re
from enum import Enum


class Level(Enum):
    PROVINCE = (2,)
    REGENCY = (2, 2)
    DISTRICT = (2, 2, 2)
    VILLAGE = (2, 2, 2, 4)

    @property
    def groups(self) -> tuple[int, ...]:
        return self.value

    @property
    def digits(self) -> int:
        return sum(self.value)


_DOTTED = {level: re.compile(r"\.".join(rf"\d{{{n}}}" for n in level.groups)) for level in Level}

# DESIGN §2: in Berau, Kutai Barat and Mahakam Ulu a desa is called kampung.
KAMPUNG_REGENCIES = frozenset({"64.03", "64.07", "64.11"})


def normalise_code(raw: str, level: Level) -> str:
    """The dotted form of ``raw``; ValueError when it is no code of that level."""
    text = raw.strip()
    if text.isdigit() and len(text) == level.digits:
        parts, start = [], 0
        for size in level.groups:
            parts.append(text[start : start + size])
            start += size
        return ".".join(parts)
    if _DOTTED[level].fullmatch(text):
        return text
    raise ValueError(text)


def plain_code(code: str) -> str:
    return code.replace(".", "")


def parent_code(code: str) -> str:
    return code.rsplit(".", 1)[0]


def village_kind(code: str) -> str:
    """``kelurahan`` for ``.1xxx`` codes; otherwise ``desa``, or ``kampung`` where so called."""
    if code[9] == "1":
        return "kelurahan"
    return "kampung" if code[:5] in KAMPUNG_REGENCIES else "desa"

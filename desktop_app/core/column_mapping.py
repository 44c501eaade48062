"""Which column of a spreadsheet holds what: found by the usual header texts, or chosen by the
user once and remembered by the header row's texts (so the same layout imports without asking
again). Shared by the APBDes realisation import and the Indeks Desa official results import;
each passes its own :class:`ColumnSpec`."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.local_settings import set_setting
from desktop_app.core.models import LocalSetting
from desktop_app.core.spreadsheet import cell_text

HEADER_SEARCH_ROWS = 15


@dataclass(frozen=True)
class ColumnLayout:
    """Where the header row is (0-based) and which column holds what."""

    header_row: int
    columns: dict[str, int]


@dataclass(frozen=True)
class ColumnSpec:
    """The columns of one kind of file: accepted header texts (upper case, spaces collapsed)
    per key, the keys that must be there, and the settings prefix of remembered mappings."""

    prefix: str
    columns: dict[str, tuple[str, ...]]
    required: tuple[str, ...]


def normalised(cell: Any) -> str:
    return " ".join((cell_text(cell) or "").upper().split())


def detect_layout(spec: ColumnSpec, table: list[list[Any]]) -> ColumnLayout | None:
    """The layout found by the usual header texts in the first rows, if any."""
    for position, row in enumerate(table[:HEADER_SEARCH_ROWS]):
        names = [normalised(c) for c in row]
        columns = {key: names.index(text) for key, texts in spec.columns.items()
                   for text in texts if text in names}
        if all(key in columns for key in spec.required):
            return ColumnLayout(position, columns)
    return None


def signature(row: list[Any]) -> str:
    texts = "|".join(normalised(c) for c in row).rstrip("|")
    return hashlib.sha1(texts.encode("utf-8")).hexdigest()


def remember_layout(session: Session, spec: ColumnSpec, table: list[list[Any]],
                    layout: ColumnLayout) -> None:
    set_setting(session, spec.prefix + signature(table[layout.header_row]),
                json.dumps(layout.columns, sort_keys=True))


def remembered_layouts(session: Session, spec: ColumnSpec) -> dict[str, str]:
    """Every remembered mapping of this kind (a handful), to choose layouts away from the
    database."""
    return dict(session.execute(select(LocalSetting.key, LocalSetting.value)
                                .where(LocalSetting.key.startswith(spec.prefix))).all())


def known_layout(spec: ColumnSpec, remembered: dict[str, str],
                 table: list[list[Any]]) -> ColumnLayout | None:
    """A remembered layout for one of the first rows, else the one found by header texts."""
    for position, row in enumerate(table[:HEADER_SEARCH_ROWS]):
        if not any(normalised(c) for c in row):
            continue
        stored = remembered.get(spec.prefix + signature(row))
        if stored:
            return ColumnLayout(position, {k: int(v) for k, v in json.loads(stored).items()})
    return detect_layout(spec, table)

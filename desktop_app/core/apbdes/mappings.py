"""Column mappings the user chose for spreadsheets whose headers the program did not know,
remembered by the header row's texts so the same layout imports without asking again."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.apbdes.report_sheet import (
    HEADER_SEARCH_ROWS,
    ColumnLayout,
    detect_layout,
    normalised,
)
from desktop_app.core.local_settings import set_setting
from desktop_app.core.models import LocalSetting

PREFIX = "apbdes_mapping:"


def signature(row: list[Any]) -> str:
    texts = "|".join(normalised(c) for c in row).rstrip("|")
    return hashlib.sha1(texts.encode("utf-8")).hexdigest()


def remember_layout(session: Session, table: list[list[Any]], layout: ColumnLayout) -> None:
    set_setting(session, PREFIX + signature(table[layout.header_row]),
                json.dumps(layout.columns, sort_keys=True))


def remembered_layouts(session: Session) -> dict[str, str]:
    """Every remembered mapping (a handful), to choose layouts away from the database."""
    return dict(session.execute(select(LocalSetting.key, LocalSetting.value)
                                .where(LocalSetting.key.startswith(PREFIX))).all())


def known_layout(remembered: dict[str, str], table: list[list[Any]]) -> ColumnLayout | None:
    """A remembered layout for one of the first rows, else the one found by header texts."""
    for position, row in enumerate(table[:HEADER_SEARCH_ROWS]):
        if not any(normalised(c) for c in row):
            continue
        stored = remembered.get(PREFIX + signature(row))
        if stored:
            return ColumnLayout(position, {k: int(v) for k, v in json.loads(stored).items()})
    return detect_layout(table)

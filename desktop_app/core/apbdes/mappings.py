"""Column mappings the user chose for realisation reports whose headers the program did not
know, remembered by the header row's texts (:mod:`desktop_app.core.column_mapping`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop_app.core import column_mapping
from desktop_app.core.apbdes.report_sheet import COLUMN_SPEC, ColumnLayout

PREFIX = COLUMN_SPEC.prefix


def remember_layout(session: Session, table: list[list[Any]], layout: ColumnLayout) -> None:
    column_mapping.remember_layout(session, COLUMN_SPEC, table, layout)


def remembered_layouts(session: Session) -> dict[str, str]:
    """Every remembered mapping (a handful), to choose layouts away from the database."""
    return column_mapping.remembered_layouts(session, COLUMN_SPEC)


def known_layout(remembered: dict[str, str], table: list[list[Any]]) -> ColumnLayout | None:
    """A remembered layout for one of the first rows, else the one found by header texts."""
    return column_mapping.known_layout(COLUMN_SPEC, remembered, table)

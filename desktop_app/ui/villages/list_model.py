"""The village list as a lazily paged table model; every query runs in a worker, through
plain read-only sqlite3 connections (the first window shows it before the ORM is loaded)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.reader import Connection, ReadOnlyDatabase
from desktop_app.core.villages.list_sql import (
    PAGE_SIZE,
    VillageFilter,
    VillageRow,
    count_villages,
    search_villages,
)
from desktop_app.ui.paged_model import AnyIndex, PagedQueryModel
from desktop_app.ui.tasks import TaskRunner


class VillageTableModel(PagedQueryModel):
    COLUMNS = ("code", "name", "kind", "district", "regency")
    PAGE_SIZE = PAGE_SIZE

    def __init__(self, db: ReadOnlyDatabase, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(db, runner, VillageFilter(), "name", parent)
        self.headers = (self.tr("Kode"), self.tr("Nama"), self.tr("Jenis"),
                        self.tr("Kecamatan"), self.tr("Kabupaten/Kota"))
        self.kinds = {"desa": self.tr("Desa"), "kampung": self.tr("Kampung"),
                      "kelurahan": self.tr("Kelurahan")}

    def count(self, session: Connection, query_filter: VillageFilter) -> int:
        return count_villages(session, query_filter)

    def fetch(self, session: Connection, query_filter: VillageFilter, sort_key: str,
              descending: bool, offset: int, limit: int) -> list[VillageRow]:
        return search_villages(session, query_filter, sort_key, descending, offset, limit)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row[index.column()]
            if index.column() == 2:
                value = self.kinds.get(value, value)
                if not row.active:
                    value += self.tr(" (tidak aktif)")
            return value
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor("#888888"))
        return None

    def code_at(self, row: int) -> str | None:
        return self.rows[row].code if 0 <= row < len(self.rows) else None

    def row_of(self, code: str) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.code == code), None)

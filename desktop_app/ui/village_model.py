"""The village list as a lazily paged table model; every query runs in a worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.db import Database
from desktop_app.core.villages.search import (
    PAGE_SIZE,
    VillageFilter,
    VillageRow,
    count_villages,
    search_villages,
)
from desktop_app.ui.tasks import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex


class VillageTableModel(QAbstractTableModel):
    COLUMNS = ("code", "name", "kind", "district", "regency")
    loaded = Signal(int)  # total matching villages, after each new query
    failed = Signal(object)

    def __init__(self, db: Database, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.db, self.runner = db, runner
        self.rows: list[VillageRow] = []
        self.total = 0
        self.village_filter = VillageFilter()
        self.sort_key, self.descending = "name", False
        self._generation = 0
        self._fetching = False
        self.headers = (self.tr("Kode"), self.tr("Nama"), self.tr("Jenis"),
                        self.tr("Kecamatan"), self.tr("Kabupaten/Kota"))
        self.kinds = {"desa": self.tr("Desa"), "kampung": self.tr("Kampung"),
                      "kelurahan": self.tr("Kelurahan")}

    # -- queries -------------------------------------------------------------------
    def set_filter(self, village_filter: VillageFilter) -> None:
        self.village_filter = village_filter
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, query = self._generation, (self.village_filter, self.sort_key,
                                               self.descending)

        def work(_control: Any) -> tuple[int, list[VillageRow]]:
            with self.db.reading() as session:
                return (count_villages(session, query[0]),
                        search_villages(session, query[0], query[1], query[2]))

        self.runner.submit(work, lambda result: self._first_page(generation, result),
                           self.failed.emit)

    def _first_page(self, generation: int, result: tuple[int, list[VillageRow]]) -> None:
        if generation != self._generation:
            return  # an older query; a newer one is on its way
        self.beginResetModel()
        self.total, self.rows = result
        self._fetching = False
        self.endResetModel()
        self.loaded.emit(self.total)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, offset = self._generation, len(self.rows)
        query = (self.village_filter, self.sort_key, self.descending)

        def work(_control: Any) -> list[VillageRow]:
            with self.db.reading() as session:
                return search_villages(session, query[0], query[1], query[2], offset, PAGE_SIZE)

        self.runner.submit(work, lambda rows: self._next_page(generation, offset, rows),
                           self.failed.emit)

    def _next_page(self, generation: int, offset: int, rows: list[VillageRow]) -> None:
        if generation != self._generation or offset != len(self.rows):
            return
        self._fetching = False
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = self.COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- model API -----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

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

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def code_at(self, row: int) -> str | None:
        return self.rows[row].code if 0 <= row < len(self.rows) else None

    def row_of(self, code: str) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.code == code), None)

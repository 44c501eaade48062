"""A table model over a big SQL list: the first page and the count in one worker query,
further pages fetched lazily as the view scrolls; answers of stale queries are dropped."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop_app.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the village list's model reads through plain sqlite3 instead
    from sqlalchemy.orm import Session

    from desktop_app.core.db import Database
    from desktop_app.core.reader import ReadOnlyDatabase

AnyIndex = QModelIndex | QPersistentModelIndex


def paged_table_view(name: str, model: QAbstractTableModel) -> QTableView:
    """A read-only list of rows, one selected at a time, sorted by the model (in SQL)."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class PagedQueryModel(QAbstractTableModel):
    """Subclasses give ``COLUMNS`` (sort keys), ``headers``, ``count`` and ``fetch``."""

    COLUMNS: tuple[str, ...] = ()
    PAGE_SIZE = 200
    loaded = Signal(int)  # total matching rows, after each new query
    failed = Signal(object)

    def __init__(self, db: Database | ReadOnlyDatabase, runner: TaskRunner,
                 query_filter: Any, sort_key: str, parent: Any = None) -> None:
        """``db``: what ``count`` and ``fetch`` read through (an ORM session or, for a
        :class:`ReadOnlyDatabase`, a plain sqlite3 connection)."""
        super().__init__(parent)
        self.db, self.runner = db, runner
        self.rows: list[Any] = []
        self.total = 0
        self.query_filter = query_filter
        self.sort_key, self.descending = sort_key, False
        self.headers: Sequence[str] = ()
        self._generation = 0
        self._fetching = False

    # -- what subclasses provide (run in a worker thread) ---------------------------
    def count(self, session: Session | Any, query_filter: Any) -> int:
        raise NotImplementedError

    def fetch(self, session: Session | Any, query_filter: Any, sort_key: str, descending: bool,
              offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    # -- queries -------------------------------------------------------------------
    def set_filter(self, query_filter: Any) -> None:
        self.query_filter = query_filter
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        query = (self.query_filter, self.sort_key, self.descending)

        def work(_control: Any) -> tuple[int, list[Any]]:
            with self.db.reading() as session:
                return (self.count(session, query[0]),
                        self.fetch(session, *query, 0, self.PAGE_SIZE))

        self.runner.submit(work, lambda result: self._first_page(generation, result),
                           self.failed.emit)

    def _first_page(self, generation: int, result: tuple[int, list[Any]]) -> None:
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
        query = (self.query_filter, self.sort_key, self.descending)

        def work(_control: Any) -> list[Any]:
            with self.db.reading() as session:
                return self.fetch(session, *query, offset, self.PAGE_SIZE)

        self.runner.submit(work, lambda rows: self._next_page(generation, offset, rows),
                           self.failed.emit)

    def _next_page(self, generation: int, offset: int, rows: list[Any]) -> None:
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

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

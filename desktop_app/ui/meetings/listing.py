"""The list of meetings: search by title or place, newest first; filtered in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.meetings.entry import kind_labels
from desktop_app.core.meetings.store import MeetingSummary, list_meetings
from desktop_app.core.workspace import Workspace
from desktop_app.ui.changes import Change, follow_changes
from desktop_app.ui.meetings.tables import item, row_id
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner


class MeetingList(QWidget):
    """Search box, *Rapat baru* and the table; says which meeting the user picked."""

    listed = Signal(int)  # number of meetings shown
    picked = Signal(str)  # meeting id chosen in the table
    new_requested = Signal()

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.current_id: str | None = None  # the meeting the form shows
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari judul atau tempat rapat…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.new_button = QPushButton(self.tr("Rapat &baru"))
        self.new_button.clicked.connect(self.new_requested)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("meetingTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tanggal"), self.tr("Jenis"), self.tr("Judul"), self.tr("TL terbuka")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        # a meeting saved or deleted, or meetings brought by a sync
        follow_changes(runner.changes, self, (Change.MEETINGS, Change.SYNC_PULL),
                       lambda _changes: self.refresh(), lazy=True)

    def refresh(self) -> None:
        db, search = self.workspace.db, self.search.text()

        def work(_control: Any) -> list[MeetingSummary]:
            with db.reading() as session:
                return list_meetings(session, search)

        self.runner.submit(work, self._listed,
                           lambda e: report_error(self, e, self.tr("Memuat daftar rapat")))

    def _listed(self, summaries: list[MeetingSummary]) -> None:
        kinds = kind_labels()
        self.table.blockSignals(True)
        self.table.setRowCount(len(summaries))
        for row, summary in enumerate(summaries):
            cells = [summary.meeting_date.strftime("%d-%m-%Y"),
                     kinds.get(summary.kind, summary.kind), summary.title,
                     str(summary.open_actions) if summary.open_actions else ""]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, item(text, summary.id if column == 0 else None))
            if summary.id == self.current_id:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        for column in (0, 1, 3):
            self.table.resizeColumnToContents(column)
        self.listed.emit(len(summaries))

    def row_of(self, meeting_id: str) -> int | None:
        for row in range(self.table.rowCount()):
            if row_id(self.table, row) == meeting_id:
                return row
        return None

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            meeting_id = row_id(self.table, rows[0].row())
            if meeting_id and meeting_id != self.current_id:
                self.picked.emit(meeting_id)

    def select(self, meeting_id: str | None) -> None:
        """Mark the meeting the form shows (none: a new meeting), without picking it."""
        self.current_id = meeting_id
        self.table.blockSignals(True)
        row = self.row_of(meeting_id) if meeting_id else None
        if row is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(row)
        self.table.blockSignals(False)

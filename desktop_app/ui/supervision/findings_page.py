"""The findings register across villages: filters, sorting and paging all run in SQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_app.core.db import Database
from desktop_app.core.supervision.entry import category_labels, severity_labels, status_labels
from desktop_app.core.supervision.register import (
    FindingFilter,
    FindingRow,
    count_findings,
    list_findings,
)
from desktop_app.core.workspace import Workspace
from desktop_app.ui.changes import Change, ChangeSet, follow_changes
from desktop_app.ui.messages import report_error
from desktop_app.ui.paged_model import AnyIndex, PagedQueryModel, paged_table_view
from desktop_app.ui.supervision.finding_dialog import FindingDialog, raise_open_dialog
from desktop_app.ui.tasks import TaskRunner
from desktop_app.ui.villages.region_combo import (
    all_regencies_label,
    forget_working_area,
    load_regencies,
)

OVERDUE = QColor("#fdecea")
OPEN_GROUPS = {"unfinished": ("open", "in_progress"), "resolved": ("resolved",),
               "verified": ("verified",)}


class FindingsModel(PagedQueryModel):
    COLUMNS = ("found_on", "village", "regency", "category", "severity", "description",
               "deadline", "status")

    def __init__(self, db: Database, runner: TaskRunner, today: Callable[[], date],
                 parent: Any = None) -> None:
        super().__init__(db, runner, FindingFilter(today()), "deadline", parent)
        self.headers = (self.tr("Tanggal"), self.tr("Desa"), self.tr("Kabupaten/Kota"),
                        self.tr("Kategori"), self.tr("Keparahan"), self.tr("Uraian"),
                        self.tr("Batas waktu"), self.tr("Status"))
        self.labels = {"category": category_labels(), "severity": severity_labels(),
                       "status": status_labels()}

    def count(self, session: Session, query_filter: FindingFilter) -> int:
        return count_findings(session, query_filter)

    def fetch(self, session: Session, query_filter: FindingFilter, sort_key: str,
              descending: bool, offset: int, limit: int) -> list[FindingRow]:
        return list_findings(session, query_filter, sort_key, descending, offset, limit)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: FindingRow = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = {"found_on": _dmy(row.found_on), "village": row.village_name,
                     "regency": row.regency_name, "description": row.description,
                     "deadline": _dmy(row.deadline)}.get(key)
            if value is None:
                value = self.labels[key].get(getattr(row, key), getattr(row, key))
            if key == "deadline" and row.overdue and role == Qt.ItemDataRole.DisplayRole:
                value += self.tr(" (terlambat)")
            return value
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE)
        return None


def _dmy(iso: str | None) -> str:
    return "" if not iso else f"{iso[8:10]}-{iso[5:7]}-{iso[:4]}"


class FindingsPage(QWidget):
    """Section "Temuan Pengawasan"."""

    overdue_counted = Signal(int)  # overdue follow-ups across every village

    def __init__(self, workspace: Workspace, runner: TaskRunner,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.today = workspace, runner, workspace.clock.today
        self.dialogs: list[FindingDialog] = []
        self.search = QLineEdit()
        self.search.setObjectName("findingSearch")
        self.search.setPlaceholderText(self.tr("Cari uraian, desa atau penanggung jawab…"))
        self.search.setClearButtonEnabled(True)
        self.regency = QComboBox()
        self.regency.setObjectName("findingRegency")
        self.regency.addItem(all_regencies_label(), None)
        self.status = QComboBox()
        self.status.setObjectName("findingStatusFilter")
        self.status.addItem(self.tr("Semua status"), None)
        self.status.addItem(self.tr("Belum selesai"), "unfinished")
        self.status.addItem(status_labels()["resolved"], "resolved")
        self.status.addItem(status_labels()["verified"], "verified")
        self.category = QComboBox()
        self.category.setObjectName("findingCategory")
        self.category.addItem(self.tr("Semua kategori"), None)
        for code, label in category_labels().items():
            self.category.addItem(label, code)
        self.overdue = QCheckBox(self.tr("Hanya yang terlambat"))
        self.overdue.setObjectName("overdueOnly")
        self.count = QLabel()
        self.count.setObjectName("findingCount")

        self.model = FindingsModel(workspace.db, runner, self.today, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda e: report_error(self, e, self.tr("Memuat temuan")))
        self.table = paged_table_view("findingTable", self.model)
        self.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 90), (1, 140), (2, 150), (3, 110), (4, 80), (6, 150),
                              (7, 150)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.regency, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.category)
        filters.addWidget(self.overdue)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.regency, self.status, self.category):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue.toggled.connect(self.apply_filter)
        follow_changes(runner.changes, self, (Change.VILLAGES, Change.SYNC_PULL,
                                              Change.WORKING_AREA), self._data_changed)
        # findings edited in a village's tab: read again once this page is shown
        follow_changes(runner.changes, self, (Change.SUPERVISION,),
                       lambda _changes: self.apply_filter(), lazy=True)
        self.refresh()

    def refresh(self) -> None:
        load_regencies(self.workspace.reader, self.runner, self.regency, self)
        self.apply_filter()

    def _data_changed(self, changes: ChangeSet) -> None:
        """New regions or synced data, or a new working area (the list opens on it)."""
        if changes.touches((Change.WORKING_AREA,)):
            forget_working_area(self.regency)
        self.refresh()

    def current_filter(self) -> FindingFilter:
        group = self.status.currentData()
        return FindingFilter(
            today=self.today(), region_code=self.regency.currentData(),
            statuses=OPEN_GROUPS.get(group, ()) if group else (),
            category=self.category.currentData(), overdue_only=self.overdue.isChecked(),
            text=self.search.text())

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.count_overdue()

    def count_overdue(self) -> None:
        db, flt = self.workspace.db, FindingFilter(self.today(), overdue_only=True)

        def work(_control: Any) -> int:
            with db.reading() as session:
                return count_findings(session, flt)

        self.runner.submit(work, self.overdue_counted.emit,
                           lambda e: report_error(self, e, self.tr("Menghitung temuan")))

    def _loaded(self, total: int) -> None:
        self.count.setText(self.tr("{count} temuan").format(count=total))

    def _open(self, index: QModelIndex) -> FindingDialog:
        """A double click also "activates" the row: the second request raises the first
        dialog instead of opening another on the same finding."""
        row: FindingRow = self.model.rows[index.row()]
        already = raise_open_dialog(row.id)
        if already is not None:
            return already
        dialog = FindingDialog(self.workspace, self.runner, row.village_code, row.village_name,
                               row.id, parent=self)
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

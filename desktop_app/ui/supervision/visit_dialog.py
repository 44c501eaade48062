"""Record a supervision visit: date, officers, purpose, what was inspected, notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop_app.core.apbdes.lines import BudgetLine
from desktop_app.core.supervision.entry import VisitDraft
from desktop_app.core.supervision.store import save_visit
from desktop_app.core.workspace import Workspace
from desktop_app.ui.changes import Change, ChangeSet
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner


class VisitDialog(QDialog):
    saved = Signal(str)

    def __init__(self, workspace: Workspace, runner: TaskRunner, village_code: str,
                 village_name: str, lines: list[BudgetLine], parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.village_code = workspace, runner, village_code
        self.setWindowTitle(self.tr("Kunjungan pengawasan — {village}").format(
            village=village_name))
        self.resize(560, 560)
        self.visit_date = QDateEdit(workspace.clock.today())
        self.visit_date.setObjectName("visit_date")
        self.visit_date.setCalendarPopup(True)
        self.visit_date.setDisplayFormat("dd-MM-yyyy")
        self.officers = QLineEdit(workspace.person_name or "")  # never the login name
        self.officers.setObjectName("officers")
        self.officers.setPlaceholderText(self.tr("Nama petugas, dipisah koma"))
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.lines = QListWidget()
        self.lines.setObjectName("inspectedLines")
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for line in lines:
            if line.id and line.code.startswith("5"):
                item = QListWidgetItem(f"{line.activity_code} {line.code} {line.description}")
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                self.lines.addItem(item)
        self.inspected = QPlainTextEdit()
        self.inspected.setObjectName("inspected")
        self.inspected.setMaximumHeight(70)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Tanggal kunjungan"), self.visit_date)
        form.addRow(self.tr("Petugas"), self.officers)
        form.addRow(self.tr("Tujuan"), self.purpose)
        form.addRow(self.tr("Baris anggaran yang diperiksa"), self.lines)
        form.addRow(self.tr("Yang diperiksa lainnya"), self.inspected)
        form.addRow(self.tr("Catatan"), self.notes)
        self.errors = QLabel()
        self.errors.setObjectName("visitErrors")
        self.errors.setStyleSheet("color: #c0392b")
        self.errors.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def draft(self) -> VisitDraft:
        day = self.visit_date.date()
        return VisitDraft(
            self.village_code, f"{day.day():02d}-{day.month():02d}-{day.year()}",
            self.officers.text().split(","), self.purpose.text(),
            [item.data(Qt.ItemDataRole.UserRole) for item in self.lines.selectedItems()],
            self.inspected.toPlainText(), self.notes.toPlainText())

    def save(self) -> None:
        db, editor, draft = self.workspace.db, self.workspace.editor, self.draft()
        self.errors.clear()
        self.runner.submit(lambda _c: save_visit(db, editor, draft), self._saved,
                           self._failed, writes=True,
                           changes=ChangeSet.of(Change.SUPERVISION, source=self))

    def _saved(self, visit_id: str) -> None:
        self.saved.emit(visit_id)
        self.accept()

    def _failed(self, error: Exception) -> None:
        messages = getattr(error, "errors", None)
        if messages is None:
            report_error(self, error, self.tr("Menyimpan kunjungan"))
            return
        self.errors.setText("\n".join(e.message for e in messages))

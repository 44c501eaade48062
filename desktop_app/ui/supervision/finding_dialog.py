"""Record a finding (temuan) and follow it up: details, photos, status steps with history."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop_app.core.reports.formatting import long_date
from desktop_app.core.supervision.entry import (
    NEXT_STATUSES,
    FindingDraft,
    category_labels,
    severity_labels,
    status_labels,
)
from desktop_app.core.supervision.store import (
    FindingView,
    change_status,
    load_finding,
    save_finding,
)
from desktop_app.core.workspace import Workspace
from desktop_app.ui.attachment_panel import AttachmentPanel
from desktop_app.ui.changes import Change, ChangeSet
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner


def raise_open_dialog(finding_id: str | None) -> FindingDialog | None:
    """The dialog already open on this finding (from the register or a village's tab),
    brought to the front: one dialog per finding, however often it is asked for."""
    if not finding_id:
        return None
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, FindingDialog) and widget.finding_id == finding_id \
                and widget.isVisible():
            widget.raise_()
            widget.activateWindow()
            return widget
    return None


def _dmy(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


class FindingDialog(QDialog):
    saved = Signal(str)  # finding id, after any saved change

    def __init__(self, workspace: Workspace, runner: TaskRunner, village_code: str,
                 village_name: str, finding_id: str | None = None,
                 visit_id: str | None = None, parent: Any = None,
                 budget_id: str | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.today = workspace, runner, workspace.clock.today
        self.village_code, self.finding_id, self.visit_id = village_code, finding_id, visit_id
        # Opened from a budget's tab: a new finding belongs to that budget (and its year),
        # whatever the date it is recorded on.
        self.budget_id = budget_id
        self.view: FindingView | None = None
        self.setWindowTitle(self.tr("Temuan — {village}").format(village=village_name))
        self.resize(660, 720)

        self.found_on = QDateEdit(self.today())
        self.found_on.setObjectName("found_on")
        self.found_on.setCalendarPopup(True)
        self.found_on.setDisplayFormat("dd-MM-yyyy")
        self.category = QComboBox()
        self.category.setObjectName("category")
        for code, label in category_labels().items():
            self.category.addItem(label, code)
        self.severity = QComboBox()
        self.severity.setObjectName("severity")
        for code, label in severity_labels().items():
            self.severity.addItem(label, code)
        self.severity.setCurrentIndex(1)
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.recommendation = QPlainTextEdit()
        self.recommendation.setObjectName("recommendation")
        for editor in (self.description, self.recommendation):
            editor.setTabChangesFocus(True)
            editor.setMaximumHeight(90)
        self.responsible = QLineEdit()
        self.responsible.setObjectName("responsible")
        self.responsible.setPlaceholderText(self.tr("mis. Kaur Keuangan, TPK, Kepala Desa"))
        self.deadline = QLineEdit()
        self.deadline.setObjectName("deadline")
        self.deadline.setPlaceholderText(self.tr("hh-bb-tttt (kosongkan bila tidak ada)"))
        form = QFormLayout()
        form.addRow(self.tr("Tanggal temuan"), self.found_on)
        form.addRow(self.tr("Kategori"), self.category)
        form.addRow(self.tr("Tingkat keparahan"), self.severity)
        form.addRow(self.tr("Uraian temuan"), self.description)
        form.addRow(self.tr("Rekomendasi"), self.recommendation)
        form.addRow(self.tr("Penanggung jawab"), self.responsible)
        form.addRow(self.tr("Batas waktu tindak lanjut"), self.deadline)
        self.errors = QLabel()
        self.errors.setObjectName("findingErrors")
        self.errors.setStyleSheet("color: #c0392b")
        self.errors.setWordWrap(True)

        self.attachments = AttachmentPanel(
            workspace, runner, "supervision_finding",
            self.tr("Foto dan pindaian bukti (JPEG, PNG atau PDF)."), parent=self)
        self.attachments.files.setMaximumHeight(180)
        photos = QGroupBox(self.tr("Foto dan dokumen bukti"))
        QVBoxLayout(photos).addWidget(self.attachments)

        self.status_label = QLabel()
        self.status_label.setObjectName("findingStatus")
        self.history = QListWidget()
        self.history.setObjectName("statusHistory")
        self.history.setMaximumHeight(110)
        self.next_status = QComboBox()
        self.next_status.setObjectName("nextStatus")
        self.next_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_note = QLineEdit()
        self.status_note.setPlaceholderText(self.tr("Catatan tindak lanjut"))
        self.status_button = QPushButton(self.tr("Ubah status"))
        self.status_button.setObjectName("changeStatus")
        self.status_button.clicked.connect(self.apply_status)
        step = QHBoxLayout()
        step.addWidget(self.next_status)
        step.addWidget(self.status_note, 1)
        step.addWidget(self.status_button)
        self.follow_up = QGroupBox(self.tr("Tindak lanjut"))
        follow = QVBoxLayout(self.follow_up)
        follow.addWidget(self.status_label)
        follow.addWidget(self.history)
        follow.addLayout(step)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(photos)
        layout.addWidget(self.follow_up)
        layout.addWidget(buttons)
        self._show(None)
        if finding_id:
            self.load(finding_id)

    # -- loading -------------------------------------------------------------------
    def load(self, finding_id: str) -> None:
        db = self.workspace.db
        self.runner.submit(lambda _c: load_finding(db, finding_id), self._show,
                           lambda e: report_error(self, e, self.tr("Memuat temuan")))

    def _show(self, view: FindingView | None) -> None:
        self.view = view
        self.follow_up.setEnabled(view is not None)
        if view is None:
            self.status_label.setText(self.tr("Temuan baru berstatus Terbuka setelah disimpan."))
            self.attachments.show_record(None, None)
            return
        finding = view.finding
        self.finding_id = finding.id
        self.found_on.setDate(QDate(finding.found_on.year, finding.found_on.month,
                                    finding.found_on.day))
        self.category.setCurrentIndex(self.category.findData(finding.category))
        self.severity.setCurrentIndex(self.severity.findData(finding.severity))
        self.description.setPlainText(finding.description)
        self.recommendation.setPlainText(finding.recommendation or "")
        self.responsible.setText(finding.responsible or "")
        self.deadline.setText(_dmy(finding.deadline))
        labels = status_labels()
        overdue = finding.deadline is not None and finding.deadline < self.today() and \
            view.status in ("open", "in_progress")
        text = self.tr("Status: {status}").format(status=labels[view.status])
        if overdue:
            text += self.tr(" — melewati batas waktu ({deadline})").format(
                deadline=long_date(finding.deadline, with_day_name=False))
        self.status_label.setText(text)
        self.history.clear()
        for step in view.history:
            line = f"{_dmy(step.changed_on)}  {labels[step.status]}  ({step.changed_by})"
            self.history.addItem(line + (f": {step.note}" if step.note else ""))
        self.next_status.clear()
        for status in NEXT_STATUSES[view.status]:
            self.next_status.addItem(labels[status], status)
        self.status_button.setEnabled(bool(NEXT_STATUSES[view.status]))
        self.attachments.show_record(finding.id, finding.village_code)

    # -- saving --------------------------------------------------------------------
    def draft(self) -> FindingDraft:
        found = self.found_on.date()
        return FindingDraft(
            village_code=self.village_code,
            found_on=f"{found.day():02d}-{found.month():02d}-{found.year()}",
            category=self.category.currentData(), severity=self.severity.currentData(),
            description=self.description.toPlainText(),
            recommendation=self.recommendation.toPlainText(),
            responsible=self.responsible.text(), deadline=self.deadline.text(),
            visit_id=self.view.finding.visit_id if self.view else self.visit_id,
            budget_line_id=self.view.finding.budget_line_id if self.view else self.budget_id,
            id=self.finding_id)

    def save(self) -> None:
        db, editor, draft, today = self.workspace.db, self.workspace.editor, self.draft(), \
            self.today()
        self.errors.clear()
        self.runner.submit(lambda _c: save_finding(db, editor, draft, today), self._saved,
                           self._save_failed, writes=True,
                           changes=ChangeSet.of(Change.SUPERVISION, source=self))

    def _saved(self, finding_id: str) -> None:
        self.finding_id = finding_id
        self.saved.emit(finding_id)
        self.load(finding_id)

    def _save_failed(self, error: Exception) -> None:
        messages = getattr(error, "errors", None)
        if messages is None:
            report_error(self, error, self.tr("Menyimpan temuan"))
            return
        self.errors.setText("\n".join(e.message for e in messages))

    def apply_status(self) -> None:
        if self.finding_id is None or self.next_status.currentData() is None:
            return
        db, editor, finding_id = self.workspace.db, self.workspace.editor, self.finding_id
        status, note, today = self.next_status.currentData(), self.status_note.text(), \
            self.today()

        def work(_control: Any) -> str:
            change_status(db, editor, finding_id, status, today, note)
            return finding_id

        self.status_note.clear()
        self.runner.submit(work, self._saved,
                           lambda e: report_error(self, e, self.tr("Mengubah status temuan")),
                           writes=True, changes=ChangeSet.of(Change.SUPERVISION, source=self))

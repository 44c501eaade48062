"""The meeting form: one meeting's details, participants, agenda, agreements, follow-ups
and attachments; saving, deleting and printing its minutes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.meetings.attachments import MEETING_TABLE, meeting_village
from desktop_app.core.meetings.entry import (
    ActionEntry,
    AgendaEntry,
    AgreementEntry,
    MeetingDraft,
    MeetingValidationError,
    ParticipantEntry,
    actor_kind_labels,
    status_labels,
)
from desktop_app.core.meetings.store import (
    MeetingView,
    delete_meeting,
    draft_from_view,
    load_meeting,
    save_meeting,
)
from desktop_app.core.reports.formatting import long_date
from desktop_app.core.reports.minutes import meeting_report_for
from desktop_app.core.workspace import Workspace
from desktop_app.ui.action_plan.meeting_tabs import MeetingPlanTabs
from desktop_app.ui.attachment_panel import AttachmentPanel
from desktop_app.ui.changes import Change, ChangeSet
from desktop_app.ui.elided_label import ElidedLabel
from desktop_app.ui.meetings.general_tab import MeetingGeneralTab
from desktop_app.ui.meetings.tables import cell, item, row_id, wrap_rows
from desktop_app.ui.meetings.village_cell import VillageCellDelegate
from desktop_app.ui.messages import report_error
from desktop_app.ui.report_preview import ReportPreview
from desktop_app.ui.tasks import TaskRunner

ERROR_STYLE = "color: #c0392b;"


class MeetingForm(QWidget):
    """The right half of *Rapat & Notulen*: a new meeting, or the one opened."""

    meeting_shown = Signal(str)  # id, or "" for a new meeting
    saved = Signal(str)  # meeting id
    save_refused = Signal(list)  # FieldErrors
    preview_opened = Signal(object)  # the ReportPreview window
    dirty_changed = Signal(bool)

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.current_id: str | None = None
        self.view: MeetingView | None = None
        self.previews: list[ReportPreview] = []
        self._shown_request = 0  # a late load must not overwrite what is shown since
        self.dirty = False
        self._loading = False

        self.heading = ElidedLabel()  # a long title must not widen the window
        self.heading.setObjectName("meetingHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(False)  # every tab in view: the list gives way
        self.general = MeetingGeneralTab(workspace, runner)
        self.tabs.addTab(self.general, self.tr("Rapat"))
        self.participants = self._table_tab(
            [self.tr("Nama"), self.tr("Jabatan"), self.tr("Instansi"), self.tr("Kontak"),
             self.tr("Hadir")], self.tr("Peserta"))
        self.agenda = self._table_tab([self.tr("Pokok bahasan"), self.tr("Pembahasan")],
                                      self.tr("Agenda && Pembahasan"))
        self.agreements = self._table_tab([self.tr("Kesepakatan")], self.tr("Kesepakatan"))
        self.actions = self._table_tab(
            [self.tr("Siapa"), self.tr("Instansi/Desa"), self.tr("Apa"),
             self.tr("Kapan (hh-bb-tttt)"), self.tr("Desa"), self.tr("Status")],
            self.tr("Tindak lanjut"), carried=True)
        self.attachments = AttachmentPanel(
            workspace, runner, MEETING_TABLE,
            self.tr("Foto kegiatan dan pindaian daftar hadir yang sudah ditandatangani "
                    "(JPEG, PNG atau PDF)."), meeting_village)
        self.tabs.addTab(self.attachments, self.tr("Lampiran"))
        # Rencana aksi: agreements as interventions, open ones reviewed; musdes records
        self.plan_tabs = MeetingPlanTabs(self.tabs, workspace, runner)
        self.errors = QLabel()
        self.errors.setObjectName("meetingErrors")
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setWordWrap(True)
        self.errors.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.errors)
        layout.addLayout(self._buttons())
        self._watch_edits()
        self.new_meeting()

    def _buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("&Simpan"))
        self.delete_button = QPushButton(self.tr("&Hapus rapat"))
        self.minutes_button = QPushButton(self.tr("Cetak &notulen"))
        self.record_button = QPushButton(self.tr("Cetak berita &acara"))
        self.save_button.clicked.connect(lambda: self.save())
        self.delete_button.clicked.connect(self.delete)
        self.minutes_button.clicked.connect(lambda: self.print_report(False))
        self.record_button.clicked.connect(lambda: self.print_report(True))
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save())
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.minutes_button)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _watch_edits(self) -> None:
        self.general.watch(self._changed)
        # the follow-up's Desa is one of the meeting's villages, shown by name
        villages = self.general.villages
        self.actions.setItemDelegateForColumn(4, VillageCellDelegate(
            lambda: list(zip(villages.codes(), villages.names(), strict=True)),
            lambda: self.view.village_names if self.view is not None else {}, self.actions))
        villages.changed.connect(self.actions.viewport().update)
        for table in (self.participants, self.agenda, self.agreements, self.actions):
            table.itemChanged.connect(self._changed)
            table.model().rowsRemoved.connect(self._changed)

    def _changed(self, *_args: Any) -> None:
        if not self._loading and not self.dirty:
            self.dirty = True
            self.dirty_changed.emit(True)

    def _set_clean(self) -> None:
        if self.dirty:
            self.dirty = False
            self.dirty_changed.emit(False)

    def confirm_discard(self) -> bool:
        """True when there is nothing unsaved, or the user agrees to drop it."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Perubahan belum disimpan"),
            self.tr("Rapat ini punya perubahan yang belum disimpan. Buang perubahan itu?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # -- building ------------------------------------------------------------------
    def _table_tab(self, headers: list[str], label: str, carried: bool = False
                   ) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        wrap_rows(table)
        add = QPushButton(self.tr("Tambah baris"))
        remove = QPushButton(self.tr("Hapus baris"))
        add.clicked.connect(lambda: self._add_row(table))
        remove.clicked.connect(lambda: table.removeRow(table.currentRow())
                               if table.currentRow() >= 0 else None)
        add.clicked.connect(self._changed)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        if carried:
            layout.addWidget(QLabel(self.tr("Tindak lanjut rapat sebelumnya yang belum selesai:")))
            self.carried = QTableWidget(0, 5)
            self.carried.setObjectName("carriedActions")
            self.carried.setHorizontalHeaderLabels(
                [self.tr("Rapat"), self.tr("Siapa"), self.tr("Apa"), self.tr("Kapan"),
                 self.tr("Status")])
            self.carried.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.Stretch)
            self.carried.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            wrap_rows(self.carried)
            layout.addWidget(self.carried, 1)
        self.tabs.addTab(page, label)
        return table

    def _status_combo(self, status: str) -> QComboBox:
        combo = QComboBox()
        for code, label in status_labels().items():
            combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(status)))
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _add_row(self, table: QTableWidget, values: list[str] | None = None,
                 row_id: str | None = None, extra: dict[int, Any] | None = None) -> int:
        row = table.rowCount()
        table.insertRow(row)
        for column in range(table.columnCount()):
            text = values[column] if values and column < len(values) else ""
            table.setItem(row, column, item(text, row_id if column == 0 else None))
        if table is self.participants:
            present = table.item(row, 4)
            present.setText("")
            present.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                             | Qt.ItemFlag.ItemIsSelectable)
            checked = (extra or {}).get(4, True)
            present.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if table is self.actions:
            kind = QComboBox()
            for code, label in actor_kind_labels().items():
                kind.addItem(label, code)
            kind.setCurrentIndex(max(0, kind.findData((extra or {}).get(1, "agency"))))
            kind.currentIndexChanged.connect(self._changed)
            table.setCellWidget(row, 1, kind)
            table.setCellWidget(row, 5, self._status_combo((extra or {}).get(5, "open")))
        return row

    # -- showing -------------------------------------------------------------------
    def open_meeting(self, meeting_id: str) -> None:
        db = self.workspace.db
        self._shown_request += 1
        request = self._shown_request

        def work(_control: Any) -> MeetingView:
            with db.reading() as session:
                return load_meeting(session, meeting_id)

        def done(view: MeetingView) -> None:
            if request == self._shown_request:
                self.show_meeting(view)

        self.runner.submit(work, done,
                           lambda e: report_error(self, e, self.tr("Membuka rapat")))

    def new_meeting(self) -> None:
        if not self.confirm_discard():
            return
        self._shown_request += 1
        self.current_id, self.view = None, None
        today = self.workspace.clock.today()
        self._fill(MeetingDraft(meeting_date=today.strftime("%d-%m-%Y")), [])
        self.heading.setText(self.tr("Rapat baru"))
        self.plan_tabs.show_meeting(None)
        self.meeting_shown.emit("")

    def show_meeting(self, view: MeetingView) -> None:
        self.view = view
        self.current_id = view.meeting.id
        self._fill(draft_from_view(view), view.carried)
        self.heading.setText(f"{long_date(view.meeting.meeting_date)} · {view.meeting.title}")
        self.plan_tabs.show_meeting(view)
        self.meeting_shown.emit(view.meeting.id or "")

    def _fill(self, draft: MeetingDraft, carried: list[Any]) -> None:
        self._loading = True
        try:
            self._fill_widgets(draft, carried)
        finally:
            self._loading = False
        self._set_clean()

    def _fill_widgets(self, draft: MeetingDraft, carried: list[Any]) -> None:
        self.errors.hide()
        self.general.fill(draft, self.view.village_names if self.view is not None else {})
        for table in (self.participants, self.agenda, self.agreements, self.actions):
            table.setRowCount(0)
        for p in draft.participants:
            self._add_row(self.participants, [p.name, p.position, p.institution, p.contact],
                          p.id, {4: p.present})
        for a in draft.agenda:
            self._add_row(self.agenda, [a.title, a.discussion], a.id)
        for a in draft.agreements:
            self._add_row(self.agreements, [a.text], a.id)
        for a in draft.actions:
            self._add_row(self.actions, [a.actor, "", a.description, a.due_date,
                                         a.village_code], a.id,
                          {1: a.actor_kind, 5: a.status})
        self.carried.setRowCount(len(carried))
        for row, c in enumerate(carried):
            due = c.action.due_date.strftime("%d-%m-%Y") if c.action.due_date else ""
            cells = [f"{c.meeting_date:%d-%m-%Y} {c.meeting_title}", c.action.actor,
                     c.action.description, due]
            for column, text in enumerate(cells):
                self.carried.setItem(row, column, item(text, c.action.id if column == 0
                                                        else None))
            self.carried.setCellWidget(row, 4, self._status_combo(c.action.status))
        for button in (self.delete_button, self.minutes_button, self.record_button):
            button.setEnabled(self.current_id is not None)
        self.attachments.show_record(self.current_id)

    # -- editing -------------------------------------------------------------------
    def draft(self) -> MeetingDraft:
        """The form's content as typed."""
        participants = [
            ParticipantEntry(cell(self.participants, r, 0), cell(self.participants, r, 1),
                             cell(self.participants, r, 2), cell(self.participants, r, 3),
                             self.participants.item(r, 4).checkState() == Qt.CheckState.Checked,
                             row_id(self.participants, r))
            for r in range(self.participants.rowCount())]
        agenda = [AgendaEntry(cell(self.agenda, r, 0), cell(self.agenda, r, 1),
                              row_id(self.agenda, r)) for r in range(self.agenda.rowCount())]
        agreements = [AgreementEntry(cell(self.agreements, r, 0), row_id(self.agreements, r))
                      for r in range(self.agreements.rowCount())]
        actions = [
            ActionEntry(cell(self.actions, r, 0), cell(self.actions, r, 2),
                        cell(self.actions, r, 3), self.actions.cellWidget(r, 1).currentData(),
                        cell(self.actions, r, 4), self.actions.cellWidget(r, 5).currentData(),
                        row_id(self.actions, r))
            for r in range(self.actions.rowCount())]
        carried_status = {}
        for r in range(self.carried.rowCount()):
            action_id = row_id(self.carried, r)
            carried_status[action_id] = self.carried.cellWidget(r, 4).currentData()
        return MeetingDraft(
            id=self.current_id, **self.general.values(),
            participants=participants, agenda=agenda, agreements=agreements, actions=actions,
            carried_status=carried_status,
        )

    def save(self, after: Any = None) -> None:
        """Save in the writer thread, then reload the meeting (the list follows the change)."""
        draft, workspace = self.draft(), self.workspace
        self.save_button.setEnabled(False)

        def work(_control: Any) -> str:
            return save_meeting(workspace.db, workspace.editor, draft)

        def done(meeting_id: str) -> None:
            self.save_button.setEnabled(True)
            self._set_clean()
            self.current_id = meeting_id
            self.errors.hide()
            self.open_meeting(meeting_id)
            self.saved.emit(meeting_id)
            if after:
                after()

        self.runner.submit(work, done, self._save_failed, writes=True,
                           changes=ChangeSet.of(Change.MEETINGS, source=self))

    def _save_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, MeetingValidationError):
            report_error(self, error, self.tr("Menyimpan rapat"))
            return
        self.errors.setText(self.tr("Belum tersimpan. Perbaiki dulu:") + "\n• "
                            + "\n• ".join(e.message for e in error.errors))
        self.errors.show()
        self.save_refused.emit(error.errors)

    def delete(self) -> None:
        if self.current_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Hapus rapat"),
            self.tr("Hapus rapat “{title}” beserta peserta, agenda, kesepakatan dan tindak "
                    "lanjutnya?").format(title=self.general.title.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        meeting_id, workspace = self.current_id, self.workspace

        def done(_result: Any) -> None:
            self._set_clean()
            self.new_meeting()

        self.runner.submit(lambda _c: delete_meeting(workspace.db, workspace.editor,
                                                     meeting_id),
                           done, lambda e: report_error(self, e, self.tr("Menghapus rapat")),
                           writes=True, changes=ChangeSet.of(Change.MEETINGS, source=self))

    # -- printing ------------------------------------------------------------------
    def print_report(self, official_record: bool) -> None:
        """Save what is typed, then open the preview of the notulen or berita acara."""
        self.save(after=lambda: self._open_preview(official_record))

    def _open_preview(self, official_record: bool) -> None:
        meeting_id, db = self.current_id, self.workspace.db
        if meeting_id is None:
            return
        name = self.tr("Berita acara") if official_record else self.tr("Notulen")
        day = self.general.date.date().toString("yyyy-MM-dd")
        preview = ReportPreview(
            self.runner, f"{name} · {self.general.title.text()}",
            lambda progress: meeting_report_for(db, meeting_id, official_record, progress),
            suggested_name=f"{name.lower().replace(' ', '-')}-{day}.pdf", parent=self)
        preview.setWindowFlag(Qt.WindowType.Window)
        preview.show()
        self.previews.append(preview)
        self.preview_opened.emit(preview)

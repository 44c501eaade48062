"""A meeting's interventions: agreements entered as structured interventions (village,
indicator, actor, activity, budget and source, deadline), and the open interventions of the
meeting's villages to review, their status changed in place. Free-text agreements and
follow-ups stay in their own tabs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.action_plan.actors import list_actors, user_scope
from desktop_app.core.action_plan.entry import CleanActor, InterventionDraft
from desktop_app.core.action_plan.labels import source_labels, status_labels
from desktop_app.core.action_plan.meetings import open_for_review, save_meeting_interventions
from desktop_app.core.action_plan.store import (
    InterventionLine,
    change_status,
    meeting_interventions,
)
from desktop_app.core.idm.catalogue import idm_catalogue
from desktop_app.core.models.action_plan import INTERVENTION_STATUSES
from desktop_app.core.workspace import Workspace
from desktop_app.ui.action_plan.changes import PLAN_CHANGED
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner

ENTRY_COLUMNS = 7
# Desa, Indikator, Pelaku, Kegiatan, Anggaran, Sumber, Batas waktu
ENTRY_SHARES = (0.12, 0.16, 0.17, 0.25, 0.11, 0.10, 0.09)


@dataclass(frozen=True)
class MeetingPlans:
    agreed: list[InterventionLine]
    review: list[InterventionLine]
    actors: list[CleanActor]
    scope: list[str] | None


class MeetingInterventionsPanel(QWidget):
    loaded = Signal()
    saved = Signal(list)  # ids of the interventions saved
    status_changed = Signal(str)

    def __init__(self, workspace: Workspace, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.meeting_id: str | None = None
        self.villages: list[tuple[str, str]] = []
        self.plans: MeetingPlans | None = None
        self.year = workspace.clock.today().year
        self.entry = QTableWidget(0, ENTRY_COLUMNS)
        self.entry.setObjectName("agreementEntry")
        self.entry.setHorizontalHeaderLabels([
            self.tr("Desa"), self.tr("Indikator"), self.tr("Pelaku"), self.tr("Kegiatan"),
            self.tr("Anggaran"), self.tr("Sumber"), self.tr("Batas waktu")])
        self.entry.verticalHeader().hide()
        header = self.entry.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.entry.horizontalScrollBar().setEnabled(False)
        self.entry.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entry.viewport().installEventFilter(self)
        self.add_button = QPushButton(self.tr("Tambah baris"))
        self.add_button.setObjectName("addAgreementRow")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.save_button = QPushButton(self.tr("Simpan sebagai intervensi"))
        self.save_button.setObjectName("saveAgreements")
        self.save_button.clicked.connect(self.save)
        self.errors = QLabel()
        self.errors.setObjectName("agreementErrors")
        self.errors.setStyleSheet("color: #c0392b")
        self.errors.setWordWrap(True)
        self.agreed = QTableWidget(0, 5)
        self.agreed.setObjectName("agreedInterventions")
        self.review = QTableWidget(0, 6)
        self.review.setObjectName("reviewInterventions")
        for table, labels in ((self.agreed, (self.tr("Desa"), self.tr("Indikator"),
                                             self.tr("Pelaku"), self.tr("Kegiatan"),
                                             self.tr("Status"))),
                              (self.review, (self.tr("Tahun"), self.tr("Desa"),
                                             self.tr("Indikator"), self.tr("Pelaku"),
                                             self.tr("Kegiatan"), self.tr("Status")))):
            table.setHorizontalHeaderLabels(list(labels))
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setSectionResizeMode(
                len(labels) - 2, QHeaderView.ResizeMode.Stretch)
        self.reason = QLineEdit()
        self.reason.setObjectName("reviewReason")
        self.reason.setPlaceholderText(self.tr(
            "Alasan perubahan status (wajib bila batal, melompat atau mundur)"))
        entry_box = QGroupBox(self.tr("Kesepakatan sebagai intervensi"))
        entry_layout = QVBoxLayout(entry_box)
        entry_layout.addWidget(self.entry, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        entry_layout.addLayout(buttons)
        entry_layout.addWidget(self.errors)
        entry_layout.addWidget(self.agreed, 1)
        review_box = QGroupBox(self.tr("Intervensi terbuka desa-desa rapat ini (tinjau)"))
        review_layout = QVBoxLayout(review_box)
        review_layout.addWidget(self.reason)
        review_layout.addWidget(self.review, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(entry_box, 3)
        layout.addWidget(review_box, 2)
        self.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The entry's columns share its width (the pane is narrow at 1366 px): the
        activity gets the most, nothing scrolls sideways."""
        if watched is self.entry.viewport() and event.type() == QEvent.Type.Resize:
            width = self.entry.viewport().width()
            for column, share in enumerate(ENTRY_SHARES):
                self.entry.setColumnWidth(column, int(width * share))
        return False

    # -- loading -------------------------------------------------------------------
    def show_meeting(self, meeting_id: str | None, villages: list[tuple[str, str]],
                     year: int | None = None) -> None:
        """The meeting (None: not saved yet) and its villages as (code, name)."""
        self.meeting_id, self.villages = meeting_id, villages
        self.year = year or self.year
        self.entry.setRowCount(0)
        self.errors.clear()
        self.setEnabled(meeting_id is not None)
        if meeting_id is None:
            self.agreed.setRowCount(0)
            self.review.setRowCount(0)
            return
        self.reload()

    def reload(self) -> None:
        db, meeting_id = self.workspace.db, self.meeting_id
        codes = [code for code, _ in self.villages]
        if meeting_id is None:
            return

        def work(_control: Any) -> MeetingPlans:
            with db.reading() as session:
                scope = user_scope(session)
                actors = {a.id: a for code in codes
                          for a in list_actors(session, code, scope)}
                return MeetingPlans(meeting_interventions(session, meeting_id),
                                    open_for_review(session, meeting_id),
                                    sorted(actors.values(), key=lambda a: a.name), scope)

        self.runner.submit(work, self._show, lambda e: report_error(
            self, e, self.tr("Memuat intervensi rapat")))

    def _show(self, plans: MeetingPlans) -> None:
        self.plans = plans
        statuses = status_labels()
        self.agreed.setRowCount(len(plans.agreed))
        for row, line in enumerate(plans.agreed):
            for column, value in enumerate((line.village_name,
                                            f"{line.element_code}. {line.element}",
                                            line.actor or "—", line.activity,
                                            statuses.get(line.status, line.status))):
                self.agreed.setItem(row, column, QTableWidgetItem(value))
        self.review.setRowCount(len(plans.review))
        for row, line in enumerate(plans.review):
            for column, value in enumerate((str(line.year), line.village_name,
                                            f"{line.element_code}. {line.element}",
                                            line.actor or "—", line.activity)):
                self.review.setItem(row, column, QTableWidgetItem(value))
            combo = QComboBox()
            for status in INTERVENTION_STATUSES:
                combo.addItem(statuses[status], status)
            combo.setCurrentIndex(combo.findData(line.status))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, ln=line: self.set_status(ln, c.currentData()))
            self.review.setCellWidget(row, 5, combo)
        self.loaded.emit()

    # -- entry -----------------------------------------------------------------------
    def add_row(self, village_code: str | None = None) -> int:
        row = self.entry.rowCount()
        self.entry.insertRow(row)
        village = QComboBox()
        for code, name in self.villages:
            village.addItem(name, code)
        village.setCurrentIndex(max(0, village.findData(village_code)))
        element = QComboBox()
        for indicator in idm_catalogue().indicators:
            element.addItem(f"{indicator.number}. {indicator.label}", str(indicator.number))
        actor = QComboBox()
        actor.addItem(self.tr("(pilih pelaku)"), None)
        for item in (self.plans.actors if self.plans else []):
            actor.addItem(item.name, item.id)
        source = QComboBox()
        source.addItem("", "")
        for code, label in source_labels().items():
            source.addItem(label, code)
        deadline = QLineEdit()
        deadline.setPlaceholderText(self.tr("hh-bb-tttt"))
        for column, widget in enumerate((village, element, actor, QLineEdit(), QLineEdit(),
                                         source, deadline)):
            self.entry.setCellWidget(row, column, widget)
        return row

    def drafts(self) -> list[InterventionDraft]:
        drafts = []
        for row in range(self.entry.rowCount()):
            cell = self.entry.cellWidget
            drafts.append(InterventionDraft(
                village_code=cell(row, 0).currentData() or "",
                element_code=cell(row, 1).currentData() or "", year=str(self.year),
                actor_id=cell(row, 2).currentData(), activity=cell(row, 3).text(),
                budget=cell(row, 4).text(), budget_source=cell(row, 5).currentData() or "",
                planned_end=cell(row, 6).text()))
        return drafts

    def save(self) -> None:
        if self.meeting_id is None or not self.entry.rowCount():
            return
        db, editor, meeting_id = self.workspace.db, self.workspace.editor, self.meeting_id
        drafts, today = self.drafts(), self.workspace.clock.today()
        scope = self.plans.scope if self.plans else None
        self.errors.clear()

        def done(ids: list[str]) -> None:
            self.entry.setRowCount(0)
            self.saved.emit(ids)
            self.reload()

        def failed(error: Exception) -> None:
            messages = getattr(error, "errors", None)
            if messages is None:
                report_error(self, error, self.tr("Menyimpan intervensi rapat"))
            else:
                self.errors.setText("\n".join(e.message for e in messages))

        self.runner.submit(lambda _c: save_meeting_interventions(
            db, editor, meeting_id, drafts, today, scope), done, failed, writes=True,
                           changes=PLAN_CHANGED)

    # -- review ----------------------------------------------------------------------
    def set_status(self, line: InterventionLine, status: str) -> None:
        if status == line.status:
            return
        db, editor, reason = self.workspace.db, self.workspace.editor, self.reason.text()
        today = self.workspace.clock.today()

        def work(_control: Any) -> str:
            change_status(db, editor, line.id, status, today, reason)
            return line.id

        def done(row_id: str) -> None:
            self.reason.clear()
            self.status_changed.emit(row_id)
            self.reload()

        def failed(error: Exception) -> None:
            messages = getattr(error, "errors", None)
            if messages is None:
                report_error(self, error, self.tr("Mengubah status intervensi"))
            else:
                self.errors.setText("\n".join(e.message for e in messages))
            self.reload()  # the combo goes back to the stored status

        self.runner.submit(work, done, failed, writes=True,
                           changes=PLAN_CHANGED)

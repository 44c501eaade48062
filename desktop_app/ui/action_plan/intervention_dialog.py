"""One intervention: village, indicator, year, actor, activity, budget and source, dates,
status with its history, and evidence files (photos, BAST, contracts)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.action_plan.actors import list_actors, user_scope
from desktop_app.core.action_plan.entry import CleanActor, InterventionDraft
from desktop_app.core.action_plan.labels import source_labels, status_labels
from desktop_app.core.action_plan.store import (
    InterventionView,
    change_status,
    element_choices,
    load_intervention,
    save_intervention,
)
from desktop_app.core.index.definitions import IDM, INDEKS_DESA
from desktop_app.core.models.action_plan import INTERVENTION_STATUSES
from desktop_app.core.workspace import Workspace
from desktop_app.ui.action_plan.changes import PLAN_CHANGED
from desktop_app.ui.attachment_panel import AttachmentPanel
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner

ACTIVITY_LINES = 3  # a 300-character name shows whole at 1366 × 768


def _dmy(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def _amount(value: Any) -> str:
    if value is None:
        return ""
    whole, _, cents = f"{value:.2f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return grouped if cents == "00" else f"{grouped},{cents}"


class InterventionDialog(QDialog):
    saved = Signal(str)  # intervention id, after any saved change

    def __init__(self, workspace: Workspace, runner: TaskRunner, village_code: str,
                 village_name: str, intervention_id: str | None = None,
                 element_code: str = "", year: int | None = None,
                 parent: QWidget | None = None, index_code: str = IDM) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.today = workspace, runner, workspace.clock.today
        self.village_code, self.intervention_id = village_code, intervention_id
        self.view: InterventionView | None = None
        self.scope: list[str] | None = None
        self.setWindowTitle(self.tr("Intervensi — {village}").format(village=village_name))
        self.resize(760, 700)
        self.index = QComboBox()
        self.index.setObjectName("index")
        self.index.addItem(self.tr("IDM (indikator)"), IDM)
        self.index.addItem(self.tr("Indeks Desa (aspek)"), INDEKS_DESA)
        self.element = QComboBox()
        self.element.setObjectName("element")
        self.element.setMinimumContentsLength(40)
        self.element.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.index.currentIndexChanged.connect(lambda _i: self._fill_elements())
        self.set_target(index_code, element_code)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(year or self.today().year + 1)
        self.actor = QComboBox()
        self.actor.setObjectName("actor")
        self.actor.setMinimumContentsLength(30)
        self.actor.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.actor.addItem(self.tr("(belum ditentukan)"), None)
        self.activity = QPlainTextEdit()
        self.activity.setObjectName("activity")
        self.activity.setTabChangesFocus(True)
        line = self.activity.fontMetrics().lineSpacing()
        self.activity.setFixedHeight(line * ACTIVITY_LINES + 14)
        self.budget = QLineEdit()
        self.budget.setObjectName("budget")
        self.budget.setPlaceholderText(self.tr("mis. 150.000.000"))
        self.source = QComboBox()
        self.source.setObjectName("source")
        self.source.addItem(self.tr("(pilih sumber)"), "")
        for code, label in source_labels().items():
            self.source.addItem(label, code)
        self.realised = QLineEdit()
        self.realised.setObjectName("realised")
        money = QHBoxLayout()
        money.addWidget(self.budget, 2)
        money.addWidget(self.source, 2)
        money.addWidget(QLabel(self.tr("Realisasi")))
        money.addWidget(self.realised, 2)
        self.dates = {}
        dates = QHBoxLayout()
        for name, label in (("planned_start", self.tr("Rencana mulai")),
                            ("planned_end", self.tr("Rencana selesai")),
                            ("actual_start", self.tr("Mulai")),
                            ("actual_end", self.tr("Selesai"))):
            field = QLineEdit()
            field.setObjectName(name)
            field.setPlaceholderText(self.tr("hh-bb-tttt"))
            self.dates[name] = field
            dates.addWidget(QLabel(label))
            dates.addWidget(field, 1)
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        form = QFormLayout()
        form.addRow(self.tr("Indeks"), self.index)
        form.addRow(self.tr("Indikator/aspek"), self.element)
        form.addRow(self.tr("Tahun"), self.year)
        form.addRow(self.tr("Pelaku"), self.actor)
        form.addRow(self.tr("Program/kegiatan"), self.activity)
        form.addRow(self.tr("Anggaran dan sumber"), money)
        form.addRow(self.tr("Tanggal"), dates)
        form.addRow(self.tr("Catatan"), self.notes)
        self.errors = QLabel()
        self.errors.setObjectName("interventionErrors")
        self.errors.setStyleSheet("color: #c0392b")
        self.errors.setWordWrap(True)

        self.attachments = AttachmentPanel(
            workspace, runner, "action_intervention",
            self.tr("Foto, BAST, kontrak (JPEG, PNG atau PDF)."), parent=self)
        self.attachments.files.setMaximumHeight(120)
        evidence = QGroupBox(self.tr("Bukti"))
        QVBoxLayout(evidence).addWidget(self.attachments)

        self.status_label = QLabel()
        self.status_label.setObjectName("interventionStatus")
        self.history = QListWidget()
        self.history.setObjectName("interventionHistory")
        self.history.setMaximumHeight(90)
        self.next_status = QComboBox()
        self.next_status.setObjectName("nextStatus")
        self.next_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reason = QLineEdit()
        self.reason.setObjectName("statusReason")
        self.reason.setPlaceholderText(self.tr("Alasan (wajib bila batal, melompat atau mundur)"))
        self.status_button = QPushButton(self.tr("Ubah status"))
        self.status_button.setObjectName("changeStatus")
        self.status_button.clicked.connect(self.apply_status)
        step = QHBoxLayout()
        step.addWidget(self.next_status)
        step.addWidget(self.reason, 1)
        step.addWidget(self.status_button)
        self.follow_up = QGroupBox(self.tr("Status"))
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
        layout.addWidget(self.follow_up)
        layout.addWidget(evidence)
        layout.addWidget(buttons)
        self._show(None)
        self._load_actors()
        if intervention_id:
            self.load(intervention_id)

    # -- loading -------------------------------------------------------------------
    def _load_actors(self) -> None:
        db, code = self.workspace.db, self.village_code

        def work(_control: Any) -> tuple[list[CleanActor], list[str] | None]:
            with db.reading() as session:
                scope = user_scope(session)
                return list_actors(session, code, scope), scope

        self.runner.submit(work, self._fill_actors,
                           lambda e: report_error(self, e, self.tr("Memuat pelaku")))

    def _fill_actors(self, found: tuple[list[CleanActor], list[str] | None]) -> None:
        actors, self.scope = found
        chosen = self.actor.currentData()
        self.actor.clear()
        self.actor.addItem(self.tr("(belum ditentukan)"), None)
        for actor in actors:
            self.actor.addItem(actor.name, actor.id)
        wanted = self.view.intervention.actor_id if self.view else chosen
        self.actor.setCurrentIndex(max(0, self.actor.findData(wanted)))

    def set_actor(self, actor_id: str | None) -> None:
        self.actor.setCurrentIndex(max(0, self.actor.findData(actor_id)))

    def load(self, intervention_id: str) -> None:
        db = self.workspace.db
        self.runner.submit(lambda _c: load_intervention(db, intervention_id), self._show,
                           lambda e: report_error(self, e, self.tr("Memuat intervensi")))

    def _show(self, view: InterventionView | None) -> None:
        self.view = view
        self.follow_up.setEnabled(view is not None)
        labels = status_labels()
        if view is None:
            self.status_label.setText(self.tr("Intervensi baru berstatus Diusulkan setelah "
                                              "disimpan."))
            self.attachments.show_record(None, None)
            return
        item = view.intervention
        self.intervention_id = item.id
        self.set_target(item.index_code, item.element_code)
        self.year.setValue(item.year)
        self.set_actor(item.actor_id)
        self.activity.setPlainText(item.activity)
        self.budget.setText(_amount(item.budget))
        self.source.setCurrentIndex(max(0, self.source.findData(item.budget_source or "")))
        self.realised.setText(_amount(item.realised))
        for name, field in self.dates.items():
            field.setText(_dmy(getattr(item, name)))
        self.notes.setText(item.notes or "")
        self.status_label.setText(self.tr("Status: {status}").format(
            status=labels[view.status]))
        self.history.clear()
        for step in view.history:
            line = f"{_dmy(step.changed_on)}  {labels[step.status]}  ({step.changed_by})"
            self.history.addItem(line + (f": {step.note}" if step.note else ""))
        self.next_status.clear()
        # the step forward first, then cancelling, then the rest (they need a reason)
        order = list(INTERVENTION_STATUSES)
        forward = order.index(view.status) + 1
        if view.status not in ("selesai", "batal"):
            order = [order[forward], "batal", *order]
        for status in dict.fromkeys(order):
            if status != view.status:
                self.next_status.addItem(labels[status], status)
        self.attachments.show_record(item.id, item.village_code)

    def set_target(self, index_code: str, element_code: str) -> None:
        """Choose the index, then its indicator or aspect (names from its own catalogue)."""
        self.index.blockSignals(True)
        self.index.setCurrentIndex(max(0, self.index.findData(index_code)))
        self.index.blockSignals(False)
        self._fill_elements()
        self.element.setCurrentIndex(max(0, self.element.findData(element_code)))

    def _fill_elements(self) -> None:
        self.element.clear()
        for code, label in element_choices(self.index.currentData()):
            self.element.addItem(label, code)

    # -- saving --------------------------------------------------------------------
    def draft(self) -> InterventionDraft:
        return InterventionDraft(
            village_code=self.village_code, index_code=self.index.currentData(),
            element_code=self.element.currentData() or "",
            year=str(self.year.value()), actor_id=self.actor.currentData(),
            activity=self.activity.toPlainText(), budget=self.budget.text(),
            budget_source=self.source.currentData() or "", realised=self.realised.text(),
            notes=self.notes.text(), id=self.intervention_id,
            meeting_id=self.view.intervention.meeting_id if self.view else None,
            agreement_id=self.view.intervention.agreement_id if self.view else None,
            **{name: field.text() for name, field in self.dates.items()})

    def save(self) -> None:
        db, editor, draft, today = self.workspace.db, self.workspace.editor, self.draft(), \
            self.today()
        scope = self.scope
        self.errors.clear()
        self.runner.submit(lambda _c: save_intervention(db, editor, draft, today, scope),
                           self._saved, self._failed, writes=True,
                           changes=PLAN_CHANGED)

    def _saved(self, intervention_id: str) -> None:
        self.intervention_id = intervention_id
        self.saved.emit(intervention_id)
        self.load(intervention_id)

    def _failed(self, error: Exception) -> None:
        messages = getattr(error, "errors", None)
        if messages is None:
            report_error(self, error, self.tr("Menyimpan intervensi"))
            return
        self.errors.setText("\n".join(e.message for e in messages))

    def apply_status(self) -> None:
        if self.intervention_id is None or self.next_status.currentData() is None:
            return
        db, editor, row_id = self.workspace.db, self.workspace.editor, self.intervention_id
        status, reason, today = self.next_status.currentData(), self.reason.text(), \
            self.today()
        self.errors.clear()

        def work(_control: Any) -> str:
            change_status(db, editor, row_id, status, today, reason)
            return row_id

        def done(saved: str) -> None:
            self.reason.clear()
            self._saved(saved)

        self.runner.submit(work, done, self._failed, writes=True,
                           changes=PLAN_CHANGED)

""""Rencanakan intervensi untuk jalur naik status": one proposed intervention per indicator
(IDM) or aspect (Indeks Desa) of the village's smallest path to the next status, activity
and actor prefilled from the rumusan and the actor registry; the user ticks, edits and
saves them as proposed. The IDM and the Indeks Desa village tabs both open it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.action_plan.actors import list_actors, user_scope
from desktop_app.core.action_plan.entry import CleanActor
from desktop_app.core.action_plan.planning import Proposal, path_up_proposals, save_proposals
from desktop_app.core.index.definitions import IDM, INDEKS_DESA
from desktop_app.core.workspace import Workspace
from desktop_app.ui.action_plan.changes import PLAN_CHANGED
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner


class PathUpDialog(QDialog):
    saved = Signal(list)  # ids of the proposed interventions
    loaded = Signal(int)  # proposals shown

    def __init__(self, workspace: Workspace, runner: TaskRunner, village_code: str,
                 village_name: str, parent: QWidget | None = None,
                 index_code: str = IDM) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.village_code, self.index_code = village_code, index_code
        self.proposals: list[Proposal] = []
        self.scope: list[str] | None = None
        self.setWindowTitle(self.tr("Rencana jalur naik status — {village}").format(
            village=village_name))
        self.resize(1000, 480)
        self.year = QSpinBox()
        self.year.setObjectName("planYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(workspace.clock.today().year + 1)
        self.year.valueChanged.connect(self.reload)
        self.note = QLabel()
        self.note.setObjectName("pathNote")
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("proposalTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Usulkan"),
            self.tr("Aspek (skor)") if index_code == INDEKS_DESA else self.tr("Indikator (skor)"),
            self.tr("Program/kegiatan"),
            self.tr("Pelaku")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(3, 280)
        self.errors = QLabel()
        self.errors.setObjectName("proposalErrors")
        self.errors.setStyleSheet("color: #c0392b")
        self.errors.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Simpan sebagai usulan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun rencana")))
        top.addWidget(self.year)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        db, code, year = self.workspace.db, self.village_code, self.year.value()
        index, data_dir = self.index_code, self.workspace.data_dir

        def work(_control: Any) -> tuple[list[Proposal], list[CleanActor], Any]:
            with db.reading() as session:
                scope = user_scope(session)
                return (path_up_proposals(session, code, year, index, data_dir),
                        list_actors(session, code, scope), scope)

        self.runner.submit(work, self._show,
                           lambda e: report_error(self, e, self.tr("Menyusun usulan")))

    def _show(self, found: tuple[list[Proposal], list[CleanActor], Any]) -> None:
        self.proposals, actors, self.scope = found
        self.table.setRowCount(len(self.proposals))
        for row, proposal in enumerate(self.proposals):
            tick = QCheckBox()
            tick.setChecked(not proposal.already_planned)
            self.table.setCellWidget(row, 0, tick)
            label = f"{proposal.draft.element_code}. {proposal.indicator} ({proposal.score})"
            if proposal.already_planned:
                label += self.tr(" — sudah direncanakan")
            item = self.table.model().index(row, 1)
            self.table.model().setData(item, label)
            self.table.model().setData(item, "\n".join(
                f"{level}: {names}" for level, names in proposal.recommended.items()),
                Qt.ItemDataRole.ToolTipRole)
            activity = QLineEdit(proposal.draft.activity)
            activity.setMaxLength(300)
            activity.setCursorPosition(0)  # its beginning in view
            activity.setToolTip(proposal.draft.activity)
            self.table.setCellWidget(row, 2, activity)
            combo = QComboBox()
            combo.addItem(self.tr("(belum ditentukan)"), None)
            for actor in actors:
                combo.addItem(actor.name, actor.id)
            combo.setCurrentIndex(max(0, combo.findData(proposal.draft.actor_id)))
            self.table.setCellWidget(row, 3, combo)
        self.note.setText(self._note())
        self.loaded.emit(len(self.proposals))

    def _note(self) -> str:
        if self.index_code == INDEKS_DESA:
            if self.proposals:
                return self.tr(
                    "Aspek paling sedikit yang bila dinaikkan ke skor 5 membawa desa ke status "
                    "berikutnya, dari kuesioner Indeks Desa terakhir sebelum tahun rencana. "
                    "Pelaku dipilih sendiri: definisi Indeks Desa tidak menyebut pelaku.")
            return self.tr(
                "Tidak ada usulan: desa belum punya kuesioner Indeks Desa sebelum tahun ini "
                "atau sudah berstatus tertinggi.")
        if self.proposals:
            return self.tr(
                "Indikator paling sedikit yang bila dinaikkan ke skor 5 membawa desa ke "
                "status berikutnya. Kegiatan dan pelaku diisi dari rumusan IDM.")
        return self.tr(
            "Tidak ada usulan: desa belum punya penilaian resmi sebelum tahun ini atau "
            "sudah berstatus tertinggi.")

    def chosen_drafts(self) -> list:
        drafts = []
        for row, proposal in enumerate(self.proposals):
            if not self.table.cellWidget(row, 0).isChecked():
                continue
            draft = proposal.draft
            draft.activity = self.table.cellWidget(row, 2).text()
            draft.actor_id = self.table.cellWidget(row, 3).currentData()
            draft.year = str(self.year.value())
            drafts.append(draft)
        return drafts

    def save(self) -> None:
        drafts = self.chosen_drafts()
        if not drafts:
            self.reject()
            return
        db, editor, today, scope = self.workspace.db, self.workspace.editor, \
            self.workspace.clock.today(), self.scope

        def done(ids: list[str]) -> None:
            self.saved.emit(ids)
            self.accept()

        def failed(error: Exception) -> None:
            messages = getattr(error, "errors", None)
            if messages is None:
                report_error(self, error, self.tr("Menyimpan usulan"))
            else:
                self.errors.setText("\n".join(e.message for e in messages))

        self.runner.submit(lambda _c: save_proposals(db, editor, drafts, today, scope), done,
                           failed, writes=True,
                           changes=PLAN_CHANGED)


def open_path_up(parent: QWidget, workspace: Workspace, runner: TaskRunner,
                 village_code: str | None, village_name: str,
                 index_code: str = IDM) -> PathUpDialog | None:
    """Open the planner for a village tab (IDM or Indeks Desa); None without a village."""
    if village_code is None:
        return None
    dialog = PathUpDialog(workspace, runner, village_code, village_name, parent, index_code)
    dialog.open()
    return dialog

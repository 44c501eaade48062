"""A musyawarah desa or public consultation: attendance by group and sex, and the villagers'
proposals (usulan), each turned into a proposed intervention or answered with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
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

from desktop_app.core.action_plan.entry import InterventionDraft
from desktop_app.core.action_plan.musdes import (
    Attendance,
    Proposal,
    answer_proposal,
    attendance_of,
    outcome_labels,
    proposal_to_intervention,
    proposals_of,
    save_attendance,
    save_proposal,
)
from desktop_app.core.idm.catalogue import idm_catalogue
from desktop_app.core.workspace import Workspace
from desktop_app.ui.action_plan.changes import PLAN_CHANGED
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner


class MusdesPanel(QWidget):
    loaded = Signal()
    saved = Signal()

    def __init__(self, workspace: Workspace, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.meeting_id: str | None = None
        self.villages: list[tuple[str, str]] = []
        self.proposals: list[Proposal] = []
        self.attendance = QTableWidget(0, 3)
        self.attendance.setObjectName("musdesAttendance")
        self.attendance.setHorizontalHeaderLabels([
            self.tr("Kelompok"), self.tr("Laki-laki"), self.tr("Perempuan")])
        self.attendance.verticalHeader().hide()
        self.attendance.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setObjectName("musdesTotals")
        add_group = QPushButton(self.tr("Tambah kelompok"))
        add_group.clicked.connect(lambda: self.add_group())
        save_attendance_button = QPushButton(self.tr("Simpan kehadiran"))
        save_attendance_button.setObjectName("saveAttendance")
        save_attendance_button.clicked.connect(self.save_attendance)
        self.proposal_table = QTableWidget(0, 3)
        self.proposal_table.setObjectName("musdesProposals")
        self.proposal_table.setHorizontalHeaderLabels([
            self.tr("Usulan"), self.tr("Pengusul"), self.tr("Tanggapan")])
        self.proposal_table.verticalHeader().hide()
        self.proposal_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.proposal_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.proposal_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.proposal_text = QLineEdit()
        self.proposal_text.setObjectName("proposalText")
        self.proposal_text.setPlaceholderText(self.tr("Usulan warga"))
        self.proposer = QLineEdit()
        self.proposer.setObjectName("proposer")
        self.proposer.setPlaceholderText(self.tr("Pengusul"))
        add_proposal = QPushButton(self.tr("Tambah usulan"))
        add_proposal.setObjectName("addProposal")
        add_proposal.clicked.connect(self.add_proposal)
        self.element = QComboBox()
        self.element.setObjectName("proposalElement")
        for indicator in idm_catalogue().indicators:
            self.element.addItem(f"{indicator.number}. {indicator.label}",
                                 str(indicator.number))
        to_intervention = QPushButton(self.tr("Jadikan intervensi"))
        to_intervention.setObjectName("proposalToIntervention")
        to_intervention.clicked.connect(self.make_intervention)
        self.answer = QLineEdit()
        self.answer.setObjectName("proposalAnswer")
        self.answer.setPlaceholderText(self.tr("Jawaban atau alasan bila tidak dilaksanakan"))
        answer_button = QPushButton(self.tr("Jawab"))
        answer_button.setObjectName("answerProposal")
        answer_button.clicked.connect(self.answer_selected)
        self.errors = QLabel()
        self.errors.setObjectName("musdesErrors")
        self.errors.setStyleSheet("color: #c0392b")
        self.errors.setWordWrap(True)
        attendance_box = QGroupBox(self.tr("Kehadiran menurut kelompok dan jenis kelamin"))
        box = QVBoxLayout(attendance_box)
        box.addWidget(self.attendance, 1)
        row = QHBoxLayout()
        row.addWidget(self.totals, 1)
        row.addWidget(add_group)
        row.addWidget(save_attendance_button)
        box.addLayout(row)
        proposals_box = QGroupBox(self.tr("Usulan warga"))
        pbox = QVBoxLayout(proposals_box)
        pbox.addWidget(self.proposal_table, 1)
        entry = QHBoxLayout()
        entry.addWidget(self.proposal_text, 3)
        entry.addWidget(self.proposer, 1)
        entry.addWidget(add_proposal)
        pbox.addLayout(entry)
        act = QHBoxLayout()
        act.addWidget(self.element, 2)
        act.addWidget(to_intervention)
        act.addWidget(self.answer, 2)
        act.addWidget(answer_button)
        pbox.addLayout(act)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(attendance_box, 1)
        layout.addWidget(proposals_box, 2)
        layout.addWidget(self.errors)
        self.setEnabled(False)

    def show_meeting(self, meeting_id: str | None, villages: list[tuple[str, str]]) -> None:
        self.meeting_id, self.villages = meeting_id, villages
        self.setEnabled(meeting_id is not None)
        self.errors.clear()
        self.attendance.setRowCount(0)
        self.proposal_table.setRowCount(0)
        if meeting_id is not None:
            self.reload()

    def reload(self) -> None:
        db, meeting_id = self.workspace.db, self.meeting_id
        if meeting_id is None:
            return

        def work(_control: Any) -> tuple[list[Attendance], list[Proposal]]:
            with db.reading() as session:
                return attendance_of(session, meeting_id), proposals_of(session, meeting_id)

        self.runner.submit(work, self._show, lambda e: report_error(
            self, e, self.tr("Memuat musyawarah")))

    def _show(self, found: tuple[list[Attendance], list[Proposal]]) -> None:
        attendance, self.proposals = found
        self.attendance.setRowCount(0)
        for item in attendance:
            self.add_group(item.group_name, str(item.men), str(item.women))
        men, women = sum(a.men for a in attendance), sum(a.women for a in attendance)
        self.totals.setText(self.tr("Hadir: {men} laki-laki, {women} perempuan").format(
            men=men, women=women))
        outcomes = outcome_labels()
        self.proposal_table.setRowCount(len(self.proposals))
        for row, proposal in enumerate(self.proposals):
            answer = outcomes.get(proposal.outcome, proposal.outcome) + (
                f": {proposal.answer}" if proposal.answer else "")
            for column, value in enumerate((proposal.text, proposal.proposer or "", answer)):
                self.proposal_table.setItem(row, column, QTableWidgetItem(value))
        self.loaded.emit()

    def add_group(self, name: str = "", men: str = "", women: str = "") -> int:
        row = self.attendance.rowCount()
        self.attendance.insertRow(row)
        for column, value in enumerate((name, men, women)):
            self.attendance.setItem(row, column, QTableWidgetItem(value))
        return row

    def _run(self, work: Any, doing: str) -> None:
        self.errors.clear()

        def failed(error: Exception) -> None:
            messages = getattr(error, "errors", None)
            if messages is None:
                report_error(self, error, doing)
            else:
                self.errors.setText("\n".join(e.message for e in messages))

        def done(_result: Any) -> None:
            self.saved.emit()
            self.reload()

        self.runner.submit(work, done, failed, writes=True,
                           changes=PLAN_CHANGED)

    def save_attendance(self) -> None:
        rows = []
        for row in range(self.attendance.rowCount()):
            cells = [self.attendance.item(row, c) for c in range(3)]
            rows.append(tuple(c.text() if c else "" for c in cells))
        db, editor, meeting_id = self.workspace.db, self.workspace.editor, self.meeting_id
        self._run(lambda _c: save_attendance(db, editor, meeting_id, rows),
                  self.tr("Menyimpan kehadiran"))

    def add_proposal(self) -> None:
        proposal = Proposal(self.proposal_text.text(), self.proposer.text().strip() or None,
                            self.villages[0][0] if self.villages else None)
        db, editor, meeting_id = self.workspace.db, self.workspace.editor, self.meeting_id
        self.proposal_text.clear()
        self.proposer.clear()
        self._run(lambda _c: save_proposal(db, editor, meeting_id, proposal),
                  self.tr("Menyimpan usulan"))

    def _selected(self) -> Proposal | None:
        rows = self.proposal_table.selectionModel().selectedRows()
        return self.proposals[rows[0].row()] if rows else None

    def answer_selected(self) -> None:
        proposal = self._selected()
        if proposal is None or proposal.id is None:
            return
        db, editor, text = self.workspace.db, self.workspace.editor, self.answer.text()
        self.answer.clear()
        self._run(lambda _c: answer_proposal(db, editor, proposal.id, text),
                  self.tr("Menjawab usulan"))

    def make_intervention(self) -> None:
        proposal = self._selected()
        if proposal is None or proposal.id is None or not self.villages:
            return
        village = proposal.village_code or self.villages[0][0]
        draft = InterventionDraft(village_code=village,
                                  element_code=self.element.currentData() or "",
                                  year=str(self.workspace.clock.today().year + 1),
                                  activity=proposal.text[:300])
        db, editor, today = self.workspace.db, self.workspace.editor, \
            self.workspace.clock.today()
        self._run(lambda _c: proposal_to_intervention(db, editor, proposal.id, draft, today),
                  self.tr("Membuat intervensi"))

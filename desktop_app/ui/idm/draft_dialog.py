"""Entering or correcting indicator scores in the field, with the result updating live."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop_app.core.idm.catalogue import idm_catalogue
from desktop_app.core.idm.drafts import save_draft
from desktop_app.core.idm.queries import AssessmentSummary
from desktop_app.core.idm.scoring import score_village
from desktop_app.core.workspace import Workspace
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner


class DraftDialog(QDialog):
    saved = Signal(str)  # the draft's id

    def __init__(self, workspace: Workspace, runner: TaskRunner, village_code: str,
                 village_label: str, start: AssessmentSummary | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.village_code = workspace, runner, village_code
        self.catalogue = idm_catalogue()
        self.setWindowTitle(self.tr("Penilaian lapangan — {village}").format(
            village=village_label))
        self.year = QSpinBox()
        self.year.setObjectName("draftYear")
        self.year.setRange(2015, 2100)
        self.year.setValue(workspace.clock.today().year)
        self.result = QLabel()
        self.result.setObjectName("draftResult")
        font = self.result.font()
        font.setBold(True)
        self.result.setFont(font)
        self.table = QTableWidget(len(self.catalogue.indicators), 3)
        self.table.setObjectName("draftScores")
        self.table.setHorizontalHeaderLabels([self.tr("Kode"), self.tr("Indikator"),
                                              self.tr("Skor")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.spins: dict[int, QSpinBox] = {}
        initial = dict(enumerate(start.result.scores, start=1)) if start and start.result else {}
        for row, indicator in enumerate(self.catalogue.indicators):
            self.table.setItem(row, 0, QTableWidgetItem(indicator.code))
            name = QTableWidgetItem(indicator.label)
            name.setToolTip(indicator.name)
            self.table.setItem(row, 1, name)
            spin = QSpinBox()
            spin.setRange(self.catalogue.min_score, self.catalogue.max_score)
            spin.setValue(initial.get(indicator.number, 0))
            spin.valueChanged.connect(self._update)
            self.spins[indicator.number] = spin
            self.table.setCellWidget(row, 2, spin)
        form = QFormLayout()
        form.addRow(self.tr("Tahun penilaian"), self.year)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.result, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr(
            "Draf ini terpisah dari data resmi; nilai resmi tidak berubah.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(720, 640)
        self._update()

    def scores(self) -> dict[int, int]:
        return {number: spin.value() for number, spin in self.spins.items()}

    def _update(self) -> None:
        result = score_village(self.scores(), self.catalogue)
        parts = [f"{code} {result.rounded(code)}" for code, _ in result.sub_indices]
        self.result.setText(self.tr("{parts} · IDM {idm} · {status}").format(
            parts=" · ".join(parts), idm=result.rounded(), status=result.status.name
        ).replace(".", ","))

    def save(self) -> None:
        scores, year, workspace, code = self.scores(), self.year.value(), self.workspace, \
            self.village_code
        self.save_button.setEnabled(False)

        def work(_control: Any) -> str:
            return save_draft(workspace.db, workspace.editor, code, year, scores)

        def done(assessment_id: str) -> None:
            self.saved.emit(assessment_id)
            self.accept()

        def failed(error: Exception) -> None:
            self.save_button.setEnabled(True)
            report_error(self, error, self.tr("Menyimpan penilaian lapangan"))

        self.runner.submit(work, done, failed, writes=True)

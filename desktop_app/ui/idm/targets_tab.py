"""Status targets per year: how many villages to lift, which ones, and the result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.idm.targets import (
    TargetProgress,
    set_target,
    set_target_villages,
    target_progress,
    target_refusal,
)
from desktop_app.core.workspace import Workspace
from desktop_app.ui.idm.tables import fill_table, new_table
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner
from desktop_app.ui.villages.picker import VillagePicker


class TargetsTab(QWidget):
    saved = Signal(object)  # None when saved, else the reason it was refused

    def __init__(self, workspace: Workspace, runner: TaskRunner, page: Any) -> None:
        super().__init__(page)
        self.workspace, self.runner, self.page = workspace, runner, page
        self.progress: list[TargetProgress] = []
        self.year = QSpinBox()
        self.year.setObjectName("targetYear")
        self.year.setRange(2015, 2100)
        self.year.setValue(2023)
        self.year.valueChanged.connect(self.refresh)
        self.count = QSpinBox()
        self.count.setObjectName("targetCount")
        self.count.setRange(0, 100_000)
        self.villages = VillagePicker(workspace, runner, self,
                                      regency=lambda: self.page.scope().regency_code)
        self.villages.setObjectName("targetVillages")
        self.refusal = QLabel()
        self.refusal.setObjectName("targetRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #b00020;")
        self.refusal.hide()
        save = QPushButton(self.tr("Simpan target"))
        save.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Tahun"), self.year)
        form.addRow(self.tr("Jumlah desa yang dientaskan"), self.count)
        form.addRow(self.tr("Desa sasaran"), self.villages)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(save)
        self.table = new_table("targetTable", [
            self.tr("Wilayah"), self.tr("Target"), self.tr("Terentaskan"), self.tr("Tercapai"),
            self.tr("Desa sasaran (status tahun ini → tahun berikutnya)")])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def set_year(self, year: int) -> None:
        if year == self.year.value():
            self.refresh()
        else:
            self.year.setValue(year)  # valueChanged refreshes

    def refresh(self) -> None:
        db, year = self.workspace.db, self.year.value()

        def work(_control: Any) -> list[TargetProgress]:
            with db.reading() as session:
                return target_progress(session, year)

        self.runner.submit(work, self._show,
                           lambda e: report_error(self, e, self.tr("Memuat target")),
                           owner=self)

    def _show(self, progress: list[TargetProgress]) -> None:
        self.progress = progress
        regency = self.page.scope().regency_code
        for item in progress:  # the chosen villages of the kabupaten shown above
            if item.regency_code == regency:
                self.villages.set_villages([(v.code, v.name) for v in item.named])
        rows = []
        for item in progress:
            if not item.results_known:
                verdict = self.tr("menunggu hasil {year}").format(year=item.year + 1)
            else:
                verdict = self.tr("ya") if item.achieved else self.tr("belum")
            named = "; ".join(f"{v.name} ({v.status_before or '-'} → {v.status_after or '-'})"
                              for v in item.named)
            rows.append([item.regency_name, item.villages_to_lift, item.lifted, verdict, named])
        fill_table(self.table, rows)

    def save(self) -> None:
        workspace, year, count = self.workspace, self.year.value(), self.count.value()
        regency = self.page.scope().regency_code
        codes = self.villages.codes()

        def work(_control: Any) -> str | None:
            with workspace.db.reading() as session:
                refusal = target_refusal(session, regency)
            if refusal is not None:
                return refusal  # refused here, not weeks later by the server
            set_target(workspace.db, workspace.editor, year, regency, count)
            if codes:
                set_target_villages(workspace.db, workspace.editor, year, codes, regency)
            return None

        self.runner.submit(work, self._saved,
                           lambda e: report_error(self, e, self.tr("Menyimpan target")),
                           writes=True, owner=self)

    def _saved(self, refusal: str | None) -> None:
        self.refusal.setText(refusal or "")
        self.refusal.setVisible(refusal is not None)
        self.saved.emit(refusal)
        if refusal is None:
            self.refresh()

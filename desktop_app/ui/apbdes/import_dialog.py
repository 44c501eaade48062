"""Import a realisation report: choose the file and the budget, map unknown columns once.

The file is read in a worker; when its header is not recognised (and no mapping was
remembered for it) the user says which column holds what, and the choice is remembered.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop_app.core.apbdes.importing import ImportReport, import_realisation
from desktop_app.core.apbdes.report_sheet import COLUMN_SPEC, ColumnLayout
from desktop_app.core.workspace import Workspace
from desktop_app.ui.column_mapping import ColumnMappingBox, SheetPreview
from desktop_app.ui.messages import notify, report_error
from desktop_app.ui.tasks import TaskRunner


class ImportRealisationDialog(QDialog):
    imported = Signal(object)  # ImportReport

    def __init__(self, workspace: Workspace, runner: TaskRunner, village_code: str,
                 village_name: str, year: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.village_code = workspace, runner, village_code
        self.preview: SheetPreview | None = None
        self.setWindowTitle(self.tr("Impor laporan realisasi — {village}").format(
            village=village_name))
        self.path = QLineEdit()
        self.path.setObjectName("reportPath")
        self.path.setReadOnly(True)
        choose = QPushButton(self.tr("Pilih berkas…"))
        choose.clicked.connect(self.ask_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        self.year = QSpinBox()
        self.year.setObjectName("budgetYear")
        self.year.setRange(2015, 2100)
        self.year.setValue(year)
        self.version = QComboBox()
        self.version.setObjectName("budgetVersion")
        self.version.addItem(self.tr("Murni"), "murni")
        self.version.addItem(self.tr("Perubahan"), "perubahan")
        self.semester = QComboBox()
        self.semester.setObjectName("semester")
        self.semester.addItem(self.tr("Semester I (Januari–Juni)"), 1)
        self.semester.addItem(self.tr("Semester akhir tahun (seluruh tahun)"), 2)
        self.reported_on = QDateEdit(workspace.clock.today())
        self.reported_on.setCalendarPopup(True)
        self.reported_on.setDisplayFormat("dd-MM-yyyy")
        form = QFormLayout()
        form.addRow(self.tr("Berkas (XLSX/CSV)"), file_row)
        form.addRow(self.tr("Tahun anggaran"), self.year)
        form.addRow(self.tr("APBDes"), self.version)
        form.addRow(self.tr("Laporan"), self.semester)
        form.addRow(self.tr("Tanggal laporan diterima"), self.reported_on)

        self.layout_note = QLabel()
        self.layout_note.setObjectName("layoutNote")
        self.layout_note.setWordWrap(True)
        self.mapping = ColumnMappingBox(
            (("code", self.tr("Kode Rekening")), ("description", self.tr("Uraian")),
             ("budget", self.tr("Anggaran")), ("realisation", self.tr("Realisasi")),
             ("source", self.tr("Sumber Dana (boleh kosong)"))),
            ("code", "description", "budget", "realisation"), self)
        self.header_row, self.columns = self.mapping.header_row, self.mapping.columns

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Impor"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.layout_note)
        layout.addWidget(self.mapping)
        layout.addWidget(self.buttons)

    # -- the file and its columns -----------------------------------------------------
    def ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih laporan realisasi"), "",
            self.tr("Lembar kerja (*.xlsx *.xls *.csv)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        self.path.setText(str(path))
        self.mapping.read(self.runner, self.workspace.db, path, COLUMN_SPEC, self.layout_note,
                          4, self._show_preview)

    def _show_preview(self, preview: SheetPreview) -> None:
        self.preview = preview
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def chosen_layout(self) -> ColumnLayout | None:
        if self.preview is None or self.preview.layout is not None:
            return None
        return self.mapping.chosen_layout()

    # -- importing -----------------------------------------------------------------
    def start_import(self) -> None:
        if self.preview is None:
            return
        layout = self.chosen_layout()
        args = dict(path=self.preview.path, village_code=self.village_code,
                    year=self.year.value(), version=self.version.currentData(),
                    semester=self.semester.currentData(),
                    reported_on=self.reported_on.date().toPython(), layout=layout,
                    remember=layout is not None)
        db, editor = self.workspace.db, self.workspace.editor
        self.buttons.setEnabled(False)
        self.runner.submit(lambda _c: import_realisation(db, editor, **args), self._done,
                           self._failed, writes=True)

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        report_error(self, error, self.tr("Impor laporan realisasi ditolak; tidak ada yang "
                                          "disimpan."))

    def _done(self, report: ImportReport) -> None:
        self.imported.emit(report)
        detail = "\n".join([str(w) for w in report.warnings] +
                           [f.message for f in report.findings])
        notify(self.parentWidget() or self, self.tr("Impor selesai"), self.tr(
            "{added} baris baru, {changed} berubah, {removed} dihapus, {unchanged} tetap. "
            "{findings} hasil pemeriksaan perlu perhatian.").format(
            added=report.added, changed=report.changed, removed=report.removed,
            unchanged=report.unchanged, findings=len(report.findings)), detail)
        self.accept()


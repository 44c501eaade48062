"""Import official Indeks Desa results (total, dimension scores, status per village) from a
spreadsheet: choose the file and the year, map unfamiliar columns once (remembered)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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

from desktop_app.core.indeks_desa.official_import import (
    COLUMN_SPEC,
    OfficialImportReport,
    import_official_results,
)
from desktop_app.core.indeks_desa.store import FIRST_YEAR
from desktop_app.core.workspace import Workspace
from desktop_app.ui.changes import Change, ChangeSet
from desktop_app.ui.column_mapping import ColumnMappingBox, SheetPreview
from desktop_app.ui.messages import notify, report_error
from desktop_app.ui.tasks import TaskRunner


class OfficialResultsDialog(QDialog):
    imported = Signal(object)  # OfficialImportReport
    previewed = Signal()

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.preview: SheetPreview | None = None
        self.setWindowTitle(self.tr("Impor hasil resmi Indeks Desa"))
        self.path = QLineEdit()
        self.path.setObjectName("resultsPath")
        self.path.setReadOnly(True)
        choose = QPushButton(self.tr("Pilih berkas…"))
        choose.clicked.connect(self.ask_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        self.year = QSpinBox()
        self.year.setObjectName("resultsYear")
        self.year.setRange(FIRST_YEAR, 2100)
        self.year.setValue(max(workspace.clock.today().year - 1, FIRST_YEAR))
        form = QFormLayout()
        form.addRow(self.tr("Berkas (XLSX/CSV)"), file_row)
        form.addRow(self.tr("Tahun penilaian"), self.year)
        self.layout_note = QLabel()
        self.layout_note.setObjectName("layoutNote")
        self.layout_note.setWordWrap(True)
        optional = self.tr("{field} (boleh kosong)")
        self.mapping = ColumnMappingBox(
            (("village_code", self.tr("Kode desa")), ("status", self.tr("Status")),
             ("total", optional.format(field=self.tr("Nilai Indeks Desa"))),
             ("village_name", optional.format(field=self.tr("Nama desa"))),
             *((code, optional.format(field=name)) for code, name in (
                 ("I", self.tr("Layanan Dasar")), ("II", self.tr("Sosial")),
                 ("III", self.tr("Ekonomi")), ("IV", self.tr("Lingkungan")),
                 ("V", self.tr("Aksesibilitas")),
                 ("VI", self.tr("Tata Kelola Pemerintahan Desa"))))),
            ("village_code", "village_name", "total", "status"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Impor"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr(
            "Seluruh berkas ditolak bila satu baris bermasalah; nilai resmi disimpan apa adanya "
            "dan dibandingkan dengan kuesioner desa.")))
        layout.addWidget(self.layout_note)
        layout.addWidget(self.mapping)
        layout.addWidget(self.buttons)

    def ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas hasil Indeks Desa"), "",
            self.tr("Lembar kerja (*.xlsx *.xls *.csv)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        self.path.setText(str(path))
        self.mapping.read(self.runner, self.workspace.db, path, COLUMN_SPEC, self.layout_note,
                          2, self._show_preview)

    def _show_preview(self, preview: SheetPreview) -> None:
        self.preview = preview
        self.ok.setEnabled(True)
        self.previewed.emit()

    def start_import(self) -> None:
        if self.preview is None:
            return
        layout = None if self.preview.layout is not None else self.mapping.chosen_layout()
        path, year, workspace = self.preview.path, self.year.value(), self.workspace
        now = workspace.clock.now()
        self.buttons.setEnabled(False)

        def work(_control: Any) -> OfficialImportReport:
            return import_official_results(workspace.db, path, year, now, layout,
                                           remember=layout is not None,
                                           data_dir=workspace.data_dir)

        def failed(error: Exception) -> None:
            self.buttons.setEnabled(True)
            report_error(self, error, self.tr("Impor hasil resmi ditolak; tidak ada yang "
                                              "disimpan."))

        self.runner.submit(work, self._done, failed, writes=True,
                           changes=ChangeSet.of(Change.INDEKS_DESA))

    def _done(self, report: OfficialImportReport) -> None:
        self.imported.emit(report)
        notify(self.parentWidget() or self, self.tr("Impor selesai"), self.tr(
            "{added} hasil baru, {replaced} diganti (tahun {year}).").format(
            added=report.added, replaced=report.replaced, year=report.year))
        self.accept()

"""Import a realisation report: choose the file and the budget, map unknown columns once.

The file is read in a worker; when its header is not recognised (and no mapping was
remembered for it) the user says which column holds what, and the choice is remembered.
"""

from __future__ import annotations

from dataclasses import dataclass
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
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop_app.core.apbdes.importing import ImportReport, import_realisation
from desktop_app.core.apbdes.mappings import known_layout, remembered_layouts
from desktop_app.core.apbdes.report_sheet import HEADER_SEARCH_ROWS, ColumnLayout, normalised
from desktop_app.core.spreadsheet import cell_text, column_letter, read_table
from desktop_app.core.workspace import Workspace
from desktop_app.ui.messages import notify, report_error
from desktop_app.ui.tasks import TaskRunner


@dataclass(frozen=True)
class SheetPreview:
    path: Path
    rows: list[list[Any]]  # the first rows, where the header is
    layout: ColumnLayout | None


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
        self.header_row = QSpinBox()
        self.header_row.setObjectName("headerRow")
        self.header_row.setRange(1, HEADER_SEARCH_ROWS)
        self.header_row.valueChanged.connect(self._header_row_changed)
        self.columns: dict[str, QComboBox] = {}
        self.mapping = QGroupBox(self.tr("Kolom mana berisi apa?"))
        self.mapping.setObjectName("columnMapping")
        mapping_form = QFormLayout(self.mapping)
        mapping_form.addRow(self.tr("Baris judul kolom"), self.header_row)
        for key, label in (("code", self.tr("Kode Rekening")), ("description", self.tr("Uraian")),
                           ("budget", self.tr("Anggaran")), ("realisation", self.tr("Realisasi")),
                           ("source", self.tr("Sumber Dana (boleh kosong)"))):
            combo = QComboBox()
            combo.setObjectName(f"column_{key}")
            self.columns[key] = combo
            mapping_form.addRow(label, combo)
        self.mapping.hide()

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
        self.layout_note.setText(self.tr("Membaca berkas…"))
        db = self.workspace.db

        def work(_control: Any) -> SheetPreview:
            _sheet, table = read_table(path)
            with db.reading() as session:
                remembered = remembered_layouts(session)
            return SheetPreview(path, table[:HEADER_SEARCH_ROWS], known_layout(remembered, table))

        self.runner.submit(work, self._show_preview, self._read_failed)

    def _read_failed(self, error: Exception) -> None:
        self.layout_note.setText("")
        report_error(self, error, self.tr("Membaca berkas"))

    def _show_preview(self, preview: SheetPreview) -> None:
        self.preview = preview
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if preview.layout is not None:
            self.mapping.hide()
            self.layout_note.setText(self.tr("Kolom dikenali (judul di baris {row}).").format(
                row=preview.layout.header_row + 1))
            return
        self.layout_note.setText(self.tr(
            "Judul kolom tidak dikenali. Tunjukkan baris judul dan kolom mana berisi apa; "
            "pilihan ini diingat untuk berkas dengan judul yang sama."))
        self.mapping.show()
        self.header_row.setValue(next((i + 1 for i, row in enumerate(preview.rows)
                                       if sum(1 for c in row if normalised(c)) >= 4), 1))
        self._header_row_changed()

    def _header_row_changed(self) -> None:
        if self.preview is None or self.header_row.value() > len(self.preview.rows):
            return
        row = self.preview.rows[self.header_row.value() - 1]
        for key, combo in self.columns.items():
            combo.clear()
            combo.addItem(self.tr("(tidak ada)"), None)
            for position, cell in enumerate(row):
                combo.addItem(f"{column_letter(position)}: {cell_text(cell) or ''}", position)
            order = ("code", "description", "budget", "realisation")
            if key in order and order.index(key) < len(row):
                combo.setCurrentIndex(order.index(key) + 1)

    def chosen_layout(self) -> ColumnLayout | None:
        if self.preview is None or self.preview.layout is not None:
            return None
        columns = {key: combo.currentData() for key, combo in self.columns.items()
                   if combo.currentData() is not None}
        return ColumnLayout(self.header_row.value() - 1, columns)

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


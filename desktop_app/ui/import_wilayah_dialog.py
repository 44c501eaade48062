"""Import the Kemendagri region list from the GUI, with progress and cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.core.regions.wilayah_import import WilayahImportReport, import_wilayah
from desktop_app.core.workspace import Workspace
from desktop_app.ui.changes import Change, ChangeSet
from desktop_app.ui.progress_task import ProgressTask
from desktop_app.ui.tasks import TaskControl, TaskRunner


class ImportWilayahDialog(QDialog):
    """Asks for the folder and the province."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Impor daftar wilayah Kemendagri"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Folder berisi provinces.csv, regencies.csv, "
                                               "districts.csv, villages.csv"))
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        self.province = QLineEdit("64")
        self.province.setPlaceholderText(self.tr("kosongkan untuk seluruh Indonesia"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Folder"), row)
        form.addRow(self.tr("Kode provinsi"), self.province)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)  # no folder, nothing to import: never a silent no-op
        self.folder.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder daftar wilayah"))
        if chosen:
            self.folder.setText(chosen)


class WilayahImporter(ProgressTask):
    """Runs one region import in the writer thread and tells the user how it went."""

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(runner, parent,
                         QCoreApplication.translate("WilayahImporter", "Impor daftar wilayah"))
        self.workspace = workspace

    def start(self, folder: Path, province: str | None) -> None:  # type: ignore[override]
        db, clock = self.workspace.db, self.workspace.clock

        def work(control: TaskControl) -> WilayahImportReport:
            return import_wilayah(db, folder, province or None, control.progress,
                                  control.is_cancelled, clock)

        def describe(report: WilayahImportReport) -> tuple[str, str]:
            text = (self.tr("Daftar wilayah sudah diimpor.") if report.changed
                    else self.tr("Daftar wilayah sudah sama; tidak ada yang berubah."))
            return text, report.summary()

        super().start(work, describe, self.tr("Impor daftar wilayah (tidak ada yang disimpan)"),
                      changes=ChangeSet.of(Change.VILLAGES))


def ask_and_import(workspace: Workspace, runner: TaskRunner, parent: Any) -> Any:
    dialog = ImportWilayahDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.folder.text().strip():
        return None
    importer = WilayahImporter(workspace, runner, parent)
    importer.start(Path(dialog.folder.text().strip()), dialog.province.text().strip())
    return importer

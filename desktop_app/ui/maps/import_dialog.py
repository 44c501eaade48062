"""Berkas → Impor batas wilayah…: a boundary file, its source credit, progress and cancel."""

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

from desktop_app.core.maps.importing import CoverageReport, import_boundaries
from desktop_app.core.workspace import Workspace
from desktop_app.ui.changes import Change, ChangeSet
from desktop_app.ui.progress_task import ProgressTask
from desktop_app.ui.tasks import TaskControl, TaskRunner


class ImportPetaDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Impor batas wilayah"))
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("GeoJSON atau Shapefile dalam ZIP (desa, "
                                             "kecamatan atau kabupaten)"))
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        self.credit = QLineEdit()
        self.credit.setPlaceholderText(self.tr("kosongkan untuk memakai sumber yang disebut "
                                               "berkas, mis. BIG RBI 1:10.000 (2023)"))
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Berkas"), row)
        form.addRow(self.tr("Sumber data"), self.credit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.file.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        form.addRow(buttons)
        self.resize(600, self.sizeHint().height())

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Berkas batas wilayah"), "",
            self.tr("Batas wilayah (*.geojson *.json *.zip)"))
        if chosen:
            self.file.setText(chosen)


class PetaImporter(ProgressTask):
    """One boundary import in the writer thread, ending with the coverage report."""

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(runner, parent,
                         QCoreApplication.translate("PetaImporter", "Impor batas wilayah"))
        self.workspace = workspace

    def start(self, path: Path, credit: str | None) -> None:  # type: ignore[override]
        db, clock = self.workspace.db, self.workspace.clock

        def work(control: TaskControl) -> CoverageReport:
            return import_boundaries(db, path, credit or None, control.progress,
                                     control.is_cancelled, clock)

        def describe(report: CoverageReport) -> tuple[str, str]:
            return (self.tr("Batas wilayah sudah diimpor: {count} poligon.").format(
                count=report.shapes), report.summary())

        super().start(work, describe, self.tr("Impor batas wilayah (tidak ada yang disimpan)"),
                      changes=ChangeSet.of(Change.MAP))


def ask_and_import(workspace: Workspace, runner: TaskRunner, parent: Any,
                   path: Path | None = None, credit: str = "") -> PetaImporter | None:
    """Ask for the file and its source (unless ``path`` is given), then import it."""
    if path is None:
        dialog = ImportPetaDialog(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.file.text().strip():
            return None
        path, credit = Path(dialog.file.text().strip()), dialog.credit.text().strip()
    importer = PetaImporter(workspace, runner, parent)
    importer.start(path, credit)
    return importer

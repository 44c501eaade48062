"""Menu actions "Cadangkan data…" and "Pulihkan data…": work in the writer thread with a
progress dialog; a restore shows what the file holds and asks before changing anything."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop_app.core.backup import (
    BACKUP_SUFFIX,
    BackupManifest,
    RestoreReport,
    create_backup,
    read_backup,
    restore_backup,
)
from desktop_app.core.workspace import BACKUPS_FOLDER, Workspace
from desktop_app.ui.messages import report_error
from desktop_app.ui.progress_task import ProgressTask, close_for_good
from desktop_app.ui.tasks import TaskControl, TaskRunner


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


def _progress_of(control: TaskControl) -> Callable[[int, int, str], None]:
    return control.progress


class BackupActions(QObject):
    """Backs up and restores the workspace of a window; ``restored`` asks for a reopen."""

    backup_made = Signal(object)  # BackupManifest
    inspected = Signal(object)  # BackupManifest, before asking to restore
    restore_starting = Signal()  # stop the sync now: the restore waits for it
    restore_failed = Signal()  # nothing was replaced: the sync may go on
    restored = Signal(object)  # RestoreReport

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.window = workspace, runner, parent
        self.question: QMessageBox | None = None
        self.task: ProgressTask | None = None

    # -- backup --------------------------------------------------------------------
    def ask_backup(self) -> None:
        stamp = f"{self.workspace.clock.now():%Y%m%d-%H%M}"
        suggested = Path.home() / f"sinergi-desa-{stamp}{BACKUP_SUFFIX}"
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Cadangkan data"), str(suggested),
            self.tr("Cadangan Sinergi Desa (*{suffix})").format(suffix=BACKUP_SUFFIX))
        if path:
            self.start_backup(Path(path if path.endswith(BACKUP_SUFFIX)
                                   else path + BACKUP_SUFFIX))

    def start_backup(self, target: Path) -> ProgressTask:
        data_dir, now = self.workspace.data_dir, self.workspace.clock.now()

        def work(control: TaskControl) -> BackupManifest:
            return create_backup(data_dir, target, _progress_of(control), now)

        def describe(manifest: BackupManifest) -> tuple[str, str]:
            return (self.tr("Cadangan tersimpan di {path}\n{villages} desa, {files} lampiran, "
                            "{size}.").format(path=target, villages=manifest.villages,
                                              files=manifest.attachments,
                                              size=_size(target.stat().st_size)), "")

        task = ProgressTask(self.runner, self.window, self.tr("Cadangkan data"))
        task.finished.connect(lambda manifest: manifest and self.backup_made.emit(manifest))
        task.start(work, describe, self.tr("Mencadangkan data"))
        self.task = task
        return task

    # -- restore -------------------------------------------------------------------
    def ask_restore(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Pulihkan data"), str(Path.home()),
            self.tr("Cadangan Sinergi Desa (*{suffix});;Semua berkas (*)").format(
                suffix=BACKUP_SUFFIX))
        if path:
            self.inspect(Path(path))

    def inspect(self, source: Path) -> None:
        """Check the whole file in a worker, then show what it holds and ask."""
        progress = QProgressDialog(self.tr("Memeriksa berkas cadangan…"), self.tr("Batal"),
                                   0, 0, self.window)
        progress.setWindowTitle(self.tr("Pulihkan data"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def done(manifest: BackupManifest) -> None:
            close_for_good(progress)
            if not control.is_cancelled():  # Batal: the user no longer wants to restore
                self._ask_restore(source, manifest)

        def failed(error: Exception) -> None:
            close_for_good(progress)
            report_error(self.window, error, self.tr("Memeriksa berkas cadangan"))

        def step(done_count: int, total: int, phase: str) -> None:
            progress.setLabelText(phase)
            progress.setMaximum(total)
            progress.setValue(done_count)

        control = self.runner.submit(
            lambda control: read_backup(source, None, _progress_of(control)), done, failed, step)
        progress.canceled.connect(control.cancel)
        progress.show()

    def _ask_restore(self, source: Path, manifest: BackupManifest) -> None:
        created = QLocale().toString(manifest.created_at, QLocale.FormatType.LongFormat)
        text = self.tr(
            "Berkas {name} berisi:\n\n"
            "• dibuat: {created}\n• {villages} desa/kelurahan\n• {files} lampiran\n"
            "• ukuran data: {size}\n• versi program: {version}\n\n"
            "Data yang sekarang akan diganti dengan isi berkas ini. Salinan data sekarang "
            "disimpan dulu di folder {backups}. Lanjutkan?"
        ).format(name=source.name, created=created, villages=manifest.villages,
                 files=manifest.attachments, size=_size(manifest.data_size),
                 version=manifest.app_version,
                 backups=self.workspace.data_dir / BACKUPS_FOLDER)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Pulihkan data"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self.window)
        box.setObjectName("restoreQuestion")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Pulihkan"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.start_restore(source))
        self.question = box
        box.open()
        self.inspected.emit(manifest)

    def start_restore(self, source: Path) -> ProgressTask:
        """Stop the sync and every other task, then restore alone, under the write lock."""
        data_dir, database = self.workspace.data_dir, self.workspace.db
        now = self.workspace.clock.now()

        def work(control: TaskControl) -> RestoreReport:
            return restore_backup(source, data_dir, data_dir / BACKUPS_FOLDER,
                                  _progress_of(control), database, now)

        def describe(report: RestoreReport) -> tuple[str, str]:
            return (self.tr("Data dipulihkan dari {name}. Jendela dibuka ulang dengan data "
                            "tersebut.\nSalinan data sebelumnya: {copy}").format(
                name=source.name, copy=report.safety_copy), "")

        self.restore_starting.emit()
        self.runner.cancel_running()  # the data they work on is about to be replaced
        task = ProgressTask(self.runner, self.window, self.tr("Pulihkan data"))
        task.finished.connect(self._restored)
        task.start(work, describe, self.tr("Memulihkan data"), exclusive=True)
        self.task = task
        return task

    def _restored(self, report: Any) -> None:
        if report is not None:
            self.restored.emit(report)
        else:
            self.restore_failed.emit()

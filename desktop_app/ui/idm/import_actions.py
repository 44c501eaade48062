"""IDM imports and the offline score template, from the menu, with progress and cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QWidget

from desktop_app.core.idm.imports import (
    IdmImportReport,
    import_national_sheet,
    import_rumusan,
    import_score_template,
    write_score_template,
)
from desktop_app.core.regions.code_changes import CodeMap
from desktop_app.core.villages.search import VillageFilter, search_villages
from desktop_app.core.workspace import Workspace
from desktop_app.ui.changes import Change, ChangeSet
from desktop_app.ui.idm.import_kinds import RUMUSAN, SHEET
from desktop_app.ui.progress_task import ProgressTask
from desktop_app.ui.tasks import TaskControl, TaskRunner


def describe(report: IdmImportReport) -> tuple[str, str]:
    counts = report.counts
    text = QCoreApplication.translate(
        "IdmImport", "Impor IDM selesai: {added} baru, {updated} diperbarui, {unchanged} tetap, "
                     "{skipped} dilewati. Ketidaksesuaian data resmi: {disagreements}.").format(
        disagreements=len(report.disagreements), **counts)
    proposed = [p for p in report.code_proposals.values() if p.candidates]
    if proposed:
        text += " " + QCoreApplication.translate(
            "IdmImport", "{count} kode desa di berkas sudah tidak berlaku; kode kininya "
                         "diusulkan di jendela berikutnya.").format(count=len(proposed))
    return text, report.summary()


class IdmImportTask(ProgressTask):
    """An IDM import; ``follow_up`` carries the import started after the user confirmed the
    current codes of villages whose code changed (see :class:`CodeMapDialog`)."""

    follow_up = Signal(object)
    code_map_dialog: Any = None


def start_idm_import(workspace: Workspace, runner: TaskRunner, parent: QWidget, kind: str,
                     paths: list[Path], province: str | None = None,
                     code_map: CodeMap | None = None) -> IdmImportTask:
    """Import rumusan files/folders, a national spreadsheet, or a filled template. Files or
    rows under changed village codes are offered for confirmation afterwards."""
    task = IdmImportTask(runner, parent, QCoreApplication.translate("IdmImport", "Impor data IDM"))
    db, editor = workspace.db, workspace.editor

    def work(control: TaskControl) -> IdmImportReport:
        if kind == RUMUSAN:
            return import_rumusan(db, paths, control.progress, control.is_cancelled, editor,
                                  code_map=code_map)
        if kind == SHEET:
            return import_national_sheet(db, paths[0], province or None, None,
                                         control.progress, control.is_cancelled, editor,
                                         code_map=code_map)
        return import_score_template(db, editor, paths[0], control.progress,
                                     control.is_cancelled)

    task.start(work, describe, QCoreApplication.translate(
        "IdmImport", "Impor data IDM (berkas yang salah tidak disimpan)"),
        changes=ChangeSet.of(Change.IDM))
    if kind in (RUMUSAN, SHEET) and code_map is None:
        task.finished.connect(lambda report: offer_code_map(
            task, workspace, runner, parent, kind, paths, province, report))
    return task


def offer_code_map(task: IdmImportTask, workspace: Workspace, runner: TaskRunner,
                   parent: QWidget, kind: str, paths: list[Path], province: str | None,
                   report: IdmImportReport | None) -> None:
    """Show the proposed current codes; import what the user confirms (only those files)."""
    from desktop_app.ui.idm.code_map_dialog import CodeMapDialog

    proposals = [p for p in (report.code_proposals.values() if report else ()) if p.candidates]
    if not proposals:
        return
    dialog = CodeMapDialog(proposals, parent)
    task.code_map_dialog = dialog

    def confirmed() -> None:
        choices = dialog.choices()
        if not choices:
            return
        again = paths if kind == SHEET else [
            Path(path) for p in proposals if p.old_code in choices for path in p.paths]
        task.follow_up.emit(start_idm_import(workspace, runner, parent, kind, again, province,
                                             CodeMap.confirmed(choices)))

    dialog.accepted.connect(confirmed)
    dialog.open()


def ask_idm_import(workspace: Workspace, runner: TaskRunner, parent: QWidget,
                   kind: str) -> ProgressTask | None:
    if kind == RUMUSAN:
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("IdmImport", "Folder berkas rumusan IDM (JSON)"))
        return start_idm_import(workspace, runner, parent, kind, [Path(folder)]) \
            if folder else None
    pattern = QCoreApplication.translate("IdmImport", "Spreadsheet (*.xlsx *.xls *.csv)")
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate(
        "IdmImport", "Pilih berkas"), "", pattern)
    if not path:
        return None
    province = None
    if kind == SHEET:
        province, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("IdmImport", "Wilayah"),
            QCoreApplication.translate("IdmImport", "Kode provinsi (kosongkan untuk semua):"),
            text="64")
        if not ok:
            return None
    return start_idm_import(workspace, runner, parent, kind, [Path(path)], province)


def export_template(workspace: Workspace, runner: TaskRunner, parent: QWidget,
                    village_filter: VillageFilter, path: Path, year: int) -> ProgressTask:
    """Write the score template for the villages the list currently shows."""
    task = ProgressTask(runner, parent, QCoreApplication.translate(
        "IdmImport", "Templat penilaian"))
    db = workspace.db

    def work(control: TaskControl) -> tuple[Path, int]:
        control.progress(0, 0, QCoreApplication.translate("IdmImport", "Menulis templat…"))
        with db.reading() as session:
            codes = [row.code for row in search_villages(session, village_filter, "code",
                                                         limit=1_000)]
        return write_score_template(db, path, codes, year), len(codes)

    def done(result: tuple[Path, int]) -> tuple[str, str]:
        written, count = result
        return QCoreApplication.translate(
            "IdmImport", "Templat untuk {count} desa tersimpan di {path}.").format(
            count=count, path=written), ""

    task.start(work, done, QCoreApplication.translate("IdmImport", "Menulis templat penilaian"))
    return task


def ask_export_template(workspace: Workspace, runner: TaskRunner, parent: Any,
                        village_filter: VillageFilter) -> ProgressTask | None:
    if not (village_filter.regency_code or village_filter.district_code):
        village_filter = VillageFilter(text=village_filter.text, kind=village_filter.kind)
    ask = QInputDialog(parent)
    ask.setWindowTitle(QCoreApplication.translate("IdmImport", "Templat penilaian"))
    ask.setLabelText(QCoreApplication.translate("IdmImport", "Tahun penilaian:"))
    ask.setInputMode(QInputDialog.InputMode.IntInput)
    ask.setIntRange(2015, 2100)
    ask.setIntValue(workspace.clock.today().year)
    # wide enough for its title beside the window manager's buttons (the dialog's layout
    # sets its size, so the label asks for the width)
    ask.findChild(QLabel).setMinimumWidth(
        ask.fontMetrics().horizontalAdvance(ask.windowTitle()) * 2 + 100)
    try:
        if ask.exec() != QInputDialog.DialogCode.Accepted:
            return None
        year = ask.intValue()
    finally:
        ask.deleteLater()
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate(
        "IdmImport", "Simpan templat"),
                                          f"templat-idm-{year}.xlsx", "Excel (*.xlsx)")
    return export_template(workspace, runner, parent, village_filter, Path(path), year) \
        if path else None

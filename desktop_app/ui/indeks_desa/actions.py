"""Indeks Desa work started from the menu: the kabupaten questionnaire workbook (write and
read back), official results, and installing a corrected definition or status cut-offs (which
recomputes every questionnaire, never official results)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from desktop_app.core.indeks_desa.recompute import recompute_questionnaires
from desktop_app.core.indeks_desa.store import FIRST_YEAR
from desktop_app.core.indeks_desa.template import (
    import_questionnaire_template,
    write_questionnaire_template,
)
from desktop_app.core.index.definition_files import install_definition, install_status_rule
from desktop_app.core.villages.search import VillageFilter, search_villages
from desktop_app.core.workspace import Workspace
from desktop_app.ui.changes import Change, ChangeSet
from desktop_app.ui.progress_task import ProgressTask
from desktop_app.ui.tasks import TaskControl, TaskRunner

WORKBOOKS = "Excel (*.xlsx)"
DEFINITIONS = "JSON (*.json)"


def export_workbook(workspace: Workspace, runner: TaskRunner, parent: QWidget,
                    village_filter: VillageFilter, path: Path, year: int) -> ProgressTask:
    """The questionnaire workbook for the villages the list shows (a kabupaten)."""
    task = ProgressTask(runner, parent, QCoreApplication.translate(
        "IndeksDesaActions", "Kuesioner Indeks Desa (XLSX)"))
    db, data_dir = workspace.db, workspace.data_dir

    def work(control: TaskControl) -> int:
        control.progress(0, 0, QCoreApplication.translate("IndeksDesaActions",
                                                          "Menulis kuesioner…"))
        with db.reading() as session:
            codes = [row.code for row in search_villages(session, village_filter, "code",
                                                         limit=1_000)]
        write_questionnaire_template(db, path, codes, year, data_dir)
        return len(codes)

    task.start(work, lambda count: (QCoreApplication.translate(
        "IndeksDesaActions", "Kuesioner untuk {count} desa tersimpan di {path}.").format(
        count=count, path=path), ""), QCoreApplication.translate(
        "IndeksDesaActions", "Menulis kuesioner Indeks Desa"))
    return task


def ask_export_workbook(workspace: Workspace, runner: TaskRunner, parent: QWidget,
                        village_filter: VillageFilter) -> ProgressTask | None:
    """Ask the year and where to save, then write the workbook for the listed villages."""
    year, ok = QInputDialog.getInt(
        parent, QCoreApplication.translate("IndeksDesaActions", "Kuesioner Indeks Desa (XLSX)"),
        QCoreApplication.translate("IndeksDesaActions", "Tahun penilaian:"),
        max(workspace.clock.today().year - 1, FIRST_YEAR), FIRST_YEAR, 2100)
    if not ok:
        return None
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate(
        "IndeksDesaActions", "Simpan kuesioner"), f"kuesioner-indeks-desa-{year}.xlsx",
        WORKBOOKS)
    return export_workbook(workspace, runner, parent, village_filter, Path(path), year) \
        if path else None


def ask_import_workbook(workspace: Workspace, runner: TaskRunner,
                        parent: QWidget) -> ProgressTask | None:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate(
        "IndeksDesaActions", "Kuesioner Indeks Desa terisi"), "", WORKBOOKS)
    return import_workbook(workspace, runner, parent, Path(path)) if path else None


def import_workbook(workspace: Workspace, runner: TaskRunner, parent: QWidget,
                    path: Path) -> ProgressTask:
    task = ProgressTask(runner, parent, QCoreApplication.translate(
        "IndeksDesaActions", "Kuesioner Indeks Desa (XLSX)"))
    db, editor, data_dir = workspace.db, workspace.editor, workspace.data_dir

    def work(control: TaskControl) -> dict[str, int]:
        control.progress(0, 0, QCoreApplication.translate("IndeksDesaActions",
                                                          "Membaca kuesioner…"))
        return import_questionnaire_template(db, editor, path, data_dir)

    def describe(found: dict[str, int]) -> tuple[str, str]:
        return QCoreApplication.translate(
            "IndeksDesaActions", "Kuesioner {count} desa dibaca ({answers} skor aspek).").format(
            count=len(found), answers=sum(found.values())), "\n".join(
            f"{code}: {count}" for code, count in found.items())

    task.start(work, describe, QCoreApplication.translate(
        "IndeksDesaActions", "Membaca kuesioner Indeks Desa (berkas yang salah tidak disimpan)"),
        changes=ChangeSet.of(Change.INDEKS_DESA))
    return task


def ask_install(workspace: Workspace, runner: TaskRunner, parent: QWidget,
                status_rule: bool) -> ProgressTask | None:
    """Install a corrected definition (or a year's status cut-offs), then rescore."""
    title = QCoreApplication.translate("IndeksDesaActions", "Batas status Indeks Desa") \
        if status_rule else QCoreApplication.translate("IndeksDesaActions",
                                                       "Definisi Indeks Desa")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", DEFINITIONS)
    if not path:
        return None
    return install(workspace, runner, parent, Path(path), status_rule)


def install(workspace: Workspace, runner: TaskRunner, parent: QWidget, path: Path,
            status_rule: bool) -> ProgressTask:
    task = ProgressTask(runner, parent, QCoreApplication.translate(
        "IndeksDesaActions", "Memasang definisi Indeks Desa"))
    db, editor, data_dir = workspace.db, workspace.editor, workspace.data_dir

    def work(_control: TaskControl) -> tuple[int, list[str]]:
        (install_status_rule if status_rule else install_definition)(data_dir, path)
        return recompute_questionnaires(db, editor, data_dir)

    def describe(result: tuple[int, list[str]]) -> tuple[str, str]:
        changed, skipped = result
        return QCoreApplication.translate(
            "IndeksDesaActions", "Berkas {name} dipasang; {changed} kuesioner dihitung ulang, "
            "{skipped} tidak dapat dihitung ulang. Hasil resmi tidak berubah.").format(
            name=path.name, changed=changed, skipped=len(skipped)), "\n".join(skipped)

    task.start(work, describe, QCoreApplication.translate(
        "IndeksDesaActions", "Berkas tidak dipasang"), changes=ChangeSet.of(Change.INDEKS_DESA))
    return task


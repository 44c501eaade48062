"""The main window: section navigation on the left, the chosen section on the right.

Sections refresh themselves from the one change signal (:mod:`desktop_app.ui.changes`);
the window builds them, but never refreshes one by hand.

At start-up the window opens on the first window's data (:class:`core.start.StartData`:
the village list through plain sqlite3) and opens the workspace (the ORM) in a worker once
the list is shown; a section, a menu action or a village chosen before then is shown or
done once the workspace is there (see :meth:`MainWindow.when_ready`).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop_app import __version__
from desktop_app.ui.changes import Change
from desktop_app.ui.icons import icon
from desktop_app.ui.idm.import_kinds import RUMUSAN, SHEET, TEMPLATE
from desktop_app.ui.messages import notify, report_error
from desktop_app.ui.tasks import TaskRunner
from desktop_app.ui.villages.page import VillagePage, ask_unsaved_changes
from desktop_app.ui.window_state import save_window_state

if TYPE_CHECKING:
    from desktop_app.core.backup import RestoreReport
    from desktop_app.core.start import StartData
    from desktop_app.core.sync.service import SyncService
    from desktop_app.core.workspace import Workspace
    from desktop_app.ui.backup_actions import BackupActions
    from desktop_app.ui.idm.overview_page import IdmOverviewPage
    from desktop_app.ui.import_wilayah_dialog import WilayahImporter
    from desktop_app.ui.meetings.page import MeetingsPage
    from desktop_app.ui.progress_task import ProgressTask
    from desktop_app.ui.report_preview import ReportSettingsDialog
    from desktop_app.ui.settings_dialog import SettingsDialog
    from desktop_app.ui.supervision.findings_page import FindingsPage
    from desktop_app.ui.sync.sync_page import SyncPage

log = logging.getLogger(__name__)
# The GIL's switch interval (5 ms else) while the worker imports the workspace's modules:
# the import holds the GIL, and the GUI thread (a keystroke, the list's answer) gets it
# back sooner.
LOADING_SWITCH_S = 0.0005
OVERDUE_CHANGES = (Change.SUPERVISION, Change.VILLAGES, Change.SYNC_PULL)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace | StartData) -> None:
        """``workspace``: the open workspace, or the first window's data (the workspace is
        then opened in a worker once the village list is shown)."""
        super().__init__()
        self.start = workspace
        self._workspace: Workspace | None = None
        self._ready_work: list[Callable[[], None]] = []
        self._loading = False
        self._opened: list[Workspace] = []  # opened by this window, closed by close_data
        self.exit_code: int | None = None  # the program's, when the window says so
        self.runner = TaskRunner(self)
        self.importer: WilayahImporter | None = None
        self._closing = False
        self._stopping = False  # closing: waiting for the cancelled work to end
        self._sync_paused = False
        self.reopen_note: str | None = None  # set when the window closes to reopen the data
        self.backups: BackupActions | None = None
        self.setWindowTitle(self.tr("Sinergi Desa"))

        self.villages = VillagePage(workspace, self.runner)
        self.sections = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(150)
        # Sections other than the village list are built when first shown or used, so
        # that the window opens quickly (see _section).
        self._rows: dict[str, int] = {}
        self._builders: dict[int, Callable[[], QWidget]] = {}
        self._sync_service: SyncService | None = None
        # Only sections that work are listed; later sections add themselves here.
        self._add_section(self.tr("Desa && Profil").replace("&&", "&"), "villages",
                          page=self.villages)
        self._add_section(self.tr("Rekap IDM"), "idm", build=self._build_idm)
        self._add_section(self.tr("Rencana Aksi"), "action_plan",
                          build=self._build_action_plan)
        self._add_section(self.tr("Peta"), "map", build=self._build_map)
        self._add_section(self.tr("Rapat && Notulen").replace("&&", "&"), "meetings",
                          build=self._build_meetings)
        self._add_section(self.tr("Temuan Pengawasan"), "findings",
                          build=self._build_findings)
        self._add_section(self.tr("Sinkronisasi"), "sync", build=self._build_sync)
        self._fit_navigation()
        self.navigation.currentRowChanged.connect(self._show_section)
        self.navigation.setCurrentRow(0)
        self._started = False
        self._start_work: list[Callable[[], None]] = [self._after_start]
        self.villages.model.loaded.connect(self._first_page_shown)
        self.villages.model.failed.connect(self._first_page_shown)
        # the overdue count in the navigation, while the findings page does not exist yet
        self.runner.changes.changed.connect(
            lambda changes: changes.touches(OVERDUE_CHANGES) and self._count_overdue())

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.sections, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().showMessage(
            self.tr("Data: {folder}").format(folder=workspace.data_dir))
        self._show_user()
        self.resize(1280, 720)
        if hasattr(workspace, "db"):
            self._workspace_opened(workspace)  # type: ignore[arg-type]
            self.when_started(self._load_qt_texts)

    # -- the workspace, opened after the first window --------------------------------
    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            raise RuntimeError("the workspace is not open yet (see MainWindow.when_ready)")
        return self._workspace

    @workspace.setter
    def workspace(self, workspace: Workspace) -> None:
        self._workspace = self.start = workspace

    @property
    def ready(self) -> bool:
        """Whether the workspace is open (sections, menu actions, profiles work)."""
        return self._workspace is not None

    def when_ready(self, work: Callable[[], None]) -> None:
        """Run ``work`` now if the workspace is open, else as soon as it is."""
        if self.ready:
            work()
        else:
            self._ready_work.append(work)

    def _open_workspace(self) -> None:
        """In the writer thread: the workspace (SQLAlchemy, the models, the sync editor)
        and the modules the village page needs next; the GUI thread goes on meanwhile."""
        if self._loading or self.ready:
            return
        self._loading = True
        start, opened = self.start, self._opened
        qt_texts: list[Path | None] = []

        def work(_control: Any) -> Workspace:
            from desktop_app.ui.translations import prepare_qt_indonesian

            switch = sys.getswitchinterval()
            sys.setswitchinterval(LOADING_SWITCH_S)
            try:
                import desktop_app.ui.backup_actions
                import desktop_app.ui.villages.profile_form  # noqa: F401
                from desktop_app.core.workspace import open_workspace
            finally:
                sys.setswitchinterval(switch)
            workspace = open_workspace(start.data_dir, start.clock, start.reader)
            opened.append(workspace)
            qt_texts.append(prepare_qt_indonesian())  # Qt's own texts, before any dialog
            return workspace

        def done(workspace: Workspace) -> None:
            from desktop_app.ui.translations import install_qt_indonesian

            install_qt_indonesian(qt_texts[0] if qt_texts else None)
            self._workspace_opened(workspace)

        self.runner.submit(work, done, self._workspace_failed, writes=True)

    def _load_qt_texts(self) -> None:
        """Qt's own texts in Indonesian, prepared in a worker, for a window given an open
        workspace (the first run's wizard, a migration or the demo came first)."""
        from desktop_app.ui.translations import install_qt_indonesian, prepare_qt_indonesian

        self.runner.submit(lambda _control: prepare_qt_indonesian(), install_qt_indonesian,
                           lambda error: log.warning("Qt's Indonesian texts: %s", error))

    def _workspace_opened(self, workspace: Workspace) -> None:
        from desktop_app.ui.backup_actions import BackupActions

        if self._stopping:
            return  # closing meanwhile; close_data closes it
        self.workspace = workspace
        self.backups = BackupActions(workspace, self.runner, self)
        self.backups.restore_starting.connect(self._pause_sync)
        self.backups.restore_failed.connect(self._resume_sync)
        self.backups.restored.connect(self._reopen_after_restore)
        self.villages.attach(workspace)
        assert self.villages.form is not None
        self.villages.form.saved.connect(
            lambda _code: self.statusBar().showMessage(self.tr("Profil tersimpan."), 5000))
        self._show_user()
        current = self.navigation.currentRow()
        if current in self._builders:  # chosen while the workspace was opening
            self._show_section(current)
        work, self._ready_work = self._ready_work, []
        for done in work:
            done()
        if self._started:
            self._run_start_work()

    def _workspace_failed(self, error: Exception) -> None:
        """The data cannot be opened after all (the checks before the window passed):
        said as before the window, then the window closes."""
        from PySide6.QtCore import QCoreApplication

        from desktop_app.ui.window_guard import resume_window_guard

        resume_window_guard()
        QMessageBox.critical(self, QCoreApplication.translate("App", "Data tidak dapat dibuka"),
                             str(error))
        self.exit_code = 2
        self._closing = True
        self.close()

    def _backups(self) -> BackupActions:
        assert self.backups is not None  # made with the workspace
        return self.backups

    def close_data(self) -> None:
        """After the window closed and its work ended: close what it read through."""
        for workspace in {id(w): w for w in [*self._opened, self._workspace] if w}.values():
            workspace.close()
        self.start.reader.close()

    def _add_section(self, label: str, icon_name: str, page: QWidget | None = None,
                     build: Callable[[], QWidget] | None = None) -> None:
        """A section in the navigation: ``page`` now, or ``build`` when first needed."""
        self.navigation.addItem(QListWidgetItem(icon(icon_name), label))
        self.sections.addWidget(page if page is not None else QWidget())
        row = self.navigation.count() - 1
        self._rows[icon_name] = row
        if build is not None:
            self._builders[row] = build
        # Alt+1, Alt+2, … jump to a section
        QShortcut(QKeySequence(f"Alt+{row + 1}"), self,
                  lambda: self.navigation.setCurrentRow(row))

    def _page_at(self, row: int) -> QWidget:
        """The section's page, built now (in place of its placeholder) if not yet built."""
        build = self._builders.pop(row, None)
        if build is not None:
            placeholder = self.sections.widget(row)
            showing = self.sections.currentIndex()
            page = build()
            self.sections.insertWidget(row, page)
            self.sections.removeWidget(placeholder)
            placeholder.deleteLater()
            self.sections.setCurrentIndex(showing)
        return self.sections.widget(row)

    def _section(self, key: str) -> Any:
        return self._page_at(self._rows[key])

    def _built(self, key: str) -> bool:
        return self._rows[key] not in self._builders

    @property
    def idm(self) -> IdmOverviewPage:
        return self._section("idm")

    @property
    def meetings(self) -> MeetingsPage:
        return self._section("meetings")

    @property
    def findings(self) -> FindingsPage:
        return self._section("findings")

    @property
    def sync_page(self) -> SyncPage:
        return self._section("sync")

    def _build_idm(self) -> QWidget:
        from desktop_app.ui.idm.overview_page import IdmOverviewPage

        return IdmOverviewPage(self.workspace, self.runner)

    @property
    def action_plan(self) -> Any:
        return self._section("action_plan")

    def _build_action_plan(self) -> QWidget:
        from desktop_app.ui.action_plan.page import ActionPlanPage

        return ActionPlanPage(self.workspace, self.runner)

    def _build_meetings(self) -> QWidget:
        from desktop_app.ui.meetings.page import MeetingsPage

        return MeetingsPage(self.workspace, self.runner)

    def _build_findings(self) -> QWidget:
        from desktop_app.ui.supervision.findings_page import FindingsPage

        page = FindingsPage(self.workspace, self.runner)
        page.overdue_counted.connect(self._show_overdue)
        return page

    def _build_map(self) -> QWidget:
        from desktop_app.ui.maps.map_page import MapPage

        page = MapPage(self.workspace, self.runner)
        page.village_requested.connect(self.show_village)
        return page

    def show_village(self, code: str) -> None:
        """Open a village's profile in its section (a click on the map)."""
        self.navigation.setCurrentRow(self._rows["villages"])
        self.villages.show_village(code)

    def import_peta(self, path: Path | None = None, credit: str = "") -> Any:
        """Berkas → Impor batas wilayah… (``path`` given: without asking, for tests)."""
        from desktop_app.ui.maps.import_dialog import ask_and_import

        self.peta_importer = ask_and_import(self.workspace, self.runner, self, path, credit)
        return self.peta_importer

    def _build_sync(self) -> QWidget:
        from desktop_app.core.sync.service import SyncService
        from desktop_app.ui.sync.sync_page import SyncPage

        page = SyncPage(self._sync_service or SyncService(self.workspace), self.runner)
        if self._sync_paused:
            page.pause()
        return page

    def _pause_sync(self) -> None:
        """No sync from now on (a restore or closing); a running one is cut off."""
        self._sync_paused = True
        if self._built("sync"):
            self.sync_page.pause()

    def _resume_sync(self) -> None:
        self._sync_paused = False
        if self._built("sync"):
            self.sync_page.resume()

    def _show_section(self, row: int) -> None:
        if self.ready:  # else built once the workspace is open (_workspace_opened)
            self._page_at(row)
        self.sections.setCurrentIndex(row)

    # -- work that waits until the window is usable ----------------------------------
    def when_started(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the window is usable (the first page of villages is shown),
        so that start-up does not share the two cores with work that can wait."""
        if self._started and self.ready:
            QTimer.singleShot(0, work)
        else:
            self._start_work.append(work)

    def _first_page_shown(self, _result: object) -> None:
        if not self._started:
            self._started = True
            if self.ready:
                self._run_start_work()
            else:  # the start work follows once it is open
                QTimer.singleShot(0, self._open_workspace_when_quiet)

    def _open_workspace_when_quiet(self) -> None:
        """Open the workspace once no read is running: a search typed the moment the list
        shows answers first, instead of sharing the interpreter with the workspace's
        import (which holds it for most of ~0.3 s)."""
        if self._loading or self.ready or self._stopping:
            return
        if not self.runner.quiet:
            self.runner.idle.connect(self._open_when_idle)
            return
        self._open_workspace()

    def _open_when_idle(self) -> None:
        self.runner.idle.disconnect(self._open_when_idle)
        self._open_workspace_when_quiet()

    def _run_start_work(self) -> None:
        for work in self._start_work:
            QTimer.singleShot(0, work)
        self._start_work.clear()

    def _after_start(self) -> None:
        """Once the village list shows: the overdue count for the navigation, and the
        sync section (its service is made in a worker: keyring and HTTP client imports),
        which then probes the server on its own."""
        if not shiboken6.isValid(self) or not self.isVisible():
            return
        self._count_overdue()
        if self._built("sync"):
            return
        workspace = self.workspace

        def work(_control: Any) -> SyncService:
            from desktop_app.core.sync.service import SyncService

            return SyncService(workspace)

        def done(service: SyncService) -> None:
            if shiboken6.isValid(self) and self.isVisible() and not self._built("sync"):
                self._sync_service = service
                self._section("sync")

        self.runner.submit(work, done, lambda error: report_error(
            self, error, self.tr("Menyiapkan sinkronisasi")))

    def _count_overdue(self) -> None:
        """Overdue follow-ups for the navigation label, before the findings page exists."""
        if self._built("findings") or not self.ready:
            return  # the page counts them itself; or counted once the workspace is open
        db, today = self.workspace.db, self.workspace.clock.today()

        def work(_control: Any) -> int:
            from desktop_app.core.supervision.register import FindingFilter, count_findings

            with db.reading() as session:
                return count_findings(session, FindingFilter(today, overdue_only=True))

        def done(count: int) -> None:
            if shiboken6.isValid(self) and not self._built("findings"):
                self._show_overdue(count)

        self.runner.submit(work, done, lambda error: report_error(
            self, error, self.tr("Menghitung temuan")))

    def _show_overdue(self, count: int) -> None:
        """Overdue follow-ups at a glance, in the navigation."""
        item = self.navigation.item(self._rows["findings"])
        label = self.tr("Temuan Pengawasan")
        item.setText(self.tr("{label} ({count} terlambat)").format(label=label, count=count)
                     if count else label)
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """Wide enough for the longest label in either language, icons included."""
        width = max(150, self.navigation.sizeHintForColumn(0) + 12)
        self.navigation.setMinimumWidth(width)
        self.navigation.setMaximumWidth(width)

    def new_meeting(self) -> None:
        self.navigation.setCurrentRow(self.sections.indexOf(self.meetings))
        self.meetings.new_meeting()

    def open_settings(self) -> SettingsDialog:
        from desktop_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.workspace, self.runner, self)
        dialog.open()
        return dialog

    def _reopen_after_restore(self, report: RestoreReport) -> None:
        """The restored data is read afresh by a new window (see ui.app.run_gui)."""
        self.reopen_note = self.tr(
            "Data dipulihkan dari cadangan tanggal {created}. Salinan data sebelumnya: "
            "{copy}").format(created=report.manifest.created_at.strftime("%d-%m-%Y %H:%M"),
                             copy=report.safety_copy)
        self._closing = True
        self.close()

    def report_settings(self) -> ReportSettingsDialog:
        from desktop_app.ui.report_preview import ReportSettingsDialog

        dialog = ReportSettingsDialog(self.workspace, self.runner, self)
        dialog.open()
        return dialog

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        self._action(file_menu, self.tr("&Impor daftar wilayah…"), self.import_wilayah,
                     QKeySequence("Ctrl+I"), "import")
        self._action(file_menu, self.tr("Impor &batas wilayah…"), lambda: self.import_peta())
        idm_menu = file_menu.addMenu(self.tr("Data I&DM"))
        self._action(idm_menu, self.tr("Impor rumusan IDM resmi (folder JSON)…"),
                     lambda: self._idm_import(RUMUSAN))
        self._action(idm_menu, self.tr("Impor spreadsheet IDM nasional…"),
                     lambda: self._idm_import(SHEET))
        idm_menu.addSeparator()
        self._action(idm_menu, self.tr("Ekspor templat penilaian (desa di daftar)…"),
                     self._export_template)
        self._action(idm_menu, self.tr("Impor templat penilaian terisi…"),
                     lambda: self._idm_import(TEMPLATE))
        indeks_menu = file_menu.addMenu(self.tr("Data Indeks D&esa"))
        self._action(indeks_menu, self.tr("Impor hasil resmi Indeks Desa…"),
                     self.import_indeks_desa_results)
        indeks_menu.addSeparator()
        self._action(indeks_menu, self.tr("Ekspor kuesioner (desa di daftar)…"),
                     self._export_indeks_desa_workbook)
        self._action(indeks_menu, self.tr("Impor kuesioner terisi…"),
                     lambda: self._indeks_desa("import"))
        indeks_menu.addSeparator()
        self._action(indeks_menu, self.tr("Pasang definisi Indeks Desa…"),
                     lambda: self._indeks_desa("definition"))
        self._action(indeks_menu, self.tr("Pasang batas status Indeks Desa…"),
                     lambda: self._indeks_desa("status"))
        self._action(file_menu, self.tr("&Rapat baru"), self.new_meeting,
                     QKeySequence("Ctrl+Shift+N"), "new")
        self._action(file_menu, self.tr("Kop surat && &kertas…"), self.report_settings)
        self._action(file_menu, self.tr("&Nama pengguna…"), self.change_user, None, "user")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Cadangkan data…"), lambda: self._backups().ask_backup(),
                     QKeySequence("Ctrl+Shift+B"), "backup")
        self._action(file_menu, self.tr("&Pulihkan data…"),
                     lambda: self._backups().ask_restore(), None, "restore")
        self._action(file_menu, self.tr("Pen&gaturan…"), self.open_settings,
                     QKeySequence("Ctrl+,"), "settings")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Keluar"), self.close, QKeySequence.StandardKey.Quit,
                     "quit", anytime=True)
        sync_menu = self.menuBar().addMenu(self.tr("&Sinkronisasi"))
        self._action(sync_menu, self.tr("&Sinkronkan sekarang"),
                     lambda: self.sync_page.sync_now(), QKeySequence("Ctrl+Shift+S"), "sync")
        self._action(sync_menu, self.tr("&Pengaturan server…"),
                     lambda: self.sync_page.open_settings())
        self._action(sync_menu, self.tr("&Ekspor paket sinkronisasi…"),
                     lambda: self.sync_page.export_bundle())
        self._action(sync_menu, self.tr("&Impor paket balasan…"),
                     lambda: self.sync_page.import_bundle())
        help_menu = self.menuBar().addMenu(self.tr("Ban&tuan"))
        self._action(help_menu, self.tr("&Tentang Sinergi Desa"), self.about, None, "about",
                     anytime=True)

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None,
                icon_name: str | None = None, anytime: bool = False) -> QAction:
        """A menu action; chosen before the workspace is open, it runs once it is (unless
        ``anytime``)."""
        action = QAction(text, self)
        if icon_name is not None:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(
            lambda _checked=False: slot() if anytime else self.when_ready(slot))
        menu.addAction(action)
        return action

    # -- actions -------------------------------------------------------------------
    def import_wilayah(self) -> None:
        from desktop_app.ui.import_wilayah_dialog import ask_and_import

        importer = ask_and_import(self.workspace, self.runner, self)
        if importer is not None:
            self._watch_import(importer)

    def start_import(self, folder: Path, province: str | None) -> WilayahImporter:
        """Import without asking (the dialog's second half; used by tests and scripts)."""
        from desktop_app.ui.import_wilayah_dialog import WilayahImporter

        importer = WilayahImporter(self.workspace, self.runner, self)
        self._watch_import(importer)
        importer.start(folder, province)
        return importer

    def _idm_import(self, kind: str) -> None:
        from desktop_app.ui.idm.import_actions import ask_idm_import

        task = ask_idm_import(self.workspace, self.runner, self, kind)
        if task is not None:
            self._watch_idm(task)

    def _watch_idm(self, task: ProgressTask) -> None:
        """The running IDM import (its follow-up too), for tests and scripts."""
        self.idm_task = task
        follow_up = getattr(task, "follow_up", None)  # files under changed codes, confirmed
        if follow_up is not None:
            follow_up.connect(self._watch_idm)

    def start_idm_import(self, kind: str, paths: list[Path],
                         province: str | None = None) -> ProgressTask:
        """Import IDM data without asking (used by tests and scripts)."""
        from desktop_app.ui.idm.import_actions import start_idm_import

        task = start_idm_import(self.workspace, self.runner, self, kind, paths, province)
        self._watch_idm(task)
        return task

    def import_indeks_desa_results(self) -> Any:
        from desktop_app.ui.indeks_desa.official_import_dialog import OfficialResultsDialog

        dialog = OfficialResultsDialog(self.workspace, self.runner, self)
        dialog.open()
        return dialog

    def _export_indeks_desa_workbook(self) -> None:
        from desktop_app.ui.indeks_desa.actions import ask_export_workbook

        ask_export_workbook(self.workspace, self.runner, self, self.villages.current_filter())

    def _indeks_desa(self, what: str) -> None:
        from desktop_app.ui.indeks_desa.actions import ask_import_workbook, ask_install

        if what == "import":
            ask_import_workbook(self.workspace, self.runner, self)
        else:
            ask_install(self.workspace, self.runner, self, status_rule=what == "status")

    def _export_template(self) -> None:
        from desktop_app.ui.idm.import_actions import ask_export_template

        ask_export_template(self.workspace, self.runner, self,
                            self.villages.current_filter())

    def _watch_import(self, importer: WilayahImporter) -> None:
        """The running region import, for tests and scripts."""
        self.importer = importer

    def change_user(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Nama pengguna"),
            self.tr("Nama Anda (dicatat pada setiap perubahan):"),
            text=self.workspace.person_name or "")
        if ok and name.strip():
            self.save_user(name.strip())

    def save_user(self, name: str) -> None:
        """In the writer thread: a sync or an import may hold the write lock for a while."""
        workspace = self.workspace

        def failed(error: Exception) -> None:
            report_error(self, error, self.tr("Menyimpan nama pengguna"))
            self._show_user()

        self.user_label.setText(self.tr("Pengguna: {name} (menyimpan…)").format(name=name))
        self.runner.submit(lambda _control: workspace.set_user(name),
                           lambda _result: self._show_user(), failed, writes=True)

    def _show_user(self) -> None:
        name = self.start.person_name
        if name is None:  # never the computer login ("root") as if it were a person
            self.user_label.setText(self.tr(
                "Pengguna: nama belum diisi (Berkas → Nama pengguna…)"))
        else:
            self.user_label.setText(self.tr("Pengguna: {name}").format(name=name))

    def about(self) -> None:
        notify(self, self.tr("Tentang Sinergi Desa"), self.tr(
            "Sinergi Desa {version}\nProfil desa, IDM, pengawasan APBDes dan notulen rapat "
            "untuk pendamping desa di Kalimantan Timur.\n\nDaftar wilayah: Kemendagri "
            "(data idn-area-data, lisensi ODbL).").format(version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        if (not self._closing and self._built("meetings")
                and not self.meetings.confirm_discard()):
            event.ignore()
            return
        form = self.villages.form
        if form is not None and form.dirty and not self._closing:
            answer = ask_unsaved_changes(self)
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                event.ignore()
                form.save(after=self._close_after_save)
                return
        if not self._stopping:
            save_window_state(self)
        if self.runner.busy:
            event.ignore()  # closes again once the cancelled work has ended
            self._stop_work()
            return
        self.runner.shut_down()
        event.accept()

    def _stop_work(self) -> None:
        """Cancel every task (a sync's request in flight is cut off) and close when the
        last one has ended; the GUI thread does not wait for them."""
        if self._stopping:
            return
        self._stopping = self._closing = True
        self.setEnabled(False)
        self.statusBar().showMessage(self.tr("Menghentikan pekerjaan yang berjalan…"))
        self._pause_sync()
        self.runner.idle.connect(self.close, Qt.ConnectionType.QueuedConnection)
        self.runner.shut_down()

    def _close_after_save(self) -> None:
        self._closing = True
        self.close()


def show_focus_hint(window: MainWindow) -> None:
    window.villages.search.setFocus(Qt.FocusReason.OtherFocusReason)

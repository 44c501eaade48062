"""The lean start (issue 21): the first window answers from plain sqlite3, before the ORM,
and the workspace opened after it serves the other sections as before."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from desktop_app.core.first_run import FIRST_RUN_DONE
from desktop_app.core.local_settings import set_setting
from desktop_app.core.migrate import head_revision
from desktop_app.paths import DATABASE_FILE
from tests.conftest import database_at_first_revision

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(workspace) -> Path:
    """A data folder as a user has it after the first day: wizard done, villages listed."""
    with workspace.db.writing() as session:
        set_setting(session, FIRST_RUN_DONE, "1")
    workspace.close()
    return workspace.data_dir


# Started as a user starts the program (cli.main), watched through the window's hook: what
# is imported when the window opens and when the workspace's load begins in a worker (after
# the first page, once no read runs: the search typed at once answers first); once the
# workspace is open, the IDM section chosen before it is built.
PROBE = textwrap.dedent("""
    import sys
    from desktop_app import cli
    from desktop_app.ui import app as gui
    from desktop_app.ui.main_window import MainWindow

    seen = {}
    open_workspace = MainWindow._open_workspace

    def opening(window):
        # the workspace load begins (in a worker): the first page is shown by then
        seen["loading"] = ("sqlalchemy" in sys.modules, window.villages.model.rowCount())
        open_workspace(window)

    MainWindow._open_workspace = opening

    def watch(window):
        page = window.villages
        seen["opened"] = ("sqlalchemy" in sys.modules, window.ready)

        def first_page(total):
            page.model.loaded.disconnect(first_page)
            page.model.loaded.connect(searched)
            page.search.setText("sungai")
            page.apply_filter()
            window.navigation.setCurrentRow(window._rows["idm"])  # before the workspace

        def searched(total):
            page.model.loaded.disconnect(searched)
            seen["searched"] = (total, [page.model.code_at(i) for i in range(total)])
            window.when_ready(ready)

        def ready():
            idm = window.sections.currentWidget()
            seen["ready"] = ("sqlalchemy" in sys.modules, type(idm).__name__,
                             window.villages.form is not None)
            print(repr(seen), flush=True)
            QApplication.instance().quit()

        from PySide6.QtWidgets import QApplication
        page.model.loaded.connect(first_page)

    gui.WINDOW_OPENED.append(watch)
    sys.exit(cli.main(["--data-dir", sys.argv[1]]))
""")


def test_the_first_window_answers_before_the_orm_is_imported(data_dir, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("SINERGI_DESA_DATA_DIR", None)
    done = subprocess.run([sys.executable, "-c", PROBE, str(data_dir)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = eval(done.stdout.strip().splitlines()[-1])
    assert seen["opened"] == (False, False)  # the window, without SQLAlchemy
    # The first page was listed through sqlite3 alone, and the search typed the moment it
    # showed answered before the workspace's load began (2 rows, not the first page's 10).
    assert seen["loading"] == (False, 2)
    assert seen["searched"] == (2, ["64.01.01.2002", "64.01.01.2003"])  # Kasungai, Sungai T.
    # the workspace opened after the list; the section chosen meanwhile is shown now
    assert seen["ready"] == (True, "IdmOverviewPage", True)


def _open_lean(qtbot, data_dir: Path, clock):
    from desktop_app.core.start import StartData
    from desktop_app.ui.app import create_application, open_for_window
    from desktop_app.ui.main_window import MainWindow

    create_application()
    start = open_for_window(data_dir, clock)
    assert isinstance(start, StartData)
    window = MainWindow(start)
    window.show()
    assert not window.ready  # opened once the first page is shown
    return window


def _close(window) -> None:
    window.runner.wait_idle()
    window._closing = True
    window.close()
    window.close_data()
    window.deleteLater()


def test_what_is_chosen_before_the_workspace_is_open_happens_once_it_is(
        qtbot, data_dir, clock):
    window = _open_lean(qtbot, data_dir, clock)
    try:
        page = window.villages
        assert page.form is None
        # a section, a village and a menu action chosen before the workspace is open
        window.navigation.setCurrentRow(window._rows["findings"])
        assert not window._built("findings")
        shown: list[str] = []
        page.profile_shown.connect(shown.append)
        page.open_village("64.01.01.2002")
        done = []
        window.when_ready(lambda: done.append(window.workspace.person_name))
        qtbot.waitUntil(lambda: window.ready, timeout=10_000)
        assert done == ["Rahmat (pendamping)"]
        assert type(window.sections.currentWidget()).__name__ == "FindingsPage"
        qtbot.waitUntil(lambda: shown == ["64.01.01.2002"], timeout=10_000)
        assert page.form is not None and page.details.widget(0) is page.form
        # the list keeps answering through the same read-only connections
        assert page.model.db is window.workspace.reader
        with qtbot.waitSignal(page.model.loaded, timeout=10_000) as loaded:
            page.search.setText("64.72")
            page.apply_filter()
        assert loaded.args == [2]
    finally:
        _close(window)


def test_the_village_list_cannot_write(data_dir):
    import sqlite3

    from desktop_app.core.reader import ReadOnlyDatabase

    reader = ReadOnlyDatabase(data_dir / DATABASE_FILE)
    try:
        with reader.reading() as conn, pytest.raises(sqlite3.OperationalError,
                                                     match="readonly"):
            conn.execute("DELETE FROM village")
    finally:
        reader.close()


def test_an_old_database_is_still_migrated_behind_its_progress_window_first(
        qtbot, tmp_path, clock):
    from desktop_app.ui.app import create_application, open_for_window

    create_application()
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    database_at_first_revision(data_dir / DATABASE_FILE)
    shown: list[str] = []
    app = QApplication.instance()

    def look() -> None:
        shown.extend(w.objectName() for w in app.topLevelWidgets()
                     if isinstance(w, QProgressDialog) and w.isVisible())

    from PySide6.QtCore import QTimer

    watcher = QTimer()
    watcher.timeout.connect(look)
    watcher.start(1)
    try:
        opened = open_for_window(data_dir, clock)
    finally:
        watcher.stop()
    try:
        assert hasattr(opened, "db")  # the workspace itself, migrated, not the lean start
        assert opened.migration.from_revision == "0001"
        assert opened.migration.to_revision == head_revision()
        assert opened.migration.backup is not None and opened.migration.backup.exists()
    finally:
        opened.close()


def test_without_the_first_run_done_the_window_opens_on_the_workspace(workspace, clock):
    from desktop_app.ui.app import open_for_window

    workspace.close()
    opened = open_for_window(workspace.data_dir, clock)
    try:
        assert hasattr(opened, "db")  # the wizard needs the workspace
    finally:
        opened.close()


def test_a_workspace_that_fails_to_open_after_the_window_closes_it(qtbot, data_dir, clock,
                                                                    monkeypatch):
    import desktop_app.core.workspace as workspace_module
    from desktop_app.core.data_folder import DataFolderError
    from desktop_app.ui import main_window

    def refused(*_args, **_kwargs):
        raise DataFolderError("Disk penuh.")

    said: list[str] = []
    monkeypatch.setattr(workspace_module, "open_workspace", refused)
    monkeypatch.setattr(main_window.QMessageBox, "critical",
                        lambda _parent, _title, text: said.append(text))
    window = _open_lean(qtbot, data_dir, clock)
    try:
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
        assert said == ["Disk penuh."]
        assert window.exit_code == 2 and not window.ready
    finally:
        _close(window)


def test_the_window_guard_steps_aside_until_the_workspace_is_open(qtbot, data_dir, clock,
                                                                  monkeypatch):
    """While the first window builds and the workspace opens (the menu's dialogs wait for
    it), the guard fits and words the main window only, off every other event's path; once
    the workspace is open, every window is fitted and worded again."""
    from PySide6.QtWidgets import QDialogButtonBox, QWidget

    from desktop_app.ui import window_guard
    from desktop_app.ui.app import create_application, open_for_window, open_main_window

    worded: list[str] = []
    indonesian_buttons = window_guard.indonesian_buttons

    def wording(window):
        worded.append(window.objectName() or type(window).__name__)
        indonesian_buttons(window)

    def probe() -> tuple[QWidget, QDialogButtonBox]:
        dialog = QWidget(None)
        dialog.setObjectName("probe")
        dialog.setWindowFlag(Qt.WindowType.Dialog)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
        qtbot.addWidget(dialog)
        return dialog, box

    monkeypatch.setattr(window_guard, "indonesian_buttons", wording)
    create_application()
    window = open_main_window(open_for_window(data_dir, clock))
    try:
        assert not window.ready and worded == ["MainWindow"]
        early, _ = probe()
        early.show()  # not on the guard's path meanwhile
        early.close()
        assert worded == ["MainWindow"]
        qtbot.waitUntil(lambda: window.ready, timeout=10_000)
        dialog, box = probe()
        dialog.show()
        assert worded == ["MainWindow", "probe"]
        assert sorted(b.text() for b in box.buttons()) == ["Batal", "OK"]
        dialog.close()
    finally:
        _close(window)

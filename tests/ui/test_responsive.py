"""The GUI thread never waits: not for the write lock (changing the user name while another
writer holds it), not for the network (closing while a sync waits on a silent server), not for
a migration at start-up (a progress window repaints meanwhile)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QProgressDialog

from desktop_app.core.db import Database
from desktop_app.core.local_settings import USER_NAME, get_setting
from desktop_app.core.migrate import head_revision
from desktop_app.core.sync.service import SyncService
from desktop_app.paths import DATABASE_FILE
from tests.conftest import database_at_first_revision
from tests.server.conftest import PASSWORD
from tests.sync.conftest import prepare_server
from tests.sync.proxy import FaultProxy

MOST_S = 5.0  # how long a holder keeps a lock if the test never lets it go (a failing run)


@contextmanager
def write_lock_held(db: Database) -> Iterator[tuple[threading.Event, threading.Event]]:
    """Another thread holds the program's write lock (as a sync or an import does) until
    the first event yielded is set; the second is set, still under the lock, if the holder
    gave up waiting for that."""
    held, release, gave_up = threading.Event(), threading.Event(), threading.Event()

    def hold() -> None:
        with db.writing():
            held.set()
            if not release.wait(MOST_S):
                gave_up.set()

    thread = threading.Thread(target=hold)
    thread.start()
    assert held.wait(MOST_S)
    try:
        yield release, gave_up
    finally:
        release.set()
        thread.join(MOST_S)


class Ticks:
    """A timer on the GUI thread: it fires only while the event loop runs."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self) -> None:
        self.count += 1


def test_changing_the_user_name_while_another_writer_holds_the_lock(
        qtbot, workspace, open_window, monkeypatch):
    window = open_window(workspace)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *_args, **_kwargs: ("Budi Santoso", True)))
    with write_lock_held(workspace.db) as (release, gave_up):
        window.change_user()
        # it returned while the other writer still held the lock: a call that waited for
        # the lock would have returned only after the holder gave up
        assert not gave_up.is_set()
        ticks = Ticks()
        qtbot.waitUntil(lambda: ticks.count >= 5, timeout=2_000)  # the window repaints
        assert "menyimpan" in window.user_label.text()
        with workspace.db.reading() as session:
            assert get_setting(session, USER_NAME) == "Rahmat (pendamping)"  # not yet
        release.set()
    qtbot.waitUntil(lambda: window.user_label.text() == "Pengguna: Budi Santoso",
                    timeout=5_000)
    with workspace.db.reading() as session:
        assert get_setting(session, USER_NAME) == "Budi Santoso"
    assert workspace.editor.user == "Budi Santoso"


@pytest.fixture
def silent_server(tmp_path) -> Iterator[FaultProxy]:
    """A real server behind a proxy that can stop answering."""
    server = prepare_server(tmp_path / "server").start()
    proxy = FaultProxy(server.port).start()
    try:
        yield proxy
    finally:
        proxy.release()
        proxy.stop()
        server.stop()


def test_closing_during_a_sync_that_waits_on_a_silent_server_is_prompt(
        qtbot, workspace, open_window, silent_server):
    window = open_window(workspace)
    service = SyncService(workspace, use_keyring=False)
    service.enrol(silent_server.url, "fac_paser", PASSWORD, "Laptop Rahmat")
    window._sync_service = service
    page = window.sync_page
    silent_server.hold_responses_after(b"/sync/pull")
    page.sync_now()
    qtbot.waitUntil(lambda: silent_server.holding, timeout=10_000)

    window.close()
    # close() came back at once, the window still up while the sync is cut off (a close that
    # waited for the sync would come back with the window gone)
    assert window.isVisible()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2_000)
    assert page.progress_label.text() == "Sinkronisasi dibatalkan."
    assert not page.running


def _migration_windows() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
            and w.objectName() == "migrationProgress" and w.isVisible()]


def test_start_up_on_an_old_database_shows_a_progress_window_while_migrating(
        qtbot, tmp_path):
    from desktop_app.ui.app import create_application, open_data_folder

    create_application()
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    path = data_dir / DATABASE_FILE
    database_at_first_revision(path)
    # Another program holds the file's write lock: the migration has to wait for it.
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with sqlite3.connect(path) as connection:
            connection.execute("BEGIN IMMEDIATE")
            held.set()
            release.wait(MOST_S)

    holder = threading.Thread(target=hold)
    holder.start()
    assert held.wait(MOST_S)
    seen: list[str] = []

    def look() -> None:
        for dialog in _migration_windows():
            seen.append(dialog.labelText())
            release.set()

    watcher = QTimer()
    watcher.timeout.connect(look)
    watcher.start(10)
    try:
        workspace = open_data_folder(data_dir)
    finally:
        watcher.stop()
        release.set()
        holder.join(MOST_S)
    try:
        assert seen and seen[0] == "Memperbarui basis data… (cadangan dibuat lebih dulu)"
        assert workspace.migration.from_revision == "0001"
        assert workspace.migration.to_revision == head_revision()
        assert workspace.migration.backup is not None and workspace.migration.backup.exists()
        assert not _migration_windows()
        with sqlite3.connect(path) as connection:
            assert connection.execute("SELECT name FROM province").fetchall() == \
                [("Kalimantan Timur",)]
    finally:
        workspace.close()


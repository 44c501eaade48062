"""The IDM overview page closed (and deleted) while its workers still query."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from desktop_app.ui.idm import overview_page
from desktop_app.ui.idm.overview_page import IdmOverviewPage
from desktop_app.ui.tasks import TaskRunner


def test_closing_the_page_while_its_queries_run(qtbot, workspace, idm_data, monkeypatch):
    release = threading.Event()
    started = threading.Semaphore(0)
    real_overview, real_matrix = overview_page.status_overview, overview_page.synergy_matrix

    def held(real):
        def query(*args, **kwargs):
            started.release()
            assert release.wait(10), "the test never released the query"
            return real(*args, **kwargs)
        return query

    monkeypatch.setattr(overview_page, "status_overview", held(real_overview))
    monkeypatch.setattr(overview_page, "synergy_matrix", held(real_matrix))
    runner = TaskRunner()
    page = IdmOverviewPage(workspace, runner)  # the overview's query starts, and waits
    page.load_synergy()  # so does the synergy matrix's
    assert started.acquire(timeout=10)
    page.close()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(page)
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        release.set()  # the results arrive for a page that is gone: nothing is shown
    runner.wait_idle()

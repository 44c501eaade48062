"""The one change signal: edits report what changed, sections refresh themselves."""

import ast
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop_app.ui import main_window
from desktop_app.ui.changes import Change, Changes, ChangeSet, follow_changes
from desktop_app.ui.tasks import TaskRunner
from tests.ui.test_apbdes_pages import show_apbdes


def stack_of_two(qtbot) -> tuple[QStackedWidget, QWidget, QWidget]:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    shown, hidden = QWidget(), QWidget()
    stack.addWidget(shown)
    stack.addWidget(hidden)
    stack.show()
    return stack, shown, hidden


def test_followers_refresh_for_their_kinds_lazily_when_hidden(qtbot):
    hub = Changes()
    stack, shown, hidden = stack_of_two(qtbot)
    seen: dict[str, list[frozenset[Change]]] = {"shown": [], "eager": [], "lazy": []}
    follow_changes(hub, shown, (Change.MEETINGS,), lambda c: seen["shown"].append(c.kinds),
                   lazy=True)
    follow_changes(hub, hidden, (Change.MEETINGS, Change.SYNC_PULL),
                   lambda c: seen["eager"].append(c.kinds))
    follow_changes(hub, hidden, (Change.MEETINGS, Change.SYNC_PULL),
                   lambda c: seen["lazy"].append(c.kinds), lazy=True)

    hub.report(Change.IDM)  # concerns nobody
    assert seen == {"shown": [], "eager": [], "lazy": []}
    hub.report(Change.MEETINGS, source=shown)  # its own edit: already shown there
    assert seen["shown"] == [] and len(seen["eager"]) == 1
    hub.report(Change.MEETINGS)
    hub.report(Change.SYNC_PULL, Change.PROFILE)
    assert seen["shown"] == [frozenset({Change.MEETINGS})]  # in view: at once
    assert seen["eager"][1:] == [frozenset({Change.MEETINGS}),
                                 frozenset({Change.SYNC_PULL, Change.PROFILE})]
    assert seen["lazy"] == []  # hidden: waits
    stack.setCurrentWidget(hidden)
    assert seen["lazy"] == [frozenset({Change.MEETINGS, Change.SYNC_PULL, Change.PROFILE})]
    stack.setCurrentWidget(shown)
    stack.setCurrentWidget(hidden)
    assert len(seen["lazy"]) == 1  # nothing new: no refresh

    hidden.deleteLater()
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=5_000)
    hub.report(Change.MEETINGS)  # the follower went with its widget
    assert len(seen["eager"]) == 3


def test_a_write_reports_its_changes_only_when_it_succeeded(qtbot):
    runner = TaskRunner()
    reported: list[ChangeSet] = []
    runner.changes.changed.connect(reported.append)
    done: list[object] = []
    failed: list[Exception] = []

    def fail(_control):
        raise ValueError("disk full")

    runner.submit(fail, done.append, failed.append, writes=True,
                  changes=ChangeSet.of(Change.MEETINGS))
    qtbot.waitUntil(lambda: failed != [], timeout=5_000)
    assert reported == []
    runner.submit(lambda _control: "id", done.append, failed.append, writes=True,
                  changes=ChangeSet.of(Change.MEETINGS))
    qtbot.waitUntil(lambda: reported != [], timeout=5_000)
    assert done == ["id"] and reported == [ChangeSet.of(Change.MEETINGS)]
    runner.shut_down()
    runner.wait_idle()


def test_a_finding_saved_in_a_village_tab_refreshes_the_findings_section(qtbot, workspace,
                                                                         open_window):
    """Two sections that know nothing of each other: the village's APBDes tab reports the
    new finding, the findings register (built, but behind the village list) reads it when
    it is shown, and the navigation counts it as overdue."""
    window = open_window(workspace)
    findings = window.findings
    qtbot.waitUntil(lambda: findings.count.text() == "0 temuan", timeout=5_000)
    assert window.sections.currentWidget() is window.villages
    panel = show_apbdes(qtbot, window, "64.01.01.2001")
    dialog = panel.open_finding(None)
    dialog.found_on.setDate(date(2026, 11, 2))
    dialog.description.setPlainText("Papan informasi proyek tidak dipasang")
    dialog.responsible.setText("TPK")
    dialog.deadline.setText("20-11-2026")  # before the pinned today: overdue
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.save()
    dialog.close()
    window.navigation.setCurrentRow(window.sections.indexOf(findings))
    qtbot.waitUntil(lambda: findings.model.rowCount() == 1, timeout=5_000)
    assert findings.count.text() == "1 temuan"
    nav = window.navigation.item(window.sections.indexOf(findings))
    qtbot.waitUntil(lambda: nav.text() == "Temuan Pengawasan (1 terlambat)", timeout=5_000)


def test_a_new_section_is_refreshed_without_the_main_window_knowing_it(qtbot, workspace,
                                                                       open_window):
    window = open_window(workspace)
    probe = QWidget()
    seen: list[frozenset[Change]] = []
    follow_changes(window.runner.changes, probe, (Change.WORKING_AREA,),
                   lambda changes: seen.append(changes.kinds))
    window.sections.addWidget(probe)  # a section the window was never told about
    dialog = window.open_settings()
    qtbot.waitUntil(lambda: dialog.values is not None, timeout=5_000)
    dialog.regency.setCurrentIndex(dialog.regency.findData("64.01"))
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.save()
    qtbot.waitUntil(lambda: seen == [frozenset({Change.WORKING_AREA})], timeout=5_000)
    # and the village list, which follows the same signal, opened on the working area
    qtbot.waitUntil(lambda: window.villages.regency.currentData() == "64.01", timeout=5_000)


def test_the_main_window_refreshes_no_section_by_hand():
    """Backs the behaviour above: the window calls no section's reload methods."""
    reloads = {"refresh", "apply_filter", "reapply_working_area", "open_village",
               "_load_regencies", "reload"}
    tree = ast.parse(Path(main_window.__file__).read_text(encoding="utf-8"))
    called = {node.func.attr for node in ast.walk(tree)
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)}
    assert called & reloads == set()

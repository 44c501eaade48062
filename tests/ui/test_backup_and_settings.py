"""Backup, restore and settings through the real main window (offscreen)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.auto_backup import DAILY, load_schedule
from desktop_app.core.local_settings import USER_NAME, get_setting
from desktop_app.core.preferences import ENGLISH, load_preferences, preferences_path
from desktop_app.core.reports.settings import load_report_settings
from desktop_app.ui.messages import message_text


def test_backup_then_restore_from_the_window_reopens_with_the_old_data(
        qtbot, tmp_path, workspace, open_window):
    window = open_window(workspace)
    target = tmp_path / "cadangan.sdbackup"
    with qtbot.waitSignal(window.backups.backup_made, timeout=10_000):
        window.backups.start_backup(target)
    workspace.set_user("Sesudah cadangan")

    with qtbot.waitSignal(window.backups.inspected, timeout=10_000) as inspected:
        window.backups.inspect(target)
    assert inspected.args[0].villages == 10
    question = window.backups.question
    assert "10 desa/kelurahan" in question.text() and "0.1.0" in question.text()
    with qtbot.waitSignal(window.backups.restored, timeout=10_000):
        question.button(QMessageBox.StandardButton.Yes).click()
    assert window.reopen_note and "Salinan data sebelumnya" in window.reopen_note
    assert not window.isVisible()  # closed, for run_gui to open the data afresh
    with workspace.db.reading() as session:
        assert get_setting(session, USER_NAME) == "Rahmat (pendamping)"
    with sqlite3.connect(workspace.db.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_damaged_backup_is_refused_with_a_message(qtbot, tmp_path, workspace, open_window):
    window = open_window(workspace)
    bad = tmp_path / "rusak.sdbackup"
    bad.write_bytes(b"PK\x03\x04" + b"\0" * 3000)
    window.backups.inspect(bad)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "notice") is not None,
                    timeout=10_000)
    notice = window.findChild(QMessageBox, "notice")
    assert "rusak" in message_text(notice) and "Tidak ada data yang diubah" in \
        message_text(notice)
    assert window.reopen_note is None and window.isVisible()


@pytest.fixture
def scratch_preferences():
    """The preferences file of the test session, removed again afterwards."""
    yield preferences_path()
    preferences_path().unlink(missing_ok=True)


def test_settings_are_saved_where_they_belong(qtbot, tmp_path, workspace, open_window,
                                              scratch_preferences):
    window = open_window(workspace)
    dialog = window.open_settings()
    qtbot.waitUntil(lambda: dialog.values is not None, timeout=5_000)
    assert dialog.tabs.count() == 3 and dialog.findChild(object, "serverSettings")
    dialog.language.setCurrentIndex(dialog.language.findData(ENGLISH))
    dialog.paper.setCurrentIndex(dialog.paper.findData("F4"))
    assert dialog.number_pattern.text() == "005/{nomor}/{bulan_romawi}/{tahun}"
    dialog.number_pattern.setText("414.2/{nomor}/DPMPD/{bulan_romawi}/{tahun}")
    dialog.schedule.setCurrentIndex(dialog.schedule.findData(DAILY))
    dialog.data_folder.setText(str(tmp_path / "folder-baru"))
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.save()
    preferences = load_preferences()
    assert preferences.language == ENGLISH
    assert preferences.data_dir == str(tmp_path / "folder-baru")
    assert load_schedule(workspace.db)[0] == DAILY
    with workspace.db.reading() as session:
        assert load_report_settings(session).paper == "F4"
        assert load_report_settings(session).number_pattern == \
            "414.2/{nomor}/DPMPD/{bulan_romawi}/{tahun}"


def test_the_working_area_is_changed_in_settings_and_applied(qtbot, workspace, open_window):
    """Issue 15: the wizard's working area can be changed later; the open lists follow."""
    from desktop_app.core.first_run import load_working_area

    window = open_window(workspace)
    page = window.villages
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=5_000)  # no area yet
    findings = window.findings
    dialog = window.open_settings()
    qtbot.waitUntil(lambda: dialog.values is not None, timeout=5_000)
    assert dialog.regency.currentData() is None and dialog.district.text() == ""
    dialog.regency.setCurrentIndex(dialog.regency.findData("64.01"))
    dialog.district.setText("Batu Sopang")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.save()
    with workspace.db.reading() as session:
        area = load_working_area(session)
    assert (area.regency, area.district) == ("64.01", "Batu Sopang")
    qtbot.waitUntil(lambda: page.district.currentText() == "Batu Sopang", timeout=5_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)
    qtbot.waitUntil(lambda: findings.regency.currentData() == "64.01", timeout=5_000)

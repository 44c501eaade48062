"""The real window (DESIGN §3): Xvfb at 1366 × 768 with openbox, Qt's xcb platform.

Every section of the main window and every dialog reachable from it is opened with long,
realistic values; each top-level window must lie inside the screen's available area,
frame included, with its action buttons visible. A screenshot of each is saved to
``build/screenshots`` (or ``$SINERGI_SCREENSHOTS``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from desktop_app.core.meetings.entry import (
    ActionEntry,
    AgendaEntry,
    AgreementEntry,
    MeetingDraft,
    ParticipantEntry,
)
from desktop_app.core.meetings.store import save_meeting
from desktop_app.core.problems import Cancelled
from desktop_app.core.supervision.entry import FindingDraft
from desktop_app.core.supervision.store import save_finding
from desktop_app.ui.idm.import_kinds import SHEET
from desktop_app.ui.messages import message_text
from desktop_app.ui.progress_task import ProgressTask
from tests.conftest import PINNED_NOW, SMALL_WILAYAH, write_wilayah

pytestmark = pytest.mark.real_window

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("SINERGI_SCREENSHOTS", ROOT / "build" / "screenshots"))
TITLE = ("Rapat Koordinasi Percepatan Status IDM Kecamatan Tanjung Harapan Tahun 2026 "
         "bersama Perangkat Daerah dan Pemerintah Desa se-Kabupaten Paser Provinsi Kaltim")
AGENCY = ("Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Kalimantan Timur "
          "(DPMPD Kaltim) Bidang Pengembangan Kawasan Perdesaan")
LONG_VILLAGE = "Long Iram Bayan Sungai Mahakam Ulu Seberang Tanjung Harapan Baru Makmur"


@pytest.fixture
def small_wilayah(tmp_path: Path) -> Path:
    """The test regions, with a long village name."""
    files = dict(SMALL_WILAYAH)
    files["villages.csv"] = files["villages.csv"].replace("Batu Kajang", LONG_VILLAGE)
    return write_wilayah(tmp_path / "wilayah", files)


def test_long_title_is_150_characters():
    assert len(TITLE) >= 150


# -- what "fits" means ------------------------------------------------------------------
def frame_extents(window: QWidget) -> tuple[int, int, int, int] | None:
    """Left, right, top, bottom of the frame as the window manager set it (X's own word;
    Qt's frameGeometry() can lag behind)."""
    said = subprocess.run(["xprop", "-id", str(int(window.winId())), "_NET_FRAME_EXTENTS"],
                          capture_output=True, text=True, check=False).stdout
    if "=" not in said:
        return None
    left, right, top, bottom = (int(n) for n in said.split("=")[1].split(","))
    return left, right, top, bottom


def frame_of(window: QWidget) -> QRect:
    extents = frame_extents(window)
    assert extents is not None, f"{window.windowTitle()}: not framed by the window manager"
    left, right, top, bottom = extents
    return window.geometry().adjusted(-left, -top, right, bottom)


def settle(qtbot, window: QWidget) -> None:
    """Shown, exposed and framed by the window manager."""
    qtbot.waitExposed(window, timeout=10_000)
    qtbot.waitUntil(lambda: frame_extents(window) is not None, timeout=10_000)
    QApplication.processEvents()


def action_buttons(window: QWidget) -> list[QAbstractButton]:
    buttons: list[QAbstractButton] = []
    for box in window.findChildren(QDialogButtonBox):
        buttons += [b for b in box.buttons() if not b.isHidden()]
    buttons += [b for b in window.findChildren(QPushButton)
                if not b.isHidden() and b.isVisibleTo(window) and b not in buttons]
    return buttons


def assert_fits(window: QWidget) -> None:
    available = window.screen().availableGeometry()
    frame = frame_of(window)
    name = window.windowTitle() or type(window).__name__
    assert available.contains(frame), f"{name}: frame {frame} outside the screen {available}"
    for button in action_buttons(window):
        if not button.isVisible():
            continue  # on a tab page not shown
        corner = button.mapToGlobal(button.rect().topLeft())
        where = QRect(corner, button.size())
        assert available.contains(where), f"{name}: button {button.text()!r} at {where}"
        assert window.geometry().contains(where), f"{name}: {button.text()!r} clipped"
        assert button.visibleRegion().boundingRect() == button.rect(), \
            f"{name}: button {button.text()!r} partly hidden"


ENGLISH = {"Cancel", "Save", "Close", "Yes", "No", "Discard", "Apply", "Open", "Help",
           "Show Details...", "Hide Details...", "Reset", "Restore Defaults", "Abort",
           "Retry", "Ignore"}


def assert_indonesian(window: QWidget) -> None:
    """No button speaks Qt's English (the standard ones included)."""
    english = [b.text() for b in window.findChildren(QAbstractButton)
               if b.text().replace("&", "") in ENGLISH]
    assert not english, f"{window.windowTitle()}: English buttons {english}"


def screenshot(name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    subprocess.run(["import", "-window", "root", str(path)], check=True,
                   capture_output=True)
    return path


def check(qtbot, window: QWidget, name: str) -> None:
    settle(qtbot, window)
    screenshot(name)
    assert_fits(window)
    assert_indonesian(window)


# -- long, realistic data ----------------------------------------------------------------
@pytest.fixture
def long_workspace(workspace):
    db, editor = workspace.db, workspace.editor
    participants = [ParticipantEntry(f"Peserta Nomor {n} binti Abdurrahman Syahputra",
                                     "Kepala Seksi Pemberdayaan Masyarakat Desa", AGENCY,
                                     f"0812-5{n:03d}-7788") for n in range(1, 51)]
    save_meeting(db, editor, MeetingDraft(
        title=TITLE, meeting_date=PINNED_NOW.strftime("%d-%m-%Y"), place=(
            "Aula Kantor Camat Tanjung Harapan, Jalan Poros Tanah Grogot–Long Kali Km 12"),
        chair_name="Drs. H. Muhammad Syaifullah Ramadhan, M.Si.",
        chair_position="Kepala Bidang Pengembangan Kawasan Perdesaan DPMPD Provinsi Kaltim",
        village_codes=["64.01.02.2001", "64.01.01.2001"], agencies=[AGENCY] * 3,
        participants=participants,
        agenda=[AgendaEntry("Percepatan status IDM desa tertinggal", "Pembahasan " * 40)],
        agreements=[AgreementEntry("Setiap OPD menyusun rencana aksi " * 5)],
        actions=[ActionEntry(AGENCY, "Pembangunan jaringan air bersih " * 4,
                             "31-12-2026")]))
    for _n in range(3):
        save_finding(db, editor, FindingDraft(
            "64.01.01.2001", "01-11-2026", "keuangan", "tinggi",
            "Kuitansi belanja material talud tidak lengkap dan tidak ditandatangani " * 3,
            "Lengkapi bukti " * 10, AGENCY, "20-11-2026"), PINNED_NOW.date())
    return workspace


def test_every_section_fits_the_screen(qtbot, long_workspace, open_window):
    window = open_window(long_workspace)
    window.showMaximized()
    check(qtbot, window, "main-villages")
    window.showNormal()
    page = window.villages
    with qtbot.waitSignal(page.profile_shown, timeout=10_000):
        page.table.selectRow(page.model.row_of("64.01.01.2001"))
    check(qtbot, window, "main-village-long-name")
    open_long_meeting(qtbot, window)
    window.showNormal()
    check(qtbot, window, "main-meetings-long-title")
    for key in ("idm", "map", "findings", "sync", "villages"):
        window.navigation.setCurrentRow(window._rows[key])
        QApplication.processEvents()
        check(qtbot, window, f"main-{key}")


# -- a failed or cancelled long task leaves a window that answers ------------------------
def shown(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def press(key: str) -> None:
    """A real key press from outside, to whichever window has the keyboard."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True)


def wait_active(qtbot, window: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)


def close_message_with_escape(qtbot, name: str) -> str:
    """The one message box on screen, closed by Escape; its text as the user read it."""
    qtbot.waitUntil(lambda: len(shown(QMessageBox)) == 1, timeout=10_000)
    box = shown(QMessageBox)[0]
    check(qtbot, box, name)
    qtbot.waitUntil(lambda: not shown(QProgressDialog), timeout=10_000)
    wait_active(qtbot, box)
    text = message_text(box)
    press("Escape")
    qtbot.waitUntil(lambda: not shown(QMessageBox), timeout=10_000)
    return text


def assert_main_window_answers(qtbot, window) -> None:
    wait_active(qtbot, window)
    row = window._rows["findings"]
    press(f"alt+{row + 1}")
    qtbot.waitUntil(lambda: window.navigation.currentRow() == row, timeout=10_000)
    press("alt+1")
    qtbot.waitUntil(lambda: window.navigation.currentRow() == 0, timeout=10_000)


def start_failing_import(window, tmp_path: Path, kind: str) -> None:
    if kind == "backup":  # a damaged backup chosen in "Pulihkan data"
        damaged = tmp_path / "cadangan-rusak.sdbackup"
        damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 3000)
        window.backups.inspect(damaged)
    elif kind == "wilayah":  # a folder without the region files
        window.start_import(tmp_path / "folder-salah", "64")
    else:  # a damaged IDM spreadsheet (cut off while copying)
        damaged = tmp_path / "idm-2024-rusak.xlsx"
        damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
        window.start_idm_import(SHEET, [damaged], "64")


CAUSES = {"wilayah": "provinces.csv: berkas tidak ditemukan", "idm": "berkas rusak",
          "backup": "rusak"}
ADVICE = {"wilayah": "Periksa berkas atau folder", "idm": "Periksa berkas atau folder",
          "backup": "coba lagi"}


@pytest.mark.parametrize("kind", ["wilayah", "idm", "backup"])
def test_a_failed_import_can_be_dismissed_with_the_keyboard(qtbot, tmp_path, workspace,
                                                            open_window, kind):
    window = open_window(workspace)
    settle(qtbot, window)
    start_failing_import(window, tmp_path, kind)
    said = close_message_with_escape(qtbot, f"import-{kind}-failed")
    # the cause and what to do are in the message itself, in Indonesian
    assert CAUSES[kind] in said and ADVICE[kind] in said, said
    assert "zip" not in said.lower(), said
    assert_main_window_answers(qtbot, window)


def wait_for_cancel(control) -> None:
    """A long task's work: runs until the user cancels it."""
    cancelled = threading.Event()
    control.on_cancel(cancelled.set)
    control.progress(1, 10, "Mengimpor…")
    cancelled.wait(60)
    raise Cancelled()


@pytest.mark.parametrize("key", ["Escape", "Return"])
def test_a_cancelled_task_closes_its_progress_window(qtbot, workspace, open_window, key):
    """Escape, or Enter on its Batal button, cancels; the message then goes with Escape."""
    window = open_window(workspace)
    settle(qtbot, window)
    task = ProgressTask(window.runner, window, "Impor daftar wilayah")
    task.start(wait_for_cancel, lambda result: ("", ""), "Impor daftar wilayah")
    qtbot.waitUntil(lambda: len(shown(QProgressDialog)) == 1, timeout=10_000)
    progress = shown(QProgressDialog)[0]
    check(qtbot, progress, "progress-window")
    wait_active(qtbot, progress)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        press(key)
    assert "Dibatalkan" in close_message_with_escape(qtbot, f"cancelled-{key}")
    assert_main_window_answers(qtbot, window)


# -- every dialog and window the user can reach ------------------------------------------
def check_and_close(qtbot, window: QWidget, name: str) -> None:
    check(qtbot, window, name)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)


def show(dialog: QWidget) -> QWidget:
    dialog.show()
    return dialog


def test_every_dialog_and_preview_fits_the_screen(qtbot, long_workspace, open_window):
    from desktop_app.core.regions.code_changes import CodeProposal, CurrentVillage
    from desktop_app.ui.idm.code_map_dialog import CodeMapDialog
    from desktop_app.ui.import_wilayah_dialog import ImportWilayahDialog

    window = open_window(long_workspace)
    settle(qtbot, window)
    dialog = ImportWilayahDialog(window)
    dialog.folder.setText("/media/pendamping/FLASHDISK/" + "data wilayah kemendagri/" * 6)
    dialog.show()
    check_and_close(qtbot, dialog, "dialog-import-wilayah")
    from desktop_app.ui.maps.import_dialog import ImportPetaDialog

    peta = ImportPetaDialog(window)
    peta.file.setText("/media/pendamping/FLASHDISK/" + "batas wilayah desa BIG 2023/" * 5
                      + "desa-64.geojson")
    peta.show()
    check_and_close(qtbot, peta, "dialog-import-peta")
    check_and_close(qtbot, window.open_settings(), "dialog-settings")
    check_and_close(qtbot, window.report_settings(), "dialog-letterhead")
    check_and_close(qtbot, window.sync_page.open_settings(), "dialog-sync-server")
    window.about()
    assert close_message_with_escape(qtbot, "message-about")

    proposals = [CodeProposal(
        f"64.01.0{n}.20{n:02d}", f"{LONG_VILLAGE} {n}", "Tanjung Harapan", "64.01",
        "Kabupaten Paser", tuple(CurrentVillage(f"64.01.02.20{k:02d}", f"{LONG_VILLAGE} {k}",
                                                "Tanjung Harapan") for k in range(3)),
        True, [f"rumusan-idm-2024-{n}.json"]) for n in range(1, 9)]
    check_and_close(qtbot, show(CodeMapDialog(proposals, window)), "dialog-code-map")

    page = window.villages
    with qtbot.waitSignals([page.apbdes.loaded, page.profile_shown], timeout=10_000):
        page.table.selectRow(page.model.row_of("64.01.01.2001"))
    with qtbot.waitSignal(page.form.preview_opened, timeout=10_000) as opened:
        page.form.print_profile()
    profile_preview = opened.args[0]
    qtbot.waitUntil(lambda: profile_preview.result is not None, timeout=30_000)
    check_and_close(qtbot, profile_preview, "preview-village-profile")
    panel = page.apbdes
    qtbot.waitUntil(lambda: panel.findings_model.rowCount() == 3, timeout=10_000)
    check_and_close(qtbot, panel.open_finding(panel.findings_model.rows[0].id),
                    "dialog-finding-long")
    check_and_close(qtbot, panel.new_visit(), "dialog-visit")
    check_and_close(qtbot, panel.open_import(), "dialog-apbdes-import")

    meetings = open_long_meeting(qtbot, window)
    assert meetings.participants.rowCount() == 50
    with qtbot.waitSignal(meetings.preview_opened, timeout=20_000) as opened:
        meetings.print_report(False)
    preview = opened.args[0]
    qtbot.waitUntil(lambda: preview.result is not None, timeout=30_000)
    check_and_close(qtbot, preview, "preview-minutes-50-participants")


# -- one dialog per finding --------------------------------------------------------------
def test_double_clicking_a_finding_opens_one_dialog(qtbot, long_workspace, open_window):
    from desktop_app.ui.supervision.finding_dialog import FindingDialog

    window = open_window(long_workspace)
    page = window.findings
    window.navigation.setCurrentRow(window.sections.indexOf(page))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    settle(qtbot, window)
    wait_active(qtbot, window)
    view = page.table
    spot = view.viewport().mapToGlobal(view.visualRect(page.model.index(0, 1)).center())
    subprocess.run(["xdotool", "mousemove", str(spot.x()), str(spot.y()),
                    "click", "--repeat", "2", "--delay", "80", "1"], check=True)
    qtbot.waitUntil(lambda: len(shown(FindingDialog)) >= 1, timeout=10_000)
    dialog = shown(FindingDialog)[0]
    check(qtbot, dialog, "dialog-finding-from-register")
    assert len(shown(FindingDialog)) == 1
    again = page._open(page.model.index(0, 1))  # asked once more (Enter on the row)
    assert again is dialog and len(shown(FindingDialog)) == 1
    wait_active(qtbot, dialog)
    press("Escape")
    qtbot.waitUntil(lambda: not shown(FindingDialog), timeout=10_000)


# -- the IDM screens with data -----------------------------------------------------------
def test_idm_screens_and_dialogs_fit_the_screen(qtbot, workspace, idm_data, open_window):
    window = open_window(workspace)
    page = window.villages
    with qtbot.waitSignals([page.idm.loaded, page.profile_shown], timeout=10_000):
        page.table.selectRow(page.model.row_of("64.01.01.2001"))
    page.details.setCurrentWidget(page.idm)
    panel = page.idm
    assert panel.indicators.rowCount() == 50
    check(qtbot, window, "main-village-idm")
    panel.open_draft()
    check_and_close(qtbot, panel.draft_dialog, "dialog-idm-field-draft")
    with qtbot.waitSignal(panel.preview_opened, timeout=10_000) as opened:
        panel.print_report()
    preview = opened.args[0]
    qtbot.waitUntil(lambda: preview.result is not None, timeout=30_000)
    check_and_close(qtbot, preview, "preview-village-idm")
    window.navigation.setCurrentRow(window._rows["idm"])
    check(qtbot, window, "main-idm-with-data")


def test_a_long_error_message_fits_the_screen(qtbot, workspace, open_window):
    from desktop_app.core.problems import InputFileError, Problem
    from desktop_app.ui.messages import report_error

    window = open_window(workspace)
    settle(qtbot, window)
    folder = "/media/pendamping/FLASHDISK_KECAMATAN_TANJUNG_HARAPAN/" + "arsip_wilayah_2026/" * 6
    problems = [Problem(f"{folder}villages.csv", n, f"kode induk '64.01.{n:02d}' tidak sah "
                        f"untuk desa {LONG_VILLAGE}") for n in range(1, 40)]
    report_error(window, InputFileError(problems), "Impor daftar wilayah (tidak ada yang "
                 "disimpan)")
    said = close_message_with_escape(qtbot, "message-long-error")
    assert "masalah lain" in said  # the rest counted, not listed


def test_the_first_run_wizard_fits_the_screen(qtbot, tmp_path):
    """Each page, and the regions page saying why it cannot finish (issue 15)."""
    from desktop_app.ui.app import create_application
    from desktop_app.ui.first_run import FirstRunWizard

    create_application()
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    settle(qtbot, wizard)
    qtbot.wait(300)  # the first paint, before the screen is captured
    check(qtbot, wizard, "wizard-1-user")
    wizard.name.setText("Siti Aminah binti Abdul Rahman Pendamping Desa Kecamatan Long Iram")
    for page in range(3):
        wizard.next()
        check(qtbot, wizard, f"wizard-{page + 2}")
    missing = tmp_path / "FLASHDISK" / ("data wilayah kemendagri " * 5).strip()
    missing.mkdir(parents=True)
    wizard.folder.setText(str(missing))
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.region_problem.isVisible(), timeout=10_000)
    assert wizard.isVisible()  # refused: nothing would be imported
    check_and_close(qtbot, wizard, "wizard-4-regions-refused")


def test_village_picker_suggestions_and_target_refusal_on_screen(qtbot, long_workspace,
                                                                 open_window):
    """Issue 15: the meeting's villages by name, the suggestion popup on a real screen,
    and a facilitator's kabupaten target refused with its reason."""
    from desktop_app.core.first_run import USER_ROLE
    from desktop_app.core.local_settings import set_setting

    with long_workspace.db.writing() as session:
        set_setting(session, USER_ROLE, "pendamping")
    window = open_window(long_workspace)
    settle(qtbot, window)
    meetings = window.meetings
    window.navigation.setCurrentRow(window.sections.indexOf(meetings))
    qtbot.waitUntil(lambda: meetings.list.table.rowCount() == 1, timeout=10_000)
    meetings.list.table.selectRow(0)
    picker = meetings.form.general.villages
    qtbot.waitUntil(lambda: picker.names() == ["Tanjung Aru", LONG_VILLAGE], timeout=10_000)
    picker.search.setFocus()
    with qtbot.waitSignal(picker.suggested, timeout=10_000):
        qtbot.keyClicks(picker.search, "sung")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=10_000)
    assert window.screen().availableGeometry().contains(popup.geometry())
    screenshot("meeting-village-suggestions")
    offered = {row.name for row in picker.rows}
    wait_active(qtbot, window)
    press("Down")  # (the row under the mouse pointer may already be highlighted)
    press("Return")  # a suggestion, chosen from the keyboard
    qtbot.waitUntil(lambda: len(picker.names()) == 3, timeout=10_000)
    assert picker.names()[2] in offered and picker.search.text() == ""
    assert not popup.isVisible()

    page = window.idm
    window.navigation.setCurrentRow(window.sections.indexOf(page))
    qtbot.waitUntil(lambda: page.regency.findData("64.01") > 0, timeout=10_000)
    page.regency.setCurrentIndex(page.regency.findData("64.01"))
    page.tabs.setCurrentWidget(page.targets)
    page.targets.count.setValue(3)
    with qtbot.waitSignal(page.targets.saved, timeout=10_000):
        page.targets.save()
    assert page.targets.refusal.isVisible()
    check(qtbot, window, "main-idm-target-refused")


# -- cramped at 1366 px (issue 15, item 11) ----------------------------------------------
def show_village_tab(qtbot, window, tab: str):
    page = window.villages
    window.showMaximized()
    settle(qtbot, window)
    with qtbot.waitSignal(page.profile_shown, timeout=10_000):
        page.table.selectRow(page.model.row_of("64.01.01.2001"))
    if tab == "idm":
        with qtbot.waitSignal(page.idm.loaded, timeout=10_000):
            page.details.setCurrentIndex(1)
    QApplication.processEvents()
    return page


def test_the_village_idm_tables_fit_without_scrolling(qtbot, workspace, idm_data, open_window):
    from PySide6.QtWidgets import QTableWidget

    window = open_window(workspace)
    page = show_village_tab(qtbot, window, "idm")
    qtbot.waitUntil(lambda: page.idm.indicators.rowCount() == 50, timeout=10_000)
    qtbot.wait(300)  # the chart paints
    screenshot("cramped-village-idm-maximised")
    tables = page.idm.findChildren(QTableWidget)
    assert {t.objectName() for t in tables} >= {"idmYears", "idmIndicators"}
    for table in tables:
        assert not table.horizontalScrollBar().isVisible(), \
            f"{table.objectName()} scrolls sideways at 1366 px"
    status = page.idm.years.item(1, 6)
    assert status.text() == "Maju" and status.toolTip() == "Maju"


def assert_tabs_reachable(tabs) -> None:
    from PySide6.QtWidgets import QToolButton

    bar = tabs.tabBar()
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert not arrows, f"scroll arrows shown: {bar.width()} px for {bar.sizeHint().width()}"
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue  # hidden on purpose (the Musdes tab of a meeting that is no musdes)
        assert bar.rect().contains(bar.tabRect(index)), \
            f"tab {bar.tabText(index)!r} at {bar.tabRect(index)} outside {bar.rect()}"


@pytest.mark.parametrize("state", ["maximised", "normal"])
def test_every_profile_tab_is_reachable_without_arrows(qtbot, workspace, open_window, state):
    window = open_window(workspace)
    page = show_village_tab(qtbot, window, "profile")
    if state == "normal":
        window.showNormal()
        settle(qtbot, window)
    QApplication.processEvents()
    screenshot(f"cramped-village-profile-{state}")
    labels = [page.form.tabs.tabText(i) for i in range(page.form.tabs.count())]
    assert {"Riwayat", "BUMDes", "Catatan"} <= set(labels)
    assert_tabs_reachable(page.form.tabs)
    assert_tabs_reachable(page.details)
    assert_fits(window)


def assert_legend_fits(view) -> None:
    """The legend has room for every name whole, each with its marker (QLegend elides what
    does not fit: "Sangat…", "Terting…")."""
    from PySide6.QtGui import QFontMetricsF

    legend = view.chart().legend()
    metrics = QFontMetricsF(legend.font())
    markers = [m for m in legend.markers() if m.isVisible()]
    needed = sum(metrics.horizontalAdvance(m.label()) + 1.5 * metrics.height()
                 for m in markers)
    assert legend.geometry().width() >= needed, \
        f"legend {legend.geometry().width():.0f} px, its names need {needed:.0f}"


@pytest.mark.parametrize("state", ["maximised", "normal"])
def test_idm_recap_table_and_legend_fit(qtbot, workspace, idm_data, open_window, state):
    window = open_window(workspace)
    if state == "maximised":
        window.showMaximized()
    settle(qtbot, window)
    window.navigation.setCurrentRow(window._rows["idm"])
    overview = window.idm
    qtbot.waitUntil(lambda: overview.status_table.row_count() > 0, timeout=10_000)
    qtbot.wait(300)  # the chart paints
    screenshot(f"cramped-idm-recap-{state}")
    assert not overview.status_table.horizontalScrollBar().isVisible()
    names = {m.label() for m in overview.chart.chart().legend().markers()}
    assert {"Sangat Tertinggal", "Tertinggal", "Mandiri"} <= names
    assert_legend_fits(overview.chart)


def open_long_meeting(qtbot, window):
    """The meetings section with the long-titled meeting of ``long_workspace`` shown: its
    form."""
    meetings = window.meetings
    window.navigation.setCurrentRow(window.sections.indexOf(meetings))
    qtbot.waitUntil(lambda: meetings.list.table.rowCount() == 1, timeout=10_000)
    meetings.list.table.selectRow(0)
    qtbot.waitUntil(lambda: meetings.form.general.title.text() == TITLE, timeout=10_000)
    return meetings.form


def test_long_meeting_discussion_wraps(qtbot, long_workspace, open_window):
    from PySide6.QtCore import QRect, Qt

    window = open_window(long_workspace)
    window.showMaximized()
    settle(qtbot, window)
    meetings = open_long_meeting(qtbot, window)
    for table in (meetings.agenda, meetings.agreements):
        meetings.tabs.setCurrentIndex(meetings.tabs.indexOf(table.parentWidget()))
        qtbot.wait(200)
        screenshot(f"cramped-meeting-{meetings.tabs.tabText(meetings.tabs.currentIndex())}"
                   .replace(" ", "-").replace("&", ""))
        column = table.columnCount() - 1
        text = table.item(0, column).text()
        width = table.columnWidth(column) - 8  # the cell's margins
        needed = table.fontMetrics().boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text).height()
        assert table.rowHeight(0) >= needed, \
            f"{text[:20]}…: row {table.rowHeight(0)} px, the text needs {needed} in {width}"


def covered_text(cell: QWidget) -> list[str]:
    """Percentages a progress bar's chunk draws over, or that are cut or under a bar."""
    from PySide6.QtWidgets import QLabel, QProgressBar, QStyle, QStyleOptionProgressBar

    bars = [cell] if isinstance(cell, QProgressBar) else cell.findChildren(QProgressBar)
    problems = []
    for bar in bars:
        if not bar.isTextVisible() or bar.value() <= bar.minimum():
            continue
        option = QStyleOptionProgressBar()
        bar.initStyleOption(option)
        contents = bar.style().subElementRect(QStyle.SubElement.SE_ProgressBarContents,
                                              option, bar)
        label = bar.style().subElementRect(QStyle.SubElement.SE_ProgressBarLabel, option, bar)
        text = bar.fontMetrics().boundingRect(label, int(bar.alignment()), bar.text())
        chunk_end = contents.left() + contents.width() * (bar.value() - bar.minimum()) // max(
            1, bar.maximum() - bar.minimum())
        if chunk_end > text.left():
            problems.append(f"{bar.text()!r}: the bar's chunk covers it")
    for label in cell.findChildren(QLabel):
        if label.width() < label.sizeHint().width():
            problems.append(f"{label.text()!r}: cut")
        if any(label.geometry().intersects(bar.geometry()) for bar in bars):
            problems.append(f"{label.text()!r}: under a bar")
    return problems


@pytest.mark.parametrize("state", ["maximised", "normal"])
def test_budget_percentages_are_readable(qtbot, tmp_path, workspace, open_window, state):
    from tests.apbdes.test_import import ROWS, write_report
    from tests.ui.test_apbdes_pages import import_through_dialog

    window = open_window(workspace)
    page = show_village_tab(qtbot, window, "profile")
    if state == "normal":
        window.showNormal()
        settle(qtbot, window)
    page.details.setCurrentWidget(page.apbdes)
    panel = page.apbdes
    qtbot.waitUntil(lambda: panel.import_button.isEnabled(), timeout=10_000)
    import_through_dialog(qtbot, panel, write_report(tmp_path / "lra.xlsx", ROWS)).start_import()
    qtbot.waitUntil(lambda: panel.bidang.rowCount() == 1, timeout=10_000)
    for message in shown(QMessageBox):  # the import's summary
        message.close()
    panel.tabs.setCurrentIndex(1)
    qtbot.wait(200)
    screenshot(f"cramped-apbdes-bars-{state}")
    for table in (panel.bidang, panel.sources):
        for row in range(table.rowCount()):
            cell = table.cellWidget(row, 3)
            assert cell.isVisible() and "%" in cell.text()
            assert not covered_text(cell), covered_text(cell)


# -- dialogs shown with a blocking exec() ------------------------------------------------
def assert_title_has_room(dialog: QWidget) -> None:
    """The window manager's title bar shows the whole title (bold, beside three buttons)."""
    from PySide6.QtGui import QFontMetrics

    font = dialog.font()
    font.setBold(True)
    needed = QFontMetrics(font).horizontalAdvance(dialog.windowTitle()) + 100
    assert dialog.width() >= needed, f"{dialog.windowTitle()!r} cut: {dialog.width()} px"


def check_blocking(qtbot, start, name: str):
    """Runs ``start`` (which opens a dialog with exec() and waits for it); from inside its
    loop the dialog is checked like any window, photographed and rejected."""
    from PySide6.QtCore import QTimer

    problems: list[BaseException] = []
    seen: list[QWidget] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, inspect)
            return
        seen.append(dialog)
        try:
            check(qtbot, dialog, name)
            assert_title_has_room(dialog)
            wait_active(qtbot, dialog)
        except BaseException as error:  # raised once exec() has returned
            problems.append(error)
            dialog.reject()
            return
        press("Escape")  # as a user would; should Escape not close it, the test still ends

        def still_open() -> None:
            if dialog.isVisible():
                problems.append(AssertionError(f"{name}: Escape did not close it"))
                dialog.reject()

        QTimer.singleShot(5_000, dialog, still_open)  # dropped if the dialog is gone

    QTimer.singleShot(0, inspect)
    result = start()
    assert seen, f"{name}: no dialog was opened"
    if problems:
        raise problems[0]
    return result


def test_blocking_dialogs_fit_and_speak_indonesian_with_whole_titles(qtbot, workspace, open_window):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.core.villages.search import VillageFilter
    from desktop_app.ui.idm.import_actions import ask_export_template
    from desktop_app.ui.villages.page import ask_unsaved_changes

    window = open_window(workspace)
    settle(qtbot, window)
    answer = check_blocking(qtbot, lambda: ask_unsaved_changes(window), "dialog-unsaved-changes")
    assert answer == QMessageBox.StandardButton.Cancel
    check_blocking(qtbot, window.change_user, "dialog-user-name")
    assert workspace.person_name == "Rahmat (pendamping)"
    assert check_blocking(qtbot, lambda: ask_export_template(
        workspace, window.runner, window, VillageFilter()), "dialog-template-year") is None


# -- the follow-up's Desa is chosen, not typed by heart ----------------------------------
def test_follow_up_village_is_chosen_from_the_meeting_villages(qtbot, long_workspace,
                                                                open_window):
    from PySide6.QtWidgets import QLineEdit

    window = open_window(long_workspace)
    settle(qtbot, window)
    meetings = window.meetings
    window.navigation.setCurrentRow(window.sections.indexOf(meetings))
    qtbot.waitUntil(lambda: meetings.list.table.rowCount() == 1, timeout=10_000)
    meetings.list.table.selectRow(0)
    qtbot.waitUntil(lambda: len(meetings.form.general.villages.names()) == 2, timeout=10_000)
    table = meetings.form.actions
    meetings.form.tabs.setCurrentIndex(meetings.form.tabs.indexOf(table.parentWidget()))
    index = table.model().index(0, 4)
    table.setCurrentIndex(index)
    table.edit(index)
    qtbot.waitUntil(lambda: table.findChild(QLineEdit, "actionVillageEditor") is not None,
                    timeout=10_000)
    editor = table.findChild(QLineEdit, "actionVillageEditor")
    offered = editor.completer().model().stringList()
    assert sorted(offered) == sorted(["Tanjung Aru (64.01.02.2001)",
                                      f"{LONG_VILLAGE} (64.01.01.2001)"])
    wait_active(qtbot, window)
    editor.setFocus()
    subprocess.run(["xdotool", "type", "--delay", "20", "tanjung aru"], check=True)
    popup = editor.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=10_000)
    qtbot.wait(200)  # painted
    screenshot("meeting-follow-up-village")
    assert window.screen().availableGeometry().contains(popup.geometry())
    assert popup.width() >= popup.sizeHintForColumn(0), "suggestions cut"
    press("Down")
    press("Return")  # the suggestion
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=10_000)
    press("Return")  # the cell
    qtbot.waitUntil(lambda: table.item(0, 4).text() == "64.01.02.2001", timeout=10_000)
    shown_text = table.itemDelegateForIndex(index).displayText(table.item(0, 4).text(), None)
    assert shown_text == "Tanjung Aru (64.01.02.2001)"
    assert table.horizontalHeaderItem(4).text() == "Desa"


@pytest.mark.parametrize("state", ["maximised", "normal"])
def test_every_meeting_tab_is_reachable_without_arrows(qtbot, long_workspace, open_window,
                                                       state):
    window = open_window(long_workspace)
    if state == "maximised":
        window.showMaximized()
    settle(qtbot, window)
    meetings = open_long_meeting(qtbot, window)
    QApplication.processEvents()
    screenshot(f"cramped-meeting-tabs-{state}")
    assert_tabs_reachable(meetings.tabs)
    assert_fits(window)


@pytest.mark.parametrize(("mode", "accept"), [("open", "Buka"), ("save", "Simpan"),
                                              ("folder", "Pilih")])
def test_qts_own_file_dialog_speaks_indonesian(qtbot, tmp_path, mode, accept):
    """Where the system has no file chooser of its own, Qt's dialog shows: its labels and
    buttons read Indonesian, and it fits the screen."""
    from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel

    from desktop_app.ui.app import create_application

    create_application()
    dialog = QFileDialog(None, "Pilih berkas laporan realisasi", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    check(qtbot, dialog, f"dialog-file-{mode}")
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
    assert {"Lihat di:", "Jenis berkas:"} <= labels
    assert ("Nama folder:" if mode == "folder" else "Nama berkas:") in labels
    buttons = dialog.findChild(QDialogButtonBox).buttons()
    assert sorted(b.text().replace("&", "") for b in buttons) == sorted([accept, "Batal"])
    assert dialog.findChild(QComboBox) is not None
    dialog.reject()


def test_qts_file_dialog_with_its_indonesian_catalogue(qtbot, tmp_path, qt_indonesian):
    """With Qt's own texts in Indonesian (installed once the workspace is open): the
    columns, the tool buttons' tooltips and the view's context menu too."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QToolButton, QTreeView

    from desktop_app.ui.app import create_application

    create_application()
    (tmp_path / "realisasi-2025.xlsx").write_bytes(b"x" * 2048)
    (tmp_path / "foto kegiatan").mkdir()
    dialog = QFileDialog(None, "Pilih berkas laporan realisasi", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    tree = dialog.findChild(QTreeView)
    qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) == 2, timeout=5_000)
    check(qtbot, dialog, "dialog-file-qt-indonesian")
    model = tree.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Nama", "Ukuran", "Jenis", "Tanggal diubah"]
    assert dialog.findChild(QToolButton, "toParentButton").toolTip() == "Folder induk"
    dialog.reject()



def test_qts_print_dialog_with_its_indonesian_catalogue(qtbot, qt_indonesian):
    """Qt's own print dialog (Linux), its options shown: Indonesian, and it fits."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from desktop_app.ui.app import create_application

    create_application()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    options = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Opsi >>")
    options.click()
    check(qtbot, dialog, "dialog-print-qt-indonesian")
    assert dialog.windowTitle() == "Cetak" and options.text() == "&Opsi <<"
    dialog.reject()


GNOME_BUTTONS = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    class Recorder(QTranslator):
        asked = []

        def translate(self, context, source, disambiguation=None, n=-1):
            self.asked.append([context, source, disambiguation or None])
            return None

        def isEmpty(self):
            return False

    app = QApplication([])
    recorder = Recorder()
    app.installTranslator(recorder)
    kinds = [getattr(QDialogButtonBox.StandardButton, name) for name in sys.argv[2:]]
    probe = QDialogButtonBox()
    for kind in kinds:
        probe.addButton(kind)  # the keys Qt asks for
    app.removeTranslator(recorder)
    catalogue = QTranslator()
    assert catalogue.load(sys.argv[1])
    app.installTranslator(catalogue)
    box = QDialogButtonBox()
    texts = [box.addButton(kind).text() for kind in kinds]
    print(json.dumps({"asked": recorder.asked, "texts": texts}))
""")


def test_a_gnome_desktops_button_texts_are_in_the_catalogue(qt_indonesian_qm):
    """On a GNOME desktop Qt's standard buttons are QGnomeTheme's ("&Cancel"): its keys
    are the ones Qt asks for there, and they read as the window guard words them."""
    import json

    from tests.ui.test_qt_indonesian import catalogue

    kinds = ["Ok", "Save", "Cancel", "Close", "Discard", "Help"]
    done = subprocess.run(
        [sys.executable, "-c", GNOME_BUTTONS, str(qt_indonesian_qm), *kinds],
        env={**os.environ, "XDG_CURRENT_DESKTOP": "GNOME", "QT_QPA_PLATFORMTHEME": ""},
        capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    gnome = {key for key in catalogue() if key[0] == "QGnomeTheme"}
    assert gnome and gnome <= {tuple(key) for key in answer["asked"]}
    assert answer["texts"] == ["OK", "Simpan", "Batal", "Tutup", "Buang perubahan", "Bantuan"]

def test_a_text_fields_context_menu_reads_indonesian(qtbot, workspace, open_window,
                                                     qt_indonesian):
    """A real right click on the village search field: Qt's menu, in Indonesian."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMenu

    window = open_window(workspace)
    settle(qtbot, window)
    wait_active(qtbot, window)
    search = window.villages.search
    search.setText("tanjung")
    search.selectAll()
    seen: list[str] = []
    visible_ticks: list[int] = []
    timer = QTimer(window, interval=50)

    def shoot_and_close() -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu) or not popup.isVisible():
            return
        visible_ticks.append(1)
        if len(visible_ticks) < 4:  # painted by then
            return
        timer.stop()
        screenshot("context-menu-search-field")
        available = popup.screen().availableGeometry()
        assert available.contains(popup.frameGeometry())
        seen.extend(a.text().split("\t")[0] for a in popup.actions() if not a.isSeparator())
        popup.close()

    timer.timeout.connect(shoot_and_close)
    timer.start()
    spot = search.mapToGlobal(search.rect().center())
    subprocess.run(["xdotool", "mousemove", str(spot.x()), str(spot.y()), "click", "3"],
                   check=True)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    timer.stop()
    assert seen == ["&Urungkan", "U&langi", "Po&tong", "&Salin", "T&empel", "Hapus",
                    "Pilih semua"]


@pytest.mark.parametrize("restored", [(None, (2400, 1600)), ((300, 200), (2400, 1600)),
                                      ((900, 500), (1300, 700))],
                         ids=["larger", "larger-placed", "placed-partly-off"])
def test_the_lean_start_window_fits_the_screen(qtbot, workspace, clock, monkeypatch,
                                               restored):
    """The main window as the program opens it (the window guard off the application's
    path until the workspace is open) is still fitted to the screen, frame included,
    whatever size and place the last session left (a larger screen's, say)."""
    from desktop_app.core.first_run import FIRST_RUN_DONE
    from desktop_app.core.local_settings import set_setting
    from desktop_app.ui import app as gui
    from desktop_app.ui.app import create_application, open_for_window, open_main_window

    with workspace.db.writing() as session:
        set_setting(session, FIRST_RUN_DONE, "1")
    workspace.close()
    create_application()
    monkeypatch.setattr(gui, "start_auto_backup", lambda _window: None)
    import desktop_app.ui.window_state as window_state
    place, size = restored

    def restore(window: QWidget) -> None:
        if place is not None:
            window.move(*place)
        window.resize(*size)

    monkeypatch.setattr(window_state, "restore_window_state", restore)
    window = open_main_window(open_for_window(workspace.data_dir, clock))
    try:
        settle(qtbot, window)
        assert not window.isMaximized()
        assert_fits(window)
        qtbot.waitUntil(lambda: window.ready, timeout=10_000)
    finally:
        window.runner.wait_idle()
        window._closing = True
        window.close()
        window.close_data()
        window.deleteLater()

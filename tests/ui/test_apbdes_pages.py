"""The APBDes tab of a village and the findings register, on the real window."""

from pathlib import Path

from PIL import Image

from desktop_app.core.supervision.entry import FindingDraft
from desktop_app.core.supervision.store import change_status, save_finding
from tests.apbdes.test_import import ROWS, write_report
from tests.conftest import PINNED_NOW
from tests.ui.test_main_window import open_row

TODAY = PINNED_NOW.date()
SCREENSHOTS = Path(__file__).parent / "screenshots"


def show_apbdes(qtbot, window, code: str):
    page = window.villages
    with qtbot.waitSignal(page.apbdes.loaded, timeout=5_000):
        open_row(qtbot, page, code)
    page.details.setCurrentWidget(page.apbdes)
    panel = page.apbdes
    return panel


def import_through_dialog(qtbot, panel, path: Path):
    dialog = panel.open_import()
    dialog.year.setValue(2025)
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5_000)
    return dialog


def test_budget_tab_imports_shows_bars_checks_and_exports(qtbot, tmp_path, workspace,
                                                         open_window):
    window = open_window(workspace)
    panel = show_apbdes(qtbot, window, "64.01.01.2001")
    assert "belum ada APBDes" in panel.summary.text()
    assert not panel.export_button.isEnabled()
    dialog = import_through_dialog(qtbot, panel, write_report(tmp_path / "lra.xlsx", ROWS))
    assert dialog.mapping.isHidden() and "dikenali" in dialog.layout_note.text()
    dialog.start_import()
    qtbot.waitUntil(lambda: panel.budget.count() == 1, timeout=5_000)
    assert panel.budget.currentText() == "APBDes 2025 (murni)"
    assert panel.lines.rowCount() == 8
    assert panel.lines.item(7, 0).text() == "02.02.01 5.3.1"
    assert panel.lines.item(7, 5).text() == "50,0 %"
    assert panel.bidang.rowCount() == 1
    assert panel.bidang.cellWidget(0, 3).text() == "50,0 %"
    assert "Rp 1.500.000" in panel.summary.text() and "surplus Rp 300.000" in \
        panel.summary.text()
    checks = [panel.checks.item(i).text() for i in range(panel.checks.count())]
    assert panel.tabs.tabText(2) == f"Pemeriksaan ({len(checks)})"
    assert any("semester II tahun 2025 belum ada" in c for c in checks)
    window.resize(1366, 768)
    for index in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(index)
        window.grab().save(str(SCREENSHOTS / f"apbdes_tab_{index}.png"))
    target = tmp_path / "ekspor.xlsx"
    panel.export_to(target)
    qtbot.waitUntil(target.exists, timeout=5_000)
    preview = panel.print_report()
    with qtbot.waitSignal(preview.ready, timeout=20_000) as shown:
        pass
    assert shown.args[0].page_count >= 1
    assert "Batu Kajang" in preview.windowTitle()
    preview.close()


def test_unknown_columns_are_mapped_once_and_remembered(qtbot, tmp_path, workspace,
                                                       open_window):
    window = open_window(workspace)
    panel = show_apbdes(qtbot, window, "64.01.01.2002")
    header = ["No. Rek", "Nama Rekening", "Pagu", "Realisasi s.d. Juni"]
    rows = [r[:4] for r in ROWS]
    dialog = import_through_dialog(qtbot, panel, write_report(tmp_path / "a.xlsx", rows, header))
    assert dialog.mapping.isVisibleTo(dialog)
    assert dialog.header_row.value() == 3
    assert dialog.columns["budget"].currentText() == "C: Pagu"
    dialog.start_import()
    qtbot.waitUntil(lambda: panel.lines.rowCount() == 8, timeout=5_000)
    again = import_through_dialog(qtbot, panel, write_report(tmp_path / "b.xlsx", rows, header))
    assert again.mapping.isHidden() and "dikenali" in again.layout_note.text()


def test_finding_with_photo_and_follow_up_from_the_village_tab(qtbot, tmp_path, workspace,
                                                               open_window):
    window = open_window(workspace)
    panel = show_apbdes(qtbot, window, "64.01.01.2001")
    dialog = panel.open_finding(None)
    dialog.save()  # empty: refused in the dialog, nothing saved
    qtbot.waitUntil(lambda: "Uraian temuan wajib" in dialog.errors.text(), timeout=5_000)
    dialog.description.setPlainText("Papan informasi proyek tidak dipasang")
    dialog.responsible.setText("TPK")
    dialog.deadline.setText("01-12-2026")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.save()
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=5_000)
    assert dialog.attachments.add_button.isEnabled()
    photo = tmp_path / "papan.jpg"
    Image.new("RGB", (640, 480), (30, 120, 200)).save(photo)
    dialog.attachments.add_files([photo])
    qtbot.waitUntil(lambda: dialog.attachments.files.count() == 1, timeout=5_000)
    dialog.next_status.setCurrentIndex(dialog.next_status.findData("in_progress"))
    dialog.status_note.setText("Papan sedang dibuat")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.apply_status()
    qtbot.waitUntil(lambda: dialog.history.count() == 2, timeout=5_000)
    assert "Sedang ditindaklanjuti" in dialog.status_label.text()
    assert "Papan sedang dibuat" in dialog.history.item(1).text()
    dialog.grab().save(str(SCREENSHOTS / "finding_dialog.png"))
    qtbot.waitUntil(lambda: panel.findings_model.rowCount() == 1, timeout=5_000)


def test_findings_register_filters_in_sql(qtbot, workspace, open_window):
    db, editor = workspace.db, workspace.editor

    def add(village, deadline, category="keuangan", text="Kuitansi belum lengkap"):
        return save_finding(db, editor, FindingDraft(village, "01-11-2026", category, "tinggi",
                                                     text, deadline=deadline), TODAY)

    late = add("64.01.01.2001", "20-11-2026")
    add("64.01.02.2001", "20-12-2026", "fisik", "Talud retak")
    done = add("64.07.05.2001", "10-11-2026")
    change_status(db, editor, done, "resolved", TODAY)
    window = open_window(workspace)
    page = window.findings
    window.navigation.setCurrentRow(window.sections.indexOf(page))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)
    window.resize(1366, 768)
    window.grab().save(str(SCREENSHOTS / "findings_register.png"))
    nav = window.navigation.item(window.sections.indexOf(page))
    qtbot.waitUntil(lambda: nav.text() == "Temuan Pengawasan (1 terlambat)", timeout=5_000)
    with qtbot.waitSignal(page.model.loaded, timeout=5_000):
        page.overdue.setChecked(True)
    assert [r.id for r in page.model.rows] == [late]
    assert page.count.text() == "1 temuan"
    assert "(terlambat)" in page.model.index(0, 6).data()
    with qtbot.waitSignal(page.model.loaded, timeout=5_000):
        page.overdue.setChecked(False)
    with qtbot.waitSignal(page.model.loaded, timeout=5_000):
        page.category.setCurrentIndex(page.category.findData("fisik"))
    assert [r.description for r in page.model.rows] == ["Talud retak"]
    with qtbot.waitSignal(page.model.loaded, timeout=5_000):
        page.category.setCurrentIndex(0)
    with qtbot.waitSignal(page.model.loaded, timeout=5_000):
        page.status.setCurrentIndex(page.status.findData("unfinished"))
    assert page.model.rowCount() == 2
    qtbot.waitUntil(lambda: page.regency.count() > 1, timeout=5_000)
    with qtbot.waitSignal(page.model.loaded, timeout=5_000):
        page.regency.setCurrentIndex(page.regency.findData("64.07"))
    assert page.model.rowCount() == 0  # the Kutai Barat finding is resolved

"""The meetings section and "Cetak profil" inside the real main window."""

from PySide6.QtCore import Qt

from desktop_app.core.villages.profile import save_profile
from tests.reports.pdfcheck import in_order, page_texts


def test_meetings_section_and_profile_printing(qtbot, workspace, open_window):
    save_profile(workspace.db, workspace.editor, "64.01.01.2002",
                 {"head_name": "H. Darmin", "bumdes_name": "BUMDes Kasungai Jaya"}, [])
    window = open_window(workspace)
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert "Rapat & Notulen" in labels
    window.new_meeting()
    assert window.sections.currentWidget() is window.meetings

    window.navigation.setCurrentRow(0)
    page = window.villages
    with qtbot.waitSignal(page.profile_shown, timeout=5_000):
        page.table.selectRow(page.model.row_of("64.01.01.2002"))
    form = page.form
    assert form.print_button.isEnabled()
    with qtbot.waitSignal(form.preview_opened, timeout=5_000) as opened:
        qtbot.mouseClick(form.print_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    with qtbot.waitSignal(preview.ready, timeout=20_000) as ready:
        pass
    pdf = ready.args[0].write(workspace.data_dir / "profil.pdf")
    assert in_order("\n".join(page_texts(pdf)), "PROFIL DESA", "Kasungai", "H. Darmin",
                    "BUMDes Kasungai Jaya")
    preview.close()


def test_kop_and_paper_are_set_from_the_menu(qtbot, workspace, open_window, tmp_path):
    from desktop_app.core.reports.settings import load_report_settings

    window = open_window(workspace)
    dialog = window.report_settings()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=5_000)
    assert dialog.institution.toPlainText().startswith("PEMERINTAH PROVINSI KALIMANTAN TIMUR")
    dialog.institution.setPlainText("PEMERINTAH KABUPATEN PASER\n\nDINAS PMD  ")
    dialog.address.setPlainText("Jl. Jenderal Sudirman, Tana Paser")
    dialog.logo.setText(str(tmp_path / "logo.png"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("F4"))
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.save()
    with workspace.db.reading() as session:
        settings = load_report_settings(session)
    assert settings.paper == "F4"
    assert settings.letterhead.institution_lines == ("PEMERINTAH KABUPATEN PASER", "DINAS PMD")
    assert settings.letterhead.address_lines == ("Jl. Jenderal Sudirman, Tana Paser",)
    assert settings.letterhead.logo_path == str(tmp_path / "logo.png")

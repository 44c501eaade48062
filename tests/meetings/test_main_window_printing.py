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

"""The preview window on real widgets: progress, QtPdf view, save as PDF, print to file."""

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.meetings.store import save_meeting
from desktop_app.core.reports.document import Letterhead
from desktop_app.core.reports.minutes import meeting_report_for
from desktop_app.core.reports.settings import ReportSettings, save_report_settings
from desktop_app.ui.app import create_application
from desktop_app.ui.report_preview import ReportPreview
from desktop_app.ui.tasks import TaskRunner
from tests.meetings.samples import coordination_meeting
from tests.reports.pdfcheck import has_ink, page_sizes_mm, page_texts, render_pages


def open_preview(qtbot, workspace, meeting_id: str) -> ReportPreview:
    create_application()
    runner = TaskRunner()
    preview = ReportPreview(
        runner, "Notulen", lambda progress: meeting_report_for(workspace.db, meeting_id,
                                                               progress=progress),
        "notulen.pdf")
    qtbot.addWidget(preview)
    preview.show()
    return preview


def test_preview_shows_saves_and_prints_the_report(qtbot, workspace, report_dir: Path):
    with workspace.db.writing() as session:
        save_report_settings(session, ReportSettings(
            Letterhead(("PEMERINTAH KABUPATEN KUTAI BARAT",), (), "/tidak/ada/logo.png"), "F4"))
    meeting_id = save_meeting(workspace.db, workspace.editor, coordination_meeting())
    preview = open_preview(qtbot, workspace, meeting_id)
    seen = []
    preview.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(preview.ready, timeout=20_000) as ready:
        pass
    result = ready.args[0]
    assert preview.document.pageCount() == result.page_count >= 2
    first_page = preview.document.render(0, QSize(215, 330))
    assert not first_page.isNull()
    assert any(first_page.pixelColor(x, y).lightness() < 128
               for x in range(0, 215, 3) for y in range(0, 120, 3))  # the kop is drawn
    assert (seen and seen[-1] == result.page_count) or preview.progress.isHidden()
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()
    assert preview.warnings.isVisible() and "logo.png" in preview.warnings.text()
    assert "2 halaman" in preview.status.text() or "halaman" in preview.status.text()

    saved = report_dir / "disimpan.pdf"
    with qtbot.waitSignal(preview.saved, timeout=10_000):
        preview.save_to(saved)
    assert saved.read_bytes() == result.pdf

    printer = preview.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(report_dir / "dicetak.pdf"))
    with qtbot.waitSignal(preview.printed, timeout=20_000) as printed:
        preview.print_to(printer)
    assert printed.args == [result.page_count]
    sizes = page_sizes_mm(report_dir / "dicetak.pdf")
    assert len(sizes) == result.page_count
    assert all(abs(w - 215) < 1 and abs(h - 330) < 1 for w, h in sizes)  # F4 kept
    pngs = render_pages(report_dir / "dicetak.pdf", report_dir / "png")
    assert all(has_ink(png) for png in pngs)
    assert len(page_texts(saved)) == result.page_count


def test_a_failed_build_is_reported_not_shown(qtbot, workspace):
    preview = open_preview(qtbot, workspace, "no-such-meeting")
    with qtbot.waitSignal(preview.failed, timeout=10_000) as failed:
        pass
    assert "tidak ditemukan" in str(failed.args[0])
    assert not preview.print_button.isEnabled()
    assert preview.status.text() == "Laporan tidak dapat disusun."


def test_closing_the_preview_stops_a_long_build(qtbot, workspace):
    from desktop_app.core.reports.document import ReportBuilder

    def long_report(progress):
        builder = ReportBuilder("Panjang", None, "A4", progress)
        builder.table(["No", "Nama"], [[str(i), f"Desa {i}"] for i in range(3000)], [1, 5])
        return builder.build()

    create_application()
    runner = TaskRunner()
    preview = ReportPreview(runner, "Panjang", long_report)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.progress.maximum() > 0, timeout=10_000)  # pages counted
    preview.close()
    assert runner.wait_idle(20_000)
    qtbot.wait(50)
    assert preview.result is None and not preview.findChildren(QMessageBox)

"""Print the map on show: a preview window built in a worker (see ReportPreview)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.core.reports.map_report import map_report_for
from desktop_app.ui.report_preview import ReportPreview

if TYPE_CHECKING:
    from desktop_app.ui.maps.map_page import MapPage


def open_map_preview(page: MapPage) -> ReportPreview | None:
    key = page.theme.currentData()
    if key is None or page.canvas.scene is None:
        return None
    year = page.year.currentData()
    paper = page.paper.currentData()
    regency = page.print_regency()
    db, today = page.workspace.db, page.workspace.clock.today()
    title = QCoreApplication.translate("MapPage", "Peta {theme}").format(
        theme=page.theme.currentText())
    preview = ReportPreview(
        page.runner, title,
        lambda progress: map_report_for(db, key, year, today, regency, paper, progress),
        suggested_name=f"peta-{key}-{year or today.year}.pdf", parent=page)
    preview.setWindowFlag(Qt.WindowType.Window)
    preview.show()
    return preview

"""The map in the real window at 1366 × 768 with the Kaltim boundaries (../shared/data):
two themes and the printed page, saved as screenshots to look at."""

from __future__ import annotations

import subprocess
import zlib
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.core.ids import new_id
from desktop_app.core.maps.importing import import_boundaries
from desktop_app.core.models import OFFICIAL, IdmAssessment, Village
from desktop_app.core.regions.wilayah_import import import_wilayah
from desktop_app.core.supervision.entry import FindingDraft
from desktop_app.core.supervision.store import save_finding
from desktop_app.core.workspace import open_workspace
from tests.conftest import PINNED_NOW
from tests.ui.test_map_page import open_map
from tests.ui.test_real_window import SHOTS, check

pytestmark = pytest.mark.real_window
STATUSES = ["SANGAT TERTINGGAL", "TERTINGGAL", "BERKEMBANG", "MAJU", "MANDIRI"]
SPREAD = (0, 1, 1, 2, 2, 2, 2, 3, 3, 4)


@pytest.fixture
def kaltim(tmp_path, shared_data_dir, clock):
    """Kaltim's region list and boundaries; made-up IDM statuses (a stable hash of the
    code) and a few overdue findings, only to colour the map."""
    workspace = open_workspace(tmp_path / "data", clock)
    import_wilayah(workspace.db, shared_data_dir / "wilayah", "64")
    for name in ("kabupaten", "kecamatan", "desa"):
        import_boundaries(workspace.db, shared_data_dir / "peta" / f"{name}-64.geojson",
                          credit="Badan Informasi Geospasial (RBI 1:10.000, 2023)")
    with workspace.db.writing() as session:
        codes = session.query(Village.code).filter(Village.code.like("64.%")).all()
        for (code,) in codes:
            status = STATUSES[SPREAD[zlib.crc32(code.encode()) % len(SPREAD)]]
            session.add(IdmAssessment(
                id=new_id(), hlc="0000000000001-00000-import", field_clocks={},
                deleted=False, updated_at=datetime(2024, 6, 1), updated_by="contoh",
                village_code=code, regency_code=code[:5], year=2024, kind=OFFICIAL,
                status=status, published_status=status))
    for index, code in enumerate(["64.01.01.2009", "64.01.01.2014", "64.01.01.2014",
                                  "64.01.01.2011", "64.01.01.2011", "64.01.01.2011"]):
        save_finding(workspace.db, workspace.editor, FindingDraft(
            code, "01-10-2026", "keuangan", "tinggi", f"Temuan contoh {index}",
            "Lengkapi bukti", "Kaur Keuangan", "01-11-2026"), PINNED_NOW.date())
    workspace.set_user("Rahmat (pendamping)")
    yield workspace
    workspace.close()


def test_map_in_two_themes_and_on_paper(qtbot, kaltim, open_window, tmp_path):
    window = open_window(kaltim)
    window.showMaximized()
    page = open_map(qtbot, window)
    QApplication.processEvents()
    with qtbot.waitSignal(page.canvas.rendered, timeout=5_000):
        page.canvas.render_now()
    check(qtbot, window, "map-idm-status")
    assert sum(count for _label, count in page.legend.entries) == 1038

    with qtbot.waitSignal(page.theme_shown, timeout=5_000):
        page.theme.setCurrentIndex(page.theme.findData("overdue"))
    assert page.find("Batu Sopang")
    check(qtbot, window, "map-overdue-findings-batu-sopang")
    assert page.legend.entries[0] == ("3 temuan terlambat atau lebih", 1)

    page.show_whole()
    with qtbot.waitSignal(page.theme_shown, timeout=5_000):
        page.theme.setCurrentIndex(page.theme.findData("idm"))
    preview = page.print_map()
    with qtbot.waitSignal(preview.ready, timeout=60_000) as ready:
        pass
    pdf = ready.args[0].write(tmp_path / "peta.pdf")
    SHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf),
                    str(SHOTS / "map-report-page")], check=True)
    check(qtbot, preview, "map-report-preview")
    preview.close()

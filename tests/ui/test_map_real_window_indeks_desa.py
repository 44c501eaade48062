"""The Indeks Desa status theme in the real window at 1366 × 768 over Kaltim: official
results for most villages, questionnaires (provisional) for a few; legend note and the
printed page, saved as screenshots to look at."""

from __future__ import annotations

import subprocess
import zlib
from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.core.indeks_desa.store import save_questionnaire
from desktop_app.core.index.definitions import indeks_desa_catalogue
from desktop_app.core.models import IndexOfficialResult, Village
from tests.maps.test_indeks_desa_map_theme import answers
from tests.ui.test_map_page import open_map
from tests.ui.test_map_real_window import kaltim  # noqa: F401 (the fixture)
from tests.ui.test_real_window import SHOTS, check

pytestmark = pytest.mark.real_window
TOTALS = ("45.10", "52.80", "61.00", "63.40", "72.90", "81.20")
COMPUTED = ["64.01.01.2009", "64.01.01.2011", "64.01.01.2014"]


def test_indeks_desa_status_on_the_map_and_on_paper(qtbot, kaltim, open_window,  # noqa: F811
                                                     tmp_path):
    catalogue = indeks_desa_catalogue(2025)
    with kaltim.db.writing() as session:
        codes = [c for (c,) in session.query(Village.code).filter(Village.code.like("64.%"))]
        for code in codes[::2]:
            if code in COMPUTED:
                continue
            total = TOTALS[zlib.crc32(code.encode()) % len(TOTALS)]
            status = catalogue.status_for(Decimal(total)).name
            session.add(IndexOfficialResult(
                village_code=code, regency_code=code[:5], year=2025, index_code="INDEKS_DESA",
                total=total, status=status, source="contoh", imported_at=datetime(2026, 1, 5)))
    for code, score in zip(COMPUTED, (2, 3, 4), strict=True):
        save_questionnaire(kaltim.db, kaltim.editor, code, 2025, answers(score))
    window = open_window(kaltim)
    window.showMaximized()
    page = open_map(qtbot, window)
    with qtbot.waitSignal(page.theme_shown, timeout=5_000):
        page.theme.setCurrentIndex(page.theme.findData("indeks_desa"))
    assert page.legend.title.text() == "Status Indeks Desa 2025 (sementara)"
    assert "sumber: S4:" in page.legend.note.text()
    shown = set(codes[::2]) | set(COMPUTED)
    assert sum(count for _label, count in page.legend.entries[:-1]) == len(shown)
    assert page.find("Batu Sopang")
    QApplication.processEvents()
    with qtbot.waitSignal(page.canvas.rendered, timeout=5_000):
        page.canvas.render_now()
    check(qtbot, window, "map-indeks-desa-status")

    page.show_whole()
    preview = page.print_map()
    with qtbot.waitSignal(preview.ready, timeout=60_000) as ready:
        pass
    pdf = ready.args[0].write(tmp_path / "peta.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "belum terverifikasi" in " ".join(text.split())
    SHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf),
                    str(SHOTS / "map-indeks-desa-report-page")], check=True)
    preview.close()


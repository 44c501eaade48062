"""The map section switched to the intervention coverage theme (offscreen)."""

from __future__ import annotations

from desktop_app.core.maps.importing import import_boundaries
from tests.maps.coverage_samples import HALF, coverage_case
from tests.maps.samples import village_geojson
from tests.ui.test_map_page import open_map, pixel_of


def test_switching_to_coverage_counts_villages_and_hover_shows_the_share(
        qtbot, workspace, open_window, tmp_path):
    coverage_case(workspace)
    import_boundaries(workspace.db, village_geojson(tmp_path / "desa.geojson"))
    window = open_window(workspace)
    page = open_map(qtbot, window)
    with qtbot.waitSignal(page.theme_shown, timeout=5_000):
        page.theme.setCurrentIndex(page.theme.findData("coverage"))
    assert page.theme.currentText() == "Cakupan intervensi jalur naik"
    assert [page.year.itemText(i) for i in range(page.year.count())] == ["2026", "2025"]
    # The year shown (IDM 2025) is kept: no path up has a baseline before 2025.
    assert page.legend.title.text() == "Cakupan intervensi jalur naik 2025"
    assert [count for _label, count in page.legend.entries] == [0, 0, 0, 0, 5]
    with qtbot.waitSignal(page.theme_shown, timeout=5_000):
        page.year.setCurrentIndex(page.year.findText("2026"))
    assert page.legend.title.text() == "Cakupan intervensi jalur naik 2026"
    assert page.legend.entries == [
        ("Semua indikator jalur naik ditangani", 1), ("Sebagian (≥ 50 %)", 1),
        ("Sebagian (< 50 %)", 1), ("Belum ada yang ditangani", 1),
        ("Tidak di jalur naik / tidak ada data", 1)]
    canvas = page.canvas
    qtbot.mouseMove(canvas, pixel_of(page, HALF))
    qtbot.waitUntil(lambda: canvas.hovered is not None, timeout=2_000)
    assert canvas.hover_text.splitlines()[1] == (
        "Cakupan intervensi jalur naik 2026: 1 dari 2 indikator jalur naik ditangani (50 %)")

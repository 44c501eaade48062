"""The map section offscreen: legend counts, hover, click, search, pan and zoom, themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from desktop_app.core.first_run import WorkingArea, save_working_area
from desktop_app.core.maps.importing import import_boundaries
from tests.maps.samples import district_shapefile, village_geojson


@pytest.fixture
def mapped(workspace, idm_data, tmp_path):
    import_boundaries(workspace.db, district_shapefile(tmp_path / "kec.zip"))
    import_boundaries(workspace.db, village_geojson(tmp_path / "desa.geojson",
                                                    source="BIG RBI 10K 2023"))
    return workspace


def open_map(qtbot, window):
    with qtbot.waitSignal(window.runner.idle, timeout=10_000, raising=False):
        pass
    page = window._section("map")
    with qtbot.waitSignal(page.theme_shown, timeout=10_000):
        window.navigation.setCurrentRow(window._rows["map"])
    return page


def pixel_of(page, code: str) -> QPoint:
    shape = page.canvas.scene.by_code[code]
    return page.canvas.view_transform().map(shape.label).toPoint()


def test_map_opens_with_the_latest_idm_year_and_counts_villages_per_status(
        qtbot, mapped, open_window):
    window = open_window(mapped)
    page = open_map(qtbot, window)
    assert page.theme.currentText() == "Status IDM"
    assert [page.year.itemText(i) for i in range(page.year.count())] == ["2024", "2023"]
    assert page.legend.title.text() == "Status IDM 2024"
    assert page.legend.entries == [("Sangat Tertinggal", 1), ("Tertinggal", 0),
                                   ("Berkembang", 0), ("Maju", 1), ("Mandiri", 0),
                                   ("Tidak ada data", 3)]
    assert "BIG RBI 10K 2023" in page.credit.text()
    with qtbot.waitSignal(page.theme_shown, timeout=5_000):
        page.year.setCurrentIndex(page.year.findText("2023"))
    assert [count for _label, count in page.legend.entries] == [1, 1, 0, 0, 0, 3]
    with qtbot.waitSignal(page.theme_shown, timeout=5_000):
        page.theme.setCurrentIndex(page.theme.findData("overdue"))
    assert not page.year.isEnabled()
    assert page.legend.entries[-1] == ("Tidak ada temuan terlambat", 5)


def test_hover_names_the_village_and_click_opens_it(qtbot, mapped, open_window):
    window = open_window(mapped)
    page = open_map(qtbot, window)
    canvas = page.canvas
    qtbot.mouseMove(canvas, pixel_of(page, "64.01.01.2002"))
    qtbot.waitUntil(lambda: canvas.hovered is not None, timeout=2_000)
    assert canvas.hover_text.splitlines() == [
        "Kasungai (64.01.01.2002) – Kec. Batu Sopang",
        canvas.hover_text.splitlines()[1]]
    assert canvas.hover_text.splitlines()[1].startswith(
        "Status IDM 2024: Sangat Tertinggal (IDM 0,")
    # Outside every polygon: nothing hovered, no tooltip text.
    qtbot.mouseMove(canvas, QPoint(2, 2))
    qtbot.waitUntil(lambda: canvas.hovered is None, timeout=2_000)
    assert canvas.hover_text == ""

    with qtbot.waitSignal(window.villages.profile_shown, timeout=5_000) as shown:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton,
                         pos=pixel_of(page, "64.01.02.2001"))
    assert shown.args == ["64.01.02.2001"]
    assert window.navigation.currentRow() == window._rows["villages"]
    assert "Tanjung Aru" in window.villages.form.title.text()


def test_drag_pans_wheel_zooms_and_search_zooms_to_a_village(qtbot, mapped, open_window):
    window = open_window(mapped)
    page = open_map(qtbot, window)
    canvas = page.canvas
    clicked = []
    canvas.village_clicked.connect(clicked.append)
    before = QPointF(canvas.center)
    start = pixel_of(page, "64.01.01.2001")
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, start + QPoint(30, 0))
    qtbot.mouseMove(canvas, start + QPoint(60, 20))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 20))
    assert clicked == []  # a drag is no click
    assert canvas.center.x() < before.x() and canvas.center.y() > before.y()

    scale = canvas.scale
    canvas.zoom_by(2, QPointF(canvas.width() / 2, canvas.height() / 2))
    assert canvas.scale == pytest.approx(2 * scale)
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.scale == pytest.approx(2.5 * scale)
    centre = QPointF(canvas.center)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)  # the map moves right: the view goes west
    assert canvas.center.x() < centre.x()
    with qtbot.waitSignal(canvas.rendered, timeout=2_000):
        pass  # the view is rendered again once the movement rests

    assert page.find("kasungai")
    shape = canvas.scene.by_code["64.01.01.2002"]
    assert canvas.selected is shape
    assert canvas.visible_rect().contains(shape.rect)
    assert canvas.visible_rect().width() < 3 * shape.rect.width() * 2
    assert not page.find("Tidak ada desa begini")


def test_the_map_opens_on_the_working_area(qtbot, mapped, open_window):
    with mapped.db.writing() as session:
        save_working_area(session, WorkingArea("64.01", "Tanjung Harapan"))
    window = open_window(mapped)
    page = open_map(qtbot, window)
    district = page.canvas.scene.by_code["64.01.02"].rect
    view = page.canvas.visible_rect()
    assert view.contains(district.center())
    assert not view.contains(page.canvas.scene.by_code["64.01.01"].rect.center())


def test_without_boundaries_the_section_says_how_to_get_them(qtbot, workspace, open_window):
    window = open_window(workspace)
    page = window._section("map")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.navigation.setCurrentRow(window._rows["map"])
    assert page.stack.currentWidget() is page.empty
    assert "Impor batas wilayah" in page.empty.text()


def test_import_from_the_window_refreshes_the_map_and_names_a_bad_file(
        qtbot, workspace, open_window, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.messages import message_text

    window = open_window(workspace)
    page = window._section("map")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.navigation.setCurrentRow(window._rows["map"])
    assert page.stack.currentWidget() is page.empty
    importer = window.import_peta(village_geojson(tmp_path / "desa.geojson"), "BIG 2023")
    with qtbot.waitSignals([importer.finished, page.loaded], timeout=10_000):
        pass
    assert page.canvas.scene is not None and len(page.canvas.scene.by_code) == 5
    assert "BIG 2023" in page.credit.text()
    notice = window.findChild(QMessageBox, "notice")
    assert "5 poligon" in notice.text() and "1 nama berbeda" in message_text(notice)
    notice.close()
    notice.deleteLater()

    bad = tmp_path / "rusak.geojson"
    bad.write_text("{", encoding="utf-8")
    importer = window.import_peta(bad)
    with qtbot.waitSignal(importer.finished, timeout=10_000) as failed:
        pass
    assert failed.args[0] is None
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "notice") is not None)
    assert "JSON rusak" in message_text(window.findChild(QMessageBox, "notice"))
    assert len(page.canvas.scene.by_code) == 5


def test_switching_to_indeks_desa_status_marks_provisional_and_names_the_source(
        qtbot, mapped, open_window):
    from tests.maps.test_indeks_desa_map_theme import COMPUTED_ONE, crafted

    crafted(mapped)
    window = open_window(mapped)
    page = open_map(qtbot, window)
    assert not page.legend.note.isVisibleTo(page)  # the IDM has verified cut-offs
    with qtbot.waitSignal(page.theme_shown, timeout=5_000):
        page.theme.setCurrentIndex(page.theme.findData("indeks_desa"))
    assert page.theme.currentText() == "Status Indeks Desa"
    assert [page.year.itemText(i) for i in range(page.year.count())] == ["2025"]
    assert page.legend.title.text() == "Status Indeks Desa 2025 (sementara)"
    assert page.legend.entries == [("Sangat Tertinggal", 0), ("Tertinggal", 0),
                                   ("Berkembang", 1), ("Maju", 1), ("Mandiri", 0),
                                   ("Tidak ada data", 3)]
    assert page.legend.note.isVisibleTo(page)
    assert "belum terverifikasi (sumber: S4:" in page.legend.note.text()
    canvas = page.canvas
    qtbot.mouseMove(canvas, pixel_of(page, COMPUTED_ONE))
    qtbot.waitUntil(lambda: canvas.hovered is not None, timeout=2_000)
    assert canvas.hover_text.splitlines()[1] == (
        "Status Indeks Desa 2025 (sementara): Berkembang (sementara) (Indeks Desa 60,00)")

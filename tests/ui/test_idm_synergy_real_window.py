"""The synergy matrix of the province on the real window: counted rows, and the villages of
the chosen row beside them."""

from __future__ import annotations

import pytest

from tests.ui.test_real_window import check

pytestmark = pytest.mark.real_window


def test_synergy_matrix_and_a_rows_villages_fit_the_screen(qtbot, workspace, idm_data,
                                                           open_window):
    window = open_window(workspace)
    window.navigation.setCurrentRow(window._rows["idm"])
    page = window.idm
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    page.tabs.setCurrentIndex(3)  # Sinergi OPD
    page.synergy_year.setValue(2024)  # both Paser villages weak on every indicator
    with qtbot.waitSignal(page.synergy_loaded, timeout=10_000) as loaded:
        page.load_synergy()
    assert loaded.args[0] == page.synergy.rowCount() > 20
    with qtbot.waitSignal(page.villages_loaded, timeout=10_000) as shown:
        page.synergy.selectRow(0)
    assert shown.args == [int(page.synergy.item(0, 4).text())]
    check(qtbot, window, "main-idm-synergy-province")
    names = {page.cell_villages.text(r, 1) for r in range(page.cell_villages.row_count())}
    assert names <= {"Batu Kajang", "Kasungai"} and names
    assert page.cell_label.isVisible() and not page.more_villages.isEnabled()

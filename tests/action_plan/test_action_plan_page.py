"""The Rencana Aksi section with pytest-qt: coverage, the intervention form, actors."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop_app.ui.action_plan.page import ActionPlanPage
from desktop_app.ui.tasks import TaskRunner
from tests.action_plan.conftest import plan
from tests.idm.factories import add_official, uniform

A, B = "64.01.01.2001", "64.01.01.2002"


@pytest.fixture
def page(qtbot, workspace, actors):
    with workspace.db.writing() as session:
        add_official(session, A, 2025, uniform(3), rows={48: {"actor_kab": "DINKES, PUPR"}})
        add_official(session, B, 2025, uniform(2))
    plan(workspace, A, "48", 2026, actors["dlh"], "disepakati", budget="10.000.000",
         budget_source="apbd_provinsi", planned_end="01-10-2026")
    runner = TaskRunner()
    made = ActionPlanPage(workspace, runner)
    qtbot.addWidget(made)
    made.year.setValue(2026)
    qtbot.waitUntil(lambda: made.views is not None and made.regency.count() > 1,
                    timeout=10_000)
    qtbot.waitUntil(lambda: len(made.coverage_model.rows) == 5, timeout=10_000)
    yield made
    runner.wait_idle()


def cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column))


def test_coverage_lists_uncovered_first_and_filters(qtbot, page):
    model = page.coverage_model
    shown = [(cell(model, r, 0), cell(model, r, 3)[:3], cell(model, r, 4))
             for r in range(model.rowCount())]
    assert shown == [("Batu Kajang", "49.", "belum"), ("Batu Kajang", "50.", "belum"),
                     ("Kasungai", "48.", "belum"), ("Kasungai", "49.", "belum"),
                     ("Batu Kajang", "48.", "ya (1)")]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(4, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "5 indikator di jalur naik, 4 belum ditangani" in page.summary.text()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.uncovered.setChecked(True)
    assert model.rowCount() == 4
    assert cell(page.delivery_model, 0, 0) == "Dinas Lingkungan Hidup Provinsi Kaltim"
    assert cell(page.delivery_model, 0, 6) == "Rp 10.000.000"
    assert cell(page.interventions_model, 0, 6) == "Disepakati"


def test_intervention_form_from_coverage_saves_a_long_activity(qtbot, page, workspace,
                                                              actors):
    page.coverage_table.doubleClicked.emit(page.coverage_model.index(0, 0))
    dialog = page.dialogs[-1]
    qtbot.waitUntil(lambda: dialog.actor.count() > 1, timeout=5_000)
    assert dialog.element.currentData() == "49" and dialog.year.value() == 2026
    names = [dialog.actor.itemText(i) for i in range(dialog.actor.count())]
    assert "Dinas Kesehatan Kabupaten Kutai Barat" not in names  # another kabupaten
    dialog.set_actor(actors["dinkes"])
    dialog.budget.setText("dua juta")
    dialog.save()
    qtbot.waitUntil(lambda: "bukan jumlah uang" in dialog.errors.text(), timeout=5_000)
    assert "Nama program/kegiatan wajib diisi" in dialog.errors.text()
    long_name = ("Pembangunan dan peningkatan jaringan air bersih perpipaan dari sumber mata "
                 "air pegunungan menuju permukiman warga RT 01 sampai RT 6 dan fasilitas umum")
    assert len(long_name) == 150
    dialog.activity.setPlainText(long_name)
    dialog.budget.setText("250.000.000")
    dialog.source.setCurrentIndex(dialog.source.findData("apbd_kabupaten"))
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.save()
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=5_000)
    assert dialog.view.intervention.activity == long_name
    # the whole name is visible in the form: its editor needs no scrolling
    dialog.resize(760, 700)
    dialog.activity.document().setTextWidth(dialog.activity.viewport().width())
    assert dialog.activity.verticalScrollBar().maximum() == 0
    dialog.next_status.setCurrentIndex(dialog.next_status.findData("selesai"))
    dialog.apply_status()
    qtbot.waitUntil(lambda: "tanpa alasan" in dialog.errors.text(), timeout=5_000)
    dialog.next_status.setCurrentIndex(dialog.next_status.findData("disepakati"))
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.apply_status()
    qtbot.waitUntil(lambda: dialog.history.count() == 2, timeout=5_000)
    qtbot.waitUntil(lambda: len(page.interventions_model.rows) == 2, timeout=10_000)
    dialog.close()


def test_actor_registry_maps_an_unresolved_name(qtbot, page):
    dialog = page.open_actors()
    qtbot.waitUntil(lambda: dialog.unresolved_model.rowCount() == 1, timeout=5_000)
    assert cell(dialog.unresolved_model, 0, 1) == "PUPR"
    assert dialog.tabs.tabText(1) == "Nama belum dikenali (1)"
    dialog.name.setText("Dinas PUPR Kabupaten Paser")
    dialog.kind.setCurrentIndex(dialog.kind.findData("opd_kabupaten"))
    dialog.region_code.setText("64.01")
    with qtbot.waitSignal(dialog.changed, timeout=5_000):
        dialog.save()
    qtbot.waitUntil(lambda: dialog.actors_model.rowCount() == 5, timeout=5_000)
    dialog.unresolved_table.selectRow(0)
    dialog.map_to.setCurrentIndex(dialog.map_to.findText(
        "Dinas PUPR Kabupaten Paser (64.01)"))
    with qtbot.waitSignal(dialog.changed, timeout=5_000):
        dialog.map_selected()
    qtbot.waitUntil(lambda: dialog.unresolved_model.rowCount() == 0, timeout=5_000)
    dialog.region_code.setText("64.99")
    dialog.save()
    qtbot.waitUntil(lambda: "tidak dikenal" in dialog.errors.text(), timeout=5_000)
    dialog.close()


def test_export_writes_the_views(qtbot, page, tmp_path, monkeypatch):
    monkeypatch.setattr("desktop_app.ui.action_plan.page.notify", lambda *a, **k: None)
    target = tmp_path / "rencana.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export(target)
    assert load_workbook(target).sheetnames[:3] == ["Cakupan", "Pelaku", "Indikator"]


def test_path_up_dialog_proposes_one_intervention_per_indicator(qtbot, workspace, actors):
    from desktop_app.core.action_plan.store import village_interventions
    from desktop_app.ui.action_plan.path_up_dialog import PathUpDialog

    with workspace.db.writing() as session:
        add_official(session, A, 2025, uniform(3), rows={
            48: {"activity": "Bank sampah", "actor_kab": "DINKES"}})
    runner = TaskRunner()
    dialog = PathUpDialog(workspace, runner, A, "Batu Kajang")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5_000) as shown:
        pass
    assert shown.args == [3]
    assert dialog.table.cellWidget(0, 2).text() == "Bank sampah"
    assert dialog.table.cellWidget(0, 3).currentData() == actors["dinkes"]
    dialog.table.cellWidget(2, 0).setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        dialog.save()
    assert len(saved.args[0]) == 2
    with workspace.db.reading() as session:
        made = village_interventions(session, A)
    assert sorted((m.element_code, m.status, m.year) for m in made) == [
        ("48", "diusulkan", 2027), ("49", "diusulkan", 2027)]
    runner.wait_idle()


def test_cooperation_agreement_from_the_section(qtbot, page):
    dialog = page.open_agreement(None)
    dialog.number.setText("01/KSD/2026")
    dialog.signed_on.setText("12-02-2026")
    dialog.parties.setPlainText("Desa Batu Kajang")
    dialog.scope.setPlainText("Air bersih bersama")
    dialog.save()
    qtbot.waitUntil(lambda: "dua pihak" in dialog.errors.text(), timeout=5_000)
    assert "Pilih paling sedikit satu desa" in dialog.errors.text()
    dialog.parties.setPlainText("Desa Batu Kajang\nDesa Kasungai")
    dialog.villages.add(A, "Batu Kajang")
    dialog.elements.setText("8, 48")
    with qtbot.waitSignal(page.loaded, timeout=10_000), \
            qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.save()
    assert cell(page.agreements_model, 0, 0) == "01/KSD/2026"
    assert cell(page.agreements_model, 0, 3) == "Desa Batu Kajang; Desa Kasungai"
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=5_000)
    dialog.close()

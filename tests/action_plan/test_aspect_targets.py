"""Interventions that target an Indeks Desa aspect: validation, names in the lists, the
path-up proposals from the latest questionnaire, the form and the village tab's planner."""

from __future__ import annotations

import pytest

from desktop_app.core.action_plan.entry import ActionPlanValidationError, InterventionDraft
from desktop_app.core.action_plan.planning import path_up_proposals
from desktop_app.core.action_plan.store import (
    load_intervention,
    region_interventions,
    save_intervention,
    village_interventions,
)
from desktop_app.core.indeks_desa.answers import Answer, live_score
from desktop_app.core.indeks_desa.store import save_questionnaire
from desktop_app.core.index.definitions import INDEKS_DESA, indeks_desa_catalogue
from desktop_app.core.index.weak_items import path_to_next_status
from desktop_app.ui.tasks import TaskRunner
from tests.action_plan.conftest import TODAY

VILLAGE = "64.01.01.2001"


def aspect_draft(**changes) -> InterventionDraft:
    values = dict(village_code=VILLAGE, index_code=INDEKS_DESA, element_code="1.1",
                  year="2027", activity="Kelas literasi anak")
    values.update(changes)
    return InterventionDraft(**values)


def questionnaire(workspace, year: int = 2025) -> dict[str, Answer]:
    cat = indeks_desa_catalogue(year)
    answers = {item.key: Answer(3) for item in cat.indicators}
    answers["1.1"] = Answer(1)
    save_questionnaire(workspace.db, workspace.editor, VILLAGE, year, answers)
    return answers


def test_an_aspect_target_is_saved_and_listed_by_name(workspace):
    name = indeks_desa_catalogue(2025).item_by_key("1.1").label
    intervention_id = save_intervention(workspace.db, workspace.editor, aspect_draft(), TODAY)
    view = load_intervention(workspace.db, intervention_id)
    assert (view.intervention.index_code, view.intervention.element_code) == (
        INDEKS_DESA, "1.1")
    with workspace.db.reading() as session:
        lines = village_interventions(session, VILLAGE)
        region = region_interventions(session, 2027, "64.01", sort_key="element")
    assert [(line.element_code, line.element) for line in lines] == [("1.1", name)]
    assert [line.element for line in region] == [name]


@pytest.mark.parametrize(("changes", "message"), [
    ({"element_code": "99.9"}, "Aspek: '99.9' bukan aspek Indeks Desa yang dikenal."),
    ({"element_code": "12"}, "Aspek: '12' bukan aspek Indeks Desa yang dikenal."),
    ({"index_code": "IDM", "element_code": "1.1"},
     "Indikator: '1.1' bukan indikator IDM yang dikenal."),
    ({"index_code": "IPD"}, "Indeks: 'IPD' bukan indeks yang dikenal (IDM atau Indeks Desa)."),
])
def test_an_unknown_aspect_or_index_is_refused_in_indonesian(workspace, changes, message):
    with pytest.raises(ActionPlanValidationError) as caught:
        save_intervention(workspace.db, workspace.editor, aspect_draft(**changes), TODAY)
    assert [(e.field, e.message) for e in caught.value.errors] == [("element_code", message)]
    with workspace.db.reading() as session:
        assert village_interventions(session, VILLAGE) == []


def test_path_up_proposals_for_aspects_from_the_latest_earlier_questionnaire(workspace):
    answers = questionnaire(workspace)
    cat = indeks_desa_catalogue(2025)
    expected = path_to_next_status(
        live_score(cat, {k: a.score for k, a in answers.items()}).result)
    assert expected is not None and expected.improvements
    keys = [step.indicator.key for step in expected.improvements]
    assert keys[0] == "1.1"  # the weakest aspect gains most
    save_intervention(workspace.db, workspace.editor, aspect_draft(), TODAY)
    with workspace.db.reading() as session:
        proposals = path_up_proposals(session, VILLAGE, 2027, INDEKS_DESA)
        same_year = path_up_proposals(session, VILLAGE, 2025, INDEKS_DESA)
        idm = path_up_proposals(session, VILLAGE, 2027)  # no IDM baseline
    assert [p.draft.element_code for p in proposals] == keys
    assert {p.draft.index_code for p in proposals} == {INDEKS_DESA}
    assert proposals[0].indicator == cat.item_by_key("1.1").label
    assert proposals[0].score == 1
    assert [p.already_planned for p in proposals] == [k == "1.1" for k in keys]
    assert same_year == [] and idm == []  # only a questionnaire before the plan year counts


def test_intervention_form_offers_the_index_and_its_elements(qtbot, workspace):
    from desktop_app.ui.action_plan.intervention_dialog import InterventionDialog

    runner = TaskRunner()
    dialog = InterventionDialog(workspace, runner, VILLAGE, "Batu Kajang")
    qtbot.addWidget(dialog)
    assert dialog.index.currentData() == "IDM"
    assert dialog.element.count() == 50 and dialog.element.itemData(0) == "1"
    dialog.index.setCurrentIndex(dialog.index.findData(INDEKS_DESA))
    cat = indeks_desa_catalogue(2025)
    assert dialog.element.count() == len(cat.indicators)
    assert dialog.element.itemText(0) == f"1.1. {cat.item_by_key('1.1').label}"
    dialog.element.setCurrentIndex(dialog.element.findData("1.1"))
    dialog.activity.setPlainText("Kelas literasi anak")
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        dialog.save()
    view = load_intervention(workspace.db, saved.args[0])
    assert (view.intervention.index_code, view.intervention.element_code) == (
        INDEKS_DESA, "1.1")
    again = InterventionDialog(workspace, runner, VILLAGE, "Batu Kajang", saved.args[0])
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.view is not None, timeout=5_000)
    assert (again.index.currentData(), again.element.currentData()) == (INDEKS_DESA, "1.1")
    runner.wait_idle()


def test_the_indeks_desa_tab_plans_one_intervention_per_aspect(qtbot, workspace):
    from desktop_app.ui.indeks_desa.village_panel import VillageIndeksDesaPanel

    questionnaire(workspace)
    runner = TaskRunner()
    panel = VillageIndeksDesaPanel(workspace, runner)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=5_000):
        panel.show_village(VILLAGE, "Batu Kajang")
    assert panel.plan_button.isEnabled()
    dialog = panel.plan_path_up()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5_000) as shown:
        pass
    count = shown.args[0]
    assert count >= 1
    assert dialog.table.horizontalHeaderItem(1).text() == "Aspek (skor)"
    assert "kuesioner Indeks Desa" in dialog.note.text()
    label = dialog.table.model().data(dialog.table.model().index(0, 1))
    assert label == f"1.1. {indeks_desa_catalogue(2025).item_by_key('1.1').label} (1)"
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        dialog.save()
    assert len(saved.args[0]) == count
    with workspace.db.reading() as session:
        made = village_interventions(session, VILLAGE)
    assert {(m.element_code in {p.draft.element_code for p in dialog.proposals}, m.year)
            for m in made} == {(True, 2027)}
    runner.wait_idle()


def test_the_action_matrix_names_an_aspect_with_its_questionnaire_score(workspace, actors,
                                                                       tmp_path):
    from datetime import date

    from desktop_app.core.reports.action_matrix import action_matrix_for
    from tests.reports.pdfcheck import in_order, page_texts

    questionnaire(workspace)
    save_intervention(workspace.db, workspace.editor,
                      aspect_draft(actor_id=actors["dinkes"]), TODAY)
    result = action_matrix_for(workspace.db, 2027, "64.01", "Kabupaten Paser",
                               printed_on=date(2026, 11, 26))
    name = indeks_desa_catalogue(2025).item_by_key("1.1").label
    whole = " ".join(" ".join(page_texts(result.write(tmp_path / "m.pdf"))).split())
    assert in_order(whole, "Batu Kajang", f"1.1. {name} (1)", "Kelas literasi anak")

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop_app.core.action_plan.actors import (
    ActorResolver,
    add_alias,
    list_actors,
    save_actor,
    unresolved_names,
)
from desktop_app.core.action_plan.entry import (
    ActionPlanValidationError,
    ActorDraft,
    InterventionDraft,
)
from desktop_app.core.action_plan.planning import path_up_proposals
from desktop_app.core.action_plan.store import (
    change_status,
    load_intervention,
    save_intervention,
)
from desktop_app.core.models import (
    ActionActor,
    ActionIntervention,
    InterventionStatusChange,
    OutboxOperation,
)
from tests.action_plan.conftest import TODAY, plan
from tests.idm.factories import add_official, uniform


def draft(**changes) -> InterventionDraft:
    values = dict(village_code="64.01.01.2001", element_code="48", year="2026",
                  activity="Pengelolaan sampah terpadu", budget="150.000.000,50",
                  budget_source="apbd_kabupaten", planned_start="01-03-2026",
                  planned_end="30-09-2026")
    values.update(changes)
    return InterventionDraft(**values)


def counts(workspace) -> tuple[int, int, int]:
    with workspace.db.reading() as session:
        return tuple(session.scalar(select(func.count()).select_from(model))
                     for model in (ActionIntervention, InterventionStatusChange,
                                   OutboxOperation))


def test_intervention_is_saved_exactly_with_its_first_step_and_outbox(workspace, actors):
    intervention_id = save_intervention(workspace.db, workspace.editor,
                                        draft(actor_id=actors["dinkes"]), TODAY)
    view = load_intervention(workspace.db, intervention_id)
    assert view.intervention.budget == Decimal("150000000.50")
    assert view.intervention.planned_end == date(2026, 9, 30)
    assert view.status == "diusulkan"
    assert [s.status for s in view.history] == ["diusulkan"]
    assert view.actor_name == "Dinas Kesehatan Kabupaten Paser"
    with workspace.db.reading() as session:
        tables = set(session.scalars(select(OutboxOperation.table_name)))
        stored = session.scalar(select(ActionIntervention.budget))
    assert {"action_intervention", "action_intervention_status", "action_actor"} <= tables
    assert stored == "150000000.50"


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"village_code": "64.01.09.2999"}, "village_code", "bukan desa yang dikenal"),
    ({"element_code": "51"}, "element_code", "bukan indikator IDM"),
    ({"budget": "seratus juta"}, "budget", "Anggaran: 'seratus juta' bukan jumlah uang"),
    ({"planned_end": "01-01-2026"}, "planned_end", "Rencana selesai tidak boleh sebelum"),
    ({"year": "20x6"}, "year", "bukan tahun"),
    ({"budget_source": ""}, "budget_source", "Sumber anggaran wajib diisi"),
    ({"activity": "x" * 301}, "activity", "terlalu panjang"),
])
def test_bad_input_names_the_field_and_saves_nothing(workspace, actors, changes, field, words):
    before = counts(workspace)
    with pytest.raises(ActionPlanValidationError) as caught:
        save_intervention(workspace.db, workspace.editor, draft(**changes), TODAY)
    assert [e.field for e in caught.value.errors] == [field]
    assert words in caught.value.errors[0].message
    assert counts(workspace) == before


def test_an_actor_outside_the_user_scope_or_the_village_is_refused(workspace, actors):
    before = counts(workspace)
    with pytest.raises(ActionPlanValidationError) as caught:  # Kutai Barat's agency in Paser
        save_intervention(workspace.db, workspace.editor,
                          draft(actor_id=actors["dinkes_kubar"]), TODAY)
    assert caught.value.errors[0].field == "actor_id"
    with pytest.raises(ActionPlanValidationError) as caught:  # a Kutai Barat facilitator
        save_intervention(workspace.db, workspace.editor,
                          draft(village_code="64.07.05.2001", actor_id=actors["dinkes"]),
                          TODAY, scope=["64.07"])
    assert {e.field for e in caught.value.errors} == {"actor_id"}
    with pytest.raises(ActionPlanValidationError) as caught:
        save_intervention(workspace.db, workspace.editor, draft(), TODAY, scope=["64.07"])
    assert caught.value.errors[0].field == "village_code"
    assert counts(workspace) == before
    # the province's agency is visible to a kabupaten facilitator
    save_intervention(workspace.db, workspace.editor, draft(actor_id=actors["dlh"]), TODAY,
                      scope=["64.01.01"])


def test_status_steps_forward_one_at_a_time_others_need_a_reason(workspace, actors):
    intervention_id = plan(workspace, "64.01.01.2001", "48", 2026, actors["dlh"])
    db, editor = workspace.db, workspace.editor
    with pytest.raises(ActionPlanValidationError) as caught:
        change_status(db, editor, intervention_id, "selesai", TODAY)  # skips two steps
    assert caught.value.errors[0].field == "reason"
    assert "tanpa alasan" in caught.value.errors[0].message
    change_status(db, editor, intervention_id, "disepakati", TODAY)
    change_status(db, editor, intervention_id, "berjalan", TODAY)
    with pytest.raises(ActionPlanValidationError):
        change_status(db, editor, intervention_id, "disepakati", TODAY)  # back, no reason
    with pytest.raises(ActionPlanValidationError) as caught:
        change_status(db, editor, intervention_id, "batal", TODAY)
    assert "Alasan pembatalan" in caught.value.errors[0].message
    change_status(db, editor, intervention_id, "batal", TODAY, "Dana dialihkan ke bencana")
    view = load_intervention(db, intervention_id)
    assert [s.status for s in view.history] == ["diusulkan", "disepakati", "berjalan",
                                                "batal"]
    assert view.history[-1].note == "Dana dialihkan ke bencana"
    assert view.intervention.actual_start == TODAY


def test_agreeing_needs_an_actor(workspace):
    intervention_id = save_intervention(workspace.db, workspace.editor, draft(), TODAY)
    with pytest.raises(ActionPlanValidationError) as caught:
        change_status(workspace.db, workspace.editor, intervention_id, "disepakati", TODAY)
    assert caught.value.errors[0].field == "actor_id"


def test_actor_names_resolve_by_level_alias_and_region(workspace, actors):
    with workspace.db.reading() as session:
        resolver = ActorResolver.load(session)
    assert resolver.resolve("KAB", " dinkes ", "64.01.01.2001") == actors["dinkes"]
    assert resolver.resolve("KAB", "DINKES", "64.07.05.2001") == actors["dinkes_kubar"]
    assert resolver.resolve("PROV", "DINKES", "64.01.01.2001") is None  # another level
    assert resolver.resolve("PROV", "dlh", "64.07.05.2001") == actors["dlh"]
    assert resolver.resolve("KAB", "DINKES", "63.01.01.2001") is None  # another province


def test_unresolved_rumusan_names_are_listed_until_mapped(workspace, actors):
    with workspace.db.writing() as session:
        add_official(session, "64.01.01.2001", 2024, uniform(3), rows={
            48: {"actor_kab": "DINKES, DLH", "actor_prov": "DLH"},
            49: {"actor_kab": "DLH", "actor_csr": "CSR"}})
        add_official(session, "64.01.01.2002", 2024, uniform(3), rows={
            48: {"actor_kab": "DLH"}})
    with workspace.db.reading() as session:
        missing = unresolved_names(session)
    assert [(u.level, u.name, u.regency_code, u.villages) for u in missing] == [
        ("KAB", "DLH", "64.01", 2)]
    dlh_paser = save_actor(workspace.db, workspace.editor, ActorDraft(
        "Dinas Lingkungan Hidup Kabupaten Paser", "opd_kabupaten", "64.01"))
    add_alias(workspace.db, workspace.editor, dlh_paser, "DLH")
    with workspace.db.reading() as session:
        assert unresolved_names(session) == []
        assert [a.aliases for a in list_actors(session) if a.id == dlh_paser] == [["DLH"]]


def test_actor_checks(workspace):
    with pytest.raises(ActionPlanValidationError) as caught:
        save_actor(workspace.db, workspace.editor, ActorDraft("", "opd_kabupaten", ""))
    assert {e.field for e in caught.value.errors} == {"name", "region_code"}
    with pytest.raises(ActionPlanValidationError) as caught:
        save_actor(workspace.db, workspace.editor, ActorDraft("Dinas X", "opd_kabupaten",
                                                              "64.99"))
    assert caught.value.errors[0].field == "region_code"
    with pytest.raises(ActionPlanValidationError):  # a facilitator of Paser, a Kubar agency
        save_actor(workspace.db, workspace.editor,
                   ActorDraft("Dinas PU Kubar", "opd_kabupaten", "64.07"), scope=["64.01"])
    # A facilitator of one kecamatan chooses the kabupaten's agencies but does not make
    # them: the server refuses an actor above the writer's regions.
    with pytest.raises(ActionPlanValidationError) as caught:
        save_actor(workspace.db, workspace.editor,
                   ActorDraft("Dinas PU Paser", "opd_kabupaten", "64.01"), scope=["64.01.01"])
    assert "operator DPMD/DPMPD" in caught.value.errors[0].message
    assert "64.01.01" in caught.value.errors[0].message
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ActionActor)) == 0
    save_actor(workspace.db, workspace.editor,
               ActorDraft("BUMDes Tanjung", "bumdes", "64.01.01.2001"), scope=["64.01.01"])


def test_path_up_proposals_prefill_activity_and_a_resolved_actor(workspace, actors):
    with workspace.db.writing() as session:
        add_official(session, "64.01.01.2001", 2025, uniform(3), rows={
            48: {"activity": "Bank sampah desa", "actor_kab": "PU, DINKES"},
            49: {"actor_csr": "CSR"}})
    plan(workspace, "64.01.01.2001", "50", 2026, actors["dlh"])
    with workspace.db.reading() as session:
        proposals = path_up_proposals(session, "64.01.01.2001", 2026)
    assert [p.draft.element_code for p in proposals] == ["48", "49", "50"]
    assert proposals[0].draft.activity == "Bank sampah desa"
    assert proposals[0].draft.actor_id == actors["dinkes"]  # PU is not in the registry
    assert proposals[1].draft.actor_id == actors["csr"]
    assert [p.already_planned for p in proposals] == [False, False, True]

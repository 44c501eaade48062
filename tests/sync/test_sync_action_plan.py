"""Rencana aksi syncs within scope: an intervention lies in its village, its status history
with it; an actor lies where it works and is seen below it (a province-wide one by all)."""

from __future__ import annotations

from datetime import date

from desktop_app.core.action_plan.actors import list_actors, save_actor
from desktop_app.core.action_plan.entry import ActorDraft, InterventionDraft
from desktop_app.core.action_plan.store import (
    change_status,
    load_intervention,
    save_intervention,
)
from tests.sync.conftest import BACKENDS
from tests.sync.laptop import server_state

BATU = "64.01.01.2001"
TODAY = date(2026, 11, 26)
TABLES = ("action_actor", "action_intervention", "action_intervention_status")


@BACKENDS
def test_interventions_sync_between_two_laptops_of_a_kabupaten_and_not_to_another(
        sync_server, laptops):
    province = laptops("provinsi", sync_server.url, username="admin")
    facilitator = laptops("pendamping", sync_server.url)  # kecamatan 64.01.01 and .02
    operator = laptops("dpmd", sync_server.url, username="op_paser")
    kubar = laptops("kubar", sync_server.url, username="fac_kubar")
    dlh = save_actor(province.db, province.workspace.editor, ActorDraft(
        "Dinas Lingkungan Hidup Provinsi Kaltim", "opd_provinsi", "64", "", ["DLH"]))
    province.sync()
    dinkes = save_actor(operator.db, operator.workspace.editor, ActorDraft(
        "Dinas Kesehatan Kabupaten Paser", "opd_kabupaten", "64.01", "", ["DINKES"]))
    operator.sync()
    facilitator.sync()
    with facilitator.db.reading() as session:
        assert {a.name for a in list_actors(session)} == {
            "Dinas Lingkungan Hidup Provinsi Kaltim", "Dinas Kesehatan Kabupaten Paser"}
    editor = facilitator.workspace.editor
    first = save_intervention(facilitator.db, editor, InterventionDraft(
        village_code=BATU, element_code="48", year="2027", actor_id=dlh,
        activity="Bank sampah desa", budget="250.000.000", budget_source="apbd_provinsi"),
        TODAY, scope=facilitator.regions)
    second = save_intervention(facilitator.db, editor, InterventionDraft(
        village_code=BATU, element_code="1", year="2027", actor_id=dinkes,
        activity="Poskesdes"), TODAY, scope=facilitator.regions)
    change_status(facilitator.db, editor, first, "disepakati", TODAY)
    facilitator.sync()
    operator.sync()
    kubar.sync()
    # The operator sees the facilitator's interventions and moves one on in place.
    change_status(operator.db, operator.workspace.editor, second, "disepakati", TODAY)
    operator.sync()
    facilitator.sync()
    for name in TABLES:
        expected = server_state(sync_server.database_url, name, operator.regions)
        assert facilitator.state(name, operator.regions) == operator.state(name) == expected
    assert len(operator.state("action_intervention")["live"]) == 2
    assert len(operator.state("action_intervention_status")["live"]) == 4
    view = load_intervention(facilitator.db, second)
    assert [s.status for s in view.history] == ["diusulkan", "disepakati"]
    assert view.history[-1].changed_by == "op_paser"
    # Kutai Barat gets neither the interventions nor Paser's agency; the province's, yes.
    for name in ("action_intervention", "action_intervention_status"):
        assert kubar.state(name, ["64"]) == {"live": {}, "deleted": set()}
    with kubar.db.reading() as session:
        assert [a.name for a in list_actors(session)] == [
            "Dinas Lingkungan Hidup Provinsi Kaltim"]

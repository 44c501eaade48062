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
from desktop_app.core.models.action_plan import ActionIntervention
from desktop_app.core.sync.outbox import refused_operations
from desktop_app.core.sync.review import resend_refused
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


@BACKENDS
def test_an_intervention_naming_another_kabupatens_actor_is_refused_with_its_reason(
        sync_server, laptops):
    """The server refuses it (the laptop's own checks were bypassed: an older program or an
    edited database); the refusal reads as words in the laptop's list and, corrected, goes."""
    kubar = laptops("kubar", sync_server.url, username="fac_kubar")
    theirs = save_actor(kubar.db, kubar.workspace.editor, ActorDraft(
        "BUMDes Long Iram", "bumdes", "64.07.05.2002", "", []))
    assert kubar.sync().pushed == {"applied": 1}
    facilitator = laptops("pendamping", sync_server.url)
    named = facilitator.add_row(ActionIntervention, BATU, index_code="IDM", element_code="12",
                                year=2027, actor_id=theirs, activity="Posyandu",
                                status="diusulkan")
    mine = save_intervention(facilitator.db, facilitator.workspace.editor, InterventionDraft(
        village_code=BATU, element_code="1", year="2027", activity="Poskesdes"), TODAY,
        scope=facilitator.regions)
    report = facilitator.sync()
    assert report.pushed == {"applied": 2, "quarantined": 1}, report.pushed
    with facilitator.db.reading() as session:
        [refused] = refused_operations(session)
    assert (refused.table_name, refused.row_id) == ("action_intervention", named)
    assert refused.reason == (
        f"kolom actor_id: pelaku {theirs} tidak ditemukan di wilayah kerja pengguna "
        "fac_paser; pilih pelaku dari wilayah Anda atau kosongkan isian itu, lalu kirim ulang")
    on_server = server_state(sync_server.database_url, "action_intervention", ["64"])
    assert set(on_server["live"]) == {mine}
    # Corrected in the refusal list (the actor cleared) and sent again, it is taken.
    resend_refused(facilitator.db, facilitator.workspace.editor, refused.seq,
                   {**refused.payload, "actor_id": None})
    assert facilitator.sync().pushed == {"applied": 1}
    on_server = server_state(sync_server.database_url, "action_intervention", ["64"])
    assert set(on_server["live"]) == {mine, named}
    assert on_server["live"][named]["actor_id"] is None

"""An intervention's actor, meeting and agreement must exist and be readable by the writer:
a row of another kabupaten is refused with the column and id named, the rest of the batch
applies; a row not on the server yet is waited for, like a missing parent."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.core.ids import new_id
from tests.server.helpers import Device, enrol

BATU, ARU, KUBAR = "64.01.01.2003", "64.01.02.2004", "64.07.05.2002"


def _actor(region: str | None, name: str = "Dinas") -> dict[str, Any]:
    return {"name": name, "kind": "opd_kabupaten", "level": "KAB", "aliases": [],
            "region_code": region}


def _meeting(village: str) -> dict[str, Any]:
    return {"kind": "musdes", "title": "Musdes", "meeting_date": "2026-01-05",
            "village_codes": [village], "agencies": []}


def _agreement(village: str) -> dict[str, Any]:
    return {"number": f"KS/{new_id()[:8]}", "signed_on": "2026-01-05",
            "kind": "antar_desa", "parties": [], "scope": "Air bersih",
            "village_codes": [village], "element_codes": []}


def _intervention(village: str, **refs: str | None) -> dict[str, Any]:
    return {"village_code": village, "index_code": "IDM", "element_code": "12",
            "year": 2027, "activity": "Sumur bor", "status": "diusulkan", **refs}


def _make(device: Device, rows: dict[str, tuple[str, dict[str, Any]]]) -> dict[str, str]:
    """Push rows (name: (table, payload)); their ids by name."""
    ids = {name: new_id() for name in rows}
    results = device.push_ok([device.op(table, ids[name], payload)
                              for name, (table, payload) in rows.items()])
    assert {r["status"] for r in results} == {"applied"}, results
    return ids


def _stored(admin: Device, start: str, row_id: str) -> dict[str, Any]:
    """The row's fields as the server's change log has them (every change since ``start``)."""
    fields: dict[str, Any] = {}
    for change in admin.pull_all(start)[0]:
        if change["id"] == row_id:
            fields.update(change["f"])
    return fields


@pytest.fixture(scope="module")
def made(backend) -> dict[str, str]:
    """Actors, meetings and agreements in Paser (Batu Sopang) and Kutai Barat, and the
    province's and the nation's actors (made by the admin): ids by name."""
    return _make(enrol(backend.url, "admin"), {
        "nation": ("action_actor", _actor(None, "Kementerian Desa")),
        "province": ("action_actor", _actor("64", "DLH Provinsi")),
        "paser": ("action_actor", _actor("64.01", "Dinkes Paser")),
        "kubar": ("action_actor", _actor("64.07", "Dinkes Kutai Barat")),
        "aru_bumdes": ("action_actor", _actor(ARU, "BUMDes Aru")),
        "batu_meeting": ("meeting", _meeting(BATU)),
        "kubar_meeting": ("meeting", _meeting(KUBAR)),
        "batu_agreement": ("cooperation_agreement", _agreement(BATU)),
        "kubar_agreement": ("cooperation_agreement", _agreement(KUBAR)),
    })


@pytest.fixture
def world(backend, made) -> dict[str, Any]:
    """The rows made, and an admin's laptop (devices are closed after each test)."""
    return {"admin": enrol(backend.url, "admin"), "ids": made}


REFS = {"actor_id": ("kubar", "pelaku"), "meeting_id": ("kubar_meeting", "rapat"),
        "agreement_id": ("kubar_agreement", "kerja sama")}


def test_another_kabupatens_actor_meeting_or_agreement_is_refused_the_rest_applies(
        backend, world):
    ids = world["ids"]
    batu = enrol(backend.url, "fac_batu")  # kecamatan Batu Sopang of Paser
    start = world["admin"].cursor_now()
    bad = {column: new_id() for column in REFS}
    good = new_id()
    ops = [batu.op("action_intervention", bad[column], _intervention(BATU, **{
        column: ids[name]})) for column, (name, _) in REFS.items()]
    ops.insert(1, batu.op("action_intervention", good, _intervention(
        BATU, actor_id=ids["paser"], meeting_id=ids["batu_meeting"],
        agreement_id=ids["batu_agreement"])))
    ops.append(batu.op("village_population", new_id(), {"village_code": BATU,
                                                         "year": 2031}))
    results = batu.push_ok(ops)
    assert [r["status"] for r in results] == [
        "quarantined", "applied", "quarantined", "quarantined", "applied"], results
    refused = [results[0], results[2], results[3]]
    for (column, (name, what)), result in zip(REFS.items(), refused, strict=True):
        reason = result["reason"]
        assert reason.startswith(f"kolom {column}: {what} {ids[name]} tidak ditemukan di "
                                 "wilayah kerja pengguna fac_batu"), reason
        assert "64.07" not in reason, reason  # never says where that row lies
    pulled = {c["id"] for c in world["admin"].pull_all(start)[0]}
    assert good in pulled and not pulled & set(bad.values())
    # A kecamatan's facilitator may not name a village's BUMDes of another kecamatan either.
    result = batu.push_ok([batu.op("action_intervention", new_id(), _intervention(
        BATU, actor_id=ids["aru_bumdes"]))])[0]
    assert result["status"] == "quarantined" and "actor_id" in result["reason"], result


def test_actors_of_the_province_and_the_nation_are_named_by_everyone(backend, world):
    ids = world["ids"]
    for user, village in (("fac_batu", BATU), ("fac_kubar", KUBAR), ("op_paser", ARU)):
        device = enrol(backend.url, user)
        other = "kubar" if user != "fac_kubar" else "paser"  # the other kabupaten's agency
        results = device.push_ok([
            device.op("action_intervention", new_id(), _intervention(village, actor_id=ids[
                actor])) for actor in ("nation", "province", other)])
        assert [r["status"] for r in results] == ["applied", "applied", "quarantined"], (
            user, results)
    # The operator of Paser names a village's BUMDes in Paser; the admin anything.
    operator, admin = enrol(backend.url, "op_paser"), world["admin"]
    assert operator.push_ok([operator.op("action_intervention", new_id(), _intervention(
        ARU, actor_id=ids["aru_bumdes"]))])[0]["status"] == "applied"
    assert admin.push_ok([admin.op("action_intervention", new_id(), _intervention(
        BATU, actor_id=ids["kubar"], meeting_id=ids["kubar_meeting"],
        agreement_id=ids["kubar_agreement"]))])[0]["status"] == "applied"


def test_an_actor_meeting_or_agreement_pushed_in_the_same_batch_is_accepted(backend, world):
    operator = enrol(backend.url, "op_paser")
    start = world["admin"].cursor_now()
    actor, meeting, agreement, intervention = new_id(), new_id(), new_id(), new_id()
    # The intervention comes first: it waits for them within the batch.
    results = operator.push_ok([
        operator.op("action_intervention", intervention, _intervention(
            BATU, actor_id=actor, meeting_id=meeting, agreement_id=agreement)),
        operator.op("action_actor", actor, _actor("64.01", "Bappeda Paser")),
        operator.op("meeting", meeting, _meeting(BATU)),
        operator.op("cooperation_agreement", agreement, _agreement(BATU)),
        operator.op("action_intervention", new_id(), _intervention(
            BATU, actor_id=actor, meeting_id=world["ids"]["kubar_meeting"])),
    ])
    assert [r["status"] for r in results] == ["applied"] * 4 + ["quarantined"], results
    stored = _stored(world["admin"], start, intervention)
    assert (stored["actor_id"], stored["meeting_id"], stored["agreement_id"]) == (
        actor, meeting, agreement)


def test_changing_the_reference_to_another_kabupatens_row_is_refused(backend, world):
    ids = world["ids"]
    batu = enrol(backend.url, "fac_batu")
    start = world["admin"].cursor_now()
    row_id = new_id()
    assert batu.push_ok([batu.op("action_intervention", row_id, _intervention(
        BATU, actor_id=ids["paser"], meeting_id=ids["batu_meeting"]))])[0][
        "status"] == "applied"
    results = batu.push_ok([
        batu.op("action_intervention", row_id, {"actor_id": ids["kubar"]}),
        batu.op("action_intervention", row_id, {"meeting_id": ids["kubar_meeting"]}),
        batu.op("action_intervention", row_id, {"agreement_id": ids["kubar_agreement"]}),
        batu.op("action_intervention", row_id, {"actor_id": ids["province"],
                                                "activity": "Sumur bor dalam"}),
        # Unchanged references are not checked again; clearing one is always allowed.
        batu.op("action_intervention", row_id, {"meeting_id": ids["batu_meeting"],
                                                "agreement_id": None}),
    ])
    assert [r["status"] for r in results] == [
        "quarantined", "quarantined", "quarantined", "applied", "applied"], results
    assert ids["kubar_agreement"] in results[2]["reason"], results[2]
    stored = _stored(world["admin"], start, row_id)
    assert (stored["actor_id"], stored["meeting_id"], stored["agreement_id"],
            stored["activity"]) == (ids["province"], ids["batu_meeting"], None,
                                    "Sumur bor dalam")


def test_a_row_not_on_the_server_yet_is_waited_for_like_a_missing_parent(backend, world):
    batu, operator = enrol(backend.url, "fac_batu"), enrol(backend.url, "op_paser")
    start = world["admin"].cursor_now()
    ids = world["ids"]
    actor, first, second = new_id(), new_id(), new_id()
    results = batu.push_ok([
        batu.op("action_intervention", first, _intervention(BATU, actor_id=actor)),
        batu.op("action_intervention", second, _intervention(BATU, actor_id=ids["paser"])),
        batu.op("action_intervention", second, {"actor_id": actor}),
    ])
    assert [r["status"] for r in results] == ["held", "applied", "held"], results
    assert first not in {c["id"] for c in world["admin"].pull_all(start)[0]}
    # The actor arrives from another laptop: both operations apply.
    assert operator.push_ok([operator.op("action_actor", actor, _actor(
        "64.01", "Disdik Paser"))])[0]["status"] == "applied"
    assert _stored(world["admin"], start, first)["actor_id"] == actor
    assert _stored(world["admin"], start, second)["actor_id"] == actor
    # A waited-for row that turns out to lie in another kabupaten refuses the operation.
    kubar, late = enrol(backend.url, "fac_kubar"), new_id()
    theirs = new_id()
    assert batu.push_ok([batu.op("action_intervention", late, _intervention(
        BATU, meeting_id=theirs))])[0]["status"] == "held"
    assert kubar.push_ok([kubar.op("meeting", theirs, _meeting(KUBAR))])[0][
        "status"] == "applied"
    assert late not in {c["id"] for c in world["admin"].pull_all(start)[0]}
    quarantined = batu.http.get("/api/v1/quarantine", params={"limit": 1000}).json()
    [entry] = [q for q in quarantined if q["row_id"] == late]
    assert entry["reason"].startswith(f"kolom meeting_id: rapat {theirs} tidak ditemukan"), entry


def test_a_malformed_id_is_refused_with_its_column(backend):
    batu = enrol(backend.url, "fac_batu")
    result = batu.push_ok([batu.op("action_intervention", new_id(), _intervention(
        BATU, actor_id="dinas-kesehatan"))])[0]
    assert result["status"] == "quarantined", result
    assert result["reason"].startswith("kolom actor_id: id pelaku 'dinas-kesehatan' bukan "
                                       "UUID"), result


def test_the_registry_catches_a_reference_to_an_unknown_column(monkeypatch):
    from dataclasses import replace

    from desktop_app.core.sync.registry import Reference
    from provincial_server.sync import registry

    spec = registry.SYNCED["action_intervention"]
    assert {r.column: r.table for r in spec.references} == {
        "actor_id": "action_actor", "meeting_id": "meeting",
        "agreement_id": "cooperation_agreement"}
    bad = replace(spec, references=(Reference("actor", "action_actor", "pelaku"),))
    monkeypatch.setitem(registry.SYNCED, "action_intervention", bad)
    assert registry.registry_problems() == [
        "action_intervention.actor: declared reference to action_actor names an unknown "
        "column or table"]


def test_each_named_table_is_read_once_per_batch_and_careful_mode_agrees(backend, world):
    """The check costs one query per referenced table per batch (prefetched), not one per
    operation; the careful path (after a race) gives the same answers."""
    import re

    from sqlalchemy import event

    from provincial_server.auth import principal_for_device
    from provincial_server.config import Settings
    from provincial_server.db import create_server_engine
    from provincial_server.sync.operations import Operation
    from provincial_server.sync.push import _push, push_operations

    ids = world["ids"]
    batu = enrol(backend.url, "fac_batu")
    choices = [("nation", "batu_meeting", "batu_agreement"), ("province", None, None),
               ("paser", "batu_meeting", None), ("kubar", None, None),
               ("paser", "kubar_meeting", "batu_agreement")]

    def batch() -> list[Operation]:
        return [Operation.from_json(batu.op("action_intervention", new_id(), _intervention(
            BATU, actor_id=ids[actor], meeting_id=meeting and ids[meeting],
            agreement_id=agreement and ids[agreement]))) for actor, meeting, agreement in
            choices * 8]

    expected = ["applied", "applied", "applied", "quarantined", "quarantined"] * 8
    reads = {"action_actor": 0, "meeting": 0, "cooperation_agreement": 0}

    def count(_conn, _cursor, statement: str, *_args) -> None:
        for table in reads:
            reads[table] += len(re.findall(rf"\bFROM {table}\b", statement))

    engine = create_server_engine(backend.database_url)
    event.listen(engine, "before_cursor_execute", count)
    try:
        with engine.connect() as connection:
            who = principal_for_device(connection, batu.device_id)
        assert who is not None
        results = push_operations(engine, Settings(), who, batch())
        assert [r.status for r in results] == expected
        assert reads == {"action_actor": 1, "meeting": 1, "cooperation_agreement": 1}
        with engine.begin() as connection:
            careful = _push(connection, Settings(), who, batch(), careful=True)
        assert [r.status for r in careful] == expected
        assert [r.reason for r in careful] == [r.reason for r in results]
    finally:
        engine.dispose()


def test_a_bundle_is_checked_against_its_makers_scope_even_when_an_admin_imports_it(
        backend, world):
    from provincial_server.bundles import build_bundle

    ids, admin = world["ids"], world["admin"]
    laptop = enrol(backend.url, "fac_batu")
    ops = [laptop.op("action_intervention", new_id(), _intervention(BATU, actor_id=ids[
        actor])) for actor in ("kubar", "province")]
    response = admin.http.post("/api/v1/bundles", content=build_bundle(
        laptop.device_id, laptop.bundle_key, ops, {}), headers={
        "Content-Type": "application/octet-stream"})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["quarantined", "applied"], results
    assert results[0]["reason"].startswith(f"kolom actor_id: pelaku {ids['kubar']} "
                                           "tidak ditemukan di wilayah kerja pengguna fac_batu")


def test_a_finding_or_a_proposal_naming_another_kabupatens_row_is_refused(backend, world):
    """A finding names a budget line, a musdes proposal the intervention it became: each
    must be readable by the writer, like an intervention's actor."""
    kubar, batu = enrol(backend.url, "fac_kubar"), enrol(backend.url, "fac_batu")

    def budget_line(device: Device, village: str) -> tuple[str, str]:
        budget, line = new_id(), new_id()
        results = device.push_ok([
            device.op("apbdes_budget", budget, {"village_code": village, "year": 2031,
                                                "version": "murni"}),
            device.op("apbdes_line", line, {
                "budget_id": budget, "activity_code": "1", "code": "1.1", "kind": "detail",
                "description": "Sumur bor", "budget": "1", "realisation_1": "0",
                "realisation_2": "0", "ordinal": 1})])
        assert {r["status"] for r in results} == {"applied"}, results
        return budget, line

    _kubar_budget, kubar_line = budget_line(kubar, KUBAR)
    _batu_budget, batu_line = budget_line(batu, BATU)
    theirs = _make(kubar, {"intervention": ("action_intervention", _intervention(KUBAR))})
    mine = _make(batu, {"intervention": ("action_intervention", _intervention(BATU)),
                        "meeting": ("meeting", _meeting(BATU))})

    def finding(line: str) -> dict[str, Any]:
        return {"village_code": BATU, "found_on": "2031-01-05", "category": "adm",
                "severity": "rendah", "description": "Nota belum lengkap", "status": "open",
                "budget_line_id": line}

    def proposal(intervention: str, ordinal: int) -> dict[str, Any]:
        return {"meeting_id": mine["meeting"], "ordinal": ordinal, "text": "Sumur bor",
                "outcome": "diterima", "intervention_id": intervention}

    results = batu.push_ok([
        batu.op("supervision_finding", new_id(), finding(kubar_line)),
        batu.op("supervision_finding", new_id(), finding(batu_line)),
        batu.op("meeting_proposal", new_id(), proposal(theirs["intervention"], 1)),
        batu.op("meeting_proposal", new_id(), proposal(mine["intervention"], 2))])
    assert [r["status"] for r in results] == [
        "quarantined", "applied", "quarantined", "applied"], results
    assert results[0]["reason"].startswith(
        f"kolom budget_line_id: baris APBDes {kubar_line} tidak ditemukan di wilayah kerja "
        "pengguna fac_batu"), results[0]
    assert results[2]["reason"].startswith(
        f"kolom intervention_id: intervensi {theirs['intervention']} tidak ditemukan"), \
        results[2]

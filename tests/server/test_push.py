"""Push against a real server: idempotency, LWW, conflicts, quarantine, holds, deletes."""

from __future__ import annotations

import time

import httpx

from desktop_app.core.ids import new_id
from tests.server.helpers import Device, enrol, make_op

BATU = "64.01.01.2001"
KASUNGAI = "64.01.01.2002"
TANJUNG = "64.01.02.2001"  # Paser, another kecamatan
LONG_IRAM = "64.07.05.2001"  # Kutai Barat


def admin_get(backend, path: str, **params) -> list[dict]:
    admin = enrol(backend.url, "admin")
    response = admin.http.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def rows_of(device: Device, row_id: str, cursor: str | None = None) -> list[dict]:
    changes, _ = device.pull_all(cursor)
    return [c for c in changes if c["id"] == row_id]


def test_push_then_pull_roundtrip(backend):
    device = enrol(backend.url, "fac_batu")
    start = device.cursor_now()
    row = new_id()
    results = device.push_ok([device.op("village_profile", row,
                                        {"village_code": BATU, "head_name": "Pak Amir",
                                         "area_km2": 12.5, "road_all_year": True})])
    assert results == [{"seq": 1, "status": "applied", "reason": None, "clamped": False,
                        "hlc": None}]
    changes = rows_of(device, row, start)
    assert len(changes) == 1
    assert changes[0]["f"]["head_name"] == "Pak Amir"
    assert changes[0]["t"] == "village_profile" and changes[0]["k"] == "u"


def test_replay_is_duplicate_and_changed_payload_is_refused(backend):
    device = enrol(backend.url, "fac_batu")
    start = device.cursor_now()
    row = new_id()
    op = device.op("village_population", row, {"village_code": BATU, "year": 2031,
                                                "population": 1200})
    assert device.push_ok([op])[0]["status"] == "applied"
    assert device.push_ok([op])[0]["status"] == "duplicate"
    changed = make_op(op["seq"], "village_population", row,
                      {"village_code": BATU, "year": 2031, "population": 9999},
                      hlc=op["hlc"])
    result = device.push_ok([changed])[0]
    assert result["status"] == "rejected" and "sudah dipakai" in result["reason"]
    forged = {**op, "payload": {**op["payload"], "population": 5}}  # hash left as before
    assert device.push_ok([forged])[0]["status"] == "rejected"
    changes = rows_of(device, row, start)
    assert [c["f"].get("population") for c in changes] == [1200]


def test_poison_operations_are_quarantined_and_do_not_block(backend):
    device = enrol(backend.url, "fac_batu")
    good_a, good_b = new_id(), new_id()
    ops = [
        device.op("village_population", good_a, {"village_code": BATU, "year": 2032,
                                                 "population": 10}),
        device.op("no_such_table", new_id(), {"x": 1}),
        device.op("village_population", new_id(), {"village_code": LONG_IRAM, "year": 2032}),
        device.op("village_population", new_id(), {"village_code": BATU, "year": "2032"}),
        device.op("village_population", new_id(), {"village_code": "64.01.01.2999",
                                                   "year": 2032}),
        device.op("village_population", new_id(), {"village_code": BATU, "year": 2032,
                                                   "population": 11}),  # same village+year
        device.op("village_profile", "../../etc/passwd", {"village_code": BATU}),
        device.op("village_profile", "f" * 64, {"village_code": BATU}),
        device.op("village_population", good_b, {"village_code": KASUNGAI, "year": 2032,
                                                 "population": 20}),
    ]
    results = device.push_ok(ops)
    statuses = [r["status"] for r in results]
    assert statuses == ["applied"] + ["quarantined"] * 7 + ["applied"], results
    reasons = [r["reason"] for r in results[1:7]]
    assert "tidak dikenal" in reasons[0]
    assert "di luar wilayah" in reasons[1]
    assert "bilangan bulat" in reasons[2]
    assert "tidak dikenal" in reasons[3]
    assert "data ganda" in reasons[4]
    assert "UUID" in reasons[5]
    quarantined = admin_get(backend, "/api/v1/quarantine", limit=1000)
    mine = [q for q in quarantined if q["device_id"] == device.device_id]
    assert sorted(q["op_seq"] for q in mine) == [op["seq"] for op in ops[1:8]]
    # A replay of a quarantined operation stays a harmless duplicate.
    assert device.push_ok([ops[1]])[0]["status"] == "duplicate"


def test_last_writer_wins_per_field_with_conflict_record(backend):
    first = enrol(backend.url, "fac_batu")
    second = enrol(backend.url, "op_paser")
    start = first.cursor_now()
    row = new_id()
    first.push_ok([first.op("village_profile", row, {"village_code": KASUNGAI,
                                                     "head_name": "Awal", "notes": "n0"})])
    now = int(time.time() * 1000)
    late = f"{now + 5000:013d}-00000-{second.device_id}"
    early = f"{now + 1000:013d}-00000-{first.device_id}"
    assert second.push_ok([second.op("village_profile", row, {"head_name": "Baru"},
                                     hlc=late)])[0]["status"] == "applied"
    # An older concurrent edit of the same field loses; its other field still wins.
    assert first.push_ok([first.op("village_profile", row,
                                   {"head_name": "Lama", "notes": "n1"},
                                   hlc=early)])[0]["status"] == "applied"
    changes = rows_of(first, row, start)
    merged: dict = {}
    for change in changes:
        merged.update(change["f"])
    assert merged["head_name"] == "Baru" and merged["notes"] == "n1"
    conflicts = [c for c in admin_get(backend, "/api/v1/conflicts", limit=1000)
                 if c["row_id"] == row]
    reasons = {(c["field"], c["reason"], c["lost_value"]) for c in conflicts}
    assert ("head_name", "older", "Lama") in reasons
    assert ("head_name", "overwritten", "Awal") in reasons
    reviewer = enrol(backend.url, "op_paser")
    outsider = enrol(backend.url, "op_samarinda")
    target = conflicts[0]["id"]
    assert outsider.http.post(f"/api/v1/conflicts/{target}/resolve").status_code == 404
    assert first.http.post(f"/api/v1/conflicts/{target}/resolve").status_code == 403
    assert reviewer.http.post(f"/api/v1/conflicts/{target}/resolve").status_code == 200
    listed = reviewer.http.get("/api/v1/conflicts", params={"limit": 1000}).json()
    assert [c["resolved_at"] is not None for c in listed if c["id"] == target] == [True]


def test_future_clock_is_clamped(backend):
    device = enrol(backend.url, "fac_batu")
    start = device.cursor_now()
    row = new_id()
    far = f"{int(time.time() * 1000) + 86_400_000:013d}-00000-{device.device_id}"
    result = device.push_ok([device.op("village_population", row, {
        "village_code": BATU, "year": 2034}, hlc=far)])[0]
    assert result["status"] == "applied" and result["clamped"] is True
    change = rows_of(device, row, start)[0]
    assert int(change["c"][:13]) <= int(time.time() * 1000) + 60_000
    assert result["hlc"] == change["c"]  # the client learns the clock the server stored


def test_delete_wins_over_later_edit(backend):
    device = enrol(backend.url, "fac_batu")
    other = enrol(backend.url, "op_paser")
    start = device.cursor_now()
    row = new_id()
    device.push_ok([device.op("village_population", row, {"village_code": BATU,
                                                          "year": 2033, "population": 1})])
    device.push_ok([device.op("village_population", row, kind="delete")])
    later = f"{int(time.time() * 1000) + 9000:013d}-00000-{other.device_id}"
    assert other.push_ok([other.op("village_population", row, {"population": 2},
                                   hlc=later)])[0]["status"] == "applied"
    changes = rows_of(device, row, start)
    assert [c["k"] for c in changes] == ["u", "d"]
    conflicts = [c for c in admin_get(backend, "/api/v1/conflicts", limit=1000)
                 if c["row_id"] == row]
    assert [(c["reason"], c["lost_value"]) for c in conflicts] == [("deleted", 2)]


def test_child_before_parent_is_held_then_applied(backend):
    device = enrol(backend.url, "fac_batu")
    start = device.cursor_now()
    parent, child = new_id(), new_id()
    child_op = device.op("attachment", child, {
        "village_code": BATU, "record_table": "village_population", "record_id": parent,
        "sha256": "a" * 64, "file_name": "foto.jpg"})
    parent_op = device.op("village_population", parent, {"village_code": BATU, "year": 2035})
    assert device.push_ok([child_op])[0]["status"] == "held"
    assert [c for c in rows_of(device, child, start)] == []
    assert device.push_ok([child_op])[0]["status"] == "duplicate"
    assert device.push_ok([parent_op])[0]["status"] == "applied"
    changes, _ = device.pull_all(start)
    ids = [c["id"] for c in changes if c["id"] in (parent, child)]
    assert ids == [parent, child]  # parent first, then the released child


def test_child_and_parent_in_one_batch_any_order(backend):
    device = enrol(backend.url, "fac_batu")
    parent, child = new_id(), new_id()
    child_op = device.op("attachment", child, {
        "village_code": BATU, "record_table": "village_population", "record_id": parent,
        "sha256": "b" * 64})
    parent_op = device.op("village_population", parent, {"village_code": BATU, "year": 2036})
    results = device.push_ok([child_op, parent_op])
    assert [r["status"] for r in results] == ["applied", "applied"]


def test_push_needs_a_valid_token(backend):
    response = httpx.post(backend.url + "/api/v1/sync/push", json={"ops": []})
    assert response.status_code == 401
    assert "Token" in response.json()["detail"]
    response = httpx.post(backend.url + "/api/v1/sync/push", json={"ops": []},
                          headers={"Authorization": "Bearer sdt_palsu"})
    assert response.status_code == 401
    assert "tidak dikenal" in response.json()["detail"]


def test_delete_before_its_row_is_held_until_the_row_arrives(backend):
    device = enrol(backend.url, "fac_batu")
    start = device.cursor_now()
    row = new_id()
    create = device.op("village_population", row, {"village_code": KASUNGAI, "year": 2037})
    delete = device.op("village_population", row, kind="delete")
    assert device.push_ok([delete])[0]["status"] == "held"
    assert device.push_ok([create])[0]["status"] == "applied"
    assert [c["k"] for c in rows_of(device, row, start)] == ["u", "d"]
    assert device.push_ok([delete])[0]["status"] == "duplicate"


def test_idm_draft_assessment_syncs_with_scores(backend):
    device = enrol(backend.url, "fac_batu")
    start = device.cursor_now()
    row = new_id()
    scores = {str(n): n % 6 for n in range(1, 51)}
    ok = device.op("idm_assessment", row, {
        "village_code": BATU, "regency_code": "64.01", "year": 2026, "kind": "draft",
        "scores": scores, "status": "Berkembang", "imported_at": "2026-11-26T08:00:00+08:00"})
    bad = [
        device.op("idm_assessment", new_id(), {"village_code": BATU, "regency_code": "64.07",
                                               "year": 2027, "kind": "draft"}),
        device.op("idm_assessment", new_id(), {"village_code": BATU, "regency_code": "64.01",
                                               "year": 2028, "kind": "draft", "scores": 5}),
        device.op("idm_assessment", new_id(), {"village_code": BATU, "regency_code": "64.01",
                                               "year": 2029, "kind": "draft",
                                               "imported_at": "kemarin"}),
    ]
    results = device.push_ok([ok, *bad])
    assert [r["status"] for r in results] == ["applied"] + ["quarantined"] * 3, results
    change = rows_of(device, row, start)[0]
    assert change["f"]["scores"] == scores
    assert change["f"]["imported_at"] == "2026-11-26T00:00:00"  # stored in UTC
    snapshot = device.http.get("/api/v1/sync/snapshot", params={
        "table": "idm_assessment", "region": "64.01.01"}).json()
    assert any(r["id"] == row and r["scores"] == scores for r in snapshot["rows"])

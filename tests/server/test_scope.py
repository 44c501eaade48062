"""The scope matrix: each role against each endpoint, inside and outside its regions."""

from __future__ import annotations

import hashlib
import json

import pytest

from desktop_app.core.ids import new_id
from tests.server.helpers import Device, enrol

# One village in each region that matters, and who may touch it.
VILLAGES = {
    "64.01.01.2003": {"admin", "op_paser", "fac_batu"},  # Paser / Batu Sopang
    "64.01.02.2004": {"admin", "op_paser"},  # Paser / Tanjung Harapan
    "64.07.05.2002": {"admin", "fac_kubar"},  # Kutai Barat / Long Iram
    "64.72.01.1002": {"admin", "op_samarinda"},  # Samarinda / Palaran
}
USERS = ["admin", "op_paser", "fac_batu", "fac_kubar", "op_samarinda"]
REVIEWERS = {"admin", "op_paser", "op_samarinda"}


@pytest.fixture(scope="module")
def seeded(backend):
    """Per village: a population row and an attachment with its own file (by the admin)."""
    devices = {user: enrol(backend.url, user) for user in USERS}
    admin = devices["admin"]
    start = admin.cursor_now()
    files: dict[str, str] = {}
    ops = []
    for code in VILLAGES:
        parent, content = new_id(), f"foto {code} {new_id()}".encode()
        sha = hashlib.sha256(content).hexdigest()
        upload = admin.http.put(f"/api/v1/blobs/{sha}", content=content, headers={
            "Upload-Offset": "0", "Upload-Length": str(len(content))})
        assert upload.status_code == 200, upload.text
        ops.append(admin.op("village_population", parent, {"village_code": code,
                                                            "year": 2040}))
        ops.append(admin.op("attachment", new_id(), {
            "village_code": code, "record_table": "village_population", "record_id": parent,
            "sha256": sha}))
        files[code] = sha
    assert {r["status"] for r in admin.push_ok(ops)} == {"applied"}
    return devices, start, files


def _visible(device: Device, start: str, **params) -> set[str]:
    response = device.http.get("/api/v1/sync/pull", params={"cursor": start, "limit": 5000,
                                                            **params})
    assert response.status_code == 200, response.text
    return {c["f"]["village_code"] for c in response.json()["changes"]
            if c["t"] == "village_population" and "village_code" in c["f"]}


def test_scope_matrix(seeded):
    devices, start, files = seeded
    problems: list[str] = []

    def expect(label: str, got, wanted) -> None:
        if got != wanted:
            problems.append(f"{label}: got {got}, expected {wanted}")

    for user in USERS:
        device = devices[user]
        allowed = {code for code, users in VILLAGES.items() if user in users}
        expect(f"{user} pull", _visible(device, start), allowed)
        for code, users in VILLAGES.items():
            inside = user in users
            # push a new row into the village
            result = device.push_ok([device.op("village_population", new_id(), {
                "village_code": code, "year": 3000 + USERS.index(user)})])[0]
            expect(f"{user} push {code}", result["status"],
                   "applied" if inside else "quarantined")
            # pull narrowed to the village's kabupaten
            regency = code[:5]
            response = device.http.get("/api/v1/sync/pull", params={"region": regency})
            kabupaten_ok = user == "admin" or any(
                regency == r or regency.startswith(r + ".") for r in _regions(user))
            expect(f"{user} pull region {regency}", response.status_code,
                   200 if kabupaten_ok else 403)
            # snapshot of the kecamatan
            district = code[:8]
            response = device.http.get("/api/v1/sync/snapshot", params={
                "table": "village_population", "region": district})
            expect(f"{user} snapshot {district}", response.status_code,
                   200 if inside else 403)
            if response.status_code == 200:
                codes = {row["village_code"] for row in response.json()["rows"]}
                expect(f"{user} snapshot rows {district}",
                       code in codes and all(c.startswith(district + ".") for c in codes),
                       True)
            # download the village's file
            response = device.http.get(f"/api/v1/blobs/{files[code]}")
            expect(f"{user} blob {code}", response.status_code, 200 if inside else 404)
        expect(f"{user} conflicts", device.http.get("/api/v1/conflicts").status_code,
               200 if user in REVIEWERS else 403)
        expect(f"{user} quarantine", device.http.get("/api/v1/quarantine").status_code, 200)
        for path in ("/api/v1/admin/users", "/api/v1/admin/devices"):
            expect(f"{user} {path}", device.http.get(path).status_code,
                   200 if user == "admin" else 403)
        response = device.http.post(f"/api/v1/admin/devices/{devices['fac_kubar'].device_id}"
                                    "/revoke") if user != "admin" else None
        if response is not None:
            expect(f"{user} revoke", response.status_code, 403)
    # Operators see quarantined operations of their regions only.
    rows = devices["op_samarinda"].http.get("/api/v1/quarantine",
                                            params={"limit": 1000}).json()
    expect("op_samarinda quarantine scope",
           {r["village_code"][:5] for r in rows if r["village_code"]} <= {"64.72"}, True)
    assert not problems, "\n".join(problems)


def _regions(user: str) -> list[str]:
    return {"op_paser": ["64.01"], "fac_batu": ["64.01.01"], "fac_kubar": ["64.07.05"],
            "op_samarinda": ["64.72"]}.get(user, [])


def test_revoked_device_is_refused_everywhere(backend):
    admin = enrol(backend.url, "admin")
    victim = enrol(backend.url, "fac_kubar")
    assert victim.http.get("/api/v1/me").status_code == 200
    response = admin.http.post(f"/api/v1/admin/devices/{victim.device_id}/revoke")
    assert response.status_code == 200 and response.json()["revoked_at"]
    for call in (lambda: victim.http.get("/api/v1/me"),
                 lambda: victim.http.get("/api/v1/sync/pull"),
                 lambda: victim.push([victim.op("village_population", new_id(), {
                     "village_code": "64.07.05.2001", "year": 1999})])):
        response = call()
        assert response.status_code == 401
        assert "dicabut" in response.json()["detail"]
    listed = {d["id"]: d for d in admin.http.get("/api/v1/admin/devices").json()}
    assert listed[victim.device_id]["revoked_at"] is not None


def test_wrong_password_and_unknown_user(backend):
    import httpx

    for username, password in (("fac_batu", "salah-sekali"), ("siapa", "rahasia-123")):
        response = httpx.post(backend.url + "/api/v1/auth/enrol", json={
            "username": username, "password": password, "device_id": "laptop-x",
            "device_name": "x"})
        assert response.status_code == 401
        assert response.json()["detail"] == "Nama pengguna atau kata sandi salah"


# -- holes of issue 19: re-parenting, clocks, odd input, quarantine -----------------------

BATU, KUBAR, SAMARINDA = "64.01.01.2003", "64.07.05.2002", "64.72.01.1002"


def _rows_in(device: Device, village: str, tag: int) -> dict[str, tuple[str, dict]]:
    """One parent of each kind in ``village``, made by ``device``: name -> (id, payload)."""
    ids = {name: new_id() for name in ("meeting", "budget", "visit", "finding", "population")}
    return {
        "meeting": (ids["meeting"], {"kind": "rapat", "title": "Rapat", "meeting_date":
                                     "2026-01-05", "village_codes": [village],
                                     "agencies": []}),
        "budget": (ids["budget"], {"village_code": village, "year": 2500 + tag,
                                   "version": "murni"}),
        "visit": (ids["visit"], {"village_code": village, "visit_date": "2026-01-05",
                                 "officers": [], "inspected_line_ids": []}),
        "finding": (ids["finding"], {"village_code": village, "visit_id": ids["visit"],
                                     "found_on": "2026-01-05", "category": "adm",
                                     "severity": "rendah", "description": "x",
                                     "status": "open"}),
        "population": (ids["population"], {"village_code": village, "year": 2500 + tag}),
    }


TABLE_OF = {"meeting": "meeting", "budget": "apbdes_budget", "visit": "supervision_visit",
            "finding": "supervision_finding", "population": "village_population"}


def _push_rows(device: Device, rows: dict[str, tuple[str, dict]]) -> None:
    results = device.push_ok([device.op(TABLE_OF[name], row_id, payload)
                              for name, (row_id, payload) in rows.items()])
    assert {r["status"] for r in results} == {"applied"}, results


def test_children_cannot_be_pointed_at_a_parent_in_another_kabupaten(backend):
    batu, kubar = enrol(backend.url, "fac_batu"), enrol(backend.url, "fac_kubar")
    mine, theirs = _rows_in(batu, BATU, 1), _rows_in(kubar, KUBAR, 2)
    _push_rows(batu, mine)
    _push_rows(kubar, theirs)
    start = kubar.cursor_now()
    children = {  # table: (payload under my parent, the same pointing at their parent)
        "meeting_participant": ({"meeting_id": mine["meeting"][0], "ordinal": 1, "name": "A",
                                 "present": True}, {"meeting_id": theirs["meeting"][0]}),
        "apbdes_line": ({"budget_id": mine["budget"][0], "activity_code": "1", "code": "1.1",
                         "kind": "detail", "description": "x", "budget": "1",
                         "realisation_1": "0", "realisation_2": "0", "ordinal": 1},
                        {"budget_id": theirs["budget"][0]}),
        "supervision_finding": ({**mine["finding"][1]}, {"visit_id": theirs["visit"][0]}),
        "supervision_finding_status": ({"finding_id": mine["finding"][0], "status": "open",
                                        "changed_on": "2026-01-06",
                                        "changed_by": "A"},
                                       {"finding_id": theirs["finding"][0]}),
        "attachment": ({"village_code": BATU, "record_table": "meeting",
                        "record_id": mine["meeting"][0], "sha256": "0" * 64},
                       {"record_id": theirs["meeting"][0]}),
    }
    made = {table: new_id() for table in children}
    results = batu.push_ok([batu.op(t, made[t], first) for t, (first, _) in children.items()])
    assert {r["status"] for r in results} == {"applied"}, results
    results = batu.push_ok([batu.op(t, made[t], moved) for t, (_, moved) in children.items()])
    for table, result in zip(children, results, strict=True):
        assert result["status"] == "quarantined", (table, result)
        assert "wilayah kerja" in result["reason"] and "64.07" not in result["reason"], result
    # Kutai Barat's laptops never hear of the rows (their sync would fail on them).
    assert not [c for c in kubar.pull_all(start)[0] if c["r"] in made.values()]


def test_a_clock_naming_another_device_is_quarantined(backend):
    batu, kubar = enrol(backend.url, "fac_batu"), enrol(backend.url, "fac_batu")
    forged = batu.hlc().rsplit("-", 1)[0] + "-" + kubar.device_id
    result = batu.push_ok([batu.op("village_population", new_id(), {
        "village_code": BATU, "year": 2601}, hlc=forged)])[0]
    assert result["status"] == "quarantined" and "perangkat" in result["reason"], result


def test_odd_numbers_and_lone_surrogates_never_fail_the_batch(backend):
    batu = enrol(backend.url, "fac_batu")
    good = batu.op("village_population", new_id(), {"village_code": BATU, "year": 2602})
    nan = batu.op("village_population", new_id(), {"village_code": BATU, "year": 2603,
                                                    "population": float("nan")})
    inf = batu.op("village_profile", new_id(), {"village_code": BATU,
                                                "area_km2": float("inf")})
    odd = batu.op("village_population", new_id(), {"village_code": BATU, "year": 2604})
    odd["payload"]["notes"] = "\ud800"
    odd["hash"] = "0" * 64  # cannot be hashed as UTF-8 by the client either
    odd_key = batu.op("village_population", new_id(), {"village_code": BATU, "year": 2605})
    odd_key["payload"] = {"\udfff": 1}
    last = batu.op("village_population", new_id(), {"village_code": BATU, "year": 2606})
    batch = [good, nan, inf, odd, odd_key, last]
    body = json.dumps({"ops": batch}, allow_nan=True).encode()
    for attempt in range(2):
        response = batu.http.post("/api/v1/sync/push", content=body,
                                  headers={"Content-Type": "application/json"})
        assert response.status_code == 200, response.text
        statuses = [r["status"] for r in response.json()["results"]]
        if attempt == 0:
            assert statuses == ["applied", "quarantined", "quarantined", "quarantined",
                                "quarantined", "applied"], response.text
        else:
            assert statuses == ["duplicate"] * 6, response.text


def test_quarantine_reasons_and_entries_belong_to_the_sender(backend):
    batu, kubar = enrol(backend.url, "fac_batu"), enrol(backend.url, "fac_kubar")
    operator, other = enrol(backend.url, "op_paser"), enrol(backend.url, "op_samarinda")
    mine, theirs = _rows_in(batu, BATU, 3), _rows_in(kubar, KUBAR, 4)
    _push_rows(batu, {"budget": mine["budget"]})
    _push_rows(kubar, {"budget": theirs["budget"]})
    line = {"activity_code": "9", "code": "9.9", "kind": "detail", "description": "x",
            "budget": "1", "realisation_1": "0", "realisation_2": "0", "ordinal": 1}
    their_line, my_line = new_id(), new_id()
    assert kubar.push_ok([kubar.op("apbdes_line", their_line, {
        **line, "budget_id": theirs["budget"][0]})])[0]["status"] == "applied"
    assert batu.push_ok([batu.op("apbdes_line", my_line, {
        **line, "budget_id": mine["budget"][0]})])[0]["status"] == "applied"
    results = batu.push_ok([
        batu.op("apbdes_line", my_line, {"budget_id": theirs["budget"][0]}),
        batu.op("apbdes_line", new_id(), {**line, "budget_id": theirs["budget"][0]}),
        batu.op("village_population", new_id(), {"village_code": SAMARINDA, "year": 2607}),
    ])
    for result in results:
        assert result["status"] == "quarantined", result
        assert their_line not in result["reason"] and theirs["budget"][0] not in \
            result["reason"], result
    listed = {
        name: [r for r in device.http.get("/api/v1/quarantine", params={"limit": 1000}).json()
               if r["device_id"] == batu.device_id]
        for name, device in (("paser", operator), ("samarinda", other), ("batu", batu),
                             ("kubar", kubar))}
    assert len(listed["paser"]) == 3 and listed["samarinda"] == [], listed
    # A facilitator lists the operations they sent (from any of their laptops), nobody else's.
    assert listed["batu"] == listed["paser"] and listed["kubar"] == [], listed
    second_laptop = enrol(batu.base_url, "fac_batu")
    mine = second_laptop.http.get("/api/v1/quarantine", params={"limit": 1000}).json()
    assert {r["user_id"] for r in mine} == {listed["batu"][0]["user_id"]}
    assert [r for r in mine if r["device_id"] == batu.device_id] == listed["batu"]
    assert kubar.http.get("/api/v1/quarantine", params={"region": "64.01.01"}).status_code == 403


# -- the scope matrix, generated from the synced-table registry ----------------------------

MATRIX_VILLAGES = ("64.01.01.2003", "64.01.02.2004", "64.07.05.2002")
MATRIX_ROLES = {  # user: (regions, home village: where their own rows lie)
    "fac_batu": (("64.01.01",), "64.01.01.2003"),
    "op_paser": (("64.01",), "64.01.02.2004"),
    "admin": ((), "64.07.05.2002"),
}
# Tables whose scope is computed from their own values: how to place a row in a village.
COMPUTED_PLACE = {
    "meeting": lambda village: {"village_codes": [village]},
    "idm_target": lambda village: {"regency_code": village[:5]},
    "action_actor": lambda village: {"region_code": village},  # a BUMDes, say
    "cooperation_agreement": lambda village: {"village_codes": [village]},
}
COMPUTED_SCOPE = {"meeting": lambda village: village, "idm_target": lambda village: village[:5],
                  "action_actor": lambda village: village,
                  "cooperation_agreement": lambda village: village}
ATTACHMENT_PARENT = "village_population"  # the record a matrix attachment hangs off


def _covers(user: str, code: str) -> bool:
    regions, _ = MATRIX_ROLES[user]
    return user == "admin" or any(code == r or code.startswith(r + ".") for r in regions)


def _sample(column, n: int):
    from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Float, Integer

    kind = column.type
    if isinstance(kind, Boolean):
        return True
    if isinstance(kind, Integer | BigInteger):
        return n
    if isinstance(kind, Float):
        return 1.5
    if isinstance(kind, DateTime):
        return "2026-01-02T03:04:05"
    if isinstance(kind, JSON):
        return []
    return f"t{n}"[: getattr(kind, "length", None) or 40]


class MatrixRows:
    """Builds valid rows of any synced table in a village, from the registry alone."""

    def __init__(self, sha: dict[str, str]) -> None:
        self.n = 5000
        self.sha = sha  # user -> a file that user's device uploaded

    def parent_table(self, spec) -> str:
        if spec.name == "attachment":
            return ATTACHMENT_PARENT
        ref = spec.parent({name: "x" for name in spec.parent_fields})
        return ref[0]

    def place(self, spec, village: str, user: str, parents: dict) -> tuple[dict, list]:
        """Scope values putting a row of ``spec`` in ``village``, and the parent ops it
        needs first (as (table, id, payload), made by the admin)."""
        from provincial_server.sync.registry import SYNCED, scope_rule

        rule = scope_rule(spec)
        values: dict = {}
        before: list = []
        if rule == "village":
            values["village_code"] = village
        elif rule == "computed":
            values.update(COMPUTED_PLACE[spec.name](village))
        elif rule == "parent":
            parent_name = self.parent_table(spec)
            key = (parent_name, village)
            if key not in parents:
                parent_id = new_id()
                payload, chain = self.row(SYNCED[parent_name], village, "admin", parents)
                before += [*chain, (parent_name, parent_id, payload)]
                parents[key] = parent_id
            parent_id = parents[key]
            if spec.name == "attachment":
                values.update(record_table=parent_name, record_id=parent_id)
            else:
                (field_name,) = spec.parent_fields
                values[field_name] = parent_id
            if spec.village_is_scope and "village_code" in spec.fields:
                values["village_code"] = village
        else:
            raise AssertionError(f"{spec.name}: no scope rule declared in the registry")
        if "regency_code" in spec.fields and rule == "village":
            values["regency_code"] = village[:5]
        if "sha256" in spec.fields:
            values["sha256"] = self.sha[user]
        return values, before

    def row(self, spec, village: str, user: str, parents: dict) -> tuple[dict, list]:
        values, before = self.place(spec, village, user, parents)
        for name, column in spec.fields.items():
            if name not in values and not column.nullable:
                self.n += 1
                values[name] = _sample(column, self.n)
        return values, before

    def scope(self, spec, village: str) -> str:
        return COMPUTED_SCOPE[spec.name](village) if spec.name in COMPUTED_SCOPE else village


def _free_field(spec) -> tuple[str, object]:
    """A field an update may change without touching scope, parent or unique keys."""
    from provincial_server.sync.state import unique_sets

    locked = set(spec.parent_fields) | {"village_code", "regency_code", "village_codes",
                                        "sha256", "record_table"}
    locked |= {c for columns in unique_sets(spec.name) for c in columns}
    locked |= {ref.column for ref in spec.references}  # must name a readable row
    for name, column in spec.fields.items():
        if name not in locked:
            return name, _sample(column, 4242)
    return "", None


@pytest.fixture(scope="module")
def matrix_server(backend, tmp_path_factory, wilayah_dir):
    """A server of its own (one row per village tables need empty villages)."""
    from contextlib import ExitStack

    from tests.server.conftest import _prepare, fresh_pg_database
    from tests.server.helpers import start_server

    root = tmp_path_factory.mktemp(f"matrix-{backend.name}")
    with ExitStack() as stack:
        if backend.name == "postgresql":
            url = stack.enter_context(fresh_pg_database("sinergi_matrix"))
        else:
            url = f"sqlite:///{root / 'server.sqlite'}"
        env = _prepare(url, root / "data", wilayah_dir)
        server = start_server(env, root / "server.log", workers=1)
        stack.callback(server.stop)
        yield server.url


def test_registry_declares_a_scope_rule_for_every_synced_table(monkeypatch):
    from dataclasses import replace

    from provincial_server.sync import registry

    assert registry.registry_problems() == []
    # A table added without declaring its parent is caught.
    bare = replace(registry.SYNCED["meeting_participant"], parent=None, parent_fields=())
    monkeypatch.setitem(registry.SYNCED, "meeting_participant", bare)
    assert any("meeting_participant" in p for p in registry.registry_problems())


def test_scope_matrix_every_synced_table(matrix_server):
    """Every synced table x role x village (inside/outside the role's regions): read (pull),
    create, update, re-parent (point at a parent / place in that village) and delete."""
    from provincial_server.sync.registry import SYNCED, scope_rule

    devices = {user: enrol(matrix_server, user) for user in MATRIX_ROLES}
    sha = {}
    for user, device in devices.items():
        content = f"berkas {user} {new_id()}".encode()
        sha[user] = hashlib.sha256(content).hexdigest()
        assert device.http.put(f"/api/v1/blobs/{sha[user]}", content=content, headers={
            "Upload-Offset": "0", "Upload-Length": str(len(content))}).status_code == 200
    rows = MatrixRows(sha)
    admin = devices["admin"]
    setup: list = []
    stored: dict = {}  # (table, village) -> (id, payload) of a row made by the admin
    free_parents: dict = {}  # parents for the roles' new rows and re-parenting
    own_parents: dict = {}  # parents of the stored rows
    for table, spec in SYNCED.items():
        assert scope_rule(spec), f"{table}: no scope rule declared in the registry"
        for village in MATRIX_VILLAGES:
            values, before = rows.row(spec, village, "admin", own_parents)
            row_id = new_id()
            setup += [*before, (table, row_id, values)]
            stored[(table, village)] = (row_id, values)
            if scope_rule(spec) == "parent":
                setup += rows.place(spec, village, "admin", free_parents)[1]
    results = admin.push_ok([admin.op(t, i, p) for t, i, p in setup])
    bad = [(s[0], r) for s, r in zip(setup, results, strict=True) if r["status"] != "applied"]
    assert not bad, bad

    checks: list[tuple[str, str, str, str, bool, dict]] = []  # label parts, expected, result
    for user, device in devices.items():  # read: pulled exactly where the role may read
        pulled = {(c["t"], c["id"]) for c in device.pull_all()[0]}
        for (table, village), (row_id, _) in stored.items():
            allowed = _covers(user, rows.scope(SYNCED[table], village))
            seen = (table, row_id) in pulled
            checks.append((user, "read", table, village, allowed,
                           {"status": "seen" if seen else "not seen"}))

    def run(user: str, what: str, ops: list[tuple[str, str, dict | None, str, bool]]) -> None:
        device = devices[user]
        sent = [device.op(t, i, p or {}, kind="delete" if p is None else "upsert")
                for t, i, p, _, _ in ops]
        for (table, _, _, village, allowed), result in zip(
                ops, device.push_ok(sent), strict=True):
            checks.append((user, what, table, village, allowed, result))

    for user, (_, home) in MATRIX_ROLES.items():
        creates, reparents = [], []
        for table, spec in SYNCED.items():
            rule = scope_rule(spec)
            own_id = stored[(table, home)][0]
            own_scope = rows.scope(spec, home)
            for village in MATRIX_VILLAGES:
                values = rows.row(spec, village, user, free_parents)[0]
                creates.append((table, new_id(), values, village,
                                _covers(user, rows.scope(spec, village))))
                moved = rows.place(spec, village, user, free_parents)[0]
                moved.pop("sha256", None)
                if rule == "computed":
                    allowed = _covers(user, own_scope) and _covers(user, rows.scope(spec,
                                                                                    village))
                else:  # a row never leaves its village; a parent must lie in it
                    allowed = _covers(user, own_scope) and village == home
                reparents.append((table, own_id, moved, village, allowed))
        run(user, "create", creates)
        run(user, "re-parent", reparents)
    for user in MATRIX_ROLES:
        updates, deletes = [], []
        for table, spec in SYNCED.items():
            name, value = _free_field(spec)
            for village in MATRIX_VILLAGES:
                row_id, values = stored[(table, village)]
                allowed = _covers(user, rows.scope(spec, village))
                change = {name: value} if name else {k: values[k] for k in list(values)[:1]}
                updates.append((table, row_id, change, village, allowed))
                deletes.append((table, row_id, None, village, allowed))
        run(user, "update", updates)
        run(user, "delete", deletes)
    problems = []
    for user, what, table, village, allowed, result in checks:
        status, reason = result["status"], result.get("reason") or ""
        if what == "read":
            ok = status == ("seen" if allowed else "not seen")
        elif allowed:
            ok = status == "applied" or (what == "create" and status == "quarantined"
                                         and reason.startswith("data ganda"))
        else:
            ok = status == "quarantined" and "ganda" not in reason
        if not ok:
            problems.append(f"{user} {what} {table} in {village}: {status} {reason}")
    expected_checks = len(SYNCED) * len(MATRIX_ROLES) * len(MATRIX_VILLAGES) * 5
    assert len(checks) == expected_checks
    assert not problems, f"{len(problems)} of {len(checks)} checks failed:\n" + "\n".join(
        problems)


def _upload(device: Device, content: bytes) -> str:
    sha = hashlib.sha256(content).hexdigest()
    response = device.http.put(f"/api/v1/blobs/{sha}", content=content, headers={
        "Upload-Offset": "0", "Upload-Length": str(len(content))})
    assert response.status_code == 200 and response.json()["complete"], response.text
    return sha


def test_knowing_a_files_hash_does_not_make_it_readable(backend):
    batu, kubar = enrol(backend.url, "fac_batu"), enrol(backend.url, "fac_kubar")
    operator = enrol(backend.url, "op_paser")
    photo = f"foto Kutai Barat {new_id()}".encode()
    theirs = _rows_in(kubar, KUBAR, 5)["population"]
    mine = _rows_in(batu, BATU, 6)["population"]
    _push_rows(kubar, {"population": theirs})
    _push_rows(batu, {"population": mine})
    sha = _upload(kubar, photo)
    later = f"foto yang belum diunggah {new_id()}".encode()
    later_sha = hashlib.sha256(later).hexdigest()

    def attach(device: Device, record: tuple[str, dict], village: str, digest: str) -> dict:
        return device.push_ok([device.op("attachment", new_id(), {
            "village_code": village, "record_table": "village_population",
            "record_id": record[0], "sha256": digest})])[0]

    assert attach(kubar, theirs, KUBAR, sha)["status"] == "applied"
    # Batu Sopang knows the hash: attaching it to their own record proves nothing.
    result = attach(batu, mine, BATU, sha)
    assert result["status"] == "quarantined" and "berkas" in result["reason"], result
    # A hash whose file is not on the server yet is taken (records travel before files)...
    assert attach(batu, mine, BATU, later_sha)["status"] == "applied"
    _upload(kubar, later)
    assert attach(kubar, theirs, KUBAR, later_sha)["status"] == "applied"
    # ...but serves nobody through Batu's record until Batu's device uploads it.
    for device in (batu, operator):
        for digest in (sha, later_sha):
            assert device.http.get(f"/api/v1/blobs/{digest}").status_code == 404
            head = device.http.head(f"/api/v1/blobs/{digest}")
            assert head.status_code == 404 and head.headers["Upload-Offset"] == "0"
    assert kubar.http.get(f"/api/v1/blobs/{sha}").content == photo
    # Having the bytes is possession: after sending them all, Batu and their operator read it.
    _upload(batu, later)
    for device in (batu, operator):
        assert device.http.get(f"/api/v1/blobs/{later_sha}").content == later
    # Sending only part of a stored file proves nothing.
    response = batu.http.put(f"/api/v1/blobs/{sha}", content=photo[:5], headers={
        "Upload-Offset": "0", "Upload-Length": str(len(photo))})
    assert response.status_code == 200 and not response.json()["complete"], response.text
    assert batu.http.get(f"/api/v1/blobs/{sha}").status_code == 404


def test_a_meeting_stays_where_it_lies_and_names_only_covered_villages(backend):
    operator, batu = enrol(backend.url, "op_paser"), enrol(backend.url, "fac_batu")
    aru = "64.01.02.2004"
    meeting_id, _ = _rows_in(operator, BATU, 7)["meeting"]
    payload = _rows_in(operator, BATU, 7)["meeting"][1]
    assert operator.push_ok([operator.op("meeting", meeting_id, {
        **payload, "village_codes": [BATU, aru]})])[0]["status"] == "applied"
    # Reordered by the operator: it still lies in Batu Sopang, so Batu's facilitator may
    # still edit it, but may not make it name a village outside their kecamatan.
    assert operator.push_ok([operator.op("meeting", meeting_id, {
        "village_codes": [aru, BATU]})])[0]["status"] == "applied"
    assert batu.push_ok([batu.op("meeting", meeting_id, {"title": "Rapat baru"})])[0][
        "status"] == "applied"
    result = batu.push_ok([batu.op("meeting", meeting_id, {"village_codes": [KUBAR]})])[0]
    assert result["status"] == "quarantined" and "wilayah kerja" in result["reason"], result


def test_actors_are_visible_below_where_they_work_and_written_only_there(backend):
    """A nationwide or province-wide actor (pelaku) is pulled by everyone; a kabupaten's
    agency by its kabupaten and kecamatan; only users covering the actor's region write it."""
    admin = enrol(backend.url, "admin")
    batu, operator = enrol(backend.url, "fac_batu"), enrol(backend.url, "op_paser")
    kubar = enrol(backend.url, "fac_kubar")
    start = admin.cursor_now()
    places = {"": "Kementerian Desa", "64": "Dinas PMD Provinsi", "64.01": "Dinkes Paser",
              "64.07": "Dinkes Kutai Barat", "64.01.02.2004": "BUMDes Random"}
    ids = {}
    ops = []
    for region, name in places.items():
        ids[region] = new_id()
        ops.append(admin.op("action_actor", ids[region], {
            "name": name, "kind": "opd_kabupaten", "level": "KAB", "aliases": [],
            "region_code": region or None}))
    assert {r["status"] for r in admin.push_ok(ops)} == {"applied"}

    def seen(device: Device) -> set[str]:
        pulled = {c["id"] for c in device.pull_all(start)[0] if c["t"] == "action_actor"}
        snapshot = device.http.get("/api/v1/sync/snapshot", params={"table": "action_actor"})
        assert snapshot.status_code == 200, snapshot.text
        mine = set(ids.values())
        assert {r["id"] for r in snapshot.json()["rows"]} & mine == pulled & mine
        return {region for region, row_id in ids.items() if row_id in pulled}

    assert seen(batu) == {"", "64", "64.01"}  # kecamatan Batu Sopang of Paser
    assert seen(operator) == {"", "64", "64.01", "64.01.02.2004"}
    assert seen(kubar) == {"", "64", "64.07"}
    results = operator.push_ok([
        operator.op("action_actor", ids["64"], {"contact": "0541"}),
        operator.op("action_actor", ids["64.01"], {"contact": "0543"}),
        operator.op("action_actor", new_id(), {"name": "Dinas X", "kind": "opd_provinsi",
                                               "level": "PROV", "aliases": [],
                                               "region_code": "64"})])
    assert [r["status"] for r in results] == ["quarantined", "applied", "quarantined"]

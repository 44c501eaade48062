"""Pull: paging in sequence order, gzip on the wire, refetch answers, snapshot."""

from __future__ import annotations

import gzip

import httpx

from desktop_app.core.ids import new_id
from provincial_server.cli import main as server_cli
from tests.server.helpers import enrol

VILLAGE = "64.01.02.2004"


def test_paged_pull_returns_every_change_once_in_order(backend):
    device = enrol(backend.url, "op_paser")
    start = device.cursor_now()
    rows = [new_id() for _ in range(25)]
    device.push_ok([device.op("village_population", row, {"village_code": VILLAGE,
                                                          "year": 5000 + i})
                    for i, row in enumerate(rows)])
    pages, cursor, seen = 0, start, []
    while True:
        page = device.http.get("/api/v1/sync/pull", params={"cursor": cursor,
                                                            "limit": 10}).json()
        pages += 1
        seen += page["changes"]
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert pages == 3
    assert [c["id"] for c in seen] == rows
    assert [c["s"] for c in seen] == sorted({c["s"] for c in seen})


def test_pull_is_gzip_compressed_on_the_wire(backend):
    device = enrol(backend.url, "op_paser")
    start = device.cursor_now()
    device.push_ok([device.op("village_population", new_id(), {"village_code": VILLAGE,
                                                               "year": 6000 + i})
                    for i in range(30)])
    headers = {"Authorization": f"Bearer {device.token}", "Accept-Encoding": "gzip"}
    with httpx.Client(base_url=backend.url) as raw, raw.stream(
            "GET", "/api/v1/sync/pull", params={"cursor": start}, headers=headers) as response:
        body = b"".join(response.iter_raw())
        assert response.headers["content-encoding"] == "gzip"
    assert len(body) < len(gzip.decompress(body)) / 3


def test_gzip_request_body_is_accepted(backend):
    device = enrol(backend.url, "op_paser")
    import json

    body = json.dumps({"ops": [device.op("village_population", new_id(), {
        "village_code": VILLAGE, "year": 6500})]}).encode()
    response = device.http.post("/api/v1/sync/push", content=gzip.compress(body), headers={
        "Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert response.status_code == 200 and response.json()["results"][0]["status"] == "applied"


def test_refetch_for_foreign_future_and_purged_cursors(backend):
    device = enrol(backend.url, "op_paser")
    device.push_ok([device.op("village_population", new_id(), {"village_code": VILLAGE,
                                                               "year": 7000})])
    current = device.cursor_now()
    epoch, seq = current.rsplit(":", 1)
    for cursor in (f"{new_id()}:{seq}", f"{epoch}:{int(seq) + 1000}"):
        page = device.http.get("/api/v1/sync/pull", params={"cursor": cursor}).json()
        assert page.get("refetch") is True and page["reason"], (cursor, page)
    old = f"{epoch}:{int(seq) - 1}"
    assert device.http.get("/api/v1/sync/pull", params={"cursor": old}).json()["refetch"] \
        is False
    assert server_cli(["purge-changes", "--upto", seq,
                       "--database-url", backend.database_url]) == 0
    page = device.http.get("/api/v1/sync/pull", params={"cursor": old}).json()
    assert page["refetch"] is True and "unduh ulang" in page["reason"]
    assert device.http.get("/api/v1/sync/pull").json()["refetch"] is True
    # The refetch: a snapshot of the scope, then pulls from the snapshot's first cursor.
    first = device.http.get("/api/v1/sync/snapshot", params={
        "table": "village_population", "limit": 5}).json()
    rows, after, cursor = first["rows"], first["next_after"], first["cursor"]
    while first["more"]:
        first = device.http.get("/api/v1/sync/snapshot", params={
            "table": "village_population", "limit": 500, "after": after}).json()
        rows += first["rows"]
        after = first["next_after"]
    assert any(r["year"] == 7000 for r in rows)
    assert all(r["village_code"].startswith("64.01.") for r in rows)
    assert device.http.get("/api/v1/sync/pull", params={"cursor": cursor}).json()[
        "refetch"] is False


def test_bad_cursor_is_a_clear_400(backend):
    device = enrol(backend.url, "op_paser")
    for cursor in ("abc", "x:y", ":12", "1:-5"):
        response = device.http.get("/api/v1/sync/pull", params={"cursor": cursor})
        assert response.status_code == 400, (cursor, response.text)
        assert "kursor" in response.json()["detail"]

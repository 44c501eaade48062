"""The careful path (one savepoint per operation), used after a race, gives the same results."""

from __future__ import annotations

from desktop_app.core.ids import new_id
from provincial_server.config import Settings
from provincial_server.db import create_server_engine
from provincial_server.sync.operations import Operation
from provincial_server.sync.push import _push
from tests.server.helpers import enrol

VILLAGE = "64.01.01.2002"


def test_careful_mode_holds_releases_and_quarantines_like_the_fast_path(backend):
    device = enrol(backend.url, "fac_batu")
    start = device.cursor_now()
    parent, child = new_id(), new_id()
    raw = [
        device.op("attachment", child, {"village_code": VILLAGE, "sha256": "c" * 64,
                                        "record_table": "village_population",
                                        "record_id": parent}),
        device.op("village_population", new_id(), {"village_code": "64.72.01.1001",
                                                   "year": 2060}),  # outside: quarantined
        device.op("village_population", parent, {"village_code": VILLAGE, "year": 2060}),
        device.op("village_population", parent, {"population": 77}),
    ]
    ops = [Operation.from_json(op) for op in raw]
    engine = create_server_engine(backend.database_url)
    try:
        me = device.http.get("/api/v1/me").json()
        from provincial_server.auth import principal_for_device

        with engine.begin() as connection:
            who = principal_for_device(connection, me["device_id"])
            results = _push(connection, Settings(), who, ops, careful=True)
    finally:
        engine.dispose()
    assert [r.status for r in results] == ["applied", "quarantined", "applied", "applied"]
    changes, _ = device.pull_all(start)
    assert [c["id"] for c in changes] == [parent, child, parent]
    assert device.push_ok(raw)[0]["status"] == "duplicate"

"""Faults on the link and in the data: lost answers, a poison operation, scope changes."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from desktop_app.core.sync import errors, review, state
from desktop_app.core.sync.client import ServerClient
from desktop_app.core.sync.engine import RetryPolicy
from tests.server.helpers import free_port
from tests.sync.laptop import server_state

BATU = "64.01.01.2001"
KASUNGAI = "64.01.01.2002"
ARU = "64.01.02.2001"
LONG_IRAM = "64.07.05.2001"


def server_sql(sync_server, sql: str, **params):
    engine = create_engine(sync_server.database_url)
    try:
        with engine.begin() as connection:
            result = connection.execute(text(sql), params)
            return result.all() if result.returns_rows else None
    finally:
        engine.dispose()


def test_lost_acknowledgements_are_retried_and_applied_once(sync_server, proxy, laptops):
    amir = laptops("amir", proxy.url)
    rows = [amir.set_population(BATU, 2000 + i, population=100 + i) for i in range(30)]
    for row in rows[:10]:
        amir.edit("village_population", row, households=7)

    def lose_answers(name: str) -> None:
        if name == "push.before_send":
            proxy.drop_responses(2)  # the push is applied, its answer lost, twice
        elif name == "pull.after_page":
            proxy.drop_responses(1)

    report = amir.engine(checkpoint=lose_answers).sync()
    assert proxy.dropped_responses >= 3
    # Applied on the first send; the answers that got through say "duplicate".
    assert report.pushed == {"duplicate": 40}
    applied = server_sql(sync_server, "SELECT count(*), count(DISTINCT op_seq) FROM applied_op "
                         "WHERE device_id = :d", d=amir.device_id)
    assert applied == [(40, 40)]
    logged = server_sql(sync_server, "SELECT count(*) FROM change_log WHERE table_name = "
                        "'village_population'")
    assert logged == [(40,)]  # 30 creations + 10 edits, each exactly once
    assert amir.state("village_population") == server_state(
        sync_server.database_url, "village_population", amir.regions)


def test_poison_operation_in_a_batch_is_shown_and_can_be_fixed(sync_server, laptops):
    amir = laptops("amir", sync_server.url)
    good = [amir.set_population(BATU, 2010 + i, population=10 * i) for i in range(3)]
    bad = amir.set_population(KASUNGAI, 2020, population="seribu")  # not a whole number
    good += [amir.set_population(BATU, 2030 + i, population=5) for i in range(3)]
    report = amir.sync()
    assert report.pushed == {"applied": 6, "quarantined": 1}
    [refused] = review.refused(amir.db)
    assert refused.row_id == bad and "bilangan bulat" in refused.reason
    on_server = server_state(sync_server.database_url, "village_population", amir.regions)
    assert set(on_server["live"]) == set(good)
    review.resend_refused(amir.db, amir.workspace.editor, refused.seq,
                          {**refused.payload, "population": 1000})
    assert amir.sync().pushed == {"applied": 1}
    assert review.refused(amir.db) == []
    assert amir.state("village_population") == server_state(
        sync_server.database_url, "village_population", amir.regions)


def test_scope_change_while_offline(sync_server, laptops):
    amir = laptops("amir", sync_server.url)  # fac_paser: 64.01.01 and 64.01.02
    kubar = laptops("kubar", sync_server.url, username="fac_kubar")  # 64.07.05
    earlier = kubar.set_population(LONG_IRAM, 2024, population=640)
    kubar.sync()
    kept = amir.set_population(BATU, 2024, population=1)
    lost = amir.set_population(ARU, 2024, population=2)
    amir.sync()
    # The administrator revokes Tanjung Harapan (64.01.02) and grants Long Iram (64.07.05).
    server_sql(sync_server, "UPDATE user_region SET region_code = '64.07.05' WHERE "
               "region_code = '64.01.02' AND user_id = (SELECT id FROM app_user WHERE "
               "username = 'fac_paser')")
    amir.edit("village_population", kept, population=11)  # offline meanwhile
    amir.edit("village_population", lost, population=22)
    report = amir.sync()
    assert report.refetched
    regions = ["64.01.01", "64.07.05"]
    assert amir.engine().regions() == regions
    mine = amir.state("village_population", regions)
    assert mine == server_state(sync_server.database_url, "village_population", regions)
    assert mine["live"][earlier]["population"] == 640  # older than the cursor, still came
    assert mine["live"][kept]["population"] == 11
    [refused] = review.refused(amir.db)
    assert refused.row_id == lost and "di luar wilayah" in refused.reason


def test_unreachable_server_is_reported_plainly(laptops):
    amir = laptops("amir", "http://127.0.0.1:1", enrol=False)
    amir.client = ServerClient(f"http://127.0.0.1:{free_port()}", token="x", timeout_s=2)
    waits: list[float] = []
    retry = RetryPolicy(attempts=4, base_s=1.0, cap_s=3.0, sleep=waits.append)
    with pytest.raises(errors.TransientError, match="Server tidak dapat dihubungi"):
        amir.engine(retry=retry).sync()
    assert len(waits) == 3 and all(0.5 <= w <= 3.0 for w in waits)  # jittered, capped
    with amir.db.reading() as session:
        assert "tidak dapat dihubungi" in state.get_json(session, state.LAST_ERROR)

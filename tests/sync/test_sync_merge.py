"""Merging concurrent work: per field, deletes win, parents late, pending edits kept."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from desktop_app.core.models import Attachment
from desktop_app.core.sync import review
from desktop_app.core.sync.outbox import pending_batch, wire_operation
from tests.sync.laptop import server_state

BATU = "64.01.01.2001"
ARU = "64.01.02.2001"


def server_rows(sync_server, sql: str, **params):
    engine = create_engine(sync_server.database_url)
    try:
        with engine.connect() as connection:
            return connection.execute(text(sql), params).all()
    finally:
        engine.dispose()


def assert_converged(sync_server, *laptops, tables=("village_population", "village_profile")):
    for name in tables:
        expected = server_state(sync_server.database_url, name, laptops[0].regions)
        for laptop in laptops:
            assert laptop.state(name) == expected, (laptop.folder.name, name)


@pytest.mark.parametrize("first", ["deleter", "editor"])
def test_delete_on_one_laptop_and_edit_on_another_both_offline(sync_server, laptops, first):
    amir = laptops("amir", sync_server.url)
    budi = laptops("budi", sync_server.url)
    row = amir.set_population(BATU, 2024, population=1200, households=300)
    amir.sync()
    budi.sync()
    amir.delete("village_population", row)  # both offline from here
    budi.edit("village_population", row, population=1250)
    order = [amir, budi] if first == "deleter" else [budi, amir]
    for laptop in [*order, order[0]]:
        laptop.sync()
    assert_converged(sync_server, amir, budi)
    assert row in amir.state("village_population")["deleted"]  # deletes win
    kept = server_rows(sync_server, "SELECT lost_value FROM conflict WHERE row_id = :row "
                       "AND reason = 'deleted'", row=row)
    local = [c for c in review.open_conflicts(budi.db) if c.row_id == row]
    # Budi's 1250 is never lost silently. Delete first: his edit meets the tombstone, kept
    # for review on the server and on his laptop. Edit first: the server keeps it in the
    # tombstone, and Amir, who deleted without having seen it, gets it to review.
    if first == "deleter":
        assert [k[0] for k in kept] == [1250]
        assert [c.local_value for c in local if c.reason == "deleted"] == [1250]
    else:
        assert kept == []
        [seen] = [c for c in review.open_conflicts(amir.db) if c.row_id == row]
        assert (seen.reason, seen.remote_value, seen.local_value) == ("deleted", 1250, 1200)
        assert server_rows(sync_server, "SELECT population FROM village_population "
                           "WHERE id = :row", row=row) == [(1250,)]


def test_parent_record_arriving_after_its_child(sync_server, laptops):
    amir = laptops("amir", sync_server.url)
    budi = laptops("budi", sync_server.url)
    profile = amir.set_profile(BATU, head_name="Ibu Kades")
    photo = amir.add_row(Attachment, BATU, record_table="village_profile", record_id=profile,
                         sha256="ab" * 32, file_name="kantor.jpg", mime_type="image/jpeg",
                         size=1000)
    with amir.db.reading() as session:
        child = [wire_operation(op) for op in pending_batch(session, 10) if op.row_id == photo]
    # The attachment comes first by another route (e.g. a bundle): the server holds it.
    assert [r["status"] for r in amir.client.push(child)] == ["held"]
    budi.sync()
    assert photo not in budi.state("attachment")["live"]
    report = amir.sync()
    assert report.pushed == {"applied": 1, "duplicate": 1}
    budi.sync()
    assert budi.state("attachment")["live"][photo]["record_id"] == profile
    assert_converged(sync_server, amir, budi, tables=("village_profile", "attachment"))


@pytest.mark.parametrize("local_is_newer", [True, False])
def test_pending_local_edit_of_f_while_server_changed_f_and_g(sync_server, laptops,
                                                              local_is_newer):
    amir = laptops("amir", sync_server.url)
    budi = laptops("budi", sync_server.url)
    row = amir.set_population(BATU, 2024, population=1000, households=200)
    amir.sync()
    budi.sync()
    if not local_is_newer:
        amir.edit("village_population", row, population=1111)  # offline, before Budi
    budi.edit("village_population", row, population=2000, households=500)
    budi.sync()
    if local_is_newer:
        amir.edit("village_population", row, population=1111)
    seen_before_push: list[dict] = []

    def look(name: str) -> None:
        if name == "push.before_send":
            seen_before_push.append(amir.state("village_population")["live"][row])

    amir.sync(checkpoint=look)
    # The pull brought g (households) but did not touch the pending f (population).
    assert seen_before_push[0] == {"village_code": BATU, "year": 2024, "population": 1111,
                                   "households": 500}
    winner = 1111 if local_is_newer else 2000
    budi.sync()
    assert_converged(sync_server, amir, budi)
    assert amir.state("village_population")["live"][row]["population"] == winner
    [conflict] = review.open_conflicts(amir.db)
    assert (conflict.field, conflict.local_value, conflict.remote_value, conflict.kept) == (
        "population", 1111, 2000, "local" if local_is_newer else "remote")


def test_choosing_the_other_value_of_a_conflict_syncs(sync_server, laptops):
    amir = laptops("amir", sync_server.url)
    budi = laptops("budi", sync_server.url)
    row = amir.set_population(BATU, 2024, population=1000)
    amir.sync()
    budi.sync()
    amir.edit("village_population", row, population=1111)
    budi.edit("village_population", row, population=2000)
    budi.sync()
    amir.sync()
    [conflict] = review.open_conflicts(amir.db)
    losing = "remote" if conflict.kept == "local" else "local"
    review.resolve_conflict(amir.db, amir.workspace.editor, conflict.id, losing)
    amir.sync()
    budi.sync()
    chosen = conflict.remote_value if losing == "remote" else conflict.local_value
    assert budi.state("village_population")["live"][row]["population"] == chosen
    assert review.open_conflicts(amir.db) == []
    assert_converged(sync_server, amir, budi)

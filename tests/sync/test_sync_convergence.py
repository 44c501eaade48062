"""Property: laptops with skewed clocks, random edits, deletes and interrupted syncs all end
equal to the server, and equal to a simple model (per field the latest clock wins; a delete
wins over everything)."""

from __future__ import annotations

import contextlib
import itertools
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app.core.models import OutboxOperation
from desktop_app.core.sync.engine import RetryPolicy
from tests.sync.laptop import server_state

TABLE = "village_population"
VILLAGES = ["64.01.01.2001", "64.01.01.2002", "64.01.02.2001"]
DAY_MS = 86_400_000
LAPTOPS = 4
YEARS = itertools.count(3000)


class Interrupted(Exception):
    """The link dropped part-way through a sync."""


def model_state(laptops, rows: set[str]) -> dict[str, Any]:
    """The expected outcome, from every operation the laptops made on ``rows``."""
    deleted: set[str] = set()
    fields: dict[str, dict[str, tuple[str, Any]]] = {}
    for laptop in laptops:
        with laptop.db.reading() as session:
            for op in session.scalars(select(OutboxOperation).where(
                    OutboxOperation.row_id.in_(rows))):
                assert op.status == "done", (op.seq, op.status, op.reason)
                if op.kind == "delete":
                    deleted.add(op.row_id)
                    continue
                current = fields.setdefault(op.row_id, {})
                for name, value in op.payload.items():
                    if name not in current or op.hlc > current[name][0]:
                        current[name] = (op.hlc, value)
    live = {row: {"population": None, "households": None,
                  **{name: value for name, (_hlc, value) in values.items()}}
            for row, values in fields.items() if row not in deleted}
    return {"live": live, "deleted": deleted}


def only(state: dict[str, Any], rows: set[str]) -> dict[str, Any]:
    return {"live": {k: v for k, v in state["live"].items() if k in rows},
            "deleted": state["deleted"] & rows}


def live_rows(laptop, rows: set[str]) -> list[str]:
    return sorted(r for r in laptop.state(TABLE)["live"] if r in rows)


@settings(max_examples=6, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_laptops_converge_to_the_model(sync_server, laptops, data):
    pool = getattr(sync_server, "pool", None)
    if pool is None:  # made once, reused by every example (their data adds up)
        pool = [laptops(f"p{i}", sync_server.url, skew_ms=0) for i in range(LAPTOPS)]
        sync_server.pool = pool
    # Clocks days apart (±5 days around ten days ago): all in the past, so the server
    # clamps none of them and the model needs no server time.
    for laptop in pool:
        laptop.wall.skew_ms = data.draw(st.integers(-15 * DAY_MS, -5 * DAY_MS), label="skew")
    count = data.draw(st.integers(3, LAPTOPS), label="laptops")
    active = pool[:count]
    rows: set[str] = set()
    for _ in range(data.draw(st.integers(5, 25), label="steps")):
        laptop = data.draw(st.sampled_from(active))
        action = data.draw(st.sampled_from(["create", "edit", "edit", "delete", "sync",
                                            "partial"]))
        known = live_rows(laptop, rows)
        if action == "create" or (action in ("edit", "delete") and not known):
            rows.add(laptop.set_population(data.draw(st.sampled_from(VILLAGES)), next(YEARS),
                                           population=data.draw(st.integers(0, 3))))
        elif action == "edit":
            field = data.draw(st.sampled_from(["population", "households"]))
            laptop.edit(TABLE, data.draw(st.sampled_from(known)),
                        **{field: data.draw(st.integers(0, 3))})
        elif action == "delete":
            laptop.delete(TABLE, data.draw(st.sampled_from(known)))
        elif action == "sync":
            laptop.sync()
        else:
            stop_at = data.draw(st.integers(1, 6))
            points = itertools.count(1)

            def drop(name: str, stop_at=stop_at, points=points) -> None:
                if next(points) == stop_at:
                    raise Interrupted

            engine = laptop.engine(checkpoint=drop, retry=RetryPolicy(attempts=3))
            engine.push_batch, engine.pull_page = 2, 3
            with contextlib.suppress(Interrupted):
                engine.sync()
    for _round in range(2):
        for laptop in active:
            laptop.sync()
    expected = model_state(active, rows)
    assert only(server_state(sync_server.database_url, TABLE, pool[0].regions), rows) == \
        expected
    for laptop in active:
        assert only(laptop.state(TABLE), rows) == expected, laptop.folder.name

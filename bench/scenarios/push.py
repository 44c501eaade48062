"""Pushing edits through the desktop's own sync engine to a real server on 127.0.0.1.

A laptop that downloaded its kabupaten (as in the sync scenario) edits one field of 10,000
existing rows (population figures), each edit recorded as the program records a user's
(change clocks, outbox operation, field history), then syncs: the figure is the whole
``SyncService.sync()`` (pull, push in batches of the engine's size, the results marked, the
own changes pulled back). Every operation must come back "applied". The push phase alone
(requests sent until the last result is marked) is reported beside it.
(Sizes at full scale; server on SQLite, 1 worker.)
"""

from __future__ import annotations

import random
import time

from sqlalchemy import select

from bench.bench_server import Device, Server, write_wilayah
from bench.context import Context
from bench.measure import Figure, median
from bench.scenarios.sync import first_download, populate
from bench.server_cost import server_cost
from desktop_app.core.models import VillagePopulation
from desktop_app.core.sync import engine as sync_engine
from desktop_app.core.sync.changes import record_upsert
from desktop_app.core.sync.service import SyncService


def edit_rows(service: SyncService, count: int, seed: int) -> None:
    """One field changed on ``count`` existing rows, as a user's edits are recorded."""
    rng = random.Random(seed)
    editor = service.workspace.editor
    with service.db.writing() as session:
        rows = list(session.scalars(select(VillagePopulation).order_by(VillagePopulation.id)
                                    .limit(count)))
        assert len(rows) == count, (len(rows), count)
        for row in rows:
            record_upsert(session, editor, row, {
                "population": (row.population, (row.population or 0) + rng.randrange(1, 50))},
                row.village_code, history_key=str(row.year))


def timed_push(service: SyncService, count: int, seed: int) -> tuple[float, float]:
    """(seconds of the whole sync, seconds of its push phase) for ``count`` fresh edits."""
    edit_rows(service, count, seed)
    phases: list[float] = []
    original = sync_engine.SyncEngine._push_all

    def push_all(self: sync_engine.SyncEngine, report: sync_engine.SyncReport) -> None:
        began = time.perf_counter()
        try:
            return original(self, report)
        finally:
            phases.append(time.perf_counter() - began)

    sync_engine.SyncEngine._push_all = push_all
    try:
        start = time.perf_counter()
        report = service.sync()
        elapsed = time.perf_counter() - start
    finally:
        sync_engine.SyncEngine._push_all = original
    assert report.pushed == {"applied": count}, report.pushed
    return elapsed, sum(phases)


def run(ctx: Context) -> list[Figure]:
    scale = ctx.scale
    root = ctx.folder("push")
    wilayah = root / "wilayah"
    villages = write_wilayah(wilayah, scale.pull_villages_per_district)
    server = Server(f"sqlite:///{root / 'server.sqlite'}", root / "server", workers=1)
    server.prepare(wilayah, 0)
    server.start()
    try:
        rows = populate(server, villages, scale.pull_apbdes_rows)
        _seconds, service = first_download(server, wilayah, root / "laptop", rows)
        try:
            count = min(scale.push_ops, rows // 2)
            timings = [timed_push(service, count, seed) for seed in range(ctx.runs + 1)][1:]
            with service.db.reading() as session:
                edited = [("village_population", row_id) for row_id in session.scalars(
                    select(VillagePopulation.id).order_by(VillagePopulation.id).limit(count))]
        finally:
            service.workspace.close()
        costs = []
        for seed in range(ctx.runs):
            device = Device(server.url)
            device.wall = int(time.time() * 1000)  # edits newer than the laptop's: they win
            costs.append(server_cost(server.database_url, root / "server" / "data", device,
                                     edited, seed))
    finally:
        server.stop()
    totals, pushes = [t[0] for t in timings], [t[1] for t in timings]
    applied = [c[0].per_item_us() for c in costs]
    pulled = [c[1].per_item_us() for c in costs]
    return [
        Figure("push", f"sync of {count:,} one-field edits through the desktop engine",
               median(totals), target=2, runs=totals,
               note="PouchDB peer: 3.7 s (1.7 s with connections reused), docs/PERFORMANCE.md"),
        Figure("push", f"its push phase ({count:,} operations sent and marked)",
               median(pushes), runs=pushes),
        Figure("server cost", "CPU per one-field edit applied (SQLite, in-process)",
               median(applied), unit="µs", runs=applied),
        Figure("server cost", "database round trips per push of 500 edits",
               costs[0][0].statements_per(500), unit="", runs=[]),
        Figure("server cost", f"CPU per pulled row ({costs[0][1].items:,} rows, SQLite)",
               median(pulled), unit="µs", runs=pulled),
        Figure("server cost", "database round trips per pull page of 2,000 rows",
               costs[0][1].statements_per(2000), unit="", runs=[]),
    ]

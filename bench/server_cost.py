"""The server's own cost, measured in-process so that it does not depend on where the load
comes from: CPU seconds and database round trips (statements sent, an executemany counting
once) per operation applied and per pulled row, through the same functions the routes call.
"""

from __future__ import annotations

import json
import random
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import event

from bench.bench_server import Device
from provincial_server.auth import principal_for_device
from provincial_server.config import Settings
from provincial_server.db import create_server_engine
from provincial_server.sync.operations import Operation
from provincial_server.sync.pull import pull_changes_json
from provincial_server.sync.push import push_operations

BATCH = 500  # the desktop engine's push batch


@dataclass
class Cost:
    cpu_s: float = 0.0
    statements: int = 0
    items: int = 0

    def per_item_us(self) -> float:
        return self.cpu_s / max(self.items, 1) * 1e6

    def statements_per(self, size: int) -> float:
        return self.statements / max(self.items, 1) * size


@contextmanager
def counted(engine: Any, cost: Cost):
    def count(*_args: Any) -> None:
        cost.statements += 1

    event.listen(engine, "before_cursor_execute", count)
    began = time.process_time()
    try:
        yield
    finally:
        cost.cpu_s += time.process_time() - began
        event.remove(engine, "before_cursor_execute", count)


def server_cost(database_url: str, data_dir: Path, device: Device, rows: list[tuple[str, str]],
                seed: int) -> tuple[Cost, Cost]:
    """(cost of applying one-field edits of ``rows`` (table, id) in batches of 500, cost of
    pulling every change of the scope in pages of 2,000) on the server's database."""
    settings = replace(Settings.from_env(), database_url=database_url, data_dir=data_dir,
                       max_ops_per_push=5000)
    engine = create_server_engine(database_url)
    rng = random.Random(seed)
    try:
        with engine.connect() as connection:
            principal = principal_for_device(connection, device.device_id)
        assert principal is not None
        ops = [device.op(table, row_id, {"population": rng.randrange(10**6)})
               for table, row_id in rows]
        batches = [[Operation(o["seq"], o["table"], o["row_id"], o["kind"], o["payload"],
                              o["hlc"], o["hash"]) for o in ops[i:i + BATCH]]
                   for i in range(0, len(ops), BATCH)]
        push = Cost(items=len(ops))
        with counted(engine, push):
            for batch in batches:
                results = push_operations(engine, settings, principal, batch)
                assert {r.status for r in results} == {"applied"}, results[:3]
        pull = Cost()
        cursor = None
        while True:
            with counted(engine, pull), engine.connect() as connection:
                body = pull_changes_json(connection, principal, cursor, 2000)
            page = json.loads(body)
            pull.items += len(page["changes"])
            cursor = page["cursor"]
            if not page["more"]:
                break
        return push, pull
    finally:
        engine.dispose()

"""By hand: the floor of one sync's server cost, the many-devices load on a bare ASGI app.

The least any Python server on this stack could spend on the sync of ``bench.many_devices``:
a bare ASGI app (no FastAPI, no authentication or scope checks, no change-log numbering,
no idempotency keys, holds or hashes checked) under the same uvicorn (h11, asyncio, one
worker), with a pool of 4 psycopg connections (the real server's pool size) in autocommit:

- push: the same gzip JSON bodies (200 operations) inflated, parsed with ``json`` and
  written with one ``COPY`` (one round trip) into ``floor_change``, a table of the change
  log's shape (sequence, table, row id, kind, fields as jsonb, clock, district); the answer
  is the same ``{"results": [{"seq", "status": "applied"}…], "server_time_ms"}``, gzip
  level 6 as the server's;
- pull: the laptop's kecamatan (a header stands in for its token) after its cursor, one
  query of at most ``limit`` + 1 rows, the page written as the server writes it (tuples
  into an f-string, stored fields copied as JSON text) and gzipped at level 6.

Driven by the same generator (``bench.many_devices``: 50 laptops, the same batches from
``plan``, the same ``run_load`` and ``pull``, the kabupaten's rows seeded first), pinned the
same way (generator on ``--client-cpu``, server and the database's backends on
``--server-cpu``); CPU from /proc as there. Reports CPU per sync (server process and
PostgreSQL backends) and push/pull latency percentiles.

Usage: python -m bench.sync_floor [--pg-url URL] [--devices 50] [--rounds 6] [--ops 200]
       [--think 0] [--client-cpu 0] [--server-cpu 1] [--no-pin]
Writes bench/out/sync_floor.json. Not a test: no pass/fail exit code.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import random
import sys
import tempfile
import time
import uuid
import zlib
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import psycopg

from bench.bench_server import Device, Server, kabupaten_ops, write_wilayah
from bench.many_devices import (
    VILLAGES_PER_DEVICE,
    VILLAGES_PER_DISTRICT,
    Backends,
    Laptop,
    cpu_seconds,
    descendants,
    load_parser,
    percentile,
    pin_generator,
    plan,
    run_load,
)
from tests.pg_admin import drop_database

ROOT = Path(__file__).resolve().parents[1]
POOL_SIZE = 4
GZIP_LEVEL = 6
DISTRICT_HEADER = b"x-district"
SCHEMA = """
CREATE TABLE floor_change (
    seq bigserial PRIMARY KEY, table_name text NOT NULL, row_id text NOT NULL,
    kind text NOT NULL, fields jsonb NOT NULL, hlc text NOT NULL, district_code text NOT NULL
);
CREATE INDEX floor_change_district ON floor_change (district_code, seq);
"""


# -- the bare server ---------------------------------------------------------------------

class Pool:
    """A fixed set of async connections handed out in turn."""

    def __init__(self, url: str, size: int) -> None:
        self.url, self.size = url, size
        self.free: asyncio.Queue[psycopg.AsyncConnection] | None = None

    async def get(self) -> psycopg.AsyncConnection:
        if self.free is None:
            self.free = asyncio.Queue()
            for _ in range(self.size):
                self.free.put_nowait(await psycopg.AsyncConnection.connect(
                    self.url, autocommit=True))
        return await self.free.get()

    def put(self, connection: psycopg.AsyncConnection) -> None:
        assert self.free is not None
        self.free.put_nowait(connection)


POOL = Pool(os.environ.get("SINERGI_FLOOR_DATABASE_URL", ""), POOL_SIZE)


async def app(scope: dict[str, Any], receive, send) -> None:
    """The ASGI app: push, pull and a health check."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    path = scope["path"]
    headers = dict(scope["headers"])
    gzip_ok = b"gzip" in headers.get(b"accept-encoding", b"")
    if path == "/api/v1/sync/push":
        body = await read_body(receive)
        if headers.get(b"content-encoding") == b"gzip":
            body = gzip.decompress(body)
        answer = await push(json.loads(body)["ops"], headers[DISTRICT_HEADER].decode())
    elif path == "/api/v1/sync/pull":
        query = parse_qs(scope["query_string"].decode())
        answer = await pull(headers[DISTRICT_HEADER].decode(),
                            int(query.get("cursor", ["0"])[0].rpartition(":")[2] or 0),
                            int(query.get("limit", ["1000"])[0]))
    elif path == "/health":
        answer = b'{"status":"ok"}'
    else:
        await respond(send, 404, b'{"detail":"Not Found"}', False)
        return
    await respond(send, 200, answer, gzip_ok)


async def read_body(receive) -> bytes:
    parts = []
    while True:
        message = await receive()
        parts.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(parts)


async def respond(send, status: int, body: bytes, gzip_ok: bool) -> None:
    headers = [(b"content-type", b"application/json")]
    if gzip_ok and len(body) >= 1024:  # as the server's GZipMiddleware(minimum_size=1024)
        body = gzip_body(body)
        headers.append((b"content-encoding", b"gzip"))
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def gzip_body(data: bytes) -> bytes:
    packer = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31)
    return packer.compress(data) + packer.flush()


async def push(ops: list[dict[str, Any]], district: str) -> bytes:
    """One COPY of the batch; every operation answered applied."""
    connection = await POOL.get()
    try:
        async with connection.cursor() as cursor, cursor.copy(
                "COPY floor_change (table_name, row_id, kind, fields, hlc, district_code) "
                "FROM STDIN") as copy:
            for op in ops:
                await copy.write_row((op["table"], op["row_id"], op["kind"][0],
                                      json.dumps(op["payload"]), op["hlc"], district))
    finally:
        POOL.put(connection)
    results = ",".join(f'{{"seq":{op["seq"]},"status":"applied","reason":null,'
                       f'"clamped":false,"hlc":null}}' for op in ops)
    return f'{{"results":[{results}],"server_time_ms":{int(time.time() * 1000)}}}'.encode()


async def pull(district: str, after: int, limit: int) -> bytes:
    """One query of the district's changes after ``after``; the page as the server's."""
    connection = await POOL.get()
    try:
        cursor = await connection.execute(
            "SELECT seq, table_name, row_id, kind, fields::text, hlc FROM floor_change "
            "WHERE district_code = %s AND seq > %s ORDER BY seq LIMIT %s",
            (district, after, limit + 1))
        rows = await cursor.fetchall()
    finally:
        POOL.put(connection)
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1][0] if rows else after
    changes = ",".join(f'{{"s":{s},"t":"{t}","id":"{i}","k":"{k}","f":{f},"c":"{c}"}}'
                       for s, t, i, k, f, c in rows)
    return (f'{{"changes":[{changes}],"cursor":"0:{last}","more":{json.dumps(more)},'
            f'"refetch":false,"reason":null}}').encode()


def serve(port: int) -> None:
    """Run the bare app as the server runs (uvicorn, one worker, no access log)."""
    import uvicorn

    uvicorn.Server(uvicorn.Config(
        "bench.sync_floor:app", host="127.0.0.1", port=port, timeout_keep_alive=10,
        log_config=None, access_log=False, log_level="warning")).run()


# -- the load ----------------------------------------------------------------------------

class FloorServer(Server):
    """``bench_server.Server`` starting the bare app instead of the provincial server."""

    def __init__(self, database_url: str, root: Path, prefix: list[str] | None) -> None:
        super().__init__(database_url, root, 1, prefix)
        self.env["SINERGI_FLOOR_DATABASE_URL"] = database_url
        self.cwd = ROOT

    def command(self, port: int) -> list[str]:
        return ["-m", "bench.sync_floor", "--serve", str(port)]


class FloorDevice(Device):
    """A laptop of the floor: no enrolment, its kecamatan sent in a header."""

    def __init__(self, url: str, district: str) -> None:  # no super().__init__: no enrol
        self.device_id = "b" + uuid.uuid4().hex[:16]
        self.http = httpx.Client(base_url=url, timeout=300,
                                 headers={DISTRICT_HEADER.decode(): district})
        self.seq = 0
        self.wall = int(time.time() * 1000) - 10_000_000


def setup(server: Server, villages: list[str], devices: int) -> tuple[list[Laptop], int]:
    """The kabupaten's rows seeded through the floor's push; laptops as in many_devices."""
    ops = kabupaten_ops(FloorDevice(server.url, ""), villages, random.Random(21))
    by_village: dict[str, dict[str, list[str]]] = {}
    for op in ops:
        by_village.setdefault(op["payload"]["village_code"], {}).setdefault(
            op["table"], []).append(op["row_id"])
    districts = sorted({v.rsplit(".", 1)[0] for v in villages})
    for district in districts:
        mine = [op for op in ops if op["payload"]["village_code"].startswith(district + ".")]
        FloorDevice(server.url, district).push(mine)
    laptops = []
    per_district = devices // len(districts) or 1
    for index in range(devices):
        district = districts[index // per_district % len(districts)]
        own = [v for v in villages if v.startswith(district + ".")]
        part = index % per_district
        mine = own[part * VILLAGES_PER_DEVICE:(part + 1) * VILLAGES_PER_DEVICE] or own[:10]
        laptops.append(Laptop(
            FloorDevice(server.url, district),
            [by_village[v]["village_profile"][0] for v in mine],
            [(r, v) for v in mine for r in by_village[v]["village_population"]], mine))
    return laptops, len(ops)


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = load_parser(__doc__.splitlines()[0], rounds=6)
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "out" / "sync_floor.json")
    args = parser.parse_args(argv)
    if not args.pg_url:
        parser.error("a PostgreSQL URL is needed (--pg-url or SINERGI_TEST_PG_URL)")
    return args


def measure(args: argparse.Namespace) -> dict[str, Any]:
    pin, affinity = pin_generator(args)
    root = Path(tempfile.mkdtemp(prefix="sd-sync-floor-"))
    villages = write_wilayah(root / "wilayah", VILLAGES_PER_DISTRICT)
    name = f"sinergi_floor_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(args.pg_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    database_url = args.pg_url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute(SCHEMA)
    backends = Backends(args.pg_url, name, args.server_cpu if pin else None)
    server = FloorServer(database_url, root / "server",
                         ["taskset", "-c", str(args.server_cpu)] if pin else None)
    try:
        server.start()
        backends.start()
        laptops, seeded = setup(server, villages, args.devices)
        rng = random.Random(4)
        with psycopg.connect(database_url) as connection:
            high = connection.execute("SELECT max(seq) FROM floor_change").fetchone()[0]
        for laptop in laptops:
            laptop.cursor = str(high)
            plan(laptop, args.rounds, args.ops, rng)
        load_before = os.getloadavg()
        time.sleep(0.5)  # the pinning thread has seen every backend
        assert server.process is not None
        server_pids = descendants(server.process.pid)
        server_start = {pid: cpu_seconds(pid) or 0.0 for pid in server_pids}
        backends.mark()
        load = run_load(laptops, args.think)
        time.sleep(0.3)  # a last reading of every backend
        server_cpu = sum((cpu_seconds(pid) or 0.0) - server_start[pid] for pid in server_pids)
        postgres_cpu = backends.spent()
        syncs = len(load["pushes"])
        ops_total = args.devices * args.rounds * args.ops
        result = {
            "devices": args.devices, "rounds": args.rounds, "ops_per_push": args.ops,
            "think_s": args.think,
            "pinned": f"generator CPU {args.client_cpu}, server + backends CPU "
                      f"{args.server_cpu}" if pin else "not pinned",
            "load_average_before": load_before, "load_average_after": os.getloadavg(),
            "seeded_rows": seeded, "seconds": load["seconds"],
            "syncs_per_s": syncs / load["seconds"],
            "push_p50_s": percentile(load["pushes"], 50),
            "push_p95_s": percentile(load["pushes"], 95),
            "push_p99_s": percentile(load["pushes"], 99),
            "pull_p50_s": percentile(load["pulls"], 50),
            "pull_p95_s": percentile(load["pulls"], 95),
            "pull_p99_s": percentile(load["pulls"], 99),
            "statuses": load["statuses"],
            "changes_pulled_per_sync": load["changes_pulled"] / syncs,
            "server_cpu_ms_per_sync": server_cpu / syncs * 1e3,
            "postgres_cpu_ms_per_sync": postgres_cpu / syncs * 1e3,
            "server_cpu_us_per_op": server_cpu / ops_total * 1e6,
            "postgres_cpu_us_per_op": postgres_cpu / ops_total * 1e6,
        }
        assert load["statuses"].get("applied") == ops_total, load["statuses"]
    finally:
        backends.stop.set()
        server.stop()
        drop_database(args.pg_url, name)
        os.sched_setaffinity(0, affinity)
    return result


def main() -> None:
    if sys.argv[1:2] == ["--serve"]:
        serve(int(sys.argv[2]))
        return
    args = parse()
    result = measure(args)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    for key, value in result.items():
        print(f"{key:40} {value:.4g}" if isinstance(value, float) else f"{key:40} {value}")
    print(f"written {args.json}")


if __name__ == "__main__":
    main()

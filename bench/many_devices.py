"""Many devices against PostgreSQL (issue 21, item 4), the load generator pinned apart.

A real server (uvicorn, ``--workers`` processes) on a fresh PostgreSQL database; 50 devices
(5 facilitators' laptops per kecamatan of a kabupaten of 10 kecamatan × 50 villages, each
laptop working on its own 10 villages) each sync ``--rounds`` times: push a batch of
``--ops`` operations through the real protocol (a day's work: edits of profiles (3 fields)
and population rows (1 field) already on the server, one in ten a new population row), then
pull its scope until nothing is left. All devices start together (closed loop; ``--think``
adds a random pause of 0–2× that many seconds between a device's syncs).

Pinning (Linux, run as root or as the owner of the PostgreSQL backends): this process (the
load generator) runs on CPU ``--client-cpu``; the server is started under
``taskset -c --server-cpu`` and every PostgreSQL backend connected to the bench database is
moved to that CPU as soon as it appears (``sched_setaffinity``), so the server's figure does
not pay for the generator. PostgreSQL's shared processes (WAL writer, checkpointer) are not
moved (they serve every database on the machine).

Reports p50/p95/p99 push and pull latency, syncs and operations per second, and the CPU the
server's processes and the bench database's backends spent per operation applied
(from /proc/<pid>/stat), plus the server's in-process cost per operation and per pulled row
(CPU and round trips, ``bench.server_cost``) on the same database.

Usage: python -m bench.many_devices [--pg-url URL] [--workers 2] [--devices 50] [--rounds 10]
       [--ops 200] [--think 0] [--client-cpu 0] [--server-cpu 1]
Writes bench/out/many_devices.json. Not a test: no pass/fail exit code.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from bench.bench_server import PASSWORD, Device, Server, kabupaten_ops, write_wilayah
from bench.server_cost import server_cost
from desktop_app.core.ids import new_id
from provincial_server.cli import main as server_cli
from tests.pg_admin import drop_database

ROOT = Path(__file__).resolve().parents[1]
VILLAGES_PER_DISTRICT = 50
VILLAGES_PER_DEVICE = 10
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Laptop:
    device: Device
    profiles: list[str]
    populations: list[tuple[str, str]]  # (row id, village)
    villages: list[str]
    cursor: str = ""
    bodies: list[bytes] = field(default_factory=list)
    inserted: list[str] = field(default_factory=list)


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU of a process (None once it has gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS


def descendants(pid: int) -> list[int]:
    found = [pid]
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        found += descendants(int(child))
    return found


class Backends(threading.Thread):
    """Pins the bench database's PostgreSQL backends to ``cpu`` as they appear and keeps
    each one's latest CPU reading."""

    def __init__(self, admin_url: str, database: str, cpu: int | None) -> None:
        super().__init__(daemon=True)
        self.admin_url, self.database, self.cpu = admin_url, database, cpu
        self.seen: dict[int, float] = {}
        self.start_cpu: dict[int, float] = {}
        self.stop = threading.Event()
        self.sampling = False
        self.polls = 0
        self.states: dict[str, int] = {}  # what the backends were doing, summed over polls

    def run(self) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            while not self.stop.is_set():
                self.poll(connection)
                self.stop.wait(0.2)

    def poll(self, connection: psycopg.Connection) -> None:
        rows = connection.execute(
            "SELECT pid, state, wait_event_type, wait_event FROM pg_stat_activity "
            "WHERE datname = %s", (self.database,)).fetchall()
        self.polls += self.sampling
        for pid, state, wait_type, wait in rows:
            if self.sampling:
                what = f"{state}:{wait_type}:{wait}" if wait_type else f"{state}"
                self.states[what] = self.states.get(what, 0) + 1
            if pid not in self.seen and self.cpu is not None:
                with contextlib.suppress(OSError):  # not ours to move: left where it is
                    os.sched_setaffinity(pid, {self.cpu})
            value = cpu_seconds(pid)
            if value is not None:
                self.seen[pid] = value

    def mark(self) -> None:
        self.start_cpu = dict(self.seen)
        self.sampling = True

    def spent(self) -> float:
        return sum(v - self.start_cpu.get(pid, 0.0) for pid, v in self.seen.items())


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def setup(server: Server, villages: list[str], devices: int) -> tuple[list[Laptop], int]:
    """Users per kecamatan, the kabupaten's rows, enrolled laptops; (laptops, rows seeded)."""
    saved = dict(os.environ)
    os.environ.update(server.env)
    districts = sorted({v.rsplit(".", 1)[0] for v in villages})
    try:
        for district in districts:
            server_cli(["create-user", "fac" + district.replace(".", ""), "--role",
                        "facilitator", "--region", district, "--password", PASSWORD])
    finally:
        os.environ.clear()
        os.environ.update(saved)
    seeder = Device(server.url)
    ops = kabupaten_ops(seeder, villages, random.Random(21))
    for i in range(0, len(ops), 5000):
        assert {r["status"] for r in seeder.push(ops[i:i + 5000])} == {"applied"}
    by_village: dict[str, dict[str, list[str]]] = {}
    for op in ops:
        by_village.setdefault(op["payload"]["village_code"], {}).setdefault(
            op["table"], []).append(op["row_id"])
    laptops = []
    per_district = devices // len(districts) or 1
    for index in range(devices):
        district = districts[index // per_district % len(districts)]
        own = [v for v in villages if v.startswith(district + ".")]
        part = index % per_district
        mine = own[part * VILLAGES_PER_DEVICE:(part + 1) * VILLAGES_PER_DEVICE] or own[:10]
        device = Device(server.url, "fac" + district.replace(".", ""))
        laptops.append(Laptop(
            device, [by_village[v]["village_profile"][0] for v in mine],
            [(r, v) for v in mine for r in by_village[v]["village_population"]], mine))
    return laptops, len(ops)


def plan(laptop: Laptop, rounds: int, size: int, rng: random.Random) -> None:
    """The batches a laptop will push: edits of its rows, one in ten a new row."""
    device = laptop.device
    year = 3000
    for _ in range(rounds):
        ops = []
        for i in range(size):
            if i % 10 == 9:
                row = new_id()
                year += 1
                laptop.inserted.append(row)
                ops.append(device.op("village_population", row, {
                    "village_code": laptop.villages[i % len(laptop.villages)], "year": year,
                    "population": rng.randrange(300, 9000), "households": 100}))
            elif i % 2:
                ops.append(device.op("village_profile", laptop.profiles[i % len(
                    laptop.profiles)], {
                    "head_phone": f"08{rng.randrange(10**10):010d}",
                    "notes": f"kunjungan {rng.randrange(1000)}: jalan rusak, posyandu aktif",
                    "internet": "ada"}))
            else:
                row, _village = laptop.populations[i % len(laptop.populations)]
                ops.append(device.op("village_population", row,
                                     {"population": rng.randrange(300, 9000)}))
        laptop.bodies.append(device.body(ops))


def pull(laptop: Laptop) -> int:
    """Pull the laptop's scope from its cursor until nothing is left; changes received."""
    count = 0
    while True:
        response = laptop.device.http.get("/api/v1/sync/pull", params={
            "cursor": laptop.cursor, "limit": 1000}, headers={"Accept-Encoding": "gzip"})
        response.raise_for_status()
        page = response.json()
        count += len(page["changes"])
        laptop.cursor = page["cursor"]
        if not page["more"]:
            return count


def run_load(laptops: list[Laptop], think: float) -> dict[str, Any]:
    pushes: list[float] = []
    pulls: list[float] = []
    statuses: dict[str, int] = {}
    pulled = [0]
    lock = threading.Lock()
    barrier = threading.Barrier(len(laptops) + 1)

    def work(index: int, laptop: Laptop) -> None:
        rng = random.Random(index)
        barrier.wait()
        for body in laptop.bodies:
            if think:
                time.sleep(rng.uniform(0, 2 * think))
            began = time.perf_counter()
            results = laptop.device.push_body(body)
            pushed = time.perf_counter()
            changes = pull(laptop)
            done = time.perf_counter()
            with lock:
                pushes.append(pushed - began)
                pulls.append(done - pushed)
                pulled[0] += changes
                for r in results:
                    statuses[r["status"]] = statuses.get(r["status"], 0) + 1

    threads = [threading.Thread(target=work, args=(i, lap)) for i, lap in enumerate(laptops)]
    for thread in threads:
        thread.start()
    barrier.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return {"seconds": time.perf_counter() - began, "pushes": pushes, "pulls": pulls,
            "statuses": statuses, "changes_pulled": pulled[0]}


def load_parser(description: str, rounds: int) -> argparse.ArgumentParser:
    """The options of a load run (this one's and bench.sync_floor's)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--pg-url", default=os.environ.get("SINERGI_TEST_PG_URL"))
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=rounds)
    parser.add_argument("--ops", type=int, default=200)
    parser.add_argument("--think", type=float, default=0.0)
    parser.add_argument("--client-cpu", type=int, default=0)
    parser.add_argument("--server-cpu", type=int, default=1)
    parser.add_argument("--no-pin", action="store_true")
    return parser


def pin_generator(args: argparse.Namespace) -> tuple[bool, set[int]]:
    """Move this process (the load generator) to ``--client-cpu`` where both CPUs may be
    used (else "not pinned" in the figures): (pinned, the affinity to restore)."""
    affinity = os.sched_getaffinity(0)
    pin = not args.no_pin and {args.client_cpu, args.server_cpu} <= affinity \
        and args.client_cpu != args.server_cpu
    if pin:
        os.sched_setaffinity(0, {args.client_cpu})
    return pin, affinity


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = load_parser(__doc__.splitlines()[0], rounds=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--server-path", help="run the server from this checkout (PYTHONPATH), "
                        "e.g. main's for a before/after comparison")
    parser.add_argument("--fillfactor", type=int, help="set on the synced tables before "
                        "they are filled (docs/server.md, PostgreSQL settings)")
    parser.add_argument("--pool-size", type=int, help="SINERGI_SERVER_DB_POOL_SIZE")
    parser.add_argument("--pool-overflow", type=int, help="SINERGI_SERVER_DB_POOL_OVERFLOW")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "out" / "many_devices.json")
    args = parser.parse_args(argv)
    if not args.pg_url:
        parser.error("a PostgreSQL URL is needed (--pg-url or SINERGI_TEST_PG_URL)")
    return args


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """One run (a fresh database, server and laptops); the figures as a dict."""
    pin, affinity = pin_generator(args)
    try:
        return _measure(args, pin)
    finally:
        os.sched_setaffinity(0, affinity)


def _measure(args: argparse.Namespace, pin: bool) -> dict[str, Any]:
    root = Path(tempfile.mkdtemp(prefix="sd-many-devices-"))
    villages = write_wilayah(root / "wilayah", VILLAGES_PER_DISTRICT)
    name = f"sinergi_devices_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(args.pg_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    database_url = args.pg_url.rsplit("/", 1)[0] + "/" + name
    backends = Backends(args.pg_url, name, args.server_cpu if pin else None)
    server = Server(database_url, root / "server", args.workers,
                    prefix=["taskset", "-c", str(args.server_cpu)] if pin else None)
    if args.server_path:
        server.env["PYTHONPATH"] = args.server_path
        server.cwd = Path(args.server_path)
    for name_, value in (("DB_POOL_SIZE", args.pool_size),
                         ("DB_POOL_OVERFLOW", args.pool_overflow)):
        if value is not None:
            server.env["SINERGI_SERVER_" + name_] = str(value)
    try:
        server.prepare(root / "wilayah", args.devices)
        if args.fillfactor:
            set_fillfactor(database_url, args.fillfactor)
        server.start()
        backends.start()
        laptops, seeded = setup(server, villages, args.devices)
        rng = random.Random(4)
        for laptop in laptops:
            laptop.cursor = laptop.device.cursor()
            plan(laptop, args.rounds, args.ops, rng)
        load_before = os.getloadavg()
        wal_before = wal_stats(args.pg_url)
        time.sleep(0.5)  # the pinning thread has seen every backend
        server_pids = descendants(server.process.pid)
        server_start = {pid: cpu_seconds(pid) or 0.0 for pid in server_pids}
        backends.mark()
        load = run_load(laptops, args.think)
        time.sleep(0.3)  # a last reading of every backend
        backends.sampling = False
        wal = {k: v - wal_before[k] for k, v in wal_stats(args.pg_url).items()}
        tables = table_stats(database_url)
        server_cpu = sum((cpu_seconds(pid) or 0.0) - server_start[pid] for pid in server_pids)
        postgres_cpu = backends.spent()
        ops_total = args.devices * args.rounds * args.ops
        inserted = [row for laptop in laptops for row in laptop.inserted]
        found = count_population(database_url, inserted)
        sample = laptops[0]
        push_cost, pull_cost = server_cost(
            database_url, root / "server" / "data", sample.device,
            [("village_population", r) for r, _ in sample.populations] * 10, seed=9)
        result = {
            "workers": args.workers, "devices": args.devices, "rounds": args.rounds,
            "ops_per_push": args.ops, "think_s": args.think,
            "pool": "default" if args.pool_size is None else
                    f"{args.pool_size}+{args.pool_overflow or 0} per worker",
            "server_code": args.server_path or str(ROOT),
            "fillfactor": args.fillfactor or 100,
            "pinned": f"generator CPU {args.client_cpu}, server + backends CPU "
                      f"{args.server_cpu}" if pin else "not pinned",
            "load_average_before": load_before, "load_average_after": os.getloadavg(),
            "seeded_rows": seeded, "seconds": load["seconds"],
            "syncs_per_s": len(load["pushes"]) / load["seconds"],
            "ops_per_s": ops_total / load["seconds"],
            "push_p50_s": percentile(load["pushes"], 50),
            "push_p95_s": percentile(load["pushes"], 95),
            "push_p99_s": percentile(load["pushes"], 99),
            "push_max_s": max(load["pushes"]),
            "pull_p50_s": percentile(load["pulls"], 50),
            "pull_p95_s": percentile(load["pulls"], 95),
            "pull_p99_s": percentile(load["pulls"], 99),
            "statuses": load["statuses"], "changes_pulled": load["changes_pulled"],
            "new_rows_stored": f"{found}/{len(inserted)}",
            "backend_states_per_poll": {k: round(v / max(backends.polls, 1), 2) for k, v in sorted(
                backends.states.items(), key=lambda item: -item[1])},
            "server_cpu_s": server_cpu, "postgres_backends_cpu_s": postgres_cpu,
            "server_cpu_us_per_op": server_cpu / ops_total * 1e6,
            "postgres_cpu_us_per_op": postgres_cpu / ops_total * 1e6,
            "wal_bytes_per_op": wal["wal_bytes"] / ops_total,
            "wal_flushes_per_push": wal["wal_sync"] / len(load["pushes"]),
            "table_stats": tables,
            "in_process_push_us_per_op": push_cost.per_item_us(),
            "in_process_round_trips_per_push_of_500": push_cost.statements_per(500),
            "in_process_pull_us_per_row": pull_cost.per_item_us(),
            "in_process_round_trips_per_pull_page_of_2000": pull_cost.statements_per(2000),
        }
        assert load["statuses"].get("applied") == ops_total, load["statuses"]
    finally:
        backends.stop.set()
        server.stop()
        drop_database(args.pg_url, name)
    return result


def main() -> None:
    args = parse()
    result = measure(args)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    for key, value in result.items():
        print(f"{key:48} {value:.4g}" if isinstance(value, float) else f"{key:48} {value}")
    print(f"written {args.json}")


def wal_stats(admin_url: str) -> dict[str, float]:
    """The cluster's WAL counters (every database on it: run on a quiet server)."""
    with psycopg.connect(admin_url) as connection:
        row = connection.execute("SELECT wal_records, wal_bytes, wal_sync FROM pg_stat_wal"
                                 ).fetchone()
    return {"wal_records": float(row[0]), "wal_bytes": float(row[1]),
            "wal_sync": float(row[2])}


def table_stats(database_url: str) -> dict[str, dict[str, int]]:
    """Inserts, updates (HOT among them) and dead rows of the tables a push writes."""
    time.sleep(0.6)  # the statistics collector's flush
    with psycopg.connect(database_url) as connection:
        rows = connection.execute(
            "SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_dead_tup "
            "FROM pg_stat_user_tables WHERE relname = ANY(%s) ORDER BY relname",
            (["change_log", "applied_op", "village_profile", "village_population",
              "server_state", "held_op"],)).fetchall()
    return {r[0]: {"ins": r[1], "upd": r[2], "hot_upd": r[3], "dead": r[4]} for r in rows}


def set_fillfactor(database_url: str, percent: int) -> None:
    from provincial_server.sync.registry import SYNCED

    with psycopg.connect(database_url, autocommit=True) as connection:
        for name in SYNCED:
            connection.execute(f"ALTER TABLE {name} SET (fillfactor = {int(percent)})")


def count_population(database_url: str, ids: list[str]) -> int:
    with psycopg.connect(database_url) as connection:
        return connection.execute("SELECT count(*) FROM village_population WHERE id = ANY(%s)",
                                  (ids,)).fetchone()[0]


if __name__ == "__main__":
    main()

"""Provincial server figures (issue 6), server started for real on 127.0.0.1.

  1. pushing 10,000 operations (one device, batches of 1,000);
  2. a full pull of a kabupaten: 200 villages, 5 years of the synced tables that exist today
     (profile, population, IDM draft assessments with 50 scores), plus APBDes-like volume
     (50 rows per village-year; population rows stand in until APBDes syncs);
  3. bytes on the wire per changed field (push and pull, gzip, headers included);
  4. 50 devices pushing at once against 2 workers, checked afterwards for lost or
     duplicated operations (and a live puller that must see every change exactly once).

Usage: python bench/bench_server.py [--pg-url postgresql://…/postgres] [--skip-sqlite]
The PostgreSQL URL defaults to $SINERGI_TEST_PG_URL; a fresh database is created and dropped.
Prints a table and writes bench/out/server.json. Not a test: no pass/fail exit code.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.ids import new_id  # noqa: E402
from provincial_server.cli import main as server_cli  # noqa: E402
from provincial_server.sync.protocol import operation_hash  # noqa: E402
from tests.pg_admin import drop_database  # noqa: E402

KABUPATEN = "64.02"  # Kutai Kartanegara
DISTRICTS, VILLAGES_PER_DISTRICT, YEARS = 10, 20, range(2021, 2026)
PASSWORD = "bench-rahasia-1"


# -- set-up ----------------------------------------------------------------------------------

def write_wilayah(folder: Path, per_district: int = VILLAGES_PER_DISTRICT) -> list[str]:
    """One kabupaten of ``DISTRICTS`` kecamatan with ``per_district`` villages each."""
    folder.mkdir(parents=True, exist_ok=True)
    villages = []
    (folder / "provinces.csv").write_text("code,name\n64,Kalimantan Timur\n")
    (folder / "regencies.csv").write_text(
        f"code,province_code,name\n{KABUPATEN},64,Kabupaten Kutai Kartanegara\n")
    districts = ["code,regency_code,name"]
    rows = ["code,district_code,name"]
    for d in range(1, DISTRICTS + 1):
        district = f"{KABUPATEN}.{d:02d}"
        districts.append(f"{district},{KABUPATEN},Kecamatan {d}")
        for v in range(1, per_district + 1):
            code = f"{district}.{2000 + v}"
            rows.append(f"{code},{district},Desa {d}-{v}")
            villages.append(code)
    (folder / "districts.csv").write_text("\n".join(districts) + "\n")
    (folder / "villages.csv").write_text("\n".join(rows) + "\n")
    return villages


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, database_url: str, root: Path, workers: int,
                 prefix: list[str] | None = None) -> None:
        self.env = {**os.environ, "SINERGI_SERVER_DATABASE_URL": database_url,
                    "SINERGI_SERVER_DATA_DIR": str(root / "data"),
                    "SINERGI_SERVER_MAX_BODY_BYTES": str(32 * 1024 * 1024),
                    "SINERGI_SERVER_MAX_OPS_PER_PUSH": "5000"}
        self.database_url = database_url
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.workers = workers
        self.prefix = prefix or []  # e.g. ["taskset", "-c", "1"]
        self.cwd: Path | None = None  # the checkout the server runs from (-m looks here first)
        self.url = ""
        self.process: subprocess.Popen | None = None

    def prepare(self, wilayah: Path, devices: int) -> None:
        saved = dict(os.environ)
        os.environ.update(self.env)
        try:
            server_cli(["init-db"])
            server_cli(["import-wilayah", str(wilayah), "--province", "64"])
            server_cli(["create-user", "operator", "--role", "operator", "--region", KABUPATEN,
                        "--password", PASSWORD])
        finally:
            os.environ.clear()
            os.environ.update(saved)
        del devices

    def start(self) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        log = open(self.root / "server.log", "ab")  # noqa: SIM115 - kept open for the child
        self.process = subprocess.Popen(
            [*self.prefix, sys.executable, *self.command(port)],
            env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=self.cwd)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def command(self, port: int) -> list[str]:
        """The server's command line after the interpreter."""
        return ["-m", "provincial_server.cli", "serve", "--port", str(port),
                "--workers", str(self.workers), "--log-level", "warning"]

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)


class Device:
    def __init__(self, url: str, username: str = "operator") -> None:
        self.device_id = "b" + uuid.uuid4().hex[:16]
        response = httpx.post(url + "/api/v1/auth/enrol", timeout=60, json={
            "username": username, "password": PASSWORD, "device_id": self.device_id,
            "device_name": "bench"})
        response.raise_for_status()
        self.http = httpx.Client(base_url=url, timeout=300, headers={
            "Authorization": f"Bearer {response.json()['token']}"})
        self.seq = 0
        self.wall = int(time.time() * 1000) - 10_000_000

    def op(self, table: str, row_id: str, payload: dict[str, Any], kind: str = "upsert"):
        self.seq += 1
        self.wall += 1
        hlc = f"{self.wall:013d}-00000-{self.device_id}"
        return {"seq": self.seq, "table": table, "row_id": row_id, "kind": kind,
                "payload": payload, "hlc": hlc,
                "hash": operation_hash(table, row_id, kind, payload, hlc)}

    @staticmethod
    def body(ops: list[dict]) -> bytes:
        return gzip.compress(json.dumps({"ops": ops}, separators=(",", ":")).encode(), 6)

    def push_body(self, body: bytes) -> list[dict]:
        response = self.http.post("/api/v1/sync/push", content=body, headers={
            "Content-Type": "application/json", "Content-Encoding": "gzip"})
        response.raise_for_status()
        return response.json()["results"]

    def push(self, ops: list[dict]) -> list[dict]:
        return self.push_body(self.body(ops))

    def cursor(self) -> str:
        return self.http.get("/api/v1/sync/snapshot", params={
            "table": "village_profile", "limit": 1}).json()["cursor"]

    def pull_all(self, cursor: str | None, limit: int = 5000) -> tuple[int, int, str]:
        """(changes, compressed bytes received, cursor)."""
        count = received = 0
        while True:
            params = {"limit": limit, **({"cursor": cursor} if cursor else {})}
            with self.http.stream("GET", "/api/v1/sync/pull", params=params,
                                  headers={"Accept-Encoding": "gzip"}) as response:
                raw = b"".join(response.iter_raw())
                received += len(raw) + header_bytes(response.headers)
                data = gzip.decompress(raw) if response.headers.get(
                    "content-encoding") == "gzip" else raw
            page = json.loads(data)
            count += len(page["changes"])
            cursor = page["cursor"]
            if not page["more"]:
                return count, received, cursor


def header_bytes(headers: httpx.Headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.raw) + 20


def profile_values(rng: random.Random, code: str) -> dict[str, Any]:
    return {
        "village_code": code, "head_name": f"Kepala {rng.randrange(10**6)}",
        "head_phone": f"08{rng.randrange(10**10):010d}", "office_address": "Jl. Poros No. 1",
        "latitude": rng.uniform(-2, 2), "longitude": rng.uniform(115, 118),
        "area_km2": rng.uniform(5, 500), "typology": "perkebunan",
        "leading_products": "sawit, karet", "electricity": "PLN", "phone_signal": "4G",
        "internet": "ada", "road_all_year": True, "distance_to_district_km": 12.5,
        "travel_minutes_to_district": 40, "bumdes_name": "BUMDes Maju",
        "notes": "catatan kunjungan " * 3,
    }


def kabupaten_ops(device: Device, villages: list[str],
                  rng: random.Random) -> list[dict[str, Any]]:
    """Five years of the synced tables: profile, population, IDM drafts with 50 scores."""
    ops = [device.op("village_profile", new_id(), profile_values(rng, code))
           for code in villages]
    ops += [device.op("village_population", new_id(), {
        "village_code": code, "year": year, "population": rng.randrange(300, 9000),
        "households": rng.randrange(80, 2500)}) for code in villages for year in YEARS]
    ops += [device.op("idm_assessment", new_id(), {
        "village_code": code, "regency_code": code[:5], "year": year, "kind": "draft",
        "scores": {str(n): rng.randrange(0, 6) for n in range(1, 51)},
        "status": "Berkembang", "idm": f"0.{rng.randrange(5000, 8000)}"})
        for code in villages for year in YEARS]
    return ops


def apbdes_volume_ops(device: Device, villages: list[str], rows: int,
                      rng: random.Random) -> list[dict[str, Any]]:
    """APBDes-like volume (no synced APBDes table yet): ``rows`` per village and year,
    population rows standing in."""
    return [device.op("village_population", new_id(), {
        "village_code": code, "year": 10_000 + year * 100 + k,
        "population": rng.randrange(0, 6), "households": k})
        for code in villages for year in range(5) for k in range(rows)]


# -- the four measurements -------------------------------------------------------------------

def bench_push(server: Server, villages: list[str], count: int = 10_000,
               first_year: int = 3000) -> dict[str, float]:
    """Push ``count`` new population rows (years from ``first_year``) from a new device in
    batches of 1,000, then replay them."""
    device = Device(server.url)
    ops = [device.op("village_population", new_id(), {
        "village_code": villages[i % len(villages)], "year": first_year + i // len(villages),
        "population": i, "households": i // 4}) for i in range(count)]
    bodies = [device.body(ops[i:i + 1000]) for i in range(0, len(ops), 1000)]
    start = time.perf_counter()
    results = [r for body in bodies for r in device.push_body(body)]
    elapsed = time.perf_counter() - start
    assert len(results) == count and {r["status"] for r in results} == {"applied"}
    start = time.perf_counter()
    replay = [r for body in bodies for r in device.push_body(body)]
    replay_elapsed = time.perf_counter() - start
    assert {r["status"] for r in replay} == {"duplicate"}
    return {"push_s": elapsed, "push_ops": count, "push_ops_per_s": count / elapsed,
            "replay_s": replay_elapsed}


def bench_kabupaten_pull(server: Server, villages: list[str],
                         apbdes_rows: int) -> dict[str, Any]:
    rng = random.Random(6)
    device = Device(server.url)
    start_cursor = device.cursor()
    ops = kabupaten_ops(device, villages, rng)
    for i in range(0, len(ops), 2000):
        device.push(ops[i:i + 2000])
    reader = Device(server.url)
    start = time.perf_counter()
    count, received, _ = reader.pull_all(start_cursor)
    real_s = time.perf_counter() - start
    figures: dict[str, Any] = {"pull_real_tables_changes": count, "pull_real_tables_s": real_s,
                               "pull_real_tables_bytes": received}
    # APBDes-like volume (no synced APBDes table yet): 50 rows per village and year,
    # population rows standing in.
    middle = device.cursor()
    bulk = apbdes_volume_ops(device, villages, apbdes_rows, rng)
    for i in range(0, len(bulk), 5000):
        device.push(bulk[i:i + 5000])
    start = time.perf_counter()
    count, received, _ = reader.pull_all(middle)
    figures.update(pull_apbdes_volume_changes=count,
                   pull_apbdes_volume_s=time.perf_counter() - start,
                   pull_apbdes_volume_bytes=received)
    start = time.perf_counter()
    count, received, _ = reader.pull_all(start_cursor)
    figures.update(pull_full_changes=count, pull_full_s=time.perf_counter() - start,
                   pull_full_bytes=received)
    return figures


def bench_wire_bytes(server: Server, villages: list[str]) -> dict[str, float]:
    """One field changed per operation, 1,000 operations: request + response bytes."""
    device = Device(server.url)
    rows = [(new_id(), code) for code in villages[:100]]
    device.push([device.op("village_population", row, {"village_code": code, "year": 2999})
                 for row, code in rows])
    cursor = device.cursor()
    ops = [device.op("village_population", rows[i % len(rows)][0],
                     {"population": 1000 + i}) for i in range(1000)]
    body = device.body(ops)
    response = device.http.post("/api/v1/sync/push", content=body, headers={
        "Content-Type": "application/json", "Content-Encoding": "gzip",
        "Accept-Encoding": "gzip"})
    response.raise_for_status()
    request_headers = sum(len(k) + len(v) + 4 for k, v in response.request.headers.raw) + 40
    push_bytes = len(body) + request_headers
    push_response = int(response.headers.get("content-length", len(response.content)))
    changes, pulled, _ = Device(server.url).pull_all(cursor)
    raw = json.dumps({"ops": ops}).encode()
    return {"fields": 1000, "push_request_bytes_per_field": push_bytes / 1000,
            "push_response_bytes_per_field": push_response / 1000,
            "push_uncompressed_bytes_per_field": len(raw) / 1000,
            "pull_bytes_per_field": pulled / max(changes, 1), "pull_changes": changes}


def bench_fifty_devices(server: Server, villages: list[str], batches: int,
                        ops_per_batch: int) -> dict[str, Any]:
    devices = [Device(server.url) for _ in range(50)]
    reader = Device(server.url)
    start_cursor = reader.cursor()
    plans: list[list[bytes]] = []
    expected_rows: set[str] = set()
    for index, device in enumerate(devices):
        bodies = []
        for b in range(batches):
            ops = []
            for i in range(ops_per_batch):
                row = new_id()
                expected_rows.add(row)
                ops.append(device.op("village_population", row, {
                    "village_code": villages[(index * 7 + i) % len(villages)],
                    "year": 100_000 + index * 1000 + b * ops_per_batch + i, "population": i}))
            bodies.append(device.body(ops))
        plans.append(bodies)
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    lock = threading.Lock()
    barrier = threading.Barrier(51)
    done = threading.Event()
    seen: list[int] = []

    def push(index: int) -> None:
        barrier.wait()
        for body in plans[index]:
            began = time.perf_counter()
            results = devices[index].push_body(body)
            with lock:
                latencies.append(time.perf_counter() - began)
                for r in results:
                    statuses[r["status"]] = statuses.get(r["status"], 0) + 1

    def pull() -> None:
        cursor = start_cursor
        while True:
            finished = done.is_set()
            params = {"cursor": cursor, "limit": 5000}
            page = reader.http.get("/api/v1/sync/pull", params=params).json()
            seen.extend(c["s"] for c in page["changes"])
            cursor = page["cursor"]
            if finished and not page["more"]:
                return

    threads = [threading.Thread(target=push, args=(i,)) for i in range(50)]
    for thread in threads:
        thread.start()
    puller = threading.Thread(target=pull)
    puller.start()
    barrier.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    done.set()
    puller.join()
    total = 50 * batches * ops_per_batch
    final_count, _, _ = reader.pull_all(start_cursor)
    # Replaying every batch must change nothing.
    replay = sum(1 for i, d in enumerate(devices) for body in plans[i]
                 for r in d.push_body(body) if r["status"] != "duplicate")
    after_replay, _, _ = reader.pull_all(start_cursor)
    rows_in_db = count_rows(server.database_url, expected_rows)
    return {
        "devices": 50, "ops_total": total, "seconds": elapsed, "ops_per_s": total / elapsed,
        "batch_latency_p50_s": statistics.median(latencies),
        "batch_latency_p95_s": sorted(latencies)[int(len(latencies) * 0.95) - 1],
        "statuses": statuses, "changes_pulled_live": len(seen),
        "live_pull_in_order_no_gaps_vs_final": len(seen) == final_count == len(set(seen)),
        "rows_in_database": rows_in_db, "lost": total - rows_in_db,
        "duplicated_changes": after_replay - final_count + (final_count - total),
        "replay_not_duplicate": replay,
    }


def count_rows(database_url: str, ids: set[str]) -> int:
    from sqlalchemy import func, select

    from provincial_server.db import create_server_engine
    from provincial_server.models import village_population

    engine = create_server_engine(database_url)
    found = 0
    id_list = sorted(ids)
    with engine.connect() as connection:
        for i in range(0, len(id_list), 1000):
            found += connection.execute(select(func.count()).select_from(village_population)
                                        .where(village_population.c.id.in_(
                                            id_list[i:i + 1000]))).scalar_one()
    engine.dispose()
    return found


# -- driver ----------------------------------------------------------------------------------

def run_backend(name: str, database_url: str, root: Path, wilayah: Path, villages: list[str],
                args: argparse.Namespace) -> dict[str, Any]:
    server = Server(database_url, root, workers=2)
    server.prepare(wilayah, 50)
    server.start()
    try:
        figures: dict[str, Any] = {"backend": name, "workers": 2}
        figures["push"] = bench_push(server, villages)
        figures["pull"] = bench_kabupaten_pull(server, villages, args.apbdes_rows)
        figures["wire"] = bench_wire_bytes(server, villages)
        if name == "postgresql" or args.fifty_on_sqlite:
            figures["fifty_devices"] = bench_fifty_devices(server, villages, args.batches,
                                                           args.ops_per_batch)
        return figures
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg-url", default=os.environ.get("SINERGI_TEST_PG_URL"))
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--fifty-on-sqlite", action="store_true")
    parser.add_argument("--apbdes-rows", type=int, default=50)
    parser.add_argument("--batches", type=int, default=10)
    parser.add_argument("--ops-per-batch", type=int, default=100)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="sd-bench-server-"))
    villages = write_wilayah(root / "wilayah")
    results = []
    if not args.skip_sqlite:
        results.append(run_backend("sqlite", f"sqlite:///{root / 'server.sqlite'}",
                                   root / "sqlite", wilayah=root / "wilayah",
                                   villages=villages, args=args))
    if args.pg_url:
        name = f"sinergi_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(args.pg_url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        try:
            results.append(run_backend("postgresql", args.pg_url.rsplit("/", 1)[0] + "/" + name,
                                       root / "pg", root / "wilayah", villages, args))
        finally:
            drop_database(args.pg_url, name)
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "server.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

"""By hand: Kalimantan Timur's first pull from a server on PostgreSQL holding the nation.

Usage: python bench/nation_pg.py [full|small|smoke]
The scenario ``nation`` measures the same pull against a SQLite server; this fills a fresh
PostgreSQL database ($SINERGI_TEST_PG_URL, created and dropped) through the push API with
the same rows (a profile and five years of population and IDM drafts a village), then times
four first pulls by new laptops (the first a warm-up) and a bare client's.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SINERGI_DESA_LOG_DIR", tempfile.mkdtemp(prefix="sd-bench-logs-"))

from bench.bench_server import PASSWORD, Device, Server, kabupaten_ops  # noqa: E402
from bench.context import Context  # noqa: E402
from bench.dataset import NATION_IDM  # noqa: E402
from bench.scales import SCALES  # noqa: E402
from bench.scenarios.nation import (  # noqa: E402
    PROVINCE,
    ROWS_PER_VILLAGE,
    _cli,
    province_regencies,
)
from bench.scenarios.sync import new_laptop  # noqa: E402
from tests.pg_admin import drop_database  # noqa: E402


def main(scale_name: str = "full") -> None:
    ctx = Context(SCALES[scale_name], 3, Path(tempfile.mkdtemp(prefix="sd-bench-pg-")))
    dataset = ctx.dataset(NATION_IDM)
    base = os.environ["SINERGI_TEST_PG_URL"]
    name = f"sinergi_nation_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    url = base.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + "/" + name
    server = Server(url, ctx.scratch / "server", workers=1)
    try:
        _cli(server, "init-db")
        _cli(server, "import-wilayah", str(dataset.wilayah), "--province", "")
        _cli(server, "create-user", "pusat", "--role", "admin", "--password", PASSWORD)
        regions = [arg for code in province_regencies(dataset.codes)
                   for arg in ("--region", code)]
        _cli(server, "create-user", "kaltim", "--role", "operator", "--password", PASSWORD,
             *regions)
        server.start()
        start = time.perf_counter()
        device, rng = Device(server.url, "pusat"), random.Random(64)
        for first in range(0, len(dataset.codes), 1000):
            ops = kabupaten_ops(device, dataset.codes[first:first + 1000], rng)
            for at in range(0, len(ops), 5000):
                assert {r["status"] for r in device.push(ops[at:at + 5000])} == {"applied"}
        held = len(dataset.codes) * ROWS_PER_VILLAGE
        print(f"filled {held:,} rows in {time.perf_counter() - start:.0f} s", flush=True)
        expected = ROWS_PER_VILLAGE * sum(c.startswith(PROVINCE + ".") for c in dataset.codes)
        pulls = []
        for index in range(4):
            service = new_laptop(ctx.scratch / f"laptop{index}", dataset.wilayah, server.url,
                                 "kaltim", PROVINCE)
            try:
                start = time.perf_counter()
                report = service.sync()
                pulls.append(time.perf_counter() - start)
            finally:
                service.workspace.close()
            assert report.pulled == expected, (report.pulled, expected)
        start = time.perf_counter()
        rows, received, _ = Device(server.url, "kaltim").pull_all(None)
        bare = time.perf_counter() - start
        print(f"first pulls {[round(p, 3) for p in pulls]} s (the first a warm-up), {rows:,} "
              f"rows, {received:,} bytes; a bare client {bare:.2f} s; load {os.getloadavg()}")
    finally:
        server.stop()
        drop_database(base, name)


if __name__ == "__main__":
    main(*sys.argv[1:])

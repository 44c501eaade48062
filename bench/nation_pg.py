"""By hand: Kalimantan Timur's first pull from a server on PostgreSQL holding the nation.

Usage: python bench/nation_pg.py [full|small|smoke]
The scenario ``nation`` measures the same pull against a SQLite server; this fills a fresh
PostgreSQL database ($SINERGI_TEST_PG_URL, created and dropped) through the push API with
the same rows (a profile and five years of population and IDM drafts a village), then times
four first pulls by new laptops (the first a warm-up) and a bare client's.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SINERGI_DESA_LOG_DIR", tempfile.mkdtemp(prefix="sd-bench-logs-"))

from bench.bench_server import Device, Server  # noqa: E402
from bench.context import Context  # noqa: E402
from bench.dataset import NATION_IDM  # noqa: E402
from bench.scales import SCALES  # noqa: E402
from bench.scenarios.nation import (  # noqa: E402
    PROVINCE,
    ROWS_PER_VILLAGE,
    fill_nation_server,
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
        start = time.perf_counter()
        fill_nation_server(server, dataset)
        held = len(dataset.codes) * ROWS_PER_VILLAGE
        print(f"filled {held:,} rows in {time.perf_counter() - start:.0f} s", flush=True)
        server.start()
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

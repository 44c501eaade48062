"""Sync client figures (issue 7), against a real server on 127.0.0.1 (SQLite, 1 worker).

  1. First full download of a kabupaten by a new laptop on loopback: 200 villages, 5 years
     of profile, population and IDM drafts, plus APBDes-like volume (50 rows per
     village-year, population rows standing in). Target: under 20 s.
  2. A day's field work (200 edited records and 5 photos of 300 KB) synced through a proxy
     limited to 256 kbit/s each way with 150 ms delay each way (300 ms round trip),
     compared with the time the compressed bytes alone need at that rate. Target: 1.3x.

Usage: python bench/bench_sync_client.py [--apbdes-rows 50]
Prints a table and writes bench/out/sync_client.json. Not a test: no pass/fail exit code.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from sqlalchemy import select  # noqa: E402

from bench.bench_server import (  # noqa: E402
    KABUPATEN,
    PASSWORD,
    YEARS,
    Device,
    Server,
    profile_values,
    write_wilayah,
)
from desktop_app.core.attachments.records import attach  # noqa: E402
from desktop_app.core.ids import new_id  # noqa: E402
from desktop_app.core.models import VillagePopulation, VillageProfile  # noqa: E402
from desktop_app.core.regions.wilayah_import import import_wilayah  # noqa: E402
from desktop_app.core.sync.changes import record_upsert  # noqa: E402
from desktop_app.core.sync.outbox import pending_batch, wire_operation  # noqa: E402
from desktop_app.core.sync.service import SyncService  # noqa: E402
from desktop_app.core.workspace import open_workspace  # noqa: E402
from tests.sync.proxy import FaultProxy  # noqa: E402

RATE_BPS = 256_000 / 8  # 256 kbit/s
ONE_WAY_S = 0.150


def populate(server: Server, villages: list[str], apbdes_rows: int) -> int:
    rng = random.Random(6)
    device = Device(server.url)
    ops = [device.op("village_profile", new_id(), profile_values(rng, code))
           for code in villages]
    ops += [device.op("village_population", new_id(), {
        "village_code": code, "year": year, "population": rng.randrange(300, 9000),
        "households": rng.randrange(80, 2500)}) for code in villages for year in YEARS]
    ops += [device.op("idm_assessment", new_id(), {
        "village_code": code, "regency_code": KABUPATEN, "year": year, "kind": "draft",
        "scores": {str(n): rng.randrange(0, 6) for n in range(1, 51)},
        "status": "Berkembang", "idm": f"0.{rng.randrange(5000, 8000)}"})
        for code in villages for year in YEARS]
    ops += [device.op("village_population", new_id(), {
        "village_code": code, "year": 10_000 + year * 100 + k,
        "population": rng.randrange(0, 6), "households": k})
        for code in villages for year in range(5) for k in range(apbdes_rows)]
    for i in range(0, len(ops), 5000):
        results = device.push(ops[i:i + 5000])
        assert {r["status"] for r in results} == {"applied"}
    return len(ops)


def new_laptop(folder: Path, wilayah: Path, url: str) -> SyncService:
    workspace = open_workspace(folder)
    import_wilayah(workspace.db, wilayah)
    workspace.set_user("pendamping")
    service = SyncService(workspace, use_keyring=False)
    service.enrol(url, "operator", PASSWORD, "bench")
    service.set_download_cap(10 * 1024 * 1024)
    return service


def bench_first_download(server: Server, wilayah: Path, root: Path,
                         rows: int) -> tuple[dict[str, Any], SyncService]:
    service = new_laptop(root / "laptop", wilayah, server.url)
    start = time.perf_counter()
    report = service.sync()
    elapsed = time.perf_counter() - start
    assert report.pulled == rows, (report.pulled, rows)
    return {"kabupaten_rows": rows, "first_download_s": elapsed,
            "first_download_rows_per_s": rows / elapsed}, service


def noise_photo(path: Path, size_bytes: int, seed: int) -> Path:
    side = int((size_bytes / 3) ** 0.5)
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), random.Random(seed).randbytes(side * side * 3)).save(
        buffer, "PNG", compress_level=0)
    path.write_bytes(buffer.getvalue())
    return path


def days_work(service: SyncService, root: Path) -> int:
    """200 edited records (100 profiles, 100 population years) and 5 photos; photo bytes."""
    rng = random.Random(8)
    editor = service.workspace.editor
    with service.db.writing() as session:
        profiles = list(session.scalars(select(VillageProfile).limit(100)))
        for row in profiles:
            record_upsert(session, editor, row, {
                "head_phone": (row.head_phone, f"08{rng.randrange(10**10):010d}"),
                "notes": (row.notes, f"kunjungan {rng.randrange(1000)}: jalan rusak, "
                                     "posyandu aktif"),
                "internet": (row.internet, "ada")}, row.village_code)
        populations = list(session.scalars(select(VillagePopulation).where(
            VillagePopulation.year == 2025).limit(100)))
        for row in populations:
            record_upsert(session, editor, row, {
                "population": (row.population, (row.population or 0) + rng.randrange(1, 50))},
                row.village_code)
    photo_bytes = 0
    for i, row in enumerate(profiles[:5]):
        path = noise_photo(root / f"foto-{i}.png", 300 * 1024, i)
        photo_bytes += attach(service.db, editor, service.store, path, row.village_code,
                              "village_profile", row.id).size
    return photo_bytes


def bench_day_on_slow_link(server: Server, service: SyncService, root: Path) -> dict[str, Any]:
    photo_bytes = days_work(service, root)
    with service.db.reading() as session:
        ops = [wire_operation(op) for op in pending_batch(session, 10_000)]
    ops_gzip = len(gzip.compress(json.dumps({"ops": ops}).encode(), 6))
    ideal_s = (ops_gzip + photo_bytes) / RATE_BPS
    proxy = FaultProxy(int(server.url.rsplit(":", 1)[1])).start()
    proxy.shape.rate_bps, proxy.shape.delay_s = RATE_BPS, ONE_WAY_S
    found = service.credentials.load()
    assert found is not None
    service.credentials.save(found.__class__(proxy.url, found.username, found.token,
                                             found.bundle_key))
    try:
        start = time.perf_counter()
        report = service.sync()
        elapsed = time.perf_counter() - start
    finally:
        proxy.stop()
    assert report.uploaded == 5 and report.pushed.get("applied") == len(ops), report
    return {"day_operations": len(ops), "day_ops_gzip_bytes": ops_gzip,
            "day_photo_bytes": photo_bytes, "day_wire_bytes_up": proxy.bytes_up,
            "day_wire_bytes_down": proxy.bytes_down, "day_ideal_s": ideal_s,
            "day_sync_s": elapsed, "day_ratio": elapsed / ideal_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apbdes-rows", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as scratch:
        root = Path(scratch)
        wilayah = root / "wilayah"
        villages = write_wilayah(wilayah)
        server = Server(f"sqlite:///{root / 'server.sqlite'}", root / "server", workers=1)
        server.prepare(wilayah, 0)
        server.start()
        try:
            rows = populate(server, villages, args.apbdes_rows)
            results, service = bench_first_download(server, wilayah, root, rows)
            results.update(bench_day_on_slow_link(server, service, root))
            service.workspace.close()
        finally:
            server.stop()
    rows_out = [
        ("first full download of a kabupaten (s)", results["first_download_s"], "< 20"),
        ("day's work through 256 kbit/s, 300 ms RTT (s)", results["day_sync_s"], ""),
        ("  compressed bytes alone at that rate (s)", results["day_ideal_s"], ""),
        ("  ratio", results["day_ratio"], "<= 1.3"),
    ]
    for label, value, target in rows_out:
        print(f"{label:50s} {value:10.2f}  {target}")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "sync_client.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

"""APBDes figures: a province's realisation reports imported (1,038 villages × ~150 lines,
target < 20 s, against pandas reading the same files alone) and the findings register
filtered over 20,000 findings (target < 50 ms per filter).

Usage: python bench/bench_apbdes.py [--villages 1038] [--runs 5]
Prints a table and writes bench/out/apbdes.json. Not a test: no pass/fail exit code.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SINERGI_DESA_LOG_DIR", tempfile.mkdtemp(prefix="sd-bench-logs-"))

import pandas as pd  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from bench.apbdes_data import fill_findings, write_reports  # noqa: E402
from bench.bench_reports import province_wilayah  # noqa: E402
from desktop_app.core.apbdes.folder_import import import_folder  # noqa: E402
from desktop_app.core.models import ApbdesLine, Village  # noqa: E402
from desktop_app.core.regions.wilayah_import import import_wilayah  # noqa: E402
from desktop_app.core.supervision.register import (  # noqa: E402
    FindingFilter,
    count_findings,
    list_findings,
)
from desktop_app.core.workspace import open_workspace  # noqa: E402

TODAY = date(2026, 11, 26)


def all_desa(folder: Path) -> Path:
    """Kalimantan Timur has 1,038 desa (besides its kelurahan): make every village a desa."""
    villages = folder / "villages.csv"
    lines = villages.read_text().splitlines()
    villages.write_text("\n".join([lines[0], *(
        line.replace(f"{line.split(',')[1]}.1", f"{line.split(',')[1]}.2", 1)
        for line in lines[1:])]) + "\n")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--villages", type=int, default=1038)
    parser.add_argument("--findings", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="sd-bench-apbdes-"))
    workspace = open_workspace(scratch / "data")
    import_wilayah(workspace.db, all_desa(province_wilayah(scratch / "wilayah")))
    with workspace.db.reading() as session:
        codes = list(session.scalars(select(Village.code).where(Village.kind != "kelurahan")
                                     .order_by(Village.code)))[:args.villages]
    files = write_reports(scratch / "lra", codes)
    rows = []

    start = time.perf_counter()
    for path in files:
        pd.read_excel(path, engine="calamine", header=None)
    floor = time.perf_counter() - start
    start = time.perf_counter()
    report = import_folder(workspace.db, workspace.editor, [scratch / "lra"], 2025,
                           reported_on=TODAY)
    seconds = time.perf_counter() - start
    with workspace.db.reading() as session:
        lines = session.scalar(select(func.count()).select_from(ApbdesLine))
    assert not report.refused, report.refused[:3]
    rows.append({"scenario": f"Impor realisasi {len(files)} desa ({lines} baris)",
                 "seconds": round(seconds, 2), "target_s": 20.0, "met": seconds < 20,
                 "floor": f"pandas read only {floor:.2f} s", "ratio": round(seconds / floor, 2)})
    start = time.perf_counter()
    again = import_folder(workspace.db, workspace.editor, [scratch / "lra"], 2025,
                          reported_on=TODAY)
    seconds = time.perf_counter() - start
    assert sum(r.unchanged for r in again.imported.values()) == lines
    rows.append({"scenario": "Impor ulang yang sama (tidak ada perubahan)",
                 "seconds": round(seconds, 2), "target_s": 20.0, "met": seconds < 20})

    fill_findings(workspace.db, codes, args.findings, TODAY)
    filters = {
        "semua, urut batas waktu": (FindingFilter(TODAY), "deadline"),
        "terlambat saja": (FindingFilter(TODAY, overdue_only=True), "deadline"),
        "satu kabupaten + belum selesai": (
            FindingFilter(TODAY, region_code="64.07", statuses=("open", "in_progress")),
            "village"),
        "kategori fisik, urut keparahan": (FindingFilter(TODAY, category="fisik"), "severity"),
        "cari teks 'nomor 1999'": (FindingFilter(TODAY, text="nomor 1999"), "found_on"),
    }
    for name, (flt, sort) in filters.items():
        def query(flt=flt, sort=sort) -> None:
            with workspace.db.reading() as session:
                count_findings(session, flt)
                list_findings(session, flt, sort)
        query()
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            query()
            times.append(time.perf_counter() - start)
        ms = statistics.median(times) * 1000
        rows.append({"scenario": f"Register {args.findings} temuan: {name}",
                     "seconds": round(ms / 1000, 4), "target_s": 0.05, "met": ms < 50})
    workspace.close()
    width = max(len(r["scenario"]) for r in rows)
    print(f"{'scenario':<{width}}  seconds  target  met  floor")
    for r in rows:
        print(f"{r['scenario']:<{width}}  {r['seconds']:>7.3f}  {r['target_s']:>6}  "
              f"{'yes' if r['met'] else 'NO ':<3}  {r.get('floor', '')} "
              f"{'×' + str(r['ratio']) if 'ratio' in r else ''}")
    out = ROOT / "bench" / "out" / "apbdes.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"villages": len(codes), "python": platform.python_version(),
                               "cpus": os.cpu_count(), "results": rows}, indent=2) + "\n")
    print(f"written {out}")


if __name__ == "__main__":
    main()

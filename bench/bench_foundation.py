"""Foundation figures: national region import, one search over 83,762 villages, start-up.

Usage: python bench/bench_foundation.py [--wilayah ../shared/data/wilayah] [--runs 5]
Prints a table and writes bench/out/foundation.json. Not a test: no pass/fail exit code.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SINERGI_DESA_LOG_DIR", tempfile.mkdtemp(prefix="sd-bench-logs-"))

from desktop_app.core.regions.wilayah_import import import_wilayah  # noqa: E402
from desktop_app.core.villages.search import (  # noqa: E402
    VillageFilter,
    count_villages,
    search_villages,
)
from desktop_app.core.workspace import open_workspace  # noqa: E402

QUERIES = ["s", "su", "sun", "sung", "sunga", "sungai", "tanjung", "64", "64.02", "6402052",
           "xyzq", "ma"]


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def bench_import(wilayah: Path, folder: Path) -> tuple[float, float]:
    workspace = open_workspace(folder)
    try:
        first = timed(lambda: import_wilayah(workspace.db, wilayah))
        again = timed(lambda: import_wilayah(workspace.db, wilayah))
    finally:
        workspace.close()
    return first, again


def bench_search(folder: Path, runs: int) -> dict[str, float]:
    """Count plus first page, as one keystroke in the village list costs."""
    workspace = open_workspace(folder)
    figures = {}
    try:
        with workspace.db.reading() as session:
            for text in QUERIES:
                for sort in ("name", "regency"):
                    village_filter = VillageFilter(text=text)

                    def keystroke(f: VillageFilter = village_filter, s: str = sort) -> None:
                        count_villages(session, f)
                        search_villages(session, f, s)

                    keystroke()  # warm-up
                    figures[f"{text!r} by {sort}"] = statistics.median(
                        timed(keystroke) for _ in range(runs))
    finally:
        workspace.close()
    return figures


def bench_startup(folder: Path, runs: int) -> tuple[float, float]:
    def start(argument: str) -> float:
        began = time.perf_counter()
        out = subprocess.run([sys.executable, str(ROOT / "bench" / "startup_probe.py"),
                              argument], capture_output=True, text=True, check=True,
                             cwd=ROOT).stdout
        elapsed = time.perf_counter() - began
        assert "usable" in out, out
        return elapsed

    start("bare")
    start(str(folder))
    bare = statistics.median(start("bare") for _ in range(runs))
    app = statistics.median(start(str(folder)) for _ in range(runs))
    return bare, app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wilayah", type=Path,
                        default=ROOT.parent / "shared" / "data" / "wilayah")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--startup-data", type=Path, metavar="FOLDER",
                        help="also time start-up on this prepared data folder (e.g. the "
                        "province with IDM and APBDes)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sd-bench-"))
    first, again = bench_import(args.wilayah, folder)
    searches = bench_search(folder, args.runs)
    bare, app = bench_startup(folder, args.runs)
    worst = max(searches, key=searches.get)
    rows = [
        ("import national list (83,762 villages)", first, 15.0),
        ("re-import, nothing changed", again, 15.0),
        (f"search keystroke, median of worst query ({worst})", searches[worst], 0.030),
        ("search keystroke, median over all queries", statistics.median(searches.values()),
         0.030),
        ("start-up to usable window, national list", app, 2.0),
        ("bare PySide6 window (floor)", bare, None),
    ]
    if args.startup_data is not None:
        bare_again, given = bench_startup(args.startup_data, args.runs)
        rows += [(f"start-up to usable window, {args.startup_data.name}", given, 2 * bare_again),
                 ("bare PySide6 window, same run", bare_again, None)]
    print(f"{'scenario':62} {'figure':>10} {'target':>8}  result")
    for name, figure, target in rows:
        verdict = "" if target is None else ("pass" if figure <= target else "FAIL")
        target_text = "" if target is None else f"{target:.3f}s"
        print(f"{name:62} {figure:9.3f}s {target_text:>8}  {verdict}")
    print(f"start-up ratio to the bare window: {app / bare:.2f}x")
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "foundation.json").write_text(json.dumps(
        {"rows": [{"scenario": n, "seconds": f, "target": t} for n, f, t in rows],
         "searches": searches, "startup_ratio": app / bare}, indent=2))


if __name__ == "__main__":
    main()

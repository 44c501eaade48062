"""The benchmark suite: every scenario at one scale, a table and a JSON file.

Usage: python -m bench [--scale smoke|small|full] [--only NAME ...] [--runs N] [--json PATH]
Each figure is the median of ``--runs`` runs after a warm-up. Targets (DESIGN.md §5) are
judged only at full scale. Exits 1 if a scenario raised, 0 otherwise (a missed target is
reported, not an error).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SINERGI_DESA_LOG_DIR", tempfile.mkdtemp(prefix="sd-bench-logs-"))

from bench.context import Context  # noqa: E402
from bench.measure import Figure  # noqa: E402
from bench.scales import SCALES  # noqa: E402
from bench.scenarios import NAMES  # noqa: E402


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--scale", choices=list(SCALES), default="full")
    parser.add_argument("--only", nargs="+", choices=NAMES, metavar="NAME",
                        help=f"scenarios to run (of {', '.join(NAMES)})")
    parser.add_argument("--runs", type=int, help="timed runs per figure (default by scale)")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "out" / "suite.json")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    return parser.parse_args(argv)


def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return ""
    if unit == "s":
        return f"{value:.2f} s" if value >= 0.1 else f"{value * 1000:.1f} ms"
    return f"{value:.1f} {unit}".strip() if value < 1000 else f"{value:,.0f} {unit}".strip()


def table(figures: list[Figure], enforce: bool) -> str:
    rows = [("scenario", "figure", "value", "target", "result", "floor", "ratio")]
    for f in figures:
        target = "" if f.target is None else (
            f"≤ {f.target:g}×" if f.on_ratio else f"≤ {fmt(f.target, f.unit)}")
        floor = "" if f.floor is None else f"{fmt(f.floor, f.unit)} ({f.floor_name})"
        ratio = "" if f.ratio is None else f"{f.ratio:.2f}×"
        rows.append((f.scenario, f.name, fmt(f.value, f.unit), target, f.verdict(enforce),
                     floor, ratio))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths,
                                                                         strict=True)).rstrip()
                     for row in rows)


def machine() -> dict[str, Any]:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    return {"python": platform.python_version(), "machine": platform.machine(),
            "cpus": os.cpu_count(), "commit": commit, "load_average": os.getloadavg()}


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    scale = SCALES[args.scale]
    runs = args.runs or scale.runs
    scratch = Path(tempfile.mkdtemp(prefix=f"sd-bench-{scale.name}-"))
    ctx = Context(scale, runs, scratch, log=lambda text: print(text, flush=True))
    figures: list[Figure] = []
    errors: dict[str, str] = {}
    seconds: dict[str, float] = {}
    started = machine()
    print(f"scale {scale.name}, median of {runs} runs after a warm-up; scratch {scratch}",
          flush=True)
    try:
        for name in args.only or NAMES:
            print(f"- {name}", flush=True)
            began = time.perf_counter()
            try:
                module = importlib.import_module(f"bench.scenarios.{name}")
                found = module.run(ctx)
                figures.extend(found)
                for figure in found:
                    print(f"  {figure.name}: {fmt(figure.value, figure.unit)}", flush=True)
            except Exception:  # reported; the suite goes on
                errors[name] = traceback.format_exc()
                print(errors[name], file=sys.stderr, flush=True)
            seconds[name] = round(time.perf_counter() - began, 1)
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    print()
    print(table(figures, scale.enforce))
    for name in errors:
        print(f"ERROR in scenario {name} (traceback above)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({
        "scale": scale.name, "runs": runs, "enforced": scale.enforce,
        "machine_at_start": started, "load_average_at_end": os.getloadavg(),
        "scenario_seconds": seconds, "figures": [f.as_json(scale.enforce) for f in figures],
        "errors": errors}, indent=2, ensure_ascii=False) + "\n")
    print(f"written {args.json}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Start-up to a usable window with the province dataset, against a bare PySide6 window."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.context import Context
from bench.measure import Figure, median

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "bench" / "startup_probe.py"


def launch(argument: str) -> tuple[float, float]:
    """Run the start-up probe once: (seconds until usable and exited, its peak RSS in MB).

    The child is reaped with ``wait4`` so that its own maximum RSS is read.
    """
    with tempfile.TemporaryFile() as err:
        began = time.perf_counter()
        child = subprocess.Popen([sys.executable, str(PROBE), argument], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=err)
        out = child.stdout.read().decode() if child.stdout else ""
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - began
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0 or "usable" not in out:
            err.seek(0)
            raise RuntimeError(f"start-up probe {argument!r} failed: "
                               f"{err.read().decode(errors='replace')[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def series(argument: str, runs: int) -> tuple[list[float], list[float]]:
    """One warm-up launch, then ``runs`` launches: (seconds, peak MB) of each."""
    launch(argument)
    figures = [launch(argument) for _ in range(runs)]
    return [f[0] for f in figures], [f[1] for f in figures]


def run(ctx: Context) -> list[Figure]:
    dataset = ctx.dataset(ctx.scale.province)
    bare, _ = series("bare", ctx.runs)
    app, _ = series(str(dataset.data_dir), ctx.runs)
    return [Figure("start-up", f"usable window, {dataset.level} dataset "
                   f"({len(dataset.codes):,} villages)", median(app), target=2.0,
                   on_ratio=True, floor=median(bare), floor_name="bare PySide6 window",
                   runs=app)]

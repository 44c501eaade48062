"""Start-up to a usable window with the province dataset, against a bare PySide6 window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.context import Context
from bench.measure import Figure, median

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "bench" / "startup_probe.py"


# Reaps the probe and prints its peak RSS. A child forked from the (large) suite process
# would report the suite's RSS as its own high-water mark, so the probe is started from
# this small process instead.
MEASURE_RSS = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
               "print(f'maxrss_kb={resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}'); "
               "sys.exit(code)")


def launch(argument: str | tuple[str, ...], measure_rss: bool = False, use: bool | str = False,
           program: list[str] | None = None, lines: list[str] | None = None
           ) -> tuple[float, float]:
    """Run the start-up probe once: (seconds from launch until it says the window is usable
    (or, with ``use``, used), peak RSS in MB, or 0 without ``measure_rss``; time is then not
    comparable). What the program does after that (closing, exiting) is not counted.
    ``use``: True for "use", or the probe's mode ("map"). ``program``: the command that runs
    the probe (the frozen program's ``--startup-probe``); this checkout's Python otherwise.
    ``lines`` gets what the probe printed. ``argument``: the data folder, "bare", or the
    probe's arguments as a tuple (("list", DATA_DIR))."""
    mode = "use" if use is True else use or None
    arguments = (argument,) if isinstance(argument, str) else argument
    command = [*(program or [sys.executable, str(PROBE)]), *arguments,
               *([mode] if mode else [])]
    if measure_rss:
        command = [sys.executable, "-c", MEASURE_RSS, *command]
    wanted = "used" if use else "usable"
    # Window settings of its own (Qt keeps them per user): the window opens on the village
    # list as on a first start, whatever section someone's last run left open.
    config = tempfile.mkdtemp(prefix="sd-startup-config-")
    env = {**os.environ, "XDG_CONFIG_HOME": config}
    # An installed program runs from compiled bytecode (pip and the bundle compile it): the
    # warm-up launch writes it here too, where the environment may say not to.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.perf_counter()
    elapsed = None
    with tempfile.TemporaryFile("w+") as stderr, subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr, text=True,
            env=env) as child:
        assert child.stdout is not None
        lines = [] if lines is None else lines
        for line in child.stdout:
            if elapsed is None and line.startswith(wanted):
                elapsed = time.perf_counter() - began
            lines.append(line)
        child.wait()
        stderr.seek(0)
        errors = stderr.read()
    shutil.rmtree(config, ignore_errors=True)
    if child.returncode != 0 or elapsed is None:
        raise RuntimeError(f"start-up probe {argument!r} failed: {errors[-2000:]}")
    peak_kb = [line.split("=")[1] for line in lines if line.startswith("maxrss_kb=")]
    return elapsed, int(peak_kb[0]) / 1024 if peak_kb else 0.0


def series(argument: str, runs: int, measure_rss: bool = False,
           use: bool | str = False) -> tuple[list[float], list[float]]:
    """One warm-up launch, then ``runs`` launches: (seconds, peak MB) of each."""
    launch(argument, measure_rss, use)
    figures = [launch(argument, measure_rss, use) for _ in range(runs)]
    return [f[0] for f in figures], [f[1] for f in figures]


def interleaved(arguments: tuple[str | tuple[str, ...], ...], runs: int) -> list[list[float]]:
    """Each launched once to warm up, then in turn ``runs`` times, so that a change in the
    machine's load weighs on every series alike: the seconds of each, in order."""
    for argument in arguments:
        launch(argument)
    rounds = [[launch(argument)[0] for argument in arguments] for _ in range(runs)]
    return [list(series) for series in zip(*rounds, strict=True)]


def typing_while_loading(data_dir: str, runs: int) -> list[float]:
    """Seconds from each search typed to the list showing its answer, from the first page
    until the workspace has opened in its worker (the probe's ``typing``), over ``runs``
    launches."""
    answers: list[float] = []
    for _ in range(runs):
        lines: list[str] = []
        launch(data_dir, use="typing", lines=lines)
        typed = next(line for line in lines if line.startswith("typed "))
        answers += [float(ms) / 1000 for ms in typed.split()[1:]]
    return answers


def run(ctx: Context) -> list[Figure]:
    dataset = ctx.dataset(ctx.scale.province)
    data_dir = str(dataset.data_dir)
    bare, least, app = interleaved(("bare", ("list", data_dir), data_dir), ctx.runs)
    typed = sorted(typing_while_loading(data_dir, ctx.runs))
    label = f"{dataset.level} dataset ({len(dataset.codes):,} villages)"
    return [Figure("start-up", f"usable window, {label}", median(app), target=1.5,
                   on_ratio=True, floor=median(bare), floor_name="bare PySide6 window",
                   runs=app),
            Figure("start-up", f"usable window against the least usable list, {label}",
                   median(app), floor=median(least),
                   floor_name="least usable list window in PySide6",
                   runs=app,
                   note=f"a search box and a table read through sqlite3 in a worker: "
                   f"{median(least) / median(bare):.2f}× the bare window"),
            Figure("start-up", f"search while the workspace opens, worst of {len(typed)}",
                   typed[-1] * 1000, unit="ms",
                   note=f"median {median(typed) * 1000:.1f} ms, 95th percentile "
                   f"{typed[int(len(typed) * 0.95)] * 1000:.1f} ms")]

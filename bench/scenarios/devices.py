"""Many devices against PostgreSQL (issue 21, item 4), through ``bench.many_devices``.

50 laptops (full scale) each push a day's work (200 operations) and pull their kecamatan,
against a real server (one worker) on a fresh PostgreSQL database; the load generator
pinned to CPU 0, the server and its PostgreSQL backends to CPU 1. Two loads: each laptop
pausing 0–6 s between syncs (target: p99 push ≤ 0.5 s) and flat out (no target: it is
bound by the CPU per sync, reported beside it). One run each; every figure is a percentile
of hundreds of syncs. Needs SINERGI_TEST_PG_URL (a role with CREATEDB); without it the
scenario reports nothing.
"""

from __future__ import annotations

import os

from bench.context import Context
from bench.many_devices import measure, parse
from bench.measure import Figure

# scale -> (laptops, rounds at a sync pace, rounds flat out, operations per push)
SIZES = {"full": (50, 12, 6, 200), "small": (20, 6, 3, 200), "smoke": (5, 2, 2, 20)}


def run(ctx: Context) -> list[Figure]:
    url = os.environ.get("SINERGI_TEST_PG_URL")
    if not url:
        ctx.log("  skipped: no PostgreSQL (SINERGI_TEST_PG_URL)")
        return []
    laptops, paced_rounds, flat_rounds, ops = SIZES[ctx.scale.name]
    common = ["--pg-url", url, "--workers", "1", "--devices", str(laptops), "--ops", str(ops)]
    paced = measure(parse([*common, "--rounds", str(paced_rounds), "--think", "3"]))
    flat = measure(parse([*common, "--rounds", str(flat_rounds), "--think", "0"]))

    def note(figures: dict) -> str:
        return (f"{figures['syncs_per_s']:.1f} syncs/s; push p50/p95 "
                f"{figures['push_p50_s'] * 1000:.0f}/{figures['push_p95_s'] * 1000:.0f} ms; "
                f"pull p99 {figures['pull_p99_s'] * 1000:.0f} ms; {figures['pinned']}; "
                f"load average {figures['load_average_before'][0]:.1f}")

    return [
        Figure("devices", f"p99 push, {laptops} laptops syncing after 0–6 s pauses "
               f"({ops} ops per push, PostgreSQL)", paced["push_p99_s"], target=0.5,
               note=note(paced)),
        Figure("devices", f"p99 push, {laptops} laptops syncing flat out", flat["push_p99_s"],
               note=note(flat)),
        Figure("devices", "server CPU per operation applied (pull included)",
               paced["server_cpu_us_per_op"], unit="µs",
               note=f"flat out {flat['server_cpu_us_per_op']:.0f} µs"),
        Figure("devices", "PostgreSQL backends' CPU per operation applied",
               paced["postgres_cpu_us_per_op"], unit="µs",
               note=f"flat out {flat['postgres_cpu_us_per_op']:.0f} µs"),
    ]

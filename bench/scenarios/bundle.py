"""The field bundle (build_installer.spec): its size on disk and the frozen program's start
to a usable window, beside the same start from source.

The bundle is ``$SINERGI_BUNDLE`` (a built ``sinergi-desa`` folder, e.g. CI's
``build/dist/sinergi-desa``), else this checkout is built with PyInstaller into the
scratch folder (about a minute of CPU). The frozen start runs bench/startup_probe.py inside
the frozen program (its hidden ``--startup-probe`` option), so it means exactly what the
start-up row means: launch until the window shows the first page of the village list.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.context import Context
from bench.measure import Figure, median
from bench.scenarios.startup import ROOT, launch

SIZE_TARGET_MB = 150
START_TARGET_S = 2.0
EXECUTABLE = "sinergi-desa.exe" if sys.platform == "win32" else "sinergi-desa"


def disk_mib(folder: Path) -> float:
    """Space the folder takes on disk (allocated blocks), in MiB as ``du -sh`` shows it."""
    blocks = 0
    for path in [folder, *folder.rglob("*")]:
        stat = path.lstat()
        blocks += getattr(stat, "st_blocks", -(-stat.st_size // 512))
    return blocks * 512 / 2**20


def bundle(ctx: Context) -> Path:
    """The bundle to measure: $SINERGI_BUNDLE, else a fresh build of this checkout."""
    given = os.environ.get("SINERGI_BUNDLE")
    if given:
        folder = Path(given).resolve()
        if not (folder / EXECUTABLE).is_file():
            raise RuntimeError(f"SINERGI_BUNDLE={given}: no {EXECUTABLE} there")
        return folder
    ctx.log("  building the bundle (PyInstaller) …")
    out = ctx.folder("bundle")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level",
                    "ERROR", "--workpath", str(out / "work"), "--distpath", str(out / "dist"),
                    str(ROOT / "build_installer.spec")], cwd=ROOT, check=True)
    return out / "dist" / "sinergi-desa"


def run(ctx: Context) -> list[Figure]:
    folder = bundle(ctx)
    frozen = [str(folder / EXECUTABLE), "--startup-probe"]
    dataset = ctx.dataset(ctx.scale.province)
    data = str(dataset.data_dir)
    # Warm-ups (the page cache holds the bundle as on a second start), then alternately.
    for program in (frozen, None):
        launch(data, program=program)
    pairs = [(launch(data, program=frozen)[0], launch(data)[0]) for _ in range(ctx.runs)]
    bare = [launch("bare", program=frozen)[0] for _ in range(ctx.runs)]
    starts, sources = [p[0] for p in pairs], [p[1] for p in pairs]
    where = f"{dataset.level} dataset ({len(dataset.codes):,} villages)"
    return [
        Figure("bundle", "size on disk (du -sh)", disk_mib(folder), unit="MiB",
               target=SIZE_TARGET_MB, note=str(folder)),
        Figure("bundle", f"frozen start to a usable window, {where}", median(starts),
               target=START_TARGET_S, floor=median(sources), floor_name="same start from source",
               runs=starts),
        Figure("bundle", "frozen bare PySide6 window", median(bare), runs=bare),
    ]

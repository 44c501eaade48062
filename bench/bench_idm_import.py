"""IDM import figures: 10,000 rumusan files and a 75,000-row national sheet (each ≤ 10 s).

Usage: python bench/bench_idm_import.py [--wilayah ../shared/data/wilayah]
           [--rumusan ../shared/data/idm-rumusan] [--files 10000] [--rows 75000] [--runs 3]

Generates (seeded, in a temp folder) rumusan files derived from the real ones — each gets a
village code of the national registry and a few changed scores, with summary rows, SUMMARIES
and per-row NILAI recomputed so the file stays self-consistent — and a national sheet in the
2024 layout (sheet "IDM 2024", 0.5 % of rows "not scored"). The registry (83,762 villages) is
imported once into a base workspace that each run copies. Each scenario: one warm-up, then
the median of ``--runs`` first imports (fresh copy each) and of the re-imports that follow
(the idempotent path: nothing written). Prints a table; writes bench/out/idm_import.json.
"""

from __future__ import annotations

import argparse
import copy
import csv
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SINERGI_DESA_LOG_DIR", tempfile.mkdtemp(prefix="sd-bench-logs-"))

from desktop_app.core.idm.catalogue import idm_catalogue, round_half_up  # noqa: E402
from desktop_app.core.idm.consistency import check_assessment  # noqa: E402
from desktop_app.core.idm.importing import (  # noqa: E402
    IdmImportReport,
    import_national_sheet,
    import_rumusan,
)
from desktop_app.core.idm.rumusan import parse_rumusan_file  # noqa: E402
from desktop_app.core.idm.scoring import published_form, score_village  # noqa: E402
from desktop_app.core.regions.wilayah_import import import_wilayah  # noqa: E402
from desktop_app.core.workspace import open_workspace  # noqa: E402

SEED = 20261126
TARGET_SECONDS = 10.0
HEADER_2024 = ["KODE_PROV", "NAMA_PROVINSI", "KODE_KAB", "NAMA_KABUPATEN", "KODE_KEC",
               "NAMA_KECAMATAN", "KODE_DESA", "NAMA_DESA", "IKS_2024", "IKE_2024", "IKL_2024",
               "NILAI_IDM_2024", "STATUS_IDM_2024", "Keterangan"]


def registry_villages(wilayah: Path) -> list[tuple[str, str]]:
    with (wilayah / "villages.csv").open(encoding="utf-8") as handle:
        return [(row["code"], row["name"]) for row in csv.DictReader(handle)]


def _published(value: Any) -> float:
    """The 14-significant-digit number the rumusan publishes, as a JSON number."""
    return float(published_form(value))


def consistent_templates(folder: Path) -> list[dict[str, Any]]:
    """The real rumusan documents that agree with themselves."""
    found = []
    for path in sorted(folder.rglob("*.json")):
        if not check_assessment(parse_rumusan_file(path)):
            found.append(json.loads(path.read_text(encoding="utf-8")))
    return found


def derive_rumusan(template: dict[str, Any], code: str, name: str,
                   rng: random.Random) -> dict[str, Any]:
    """A self-consistent copy of ``template`` for village ``code`` with varied scores."""
    catalogue = idm_catalogue()
    document = copy.deepcopy(template)
    data = document["mapData"]
    plain = code.replace(".", "")
    data["IDENTITAS"][0].update(id_prov=plain[:2], id_kabupaten=plain[:4],
                                id_kecamatan=plain[:6], id_desa=plain, nama_desa=name.upper())
    rows = [row for row in data["ROW"] if row["NO"] is not None]
    scores = {n: int(row["SKOR"]) for n, row in enumerate(rows, start=1)}
    for number in rng.sample(range(1, 51), 4):
        scores[number] = rng.randint(0, 5)
    result = score_village(scores)
    for number, row in enumerate(rows, start=1):
        row["SKOR"] = scores[number]
        gain = (5 - scores[number]) * catalogue.point_gain(catalogue.indicator(number))
        row["NILAI"] = str(round_half_up(gain, 8).normalize())
    for row in data["ROW"]:
        if row["NO"] is None:
            code_word = row["INDIKATOR"].split()[0]
            row["SKOR"] = (result.status.name if code_word == "STATUS"
                           else _published(result.values[code_word]))
    data["SUMMARIES"].update(SKOR_SAAT_INI=_published(result.value),
                             STATUS=result.status.name.upper())
    return document


def generate_rumusan(folder: Path, templates: list[dict[str, Any]],
                     villages: list[tuple[str, str]], count: int, rng: random.Random) -> None:
    for index, (code, name) in enumerate(rng.sample(villages, count)):
        document = derive_rumusan(templates[index % len(templates)], code, name, rng)
        year = document["mapData"]["SUMMARIES"]["TAHUN"]
        path = folder / code.replace(".", "") / f"{year}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def generate_sheet(path: Path, villages: list[tuple[str, str]], count: int,
                   rng: random.Random) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("IDM 2024")
    sheet.append(HEADER_2024)
    catalogue = idm_catalogue()
    for code, name in sorted(rng.sample(villages, count)):
        plain = code.replace(".", "")
        place = [plain[:2], "PROVINSI", plain[:4], "KABUPATEN", plain[:6], "KECAMATAN",
                 plain, name]
        if rng.random() < 0.005:
            sheet.append([*place, "Desa tidak dinilai karena data tidak lengkap", None, None,
                          None, None, None])
            continue
        totals = [rng.randint(n * 2, n * 5) for n in (35, 12, 3)]
        values = [Decimal(t) / m for t, m in zip(totals, (175, 60, 15), strict=True)]
        scores = {}
        number = 1
        for total, count_of in zip(totals, (35, 12, 3), strict=True):
            base, extra = divmod(total, count_of)
            for i in range(count_of):
                scores[number] = base + (1 if i < extra else 0)
                number += 1
        result = score_village(scores, catalogue)
        sheet.append([*place, *(float(round(v, 4)) for v in values),
                      float(result.rounded()), result.status.name.upper(), None])
    book.save(path)


def timed(action: Callable[[], IdmImportReport]) -> tuple[float, IdmImportReport]:
    start = time.perf_counter()
    report = action()
    return time.perf_counter() - start, report


def measure(base: Path, scratch: Path, runs: int,
            action: Callable[[Any], IdmImportReport]) -> dict[str, Any]:
    """Warm-up, then ``runs`` × (first import into a fresh copy, re-import)."""
    firsts: list[float] = []
    agains: list[float] = []
    reports: list[dict[str, int]] = []
    for run in range(runs + 1):
        folder = scratch / f"run{run}"
        shutil.copytree(base, folder)
        workspace = open_workspace(folder)
        try:
            first, report = timed(lambda ws=workspace: action(ws))
            again, second = timed(lambda ws=workspace: action(ws))
        finally:
            workspace.close()
            shutil.rmtree(folder)
        if run == 0:
            continue  # warm-up
        firsts.append(first)
        agains.append(again)
        reports.append(report.counts)
        assert not second.changed, second.counts
    return {"first": statistics.median(firsts), "again": statistics.median(agains),
            "first_runs": firsts, "again_runs": agains, "counts": reports[-1]}


def main() -> None:
    parser = argparse.ArgumentParser()
    data = ROOT.parent / "shared" / "data"
    parser.add_argument("--wilayah", type=Path, default=data / "wilayah")
    parser.add_argument("--rumusan", type=Path, default=data / "idm-rumusan")
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=75_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(SEED)
    scratch = Path(tempfile.mkdtemp(prefix="sd-bench-idm-"))
    try:
        began = time.perf_counter()
        villages = registry_villages(args.wilayah)
        rumusan = scratch / "rumusan"
        generate_rumusan(rumusan, consistent_templates(args.rumusan), villages, args.files,
                         rng)
        sheet = scratch / "idm2024.xlsx"
        generate_sheet(sheet, villages, args.rows, rng)
        base = scratch / "base"
        workspace = open_workspace(base)
        import_wilayah(workspace.db, args.wilayah)
        workspace.close()
        print(f"generated data and registry in {time.perf_counter() - began:.1f}s "
              f"({scratch})")
        figures = {
            "rumusan": measure(base, scratch, args.runs,
                               lambda ws: import_rumusan(ws.db, rumusan)),
            "sheet": measure(base, scratch, args.runs,
                             lambda ws: import_national_sheet(ws.db, sheet)),
        }
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    rows = [
        (f"import {args.files:,} rumusan files, first", figures["rumusan"]["first"]),
        (f"re-import {args.files:,} rumusan files (unchanged)", figures["rumusan"]["again"]),
        (f"import national sheet, {args.rows:,} rows (XLSX), first",
         figures["sheet"]["first"]),
        (f"re-import national sheet, {args.rows:,} rows (unchanged)",
         figures["sheet"]["again"]),
    ]
    print(f"{'scenario (median of ' + str(args.runs) + ')':58} {'figure':>9} {'target':>8}"
          "  result")
    for name, figure in rows:
        verdict = "pass" if figure <= TARGET_SECONDS else "FAIL"
        print(f"{name:58} {figure:8.2f}s {TARGET_SECONDS:7.1f}s  {verdict}")
    for key, item in figures.items():
        print(f"{key}: counts {item['counts']}")
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "idm_import.json").write_text(json.dumps(
        {"rows": [{"scenario": n, "seconds": f, "target": TARGET_SECONDS} for n, f in rows],
         "details": figures, "files": args.files, "sheet_rows": args.rows, "seed": SEED,
         "cpu_count": os.cpu_count()}, indent=2))


if __name__ == "__main__":
    main()

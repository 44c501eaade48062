"""Report figures: one-village reports (target < 0.5 s) and 1,038-village recaps (< 5 s).

Usage: python bench/bench_reports.py [--runs 5]
Generates a province-sized workspace (1,038 villages with profiles, five years of
official IDM with indicator rows and three APBDes findings per desa, a third of them overdue;
one village with a budget, visits and photographed findings), times each report
as the median of runs after one warm-up, prints a table and writes bench/out/reports.json.
Not a test: no pass/fail exit code.
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
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SINERGI_DESA_LOG_DIR", tempfile.mkdtemp(prefix="sd-bench-logs-"))

from sqlalchemy import insert, select  # noqa: E402

from bench.idm_data import fill_official_idm  # noqa: E402
from desktop_app.core.idm.queries import RegionScope  # noqa: E402
from desktop_app.core.meetings.store import save_meeting  # noqa: E402
from desktop_app.core.models import (  # noqa: E402
    SupervisionFinding,
    Village,
    VillagePopulation,
    VillageProfile,
)
from desktop_app.core.regions.wilayah_import import import_wilayah  # noqa: E402
from desktop_app.core.reports.idm_recap import idm_recap_for  # noqa: E402
from desktop_app.core.reports.idm_report import idm_report_for  # noqa: E402
from desktop_app.core.reports.minutes import meeting_report_for  # noqa: E402
from desktop_app.core.reports.profile_sheet import profile_sheet_for  # noqa: E402
from desktop_app.core.reports.supervision_report import supervision_report_for  # noqa: E402
from desktop_app.core.reports.village_recap import village_recap_for  # noqa: E402
from desktop_app.core.villages.profile import save_profile  # noqa: E402
from desktop_app.core.workspace import open_workspace  # noqa: E402
from tests.meetings.samples import coordination_meeting  # noqa: E402
from tests.reports.supervision_samples import TODAY, monitored_village  # noqa: E402

VILLAGES = 1038
REGENCIES = ["64.01", "64.02", "64.03", "64.07", "64.08", "64.09", "64.11", "64.71", "64.72",
             "64.74"]


def province_wilayah(folder: Path) -> Path:
    """Region files with 1,038 villages spread over 10 kabupaten/kota."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "provinces.csv").write_text("code,name\n64,Kalimantan Timur\n")
    (folder / "regencies.csv").write_text("code,province_code,name\n" + "".join(
        f"{code},64,Kabupaten Uji {code}\n" for code in REGENCIES))
    districts, villages = ["code,regency_code,name"], ["code,district_code,name"]
    for index in range(VILLAGES):
        regency = REGENCIES[index % len(REGENCIES)]
        district = f"{regency}.{(index // len(REGENCIES)) % 12 + 1:02d}"
        if f"{district},{regency},Kecamatan {district}" not in districts:
            districts.append(f"{district},{regency},Kecamatan {district}")
        kind = 1 if regency in ("64.71", "64.72", "64.74") else 2
        villages.append(f"{district}.{kind}{index % 1000:03d},{district},Desa Sungai Nomor {index}")
    (folder / "districts.csv").write_text("\n".join(districts) + "\n")
    (folder / "villages.csv").write_text("\n".join(villages) + "\n")
    return folder


def fill_profiles(workspace, codes: list[str]) -> None:
    """Bulk rows (setup only; the user path is timed separately for one village)."""
    stamp = {"hlc": "0", "field_clocks": {}, "deleted": False,
             "updated_at": datetime(2024, 1, 1), "updated_by": "bench"}
    with workspace.db.writing() as session:
        session.execute(insert(VillageProfile), [
            {"id": f"p{i:06d}", "village_code": code, "head_name": f"Kepala Desa {i}",
             "bumdes_name": f"BUMDes {i}", **stamp} for i, code in enumerate(codes)])
        session.execute(insert(VillagePopulation), [
            {"id": f"n{i:06d}-{year}", "village_code": code, "year": year,
             "population": 1000 + i, "households": 300 + i % 50, **stamp}
            for i, code in enumerate(codes) for year in (2022, 2023)])


def fill_findings(workspace, codes: list[str]) -> None:
    """Three findings per desa (bulk, setup only): overdue, open in time, resolved."""
    stamp = {"hlc": "0", "field_clocks": {}, "deleted": False,
             "updated_at": datetime(2024, 1, 1), "updated_by": "bench"}
    deadlines = ("2024-09-30", "2025-01-31", "2024-08-31")
    statuses = ("open", "in_progress", "resolved")
    with workspace.db.writing() as session:
        session.execute(insert(SupervisionFinding), [
            {"id": f"f{i:06d}-{n}", "village_code": code, "found_on": "2024-07-15",
             "category": "keuangan", "severity": "sedang",
             "description": f"Bukti pembayaran kegiatan {n} belum lengkap " * 3,
             "recommendation": "Lengkapi SPJ", "responsible": "Kaur Keuangan",
             "deadline": deadlines[n], "status": statuses[n], **stamp}
            for i, code in enumerate(codes) if code.split(".")[-1].startswith("2")
            for n in range(3)])


def median_time(action, runs: int) -> tuple[float, int]:
    result = action()  # warm-up: fonts, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result.page_count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="sd-bench-reports-"))
    workspace = open_workspace(scratch / "data")
    import_wilayah(workspace.db, province_wilayah(scratch / "wilayah"))
    with workspace.db.reading() as session:
        codes = list(session.scalars(select(Village.code).order_by(Village.code)))
    fill_profiles(workspace, codes[1:])
    one = codes[0]
    save_profile(workspace.db, workspace.editor, one, {
        "head_name": "Petrus Ding Lahang", "bumdes_name": "BUMK Bayan Sejahtera",
        "notes": "Catatan kunjungan. " * 40}, [("2022", "1523", "410"), ("2023", "1560", "421")])
    earlier = coordination_meeting(village_codes=[one])
    for action in earlier.actions:
        action.village_code = one if action.village_code else ""
    save_meeting(workspace.db, workspace.editor, earlier)
    meeting = save_meeting(workspace.db, workspace.editor, coordination_meeting(
        title="Rapat lanjutan", meeting_date="20-11-2023", village_codes=[one], actions=[]))
    db = workspace.db
    fill_official_idm(db.path, range(2020, 2025))  # 5 years of official IDM, every village
    fill_findings(workspace, codes[1:])
    monitored_village(workspace, scratch / "monitoring", findings=12, village=one)
    cases = [
        ("Profil satu desa", 0.5, lambda: profile_sheet_for(db, one)),
        ("Notulen satu rapat", 0.5, lambda: meeting_report_for(db, meeting)),
        ("Berita acara satu rapat", 0.5, lambda: meeting_report_for(db, meeting, True)),
        (f"Rekap provinsi ({len(codes)} desa)", 5.0,
         lambda: village_recap_for(db, "64", "Provinsi Kalimantan Timur")),
        ("IDM satu desa", 0.5, lambda: idm_report_for(db, one)),
        (f"Rekap IDM provinsi ({len(codes)} desa, 5 tahun)", 5.0,
         lambda: idm_recap_for(db, RegionScope(), printed_on=TODAY)),
        ("Rekap IDM satu kabupaten", 5.0,
         lambda: idm_recap_for(db, RegionScope("64.07"), printed_on=TODAY)),
        ("Monitoring APBDes satu desa (12 temuan, 6 foto)", 0.5,
         lambda: supervision_report_for(db, workspace.data_dir, one, 2024, "murni", TODAY)),
    ]
    rows = []
    for name, target, action in cases:
        seconds, pages = median_time(action, args.runs)
        rows.append({"report": name, "median_s": round(seconds, 3), "pages": pages,
                     "target_s": target, "met": seconds < target})
    workspace.close()
    width = max(len(r["report"]) for r in rows)
    print(f"{'report':<{width}}  median s  pages  target s  met")
    for r in rows:
        print(f"{r['report']:<{width}}  {r['median_s']:>8.3f}  {r['pages']:>5}  "
              f"{r['target_s']:>8.1f}  {'yes' if r['met'] else 'NO'}")
    out = ROOT / "bench" / "out" / "reports.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "runs": args.runs, "villages": len(codes), "python": platform.python_version(),
        "machine": platform.machine(), "cpus": os.cpu_count(), "results": rows,
    }, indent=2) + "\n")
    print(f"written {out}")


if __name__ == "__main__":
    main()

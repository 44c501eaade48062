"""Synthetic APBDes data for benchmarks: realisation reports of ~150 lines per village and
findings in bulk. Deterministic (seeded)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import insert

from desktop_app.core.models import SupervisionFinding

BIDANG = ("01.01.01", "01.02.02", "02.01.01", "02.02.01", "02.03.01", "02.04.01", "03.01.01",
          "04.01.01", "04.02.01", "05.01.01", "05.03.01")
SPENDING = ("5.1.1", "5.1.2", "5.2.1.01", "5.2.1.02", "5.2.2.01", "5.2.3.01", "5.2.4.01",
            "5.2.5.01", "5.2.6.01", "5.3.1.01", "5.3.2.01", "5.3.3.01")
SOURCES = ("DD", "ADD", "BHP", "BKP", "BKK", "PADes")


def report_rows(seed: int, lines: int = 150) -> list[list]:
    """A realisation report: revenue, ~``lines`` spending lines under kegiatan, financing."""
    rng = random.Random(seed)
    spending_rows: list[list] = []
    total = 0
    per_activity = max(1, (lines - 8) // len(BIDANG))
    for activity in BIDANG:
        spending_rows.append([activity, f"Kegiatan {activity}", None, None, None, None])
        for index in range(per_activity):
            code = f"{SPENDING[index % len(SPENDING)]}.{index // len(SPENDING) + 1:02d}"
            budget = rng.randrange(1_000, 90_000) * 1_000
            realised = budget * rng.randrange(20, 101) // 100
            total += budget
            spending_rows.append([code, f"Belanja {activity} {index}", rng.choice(SOURCES),
                                  f"{budget:,}".replace(",", ".") + ",00", realised,
                                  budget - realised])
    dd = total * 40 // 100
    add = total - dd
    return [
        ["4.2.1", "Dana Desa", "DD", dd, dd, 0],
        ["4.2.3", "Alokasi Dana Desa", "ADD", add, add, 0],
        *spending_rows,
        ["6.1.1", "SILPA tahun sebelumnya", None, 5_000_000, 5_000_000, 0],
    ]


def write_reports(folder: Path, codes: list[str], lines: int = 150) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed, code in enumerate(codes):
        book = Workbook(write_only=True)
        sheet = book.create_sheet("LRA")
        sheet.append(["LAPORAN REALISASI APBDES"])
        sheet.append([])
        sheet.append(["Kode Rekening", "Uraian", "Sumber Dana", "Anggaran", "Realisasi",
                      "Lebih/(Kurang)"])
        for row in report_rows(seed, lines):
            sheet.append(row)
        path = folder / f"{code} LRA.xlsx"
        book.save(path)
        paths.append(path)
    return paths


def fill_findings(db, codes: list[str], count: int, today: date, seed: int = 7) -> None:
    """Bulk findings (setup only; the user path is covered by tests)."""
    rng = random.Random(seed)
    stamp = {"hlc": "0", "field_clocks": {}, "deleted": False,
             "updated_at": datetime(2026, 1, 1), "updated_by": "bench"}
    rows = []
    for index in range(count):
        found = today - timedelta(days=rng.randrange(1, 700))
        rows.append({
            "id": f"f{index:07d}", "village_code": rng.choice(codes),
            "found_on": found.isoformat(),
            "category": rng.choice(("administrasi", "keuangan", "fisik", "pengadaan",
                                    "lainnya")),
            "severity": rng.choice(("rendah", "sedang", "tinggi")),
            "description": f"Temuan nomor {index}: bukti belanja kegiatan belum lengkap",
            "responsible": rng.choice(("Kaur Keuangan", "TPK", "Sekretaris Desa")),
            "deadline": (found + timedelta(days=rng.randrange(14, 120))).isoformat(),
            "status": rng.choice(("open", "in_progress", "resolved", "verified")), **stamp})
    with db.writing() as session:
        session.execute(insert(SupervisionFinding), rows)

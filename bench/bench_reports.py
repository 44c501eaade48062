"""Report figures: now the suite's ``reports`` scenario (bench/scenarios/reports.py).

Usage: python bench/bench_reports.py [--scale full] [--runs 5]   (= python -m bench --only reports)
``province_wilayah`` stays here for bench/bench_apbdes.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


if __name__ == "__main__":
    from bench.suite import main

    sys.exit(main(["--only", "reports", *sys.argv[1:]]))

"""Region lists at the dataset levels, cut from the real national list.

``nation`` is the national list as published (83,762 villages), or one village in ``every``
of it (every province kept) for the cut-down IDM nation of the small and smoke scales;
``province`` is Kalimantan
Timur (1,038 villages, real codes and names) with each kelurahan given a desa code
(``.1NNN`` → ``.29NN``) so that every village has an APBDes; ``facilitator`` is the first 40
villages of that province list.
"""

from __future__ import annotations

import csv
from pathlib import Path

WILAYAH = Path(__file__).resolve().parents[2] / "shared" / "data" / "wilayah"
PROVINCE = "64"
FACILITATOR_VILLAGES = 40
FILES = ("provinces", "regencies", "districts", "villages")


def read_rows(source: Path, name: str) -> list[dict[str, str]]:
    with (source / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def as_desa(code: str) -> str:
    """A kelurahan code as a desa code of the same district (``64.71.01.1003`` → ``.2903``)."""
    head, number = code.rsplit(".", 1)
    return f"{head}.29{number[-2:]}" if number.startswith("1") else code


def region_files(level: str, folder: Path, source: Path = WILAYAH, every: int = 1) -> Path:
    """The region CSV set of ``level`` (nation, province, facilitator); a folder to import."""
    if level == "nation":
        return source if every == 1 else _every_nth(source, folder, every)
    villages = [{**row, "code": as_desa(row["code"])} for row in read_rows(source, "villages")
                if row["code"].startswith(PROVINCE + ".")]
    assert len({row["code"] for row in villages}) == len(villages), "desa codes collide"
    if level == "facilitator":
        villages = villages[:FACILITATOR_VILLAGES]
    districts = {row["district_code"] for row in villages}
    rows = {
        "villages": villages,
        "districts": [r for r in read_rows(source, "districts") if r["code"] in districts],
        "regencies": [r for r in read_rows(source, "regencies")
                      if r["code"] in {d[:5] for d in districts}],
        "provinces": [r for r in read_rows(source, "provinces") if r["code"] == PROVINCE],
    }
    return _write(folder, rows)


def _every_nth(source: Path, folder: Path, every: int) -> Path:
    """The national list keeping one village in ``every`` and the regions above them."""
    villages = read_rows(source, "villages")[::every]
    districts = {row["district_code"] for row in villages}
    regencies = {code[:5] for code in districts}
    return _write(folder, {
        "villages": villages,
        "districts": [r for r in read_rows(source, "districts") if r["code"] in districts],
        "regencies": [r for r in read_rows(source, "regencies") if r["code"] in regencies],
        "provinces": [r for r in read_rows(source, "provinces")
                      if r["code"] in {code[:2] for code in regencies}],
    })


def _write(folder: Path, rows: dict[str, list[dict[str, str]]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[name][0]))
            writer.writeheader()
            writer.writerows(rows[name])
    return folder


def village_list(folder: Path) -> list[tuple[str, str]]:
    """(code, name) of every village in a region CSV set."""
    return [(row["code"], row["name"]) for row in read_rows(folder, "villages")]

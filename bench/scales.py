"""How big each scenario's data is at each suite scale.

``full`` is what the targets are set for (DESIGN.md §5); ``small`` keeps the real region
lists but cuts the bulk; ``smoke`` is tiny, for CI, so that the suite cannot rot.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    name: str
    enforce: bool            # targets are judged only at full scale
    runs: int                # default median-of runs (after a warm-up)
    province: str            # dataset level for province figures
    nation: str              # dataset level for national figures
    findings: int            # supervision findings in the province dataset
    photo_every: int         # one photographed finding out of this many
    meetings_per_district: int
    rumusan_files: int
    sheet_rows: int
    apbdes_villages: int     # realisation reports in the province import
    local_writes: int        # findings saved through the program vs raw SQLite
    push_ops: int
    pull_villages_per_district: int
    pull_apbdes_rows: int    # APBDes-like rows per village-year in the kabupaten pull
    day_records: int         # edited records of a day's field work (half profiles)
    day_photos: int
    day_photo_kb: int
    nation_every: int = 1    # the IDM nation keeps one village in this many (1: all 83,762)


SCALES = {
    "full": Scale("full", True, 3, "province", "nation", 20_000, 10, 1, 10_000, 75_000, 1038,
                  1000, 10_000, 20, 50, 200, 5, 300, 1),
    "small": Scale("small", False, 3, "province", "nation", 2_000, 10, 1, 1_000, 7_500, 100,
                   200, 1_000, 5, 10, 40, 2, 100, 10),
    "smoke": Scale("smoke", False, 1, "facilitator", "facilitator", 200, 10, 1, 10, 40, 5,
                   20, 100, 2, 2, 6, 1, 20, 200),
}

"""Fictional actors and interventions for the demo folder and the benchmark dataset:
deterministic, spread over actors, years and statuses like a real programme's (past years
mostly done, some cancelled or late; the current year running; next year proposed)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

# (name pattern, kind, aliases) of a kabupaten's agencies; the rumusan's names as aliases
REGENCY_AGENCIES = (
    ("Dinas Pekerjaan Umum {region}", "opd_kabupaten", ["PU", "DPU", "DPUPR"]),
    ("Dinas Kesehatan {region}", "opd_kabupaten", ["DINKES"]),
    ("Dinas Pendidikan {region}", "opd_kabupaten", ["DISDIK", "DIKNAS"]),
    ("Dinas Komunikasi dan Informatika {region}", "opd_kabupaten", ["DISKOMINFO"]),
    ("Dinas Perindustrian, Perdagangan, Koperasi dan UKM {region}", "opd_kabupaten",
     ["DISPERINDAKOP UKM", "DISPERINDAGKOP"]),
    ("Dinas Pemberdayaan Masyarakat dan Desa {region}", "opd_kabupaten", ["DPMD"]),
    ("Dinas Sosial {region}", "opd_kabupaten", ["DINSOS"]),
    ("Dinas Lingkungan Hidup {region}", "opd_kabupaten", ["DLH"]),
)
PROVINCE_AGENCIES = (
    ("Dinas PMPD Provinsi Kalimantan Timur", "opd_provinsi", ["DPMD"]),
    ("Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur", "opd_provinsi",
     ["DISKOMINFO"]),
    ("Dinas Lingkungan Hidup Provinsi Kalimantan Timur", "opd_provinsi", ["DLH"]),
)
NATIONAL = (("Kementerian Desa dan Pembangunan Daerah Tertinggal", "kementerian",
             ["Kemendes"]),)
SOURCES = {"opd_kabupaten": "apbd_kabupaten", "opd_provinsi": "apbd_provinsi",
           "kementerian": "apbn", "csr": "csr", "pemerintah_desa": "apbdes"}
ACTIVITIES = ("Pembangunan {x}", "Peningkatan {x}", "Pelatihan kader {x}",
              "Pendampingan {x}", "Pengadaan sarana {x}")
TOPICS = ("poskesdes", "jalan poros desa", "air bersih", "PAUD", "jaringan internet",
          "bank sampah", "pasar desa", "BUMDes", "sanitasi", "posyandu")


@dataclass(frozen=True)
class SampleActor:
    key: str
    name: str
    kind: str
    region: str | None
    aliases: list[str]


@dataclass(frozen=True)
class SamplePlan:
    village_code: str
    element_code: str
    year: int
    actor_key: str
    activity: str
    budget: str  # "125000000.00"
    source: str
    planned_start: date
    planned_end: date
    status: str
    actual_end: date | None
    reason: str | None


def sample_actors(regencies: dict[str, str]) -> list[SampleActor]:
    """National, provincial and, per kabupaten (code -> name), its agencies and a CSR."""
    actors = [SampleActor(f"n{i}", name, kind, None, aliases)
              for i, (name, kind, aliases) in enumerate(NATIONAL)]
    actors += [SampleActor(f"p{i}", name, kind, "64", aliases)
               for i, (name, kind, aliases) in enumerate(PROVINCE_AGENCIES)]
    for code, name in regencies.items():
        actors += [SampleActor(f"{code}/{i}", pattern.format(region=name), kind, code,
                               aliases)
                   for i, (pattern, kind, aliases) in enumerate(REGENCY_AGENCIES)]
        actors.append(SampleActor(f"{code}/csr", f"CSR PT Contoh Sawit {name}", "csr", code,
                                  ["CSR"]))
    return actors


def _status(rng: random.Random, year: int, this_year: int) -> str:
    roll = rng.random()
    if year < this_year:
        return "selesai" if roll < 0.7 else "batal" if roll < 0.8 else \
            "berjalan" if roll < 0.9 else "disepakati"
    if year == this_year:
        return "berjalan" if roll < 0.4 else "disepakati" if roll < 0.7 else \
            "selesai" if roll < 0.85 else "diusulkan"
    return "diusulkan" if roll < 0.6 else "disepakati"


def sample_plans(codes: list[str], actors: list[SampleActor], years: list[int],
                 per_year: int, this_year: int, seed: int = 16) -> list[SamplePlan]:
    """``per_year`` interventions a village and year, on distinct indicators."""
    rng = random.Random(seed)
    by_region: dict[str | None, list[SampleActor]] = {}
    for actor in actors:
        by_region.setdefault(actor.region, []).append(actor)
    plans = []
    for code in codes:
        local = by_region.get(code[:5], []) + by_region.get("64", []) + \
            by_region.get(None, [])
        for year in years:
            for element in rng.sample(range(1, 51), per_year):
                actor = rng.choice(local)
                status = _status(rng, year, this_year)
                start = date(year, rng.randint(1, 6), 1)
                end = date(year, rng.randint(7, 12), 28)
                actual = None
                if status == "selesai":
                    actual = date(year, min(12, end.month + rng.choice((-1, 0, 0, 1))), 20)
                plans.append(SamplePlan(
                    code, str(element), year, actor.key,
                    rng.choice(ACTIVITIES).format(x=rng.choice(TOPICS)),
                    f"{rng.randint(1, 80) * 5_000_000}.00",
                    SOURCES.get(actor.kind, "lainnya"), start, end, status, actual,
                    "Anggaran dialihkan" if status == "batal" else None))
    return plans


STEPS_TO = {"diusulkan": (), "disepakati": ("disepakati",),
            "berjalan": ("disepakati", "berjalan"),
            "selesai": ("disepakati", "berjalan", "selesai"), "batal": ("batal",)}


def plan_rows(plans: list[SamplePlan], actor_ids: dict[str, str], user: str,
              new_id) -> tuple[list[dict], list[dict]]:
    """Intervention rows and their status-history rows (each step dated), as stored."""
    interventions, steps = [], []
    for plan in plans:
        row_id = new_id()
        interventions.append({
            "id": row_id, "village_code": plan.village_code, "index_code": "IDM",
            "element_code": plan.element_code, "year": plan.year,
            "actor_id": actor_ids[plan.actor_key], "activity": plan.activity,
            "budget": plan.budget, "budget_source": plan.source,
            "realised": plan.budget if plan.status == "selesai" else None,
            "planned_start": plan.planned_start.isoformat(),
            "planned_end": plan.planned_end.isoformat(),
            "actual_start": plan.planned_start.isoformat()
            if plan.status in ("berjalan", "selesai") else None,
            "actual_end": plan.actual_end.isoformat() if plan.actual_end else None,
            "status": plan.status, "meeting_id": None, "agreement_id": None, "notes": None})
        day = plan.planned_start
        for status in ("diusulkan", *STEPS_TO[plan.status]):
            when = plan.actual_end if status == "selesai" and plan.actual_end else day
            steps.append({"id": new_id(), "intervention_id": row_id, "status": status,
                          "changed_on": when.isoformat(), "changed_by": user,
                          "note": plan.reason if status == "batal" else None})
    return interventions, steps

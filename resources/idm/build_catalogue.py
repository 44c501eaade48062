"""Regenerate ``indicators.json`` (the IDM 2016 indicator catalogue) from official rumusan files.

Usage::

    python resources/idm/build_catalogue.py ../shared/data/idm-rumusan [-o OUTPUT.json]

The rumusan files (``<kode_desa>/<year>.json``, cached responses of the Kemendesa IDM service)
carry, per village and indicator, the score, the criterion that score stands for (KETERANGAN),
a recommended activity (KEGIATAN) and the actors per government level. This script collects the
distinct criterion and activity texts per indicator and score, and the actors per indicator, and
writes them together with the fixed facts of Permendesa PDTT 2/2016 (sub-indices, dimensions,
status thresholds). Only reference text about the indicators is kept, nothing about villages.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ACTOR_LEVELS = ("PUSAT", "PROV", "KAB", "DESA", "CSR", "LAINNYA")

# (sub-index, name, number of indicators, dimensions)
SUB_INDICES = (
    ("IKS", "Indeks Ketahanan Sosial", 35,
     ("kesehatan", "pendidikan", "modal sosial", "permukiman")),
    ("IKE", "Indeks Ketahanan Ekonomi", 12, ("ekonomi",)),
    ("IKL", "Indeks Ketahanan Ekologi", 3, ("ekologi",)),
)

# Grouping of the rumusan indicators (global number 1..50) into the dimensions and
# sub-dimensions named in Permendesa PDTT 2/2016. The rumusan rows do not carry the grouping;
# it is derived here from the regulation's list of indicators per sub-dimension.
GROUPING: tuple[tuple[range, str, str], ...] = (
    (range(1, 5), "kesehatan", "pelayanan kesehatan"),
    (range(5, 6), "kesehatan", "jaminan kesehatan"),
    (range(6, 8), "kesehatan", "keberdayaan masyarakat untuk kesehatan"),
    (range(8, 11), "pendidikan", "akses pendidikan dasar dan menengah"),
    (range(11, 14), "pendidikan", "akses pendidikan non formal"),
    (range(14, 15), "pendidikan", "akses ke pengetahuan"),
    (range(15, 20), "modal sosial", "solidaritas sosial"),
    (range(20, 23), "modal sosial", "toleransi"),
    (range(23, 26), "modal sosial", "rasa aman penduduk"),
    (range(26, 28), "modal sosial", "kesejahteraan sosial"),
    (range(28, 29), "permukiman", "akses ke listrik"),
    (range(29, 32), "permukiman", "akses informasi dan komunikasi"),
    (range(32, 34), "permukiman", "akses ke sanitasi"),
    (range(34, 36), "permukiman", "akses ke air bersih dan air minum layak"),
    (range(36, 37), "ekonomi", "keragaman produksi masyarakat desa"),
    (range(37, 41), "ekonomi", "tersedia pusat pelayanan perdagangan"),
    (range(41, 42), "ekonomi", "akses distribusi/logistik"),
    (range(42, 44), "ekonomi", "akses ke lembaga keuangan dan perkreditan"),
    (range(44, 45), "ekonomi", "lembaga ekonomi"),
    (range(45, 48), "ekonomi", "keterbukaan wilayah"),
    (range(48, 49), "ekologi", "kualitas lingkungan"),
    (range(49, 51), "ekologi", "potensi rawan bencana dan tanggap bencana"),
)

STATUSES = (
    ("SANGAT_TERTINGGAL", "Sangat Tertinggal", "0.4907"),
    ("TERTINGGAL", "Tertinggal", "0.5989"),
    ("BERKEMBANG", "Berkembang", "0.7072"),
    ("MAJU", "Maju", "0.8155"),
    ("MANDIRI", "Mandiri", None),
)


def clean(text: object) -> str | None:
    """Collapse whitespace; None, empty and '-' become None."""
    if text is None:
        return None
    value = re.sub(r"\s+", " ", str(text)).strip()
    return None if value in ("", "-") else value


def slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")


def grouping(number: int) -> tuple[str, str]:
    for numbers, dimension, sub_dimension in GROUPING:
        if number in numbers:
            return dimension, sub_dimension
    raise ValueError(number)


def indicator_rows(path: Path) -> list[dict]:
    """The 50 indicator rows of one rumusan file, in catalogue order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = [r for r in data["mapData"]["ROW"] if r.get("NO") is not None]
    if len(rows) != 50:
        raise ValueError(f"{path}: {len(rows)} indicator rows, expected 50")
    return rows


def split_actors(text: str) -> list[str]:
    """'DLH, DKPP' -> ['DLH', 'DKPP'] (order kept; '/' joins alternatives and is kept)."""
    return [part.strip() for part in text.split(",") if part.strip()]


def ranked(counter: Counter) -> list[str]:
    return [text for text, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def build(source: Path) -> dict:
    files = sorted(source.glob("*/*.json"))
    if not files:
        raise SystemExit(f"no rumusan files under {source}")
    names: dict[int, Counter] = defaultdict(Counter)
    criteria: dict[int, dict[int, Counter]] = defaultdict(lambda: defaultdict(Counter))
    activities: dict[int, dict[int, Counter]] = defaultdict(lambda: defaultdict(Counter))
    actors: dict[int, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for path in files:
        for number, row in enumerate(indicator_rows(path), start=1):
            names[number][clean(row["INDIKATOR"])] += 1
            score = int(row["SKOR"])
            if (text := clean(row.get("KETERANGAN"))) is not None:
                criteria[number][score][text] += 1
            activity = clean(row.get("KEGIATAN"))
            # Some rows repeat the criterion as the "activity" (e.g. Sampah, scores 0 and 1).
            if activity is not None and activity != clean(row.get("KETERANGAN")):
                activities[number][score][activity] += 1
            for level in ACTOR_LEVELS:
                actors[number][level][clean(row.get(level)) or ""] += 1

    indicators = []
    number = 0
    for code, _name, count, _dims in SUB_INDICES:
        for section_number in range(1, count + 1):
            number += 1
            name = ranked(names[number])[0]
            label = re.sub(r"^Skor\s+", "", name)
            dimension, sub_dimension = grouping(number)
            all_activities = Counter()
            for per_score in activities[number].values():
                all_activities.update(per_score)
            indicators.append({
                "number": number,
                "key": slug(label),
                "code": f"{code}-{section_number:02d}",
                "sub_index": code,
                "section_number": section_number,
                "name": name,
                "label": label,
                "dimension": dimension,
                "sub_dimension": sub_dimension,
                "criteria": {str(s): ranked(c) for s, c in sorted(criteria[number].items())},
                "activities": {str(s): ranked(c) for s, c in sorted(activities[number].items())},
                "default_activity": ranked(all_activities)[0] if all_activities else None,
                "actors": {level: split_actors(ranked(actors[number][level])[0])
                           for level in ACTOR_LEVELS},
            })

    return {
        "format": 1,
        "index": "IDM",
        "name": "Indeks Desa Membangun",
        "regulation": "Permendesa PDTT 2/2016",
        "source": (
            "Criteria, activities and actors collected by resources/idm/build_catalogue.py from "
            f"{len(files)} official per-village rumusan files of the Kemendesa IDM service "
            "(2021-2024); sub-dimension grouping derived from Permendesa PDTT 2/2016."
        ),
        "score_range": {"min": 0, "max": 5},
        "composite": {"code": "IDM", "name": "Indeks Desa Membangun", "method": "mean",
                      "scale": 1},
        "status_rounding": None,
        "sub_indices": {
            code: {"name": name, "max": count * 5, "indicators": count, "weight": 1,
                   "dimensions": list(dims)}
            for code, name, count, dims in SUB_INDICES
        },
        "statuses": [
            {"code": code, "name": name, "upper_inclusive": upper}
            for code, name, upper in STATUSES
        ],
        "actor_levels": list(ACTOR_LEVELS),
        "indicators": indicators,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="folder idm-rumusan (<kode_desa>/<year>.json)")
    parser.add_argument("-o", "--output", type=Path,
                        default=Path(__file__).resolve().parent / "indicators.json")
    args = parser.parse_args(argv)
    catalogue = build(args.source)
    args.output.write_text(
        json.dumps(catalogue, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"wrote {args.output} ({len(catalogue['indicators'])} indicators)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the Indeks Desa catalogue (``resources/indeks_desa/catalogue.json``) and its dated
status rule (``resources/indeks_desa/status/<year>.json``) from the public transcription of
its structure (``shared/data/indeks-desa/indikator.json``).

Usage::

    python -m desktop_app.tools.build_indeks_desa_catalogue PATH/indikator.json [-o FOLDER]

The output is our own compact format (read by :mod:`desktop_app.core.index.indeks_desa`):
dimensions → sub-dimensions → indicators → aspects, each element with its ``provenance``
("verified" where two independent sources agree, "unverified" otherwise, "inferred" for the
formula) and the keys of its ``sources``. Only structure is kept, nothing about villages.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "indeks_desa"


def _provenance(element: dict[str, Any]) -> dict[str, Any]:
    return {"provenance": "verified" if element.get("verified") else "unverified",
            "sources": list(element.get("sources", ()))}


def _source_text(source: dict[str, Any]) -> str:
    where = source.get("repository") or source.get("address") or ""
    path = source.get("path")
    return f"{where} ({path})" if path else where


def build(shared_file: Path) -> dict[str, Any]:
    """The compact catalogue built from the shared ``indikator.json``."""
    raw = shared_file.read_bytes()
    data = json.loads(raw)
    scoring = data["scoring"]
    weights = scoring["weights_reported"]
    formula = scoring["formula_inferred"]
    scale = scoring["aspect_scale"]
    dimensions = []
    for dim in data["dimensions"]:
        dimensions.append({
            "no": dim["no"], "code": dim["code"], "name": dim["name"],
            "weight": str(Decimal(str(dim["weight_reported"])).quantize(Decimal("0.01"))),
            **_provenance(dim),
            "sub_dimensions": [{
                "code": sub["no"], "name": sub["name"], **_provenance(sub),
                "indicators": [{
                    "no": ind["no"], "code": ind["code_in_dimension"], "name": ind["name"],
                    **_provenance(ind),
                    "aspects": [{
                        "id": asp["id"], "no": asp["no"], "text": asp["text"],
                        "max": asp["max_score"], **_provenance(asp),
                    } for asp in ind["aspects"]],
                } for ind in sub["indicators"]],
            } for sub in dim["sub_dimensions"]],
        })
    return {
        "format": 1,
        "index": "INDEKS_DESA",
        "name": data["index"],
        "regulation": data["regulation"],
        "status_decree": data.get("status_decree", ""),
        "version": f"indikator.json sha256:{hashlib.sha256(raw).hexdigest()[:12]}",
        "score_range": {
            "min": 0 if scale.get("min") is None else scale["min"], "max": scale["max"],
            "provenance": "unverified" if scale.get("min") is None else "verified",
            "note": "Skor minimum aspek (0 atau 1) belum pasti; 0 menerima keduanya.",
        },
        "formula": {
            "method": "weighted_percent", "scale": 100,
            "provenance": "verified" if formula.get("verified") else "inferred",
            "text": formula["index_0_100"],
        },
        "weights": {"provenance": "verified" if weights.get("verified") else "unverified",
                    "basis": weights.get("basis", "")},
        "sources": {key: _source_text(source)
                    for key, source in data["provenance"]["sources"].items()},
        "known_gaps": list(data.get("known_gaps", ())),
        "dimensions": dimensions,
    }


def build_status_rule(shared_file: Path) -> dict[str, Any]:
    """The dated status cut-off rule of the assessment year, from the candidate bands."""
    data = json.loads(shared_file.read_bytes())
    cutoffs = data["scoring"]["status_cutoffs"]
    key = cutoffs["candidate_source"]
    source = data["provenance"]["sources"][key]
    bands = sorted(cutoffs["candidate_bands"], key=lambda band: band["min"])
    return {
        "format": 1, "index": "INDEKS_DESA", "year": int(data["assessment_year"]),
        "scale": cutoffs["scale"], "verified": bool(cutoffs["verified"]),
        "source": f"{key}: {_source_text(source)}",
        "decree": data.get("status_decree", ""),
        "note": "Batas status belum terverifikasi: satu sumber pihak ketiga tanpa rujukan "
                "resmi. Status yang dihitung bersifat sementara.",
        "bands": [{"code": band["status"].upper().replace(" ", "_"), "name": band["status"],
                   "lower_inclusive": str(band["min"])} for band in bands],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared_file", type=Path, help="indikator.json")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_FOLDER,
                        help="folder for catalogue.json and status/<year>.json")
    args = parser.parse_args(argv)
    catalogue = build(args.shared_file)
    rule = build_status_rule(args.shared_file)
    _write(args.output / "catalogue.json", catalogue)
    _write(args.output / "status" / f"{rule['year']}.json", rule)
    aspects = sum(len(i["aspects"]) for d in catalogue["dimensions"]
                  for s in d["sub_dimensions"] for i in s["indicators"])
    print(f"{args.output}: {len(catalogue['dimensions'])} dimensi, {aspects} aspek, "
          f"batas status {rule['year']}")
    return 0


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

"""The Indeks Desa definition (Permendesa PDT 9/2024) on the index engine.

Two kinds of data file, both replaceable by an administrator (see :mod:`.definition_files`):

- ``catalogue.json``: dimensions → sub-dimensions → indicators → aspects, each element with
  its provenance (built by ``desktop_app.tools.build_indeks_desa_catalogue``);
- ``status/<year>.json``: the dated status cut-offs, applying from that year on, with
  ``verified`` and the ``source`` named (unverified today: the status is provisional).

The hierarchy is flattened for the engine: the scored items are the aspects (numbered 1..N in
file order, keyed by their id such as ``12.3``), the sub-indices the six dimensions with their
decimal weights; index (0–100) = Σ dimension share × weight, as the README of the shared data
infers.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from desktop_app.core.i18n import translate
from desktop_app.core.index.catalogue import CatalogueError, IndexCatalogue, catalogue_from_dict

CATALOGUE_FILE = "catalogue.json"
STATUS_FOLDER = "status"
COMPOSITE_CODE = "ID"



def read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogueError(
            translate(
                "IndeksDesaDefinition", "Berkas definisi {source} tidak dapat dibaca: {detail}"
            ).format(source=path.name, detail=exc)
        ) from exc
    if not isinstance(data, dict):
        raise CatalogueError(
            translate(
                "IndeksDesaDefinition", "Berkas definisi {source} bukan definisi indeks"
            ).format(source=path.name)
        )
    return data


def check_definition(data: dict[str, Any], source: str) -> None:
    """Refuse a definition that does not add up, naming what is wrong."""
    try:
        dimensions = data["dimensions"]
        total = sum((Decimal(str(d["weight"])) for d in dimensions), Decimal(0))
    except (KeyError, TypeError, InvalidOperation) as exc:
        raise CatalogueError(
            translate("IndeksDesaDefinition", "Definisi {source} tidak lengkap: {detail}").format(
                source=source, detail=exc
            )
        ) from exc
    if total != 100:
        raise CatalogueError(
            translate(
                "IndeksDesaDefinition",
                "Definisi {source}: bobot dimensi berjumlah {total}, seharusnya 100",
            ).format(source=source, total=total)
        )
    seen: set[str] = set()
    top = int(data.get("score_range", {}).get("max", 5))
    for dim in dimensions:
        indicators = [i for s in dim.get("sub_dimensions", ()) for i in s.get("indicators", ())]
        if not indicators:
            raise CatalogueError(
                translate(
                    "IndeksDesaDefinition",
                    "Definisi {source}: dimensi {code} {name} tidak memiliki indikator",
                ).format(source=source, code=dim.get("code"), name=dim.get("name"))
            )
        for indicator in indicators:
            if not indicator.get("aspects"):
                raise CatalogueError(
                    translate(
                        "IndeksDesaDefinition",
                        "Definisi {source}: indikator {no} ({name}) tidak memiliki aspek penilaian",
                    ).format(source=source, no=indicator.get("no"), name=indicator.get("name"))
                )
            for aspect in indicator["aspects"]:
                if aspect.get("id") in seen:
                    raise CatalogueError(
                        translate(
                            "IndeksDesaDefinition",
                            "Definisi {source}: aspek {id} tercantum dua kali",
                        ).format(source=source, id=aspect.get("id"))
                    )
                seen.add(aspect.get("id"))
                if int(aspect.get("max", top)) != top:
                    raise CatalogueError(
                        translate(
                            "IndeksDesaDefinition",
                            "Definisi {source}: skor maksimum aspek {id} ({max}) berbeda "
                            "dari skala {top}",
                        ).format(source=source, id=aspect.get("id"), max=aspect.get("max"), top=top)
                    )


def check_status_rule(rule: dict[str, Any], source: str) -> None:
    try:
        year = int(rule["year"])
        lows = [Decimal(str(b["lower_inclusive"])) for b in rule["bands"]]
        names = [str(b["name"]) for b in rule["bands"]]
    except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
        raise CatalogueError(
            translate(
                "IndeksDesaDefinition", "Batas status {source} tidak lengkap: {detail}"
            ).format(source=source, detail=exc)
        ) from exc
    if not lows or lows[0] != 0 or lows != sorted(set(lows)) or len(set(names)) != len(names):
        raise CatalogueError(
            translate(
                "IndeksDesaDefinition",
                "Batas status {source} (tahun {year}): batas bawah harus mulai dari 0 dan naik",
            ).format(source=source, year=year)
        )
    if lows[-1] > 100:
        raise CatalogueError(
            translate(
                "IndeksDesaDefinition", "Batas status {source} (tahun {year}): batas di atas 100"
            ).format(source=source, year=year)
        )


def catalogue_from_definition(
    data: dict[str, Any], rule: dict[str, Any], source: str = "<definisi>"
) -> IndexCatalogue:
    """The engine catalogue of a hierarchical definition with one status rule."""
    check_definition(data, source)
    check_status_rule(rule, source)
    score_range = data.get("score_range", {"min": 0, "max": 5})
    top = int(score_range["max"])
    sub_indices: dict[str, Any] = {}
    items: list[dict[str, Any]] = []
    for dim in data["dimensions"]:
        section = 0
        for sub in dim["sub_dimensions"]:
            for indicator in sub["indicators"]:
                indicator_verified = indicator.get("provenance") == "verified"
                for aspect in indicator["aspects"]:
                    section += 1
                    items.append(
                        {
                            "number": len(items) + 1,
                            "key": aspect["id"],
                            "code": aspect["id"],
                            "sub_index": dim["code"],
                            "section_number": section,
                            "name": aspect["text"],
                            "label": aspect["text"],
                            "dimension": dim["name"],
                            "sub_dimension": f"{sub['code']} {sub['name']}",
                            "group_code": str(indicator["no"]),
                            "group_name": indicator["name"],
                            "verified": indicator_verified
                            and aspect.get("provenance") == "verified",
                            "sources": aspect.get("sources", []),
                        }
                    )
        sub_indices[dim["code"]] = {
            "name": dim["name"],
            "max": section * top,
            "indicators": section,
            "weight": str(dim["weight"]),
            "dimensions": [dim["name"]],
        }
    engine = {
        "index": data.get("index", "INDEKS_DESA"),
        "name": data.get("name", "Indeks Desa"),
        "regulation": data.get("regulation", ""),
        "version": data.get("version", ""),
        "score_range": {"min": int(score_range.get("min", 0)), "max": top},
        "composite": {
            "code": COMPOSITE_CODE,
            "name": data.get("name", "Indeks Desa"),
            "method": "weighted_percent",
            "scale": 100,
            "verified": data.get("formula", {}).get("provenance") == "verified",
        },
        "status_rounding": None,
        "sub_indices": sub_indices,
        "statuses": [
            {"code": b["code"], "name": b["name"], "lower_inclusive": str(b["lower_inclusive"])}
            for b in rule["bands"]
        ],
        "status_verified": bool(rule.get("verified", False)),
        "status_source": str(rule.get("source", "")),
        "status_year": int(rule["year"]),
        "actor_levels": [],
        "item_word": "Aspek",
        "sub_index_word": "Dimensi",
        "indicators": items,
    }
    return catalogue_from_dict(engine, source)

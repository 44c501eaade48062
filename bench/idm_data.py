"""Seeded synthetic IDM data for benchmarks: official assessments with indicator rows in a
workspace, rumusan files derived from the real ones, and a national sheet (2024 layout).

Derived rumusan files get a village code of the registry and a few changed scores, with
summary rows, SUMMARIES and per-row NILAI recomputed so that each file stays
self-consistent; the sheet has 0.5 % of rows "not scored", as published.
"""

from __future__ import annotations

import copy
import json
import random
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.core.db import Database, insert_many
from desktop_app.core.idm.catalogue import idm_catalogue, round_half_up
from desktop_app.core.idm.consistency import check_assessment
from desktop_app.core.idm.rumusan import parse_rumusan_file
from desktop_app.core.idm.scoring import published_form, score_village
from desktop_app.core.ids import new_id
from desktop_app.core.models import IdmAssessment, IdmIndicatorRow, Village

HEADER_2024 = ["KODE_PROV", "NAMA_PROVINSI", "KODE_KAB", "NAMA_KABUPATEN", "KODE_KEC",
               "NAMA_KECAMATAN", "KODE_DESA", "NAMA_DESA", "IKS_2024", "IKE_2024", "IKL_2024",
               "NILAI_IDM_2024", "STATUS_IDM_2024", "Keterangan"]

STAMP = {"hlc": "0000000000001-00000-bench", "field_clocks": {}, "deleted": False,
         "updated_at": datetime(2025, 1, 1), "updated_by": "bench",
         "imported_at": datetime(2025, 1, 1)}
ASSESSMENT_COLUMNS = ("id", "village_code", "regency_code", "year", "kind", "scores",
                      "published_iks", "published_ike", "published_ikl", "published_idm",
                      "published_status", "status", "idm", "source")
ROW_COLUMNS = ("assessment_id", "number", "score", "criterion", "activity", "actor_pusat",
               "actor_prov", "actor_kab", "actor_desa", "actor_csr", "actor_lainnya")
ACTORS = {"actor_pusat": "Kemendes", "actor_prov": "DPMPD, Dinkes Prov",
          "actor_kab": "Dinkes, PU, Disdik", "actor_desa": "Desa", "actor_csr": "CSR",
          "actor_lainnya": None}


def fill_official_idm(db: Database, years: range, seed: int = 7,
                      inconsistent_every: int = 97, chunk: int = 2000) -> int:
    """Give every active village an official assessment per year; returns how many.

    Villages are generated ``chunk`` at a time and written with one executemany per table
    and chunk, all in one transaction, so that the nation (83,762 villages, some 16 million
    indicator rows) never sits in memory at once. The same seed gives the same scores
    whatever the chunk.
    """
    rng = random.Random(seed)
    with db.reading() as session:
        villages = session.execute(select(Village.code, Village.regency_code)
                                   .where(Village.active.is_(True))
                                   .order_by(Village.code)).all()
    with db.writing() as session:
        for start in range(0, len(villages), chunk):
            assessments, rows = _official_rows(villages[start:start + chunk], start, years,
                                               rng, inconsistent_every)
            insert_many(session, IdmAssessment.__table__, assessments, shared=STAMP,
                        columns=ASSESSMENT_COLUMNS)
            insert_many(session, IdmIndicatorRow.__table__, rows, columns=ROW_COLUMNS)
    return len(villages) * len(years)


def _official_rows(villages: list, first: int, years: range, rng: random.Random,
                   inconsistent_every: int) -> tuple[list[tuple], list[tuple]]:
    """Assessment and indicator-row tuples of ``villages`` (``first`` is the first's index)."""
    catalogue = idm_catalogue()
    assessments, rows = [], []
    for index, (code, regency) in enumerate(villages, start=first):
        level = rng.randint(1, 4)
        for year in years:
            scores = {i.number: max(0, min(5, level + rng.randint(-2, 2)))
                      for i in catalogue.indicators}
            level = min(5, level + (rng.random() < 0.3))
            result = score_village(scores, catalogue)
            published = str(published_form(result.value))
            if index % inconsistent_every == 0:
                published = str(published_form(result.value + result.value / 50))
            assessment_id = new_id()
            assessments.append((
                assessment_id, code, regency, year, "official",
                {str(k): v for k, v in scores.items()},
                *(str(published_form(result.sub_index(s))) for s in ("IKS", "IKE", "IKL")),
                published, result.status.name.upper(), result.status.name.upper(), published,
                f"{code}/{year}.json"))
            for number, score in scores.items():
                if score < 5:
                    rows.append((assessment_id, number, score, "kriteria", "kegiatan",
                                 *ACTORS.values()))
    return assessments, rows


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

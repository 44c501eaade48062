"""Seeded synthetic IDM data for benchmarks: official assessments with indicator rows."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop_app.core.idm.catalogue import idm_catalogue
from desktop_app.core.idm.scoring import published_form, score_village
from desktop_app.core.ids import new_id

ACTORS = {"actor_pusat": "Kemendes", "actor_prov": "DPMPD, Dinkes Prov",
          "actor_kab": "Dinkes, PU, Disdik", "actor_desa": "Desa", "actor_csr": "CSR",
          "actor_lainnya": None}


def fill_official_idm(database: Path, years: range, seed: int = 7,
                      inconsistent_every: int = 97) -> int:
    """Give every active village an official assessment per year; returns how many."""
    rng = random.Random(seed)
    catalogue = idm_catalogue()
    connection = sqlite3.connect(database)
    villages = connection.execute(
        "SELECT code, regency_code FROM village WHERE active = 1 ORDER BY code").fetchall()
    now = datetime(2025, 1, 1).isoformat(sep=" ")
    assessments, rows = [], []
    for index, (code, regency) in enumerate(villages):
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
                assessment_id, "0000000000001-00000-bench", "{}", 0, now, "bench", code,
                regency, year, "official", json.dumps({str(k): v for k, v in scores.items()}),
                *(str(published_form(result.sub_index(s))) for s in ("IKS", "IKE", "IKL")),
                published, result.status.name.upper(), result.status.name.upper(), published,
                f"{code}/{year}.json", now))
            for number, score in scores.items():
                if score < 5:
                    rows.append((assessment_id, number, score, "kriteria", "kegiatan",
                                 *ACTORS.values()))
    connection.executemany(
        "INSERT INTO idm_assessment (id, hlc, field_clocks, deleted, updated_at, updated_by, "
        "village_code, regency_code, year, kind, scores, published_iks, published_ike, "
        "published_ikl, published_idm, published_status, status, idm, source, imported_at) "
        "VALUES (" + ",".join("?" * 20) + ")", assessments)
    connection.executemany(
        "INSERT INTO idm_indicator_row (assessment_id, number, score, criterion, activity, "
        "actor_pusat, actor_prov, actor_kab, actor_desa, actor_csr, actor_lainnya) "
        "VALUES (" + ",".join("?" * 11) + ")", rows)
    connection.commit()
    connection.close()
    return len(assessments)

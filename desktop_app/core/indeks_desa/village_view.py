"""Everything shown about one village's Indeks Desa of a year (the tab, the report): its
questionnaire scored, the weak aspects ranked by their gain in the total, the fewest aspects
that reach the next status, the official result and how it differs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.core.db import Database
from desktop_app.core.indeks_desa.answers import LiveScore, live_score
from desktop_app.core.indeks_desa.compare import Difference, differences
from desktop_app.core.indeks_desa.store import Questionnaire, load_questionnaire
from desktop_app.core.index.catalogue import IndexCatalogue
from desktop_app.core.index.definitions import INDEKS_DESA, indeks_desa_catalogue
from desktop_app.core.index.weak_items import (
    StatusPath,
    WeakIndicator,
    path_to_next_status,
    rank_weak_indicators,
)
from desktop_app.core.models import IndexOfficialResult, IndexQuestionnaire, Village


@dataclass(frozen=True)
class OfficialResult:
    total: str | None
    dimension_scores: dict[str, str]
    status: str | None
    source: str


@dataclass(frozen=True)
class VillageIndexView:
    code: str
    name: str
    kind: str
    district: str
    regency: str
    year: int
    catalogue: IndexCatalogue
    questionnaire: Questionnaire
    live: LiveScore
    weak: list[WeakIndicator]
    path: StatusPath | None
    official: OfficialResult | None
    differences: list[Difference]

    def is_answered(self, key: str) -> bool:
        return self.questionnaire.answers.get(key) is not None and \
            self.questionnaire.answers[key].score is not None


def years_of(db: Database, code: str) -> list[int]:
    """Years with a questionnaire or an official result for the village, newest first."""
    with db.reading() as session:
        years = set(session.scalars(select(IndexQuestionnaire.year).where(
            IndexQuestionnaire.village_code == code,
            IndexQuestionnaire.index_code == INDEKS_DESA,
            IndexQuestionnaire.deleted.is_(False))))
        years |= set(session.scalars(select(IndexOfficialResult.year).where(
            IndexOfficialResult.village_code == code,
            IndexOfficialResult.index_code == INDEKS_DESA)))
    return sorted(years, reverse=True)


def load_village_view(db: Database, code: str, year: int,
                      data_dir: Path | None = None) -> VillageIndexView:
    """Read and compute (no Qt; run it in a worker)."""
    catalogue = indeks_desa_catalogue(year, data_dir)
    questionnaire = load_questionnaire(db, code, year)
    live = live_score(catalogue, questionnaire.scores())
    weak = rank_weak_indicators(live.result)
    try:
        path = path_to_next_status(live.result)
    except ValueError:
        path = None
    with db.reading() as session:
        village = session.get(Village, code)
        if village is None:
            raise LookupError(code)
        row = session.scalar(select(IndexOfficialResult).where(
            IndexOfficialResult.village_code == code, IndexOfficialResult.year == year,
            IndexOfficialResult.index_code == INDEKS_DESA))
        official = None if row is None else OfficialResult(
            row.total, dict(row.dimension_scores or {}), row.status, row.source or "")
        names = {sub.code: sub.name for sub in catalogue.sub_indices}
        found = differences(session, code, year, names) or []
    return VillageIndexView(code, village.name, village.kind, village.district_name,
                            village.regency_name, year, catalogue, questionnaire, live, weak,
                            path, official, found)

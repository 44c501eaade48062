"""Coverage: per village of a region and year, the weak indicators of its path up and whether
someone has agreed to act on each (uncovered first). Asked of SQL over the path cache, which
the caller brings up to date first (:func:`ensure_path_cache`, or use the ``*_for``
functions that take the database).

The plan of a year starts from the village's baseline: its latest official assessment
before that year. An indicator is *covered* when an intervention of the year on it is agreed,
running or done; *proposed* when one is only proposed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.core.action_plan.store import element_label
from desktop_app.core.db import Database
from desktop_app.core.idm.path_cache import ensure_path_cache

AGREED_SQL = "('disepakati','berjalan','selesai')"


def region_clause(column: str, region: str | None) -> str:
    """SQL keeping codes in ``region`` (bound as :region); the province or None keeps all."""
    if not region or len(region) <= 2:
        return "1=1"
    return f"({column} = :region OR {column} LIKE :region || '.%')"


_BASELINE = """
WITH base AS (
  SELECT a.id, a.village_code, a.year,
         row_number() OVER (PARTITION BY a.village_code ORDER BY a.year DESC) AS rn
  FROM idm_assessment a
  WHERE a.kind = 'official' AND a.year < :year AND a.deleted = 0
    AND a.scores IS NOT NULL AND {region}
), steps AS (
  SELECT b.village_code, b.year AS base_year, s.element_code, s.rank,
    coalesce(sum(i.status IN {agreed}), 0) AS agreed,
    coalesce(sum(i.status = 'diusulkan'), 0) AS proposed
  FROM base b JOIN path_up_step s ON s.assessment_id = b.id
  LEFT JOIN action_intervention i
    ON i.village_code = b.village_code AND i.year = :year AND i.index_code = 'IDM'
       AND i.element_code = s.element_code AND i.deleted = 0
  WHERE b.rn = 1 {targets}
  GROUP BY b.village_code, b.year, s.element_code, s.rank
)
"""


def _params(region: str | None, year: int) -> dict[str, object]:
    return {"region": region or "", "year": year}


def _sql(region: str | None, targets_only: bool, tail: str) -> str:
    targets = ("AND b.village_code IN (SELECT village_code FROM idm_target_village "
               "WHERE year = :year AND deleted = 0)") if targets_only else ""
    return _BASELINE.format(region=region_clause("a.village_code", region),
                            agreed=AGREED_SQL, targets=targets) + tail


@dataclass(frozen=True)
class CoverageRow:
    village_code: str
    village_name: str
    district_name: str
    base_year: int
    element_code: str
    element: str
    rank: int  # 1 = largest gain on the path up
    agreed: int  # interventions agreed, running or done
    proposed: int

    @property
    def covered(self) -> bool:
        return self.agreed > 0


def coverage(session: Session, year: int, region: str | None = None,
             targets_only: bool = False, uncovered_only: bool = False) -> list[CoverageRow]:
    """Path-up indicators of every village of ``region`` (kabupaten/kecamatan code; None or
    "64" for the province), uncovered first, then by kecamatan, village and rank."""
    where = "WHERE s.agreed = 0" if uncovered_only else ""
    rows = session.execute(text(_sql(region, targets_only, f"""
SELECT s.village_code, v.name, v.district_name, s.base_year, s.element_code, s.rank,
       s.agreed, s.proposed
FROM steps s JOIN village v ON v.code = s.village_code {where}
ORDER BY s.agreed > 0, v.district_name, v.name, s.village_code, s.rank""")),
        _params(region, year)).all()
    return [CoverageRow(code, name, district, base, element,
                        element_label("IDM", element) or element, rank, agreed, proposed)
            for code, name, district, base, element, rank, agreed, proposed in rows]


@dataclass(frozen=True)
class VillageCoverage:
    village_code: str
    indicators: int  # on the path up
    covered: int

    @property
    def share(self) -> Decimal:
        """Covered share 0..1 (1 when there is nothing to cover)."""
        if not self.indicators:
            return Decimal(1)
        return Decimal(self.covered) / Decimal(self.indicators)


def coverage_share(session: Session, year: int,
                   region: str | None = None) -> dict[str, VillageCoverage]:
    """Per village (code): how many path-up indicators of ``year`` are covered (maps)."""
    rows = session.execute(text(_sql(region, False, """
SELECT village_code, count(*), sum(agreed > 0) FROM steps GROUP BY village_code""")),
        _params(region, year)).all()
    return {code: VillageCoverage(code, total, covered or 0) for code, total, covered in rows}


def coverage_for(db: Database, year: int, region: str | None = None,
                 targets_only: bool = False, uncovered_only: bool = False) -> list[CoverageRow]:
    """:func:`coverage` after bringing the path cache up to date (run in a worker)."""
    ensure_path_cache(db)
    with db.reading() as session:
        return coverage(session, year, region, targets_only, uncovered_only)


def coverage_share_for(db: Database, year: int,
                       region: str | None = None) -> dict[str, VillageCoverage]:
    """:func:`coverage_share` after bringing the path cache up to date (maps)."""
    ensure_path_cache(db)
    with db.reading() as session:
        return coverage_share(session, year, region)

"""Map theme: intervention coverage of each village's path up in a year (rencana aksi).

Classes, from the covered share of the path-up indicators (an indicator is covered when an
intervention of the year on it is agreed, running or done; see core/action_plan/coverage.py):
all covered; at least half; some but under half; none; and, grey, villages with no path up
that year (no scored assessment before the year, or nothing left to raise).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.action_plan.coverage import coverage_share
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.idm.path_cache import ensure_path_cache
from desktop_app.core.maps.themes import (
    NO_DATA,
    NO_DATA_COLOUR,
    ThemeClass,
    ThemeData,
    register_theme,
)
from desktop_app.core.models import ActionIntervention

HALF = Decimal("0.5")


def coverage_class(indicators: int, covered: int) -> int:
    """Class index (0 all covered .. 3 none) of a village with ``indicators`` on its path up."""
    if covered >= indicators:
        return 0
    if covered == 0:
        return 3
    return 1 if Decimal(covered) / Decimal(indicators) >= HALF else 2


class PathCoverageTheme:
    key = "coverage"

    @property
    def label(self) -> str:
        return translate("MapTheme", "Cakupan intervensi jalur naik")

    def available(self, session: Session) -> bool:
        return True

    def years(self, session: Session) -> list[int]:
        """Years that have interventions on IDM indicators."""
        row = ActionIntervention
        return list(session.scalars(
            select(row.year).where(row.deleted.is_(False), row.index_code == "IDM")
            .distinct().order_by(row.year)))

    def prepare(self, db: Database) -> None:
        ensure_path_cache(db)

    def compute(self, session: Session, year: int | None, today: date) -> ThemeData:
        classes = [
            ThemeClass("all", translate("MapTheme", "Semua indikator jalur naik ditangani"),
                       "#1a9641"),
            ThemeClass("half", translate("MapTheme", "Sebagian (≥ 50 %)"), "#a6d96a"),
            ThemeClass("some", translate("MapTheme", "Sebagian (< 50 %)"), "#fdae61"),
            ThemeClass("none", translate("MapTheme", "Belum ada yang ditangani"), "#d7191c"),
            ThemeClass(NO_DATA, translate("MapTheme", "Tidak di jalur naik / tidak ada data"),
                       NO_DATA_COLOUR),
        ]
        data = ThemeData(
            self.key,
            translate("MapTheme", "Cakupan intervensi jalur naik {year}").format(year=year or ""),
            year,
            classes,
        )
        if year is None:
            return data
        for code, village in coverage_share(session, year).items():
            data.classes_of[code] = coverage_class(village.indicators, village.covered)
            data.values[code] = translate(
                "MapTheme", "{covered} dari {total} indikator jalur naik ditangani ({share} %)"
            ).format(covered=village.covered, total=village.indicators,
                     share=round(village.share * 100))
        return data


register_theme(PathCoverageTheme(), rank=50)

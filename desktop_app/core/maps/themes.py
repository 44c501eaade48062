"""Map themes: each colours villages by one measure, computed in SQL.

A theme is registered in ``THEMES`` (``register_theme``); the map lists the registered
themes that have data (``available``). Themes beside their domain (Indeks Desa status,
intervention coverage of the path up) register one more object with the ``Theme`` shape,
imported by ``desktop_app/core/maps/__init__.py``; nothing here needs to change. A theme
that reads a cache kept by the writer (intervention coverage reads the path-up cache) also
has ``prepare(db)``; callers compute through :func:`compute_theme`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from sqlalchemy import Float, and_, cast, false, func, select
from sqlalchemy.orm import Session

from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.idm.catalogue import IndexCatalogue, idm_catalogue
from desktop_app.core.idm.queries import LAGGING, status_name
from desktop_app.core.indeks_desa.answers import provisional_note
from desktop_app.core.models import (
    OFFICIAL,
    ApbdesBudget,
    ApbdesLine,
    IdmAssessment,
    IdmTargetVillage,
    SupervisionFinding,
)
from desktop_app.core.supervision.register import overdue_clause

NO_DATA = "none"
NO_DATA_COLOUR = "#d9d9d9"


@dataclass(frozen=True)
class ThemeClass:
    key: str
    label: str
    colour: str  # "#rrggbb"


@dataclass
class ThemeData:
    """Villages classified by one theme of one year; villages not in ``classes_of`` have
    no data (the last class)."""

    key: str
    title: str
    year: int | None
    classes: list[ThemeClass]
    classes_of: dict[str, int] = field(default_factory=dict)  # village code -> class index
    values: dict[str, str] = field(default_factory=dict)  # village code -> shown value
    note: str = ""  # shown under the legend and printed with the map (e.g. a provisional status)

    def class_of(self, code: str) -> int:
        return self.classes_of.get(code, len(self.classes) - 1)

    def counts(self, codes: Iterable[str]) -> list[int]:
        """Villages per class among ``codes`` (the villages on the map), legend order."""
        counted = Counter(self.class_of(code) for code in codes)
        return [counted.get(index, 0) for index in range(len(self.classes))]

    def value(self, code: str) -> str:
        return self.values.get(code, self.classes[-1].label)


class Theme(Protocol):
    key: str

    @property
    def label(self) -> str: ...

    def available(self, session: Session) -> bool: ...

    def years(self, session: Session) -> list[int]:
        """Years to choose from, newest last; [] for a theme without years."""
        ...

    def compute(self, session: Session, year: int | None, today: date) -> ThemeData: ...

    # Optional: ``def prepare(self, db: Database) -> None`` brings what ``compute`` reads up
    # to date in the writer (before the reading session); see :func:`compute_theme`.


THEMES: dict[str, Theme] = {}


def compute_theme(db: Database, theme: Theme, year: int | None, today: date) -> ThemeData:
    """The theme's data of ``year``: its ``prepare`` step first where it has one, then
    ``compute`` in a reading session (run in a worker: it may write a cache)."""
    prepare: Callable[[Database], object] | None = getattr(theme, "prepare", None)
    if prepare is not None:
        prepare(db)
    with db.reading() as session:
        return theme.compute(session, year, today)


_RANKS: dict[str, int] = {}


def register_theme(theme: Theme, rank: int) -> Theme:
    """Add ``theme`` to the map's list at ``rank`` (smaller first): the list's order must
    not depend on which module happened to be imported first."""
    THEMES[theme.key], _RANKS[theme.key] = theme, rank
    return theme


def available_themes(session: Session) -> list[Theme]:
    return sorted((theme for theme in THEMES.values() if theme.available(session)),
                  key=lambda theme: _RANKS[theme.key])


def _no_data() -> ThemeClass:
    return ThemeClass(NO_DATA, translate("MapTheme", "Tidak ada data"), NO_DATA_COLOUR)


# -- Index status (IDM; Indeks Desa registers the same class on its own rows) ------------

STATUS_COLOURS = ["#d7191c", "#fdae61", "#ffffbf", "#a6d96a", "#1a9641"]


StatusRow = tuple[str, str | None, str | None, bool]  # code, status, value, provisional


class IndexStatusTheme:
    """Status of an index (its catalogue's bands, worst first) per village in a year.

    ``catalogue`` gives the catalogue of a year; ``short_name`` names the index in a
    village's value ("Berkembang (IDM 0,6543)"). A provisional status is marked in the
    value and the title, and the catalogue's provisional note (naming the source of the
    cut-offs) becomes the theme's note."""

    def __init__(
        self,
        key: str,
        label: Callable[[], str],
        catalogue: Callable[[Session, int], IndexCatalogue],
        statuses: Callable[[Session, int], Iterable[StatusRow]],
        years: Callable[[Session], list[int]],
        short_name: str,
    ) -> None:
        self.key, self._label, self._catalogue = key, label, catalogue
        self._statuses, self._years, self.short_name = statuses, years, short_name

    @property
    def label(self) -> str:
        return self._label()

    def available(self, session: Session) -> bool:
        return True

    def years(self, session: Session) -> list[int]:
        return self._years(session)

    def compute(self, session: Session, year: int | None, today: date) -> ThemeData:
        catalogue = self._catalogue(session, year or today.year)
        names = [band.name for band in catalogue.statuses]
        colours = (
            STATUS_COLOURS
            if len(names) == len(STATUS_COLOURS)
            else [STATUS_COLOURS[round(i * 4 / max(1, len(names) - 1))] for i in range(len(names))]
        )
        classes = [
            ThemeClass(name, name, colour) for name, colour in zip(names, colours, strict=True)
        ] + [_no_data()]
        data = ThemeData(self.key, f"{self.label} {year or ''}".strip(), year, classes)
        if year is None:
            return data
        index = {name: i for i, name in enumerate(names)}
        provisional = False
        for code, status, value, tentative in self._statuses(session, year):
            name = status_name(status, catalogue)
            if name not in index:
                continue
            data.classes_of[code] = index[name]
            shown = _provisional(name) if tentative else name
            provisional |= tentative
            data.values[code] = (
                translate("MapTheme", "{status} ({index} {value})").format(
                    status=shown, index=self.short_name, value=value[:6].replace(".", ",")
                )
                if value
                else shown
            )
        if provisional:
            data.title = _provisional(data.title)
            data.note = provisional_note(catalogue) or translate(
                "MapTheme",
                "Status bertanda (sementara) dihitung dari batas yang belum terverifikasi.",
            )
        return data


def _provisional(text: str) -> str:
    return translate("MapTheme", "{text} (sementara)").format(text=text)


def _idm_statuses(session: Session, year: int):
    value = func.coalesce(IdmAssessment.idm, IdmAssessment.published_idm)
    return session.execute(
        select(IdmAssessment.village_code, IdmAssessment.status, value, false()).where(
            IdmAssessment.kind == OFFICIAL,
            IdmAssessment.year == year,
            IdmAssessment.deleted.is_(False),
        )
    ).all()


def _idm_years(session: Session) -> list[int]:
    return list(
        session.scalars(
            select(IdmAssessment.year)
            .where(IdmAssessment.kind == OFFICIAL, IdmAssessment.deleted.is_(False))
            .distinct()
            .order_by(IdmAssessment.year)
        )
    )


IDM_STATUS = register_theme(
    IndexStatusTheme(
        "idm",
        lambda: translate("MapTheme", "Status IDM"),
        lambda session, year: idm_catalogue(),
        _idm_statuses,
        _idm_years,
        "IDM",
    ),
    rank=10,
)


# -- Target villages and their achievement -----------------------------------------


class TargetTheme:
    """Desa sasaran of a year: lifted out of (sangat) tertinggal by the next year's
    results, not (yet), or no results yet (see core/idm/targets.py)."""

    key = "targets"

    @property
    def label(self) -> str:
        return translate("MapTheme", "Desa sasaran dan capaiannya")

    def available(self, session: Session) -> bool:
        return True

    def years(self, session: Session) -> list[int]:
        return list(
            session.scalars(
                select(IdmTargetVillage.year)
                .where(IdmTargetVillage.deleted.is_(False))
                .distinct()
                .order_by(IdmTargetVillage.year)
            )
        )

    def compute(self, session: Session, year: int | None, today: date) -> ThemeData:
        classes = [
            ThemeClass("achieved", translate("MapTheme", "Sasaran, tercapai"), "#1a9641"),
            ThemeClass("missed", translate("MapTheme", "Sasaran, belum tercapai"), "#d7191c"),
            ThemeClass("waiting", translate("MapTheme", "Sasaran, hasil belum ada"), "#fdae61"),
            ThemeClass(NO_DATA, translate("MapTheme", "Bukan desa sasaran"), NO_DATA_COLOUR),
        ]
        data = ThemeData(
            self.key,
            translate("MapTheme", "Desa sasaran {year}").format(year=year or ""),
            year,
            classes,
        )
        if year is None:
            return data
        after = IdmAssessment.__table__.alias("after")
        rows = session.execute(
            select(IdmTargetVillage.village_code, after.c.status)
            .outerjoin(
                after,
                and_(
                    after.c.village_code == IdmTargetVillage.village_code,
                    after.c.year == year + 1,
                    after.c.kind == OFFICIAL,
                    after.c.deleted.is_(False),
                ),
            )
            .where(IdmTargetVillage.year == year, IdmTargetVillage.deleted.is_(False))
        )
        for code, status in rows:
            name = status_name(status)
            if name is None:
                data.classes_of[code], data.values[code] = 2, classes[2].label
            elif name in LAGGING:
                data.classes_of[code] = 1
                data.values[code] = translate(
                    "MapTheme", "belum tercapai: {status} pada {year}"
                ).format(status=name, year=year + 1)
            else:
                data.classes_of[code] = 0
                data.values[code] = translate("MapTheme", "tercapai: {status} pada {year}").format(
                    status=name, year=year + 1
                )
        return data


register_theme(TargetTheme(), rank=20)


# -- Overdue supervision findings ----------------------------------------------------


class OverdueFindingsTheme:
    key = "overdue"

    @property
    def label(self) -> str:
        return translate("MapTheme", "Temuan pengawasan terlambat")

    def available(self, session: Session) -> bool:
        return True

    def years(self, session: Session) -> list[int]:
        return []

    def compute(self, session: Session, year: int | None, today: date) -> ThemeData:
        F = SupervisionFinding
        classes = [
            ThemeClass("many", translate("MapTheme", "3 temuan terlambat atau lebih"), "#b2182b"),
            ThemeClass("two", translate("MapTheme", "2 temuan terlambat"), "#ef8a62"),
            ThemeClass("one", translate("MapTheme", "1 temuan terlambat"), "#fddbc7"),
            ThemeClass(NO_DATA, translate("MapTheme", "Tidak ada temuan terlambat"), "#f0f0f0"),
        ]
        data = ThemeData(
            self.key,
            translate("MapTheme", "Temuan terlambat per {day}").format(
                day=today.strftime("%d-%m-%Y")
            ),
            None,
            classes,
        )
        rows = session.execute(
            select(F.village_code, func.count())
            .where(F.deleted.is_(False), overdue_clause(today))
            .group_by(F.village_code)
        )
        for code, count in rows:
            data.classes_of[code] = 0 if count >= 3 else 1 if count == 2 else 2
            data.values[code] = translate("MapTheme", "{count} temuan terlambat").format(
                count=count
            )
        return data


register_theme(OverdueFindingsTheme(), rank=30)


# -- APBDes realisation share --------------------------------------------------------

REALISATION_BANDS = ((90, "#1a9641"), (75, "#a6d96a"), (50, "#fdae61"), (0, "#d7191c"))


class RealisationTheme:
    """Spending realised against the spending budget (the amended budget where there is
    one; the latest report). Summed in SQL as floating point: only the share is shown, to
    one decimal, never an amount."""

    key = "apbdes"

    @property
    def label(self) -> str:
        return translate("MapTheme", "Realisasi belanja APBDes")

    def available(self, session: Session) -> bool:
        return True

    def years(self, session: Session) -> list[int]:
        return list(
            session.scalars(
                select(ApbdesBudget.year)
                .where(ApbdesBudget.deleted.is_(False))
                .distinct()
                .order_by(ApbdesBudget.year)
            )
        )

    def compute(self, session: Session, year: int | None, today: date) -> ThemeData:
        labels = [
            translate("MapTheme", "90 % atau lebih"),
            translate("MapTheme", "75 – 90 %"),
            translate("MapTheme", "50 – 75 %"),
            translate("MapTheme", "di bawah 50 %"),
        ]
        classes = [
            ThemeClass(str(low), label, colour)
            for (low, colour), label in zip(REALISATION_BANDS, labels, strict=True)
        ]
        classes.append(
            ThemeClass(NO_DATA, translate("MapTheme", "Belum ada APBDes"), NO_DATA_COLOUR)
        )
        data = ThemeData(
            self.key,
            translate("MapTheme", "Realisasi belanja APBDes {year}").format(year=year or ""),
            year,
            classes,
        )
        if year is None:
            return data
        B, L = ApbdesBudget, ApbdesLine
        # The amended budget replaces the original one of the same village and year.
        chosen = (
            select(B.village_code, func.max(B.version).label("version"))
            .where(B.year == year, B.deleted.is_(False))
            .group_by(B.village_code)
            .subquery()
        )
        realised = func.iif(B.semester_2_reported_on.is_not(None), L.realisation_2, L.realisation_1)
        rows = session.execute(
            select(B.village_code, func.sum(cast(L.budget, Float)), func.sum(cast(realised, Float)))
            .join(
                chosen, and_(chosen.c.village_code == B.village_code, chosen.c.version == B.version)
            )
            .join(L, L.budget_id == B.id)
            .where(
                B.year == year,
                B.deleted.is_(False),
                L.deleted.is_(False),
                L.kind == "detail",
                L.code.like("5%"),
            )
            .group_by(B.village_code)
        )
        for code, budget, spent in rows:
            if not budget:
                continue
            share = 100 * (spent or 0) / budget
            data.classes_of[code] = next(
                i for i, (low, _c) in enumerate(REALISATION_BANDS) if share >= low
            )
            data.values[code] = translate("MapTheme", "{share} % terealisasi").format(
                share=f"{share:.1f}".replace(".", ",")
            )
        return data


register_theme(RealisationTheme(), rank=40)

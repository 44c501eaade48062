"""The map theme "Status Indeks Desa": each village's Indeks Desa status of a year (the
official result, else its questionnaire's provisional one), in the Indeks Desa catalogue's
own status set."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from desktop_app.core.i18n import translate
from desktop_app.core.indeks_desa.queries import result_years, status_per_village
from desktop_app.core.index.catalogue import IndexCatalogue
from desktop_app.core.index.definitions import indeks_desa_catalogue
from desktop_app.core.maps.themes import IndexStatusTheme, StatusRow, register_theme


def data_dir_of(session: Session) -> Path | None:
    """The data folder of the session's database file (None in memory): installed
    definitions and cut-offs lie there."""
    database = session.get_bind().engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database).parent


def _catalogue(session: Session, year: int) -> IndexCatalogue:
    return indeks_desa_catalogue(year, data_dir_of(session))


def _statuses(session: Session, year: int) -> list[StatusRow]:
    return [
        (code, item.status, None if item.total is None else f"{item.total:.2f}", item.provisional)
        for code, item in status_per_village(session, year).items()
    ]


INDEKS_DESA_STATUS = register_theme(
    IndexStatusTheme(
        "indeks_desa",
        lambda: translate("MapTheme", "Status Indeks Desa"),
        _catalogue,
        _statuses,
        result_years,
        "Indeks Desa",
    ),
    rank=60,
)

"""The published texts of an indicator row, by reference to the catalogue.

Nearly every row of an official rumusan (99.8 % of the real files) repeats the catalogue's
text for its indicator and score: the one known criterion, the one recommended activity
and the default actors per level. Such rows are not stored; ``catalogue_row`` gives them
back exactly. Rows that say anything else are stored as published.
"""

from __future__ import annotations

from typing import Any

from desktop_app.core.idm.catalogue import ACTOR_LEVELS, IndexCatalogue, idm_catalogue

# (number, score, criterion, activity, actor_pusat, actor_prov, ..., actor_lainnya)
Row = tuple[Any, ...]


def _default(catalogue: IndexCatalogue, number: int, score: int) -> Row:
    indicator = catalogue.indicator(number)
    level = indicator.criterion(score)
    criterion = level.criteria[0] if level and len(level.criteria) == 1 else None
    if score >= catalogue.max_score:
        activity = None
    elif level and level.activities:
        activity = level.activities[0] if len(level.activities) == 1 else None
    else:
        activity = indicator.default_activity
    actors = tuple(", ".join(indicator.actors_at(level)) or None for level in ACTOR_LEVELS)
    return (number, score, criterion, activity, *actors)


_TABLES: dict[int, tuple[IndexCatalogue, dict[tuple[int, int], Row]]] = {}


def _table(catalogue: IndexCatalogue) -> dict[tuple[int, int], Row]:
    """Every (number, score) row of a catalogue, built once (keyed by identity: hashing
    a whole catalogue per row would cost more than the comparison)."""
    known = _TABLES.get(id(catalogue))
    if known is None or known[0] is not catalogue:
        rows = {(i.number, score): _default(catalogue, i.number, score)
                for i in catalogue.indicators
                for score in range(catalogue.min_score, catalogue.max_score + 1)}
        known = _TABLES[id(catalogue)] = (catalogue, rows)
    return known[1]


def catalogue_row(number: int, score: int, catalogue: IndexCatalogue | None = None) -> Row:
    """The row the catalogue implies for an indicator at a score."""
    return _table(catalogue or idm_catalogue())[number, score]


def departs_from_catalogue(row: Row, catalogue: IndexCatalogue | None = None) -> bool:
    """True when a published row says something the catalogue does not give back."""
    return tuple(row) != _table(catalogue or idm_catalogue()).get((row[0], row[1]))

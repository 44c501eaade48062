"""Differences between a village's official Indeks Desa result and its own questionnaire."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.i18n import translate
from desktop_app.core.index.definitions import INDEKS_DESA
from desktop_app.core.models import IndexOfficialResult, IndexQuestionnaire

TOLERANCE = Decimal("0.01")  # published values carry 2 decimals


@dataclass(frozen=True)
class Difference:
    what: str
    official: str
    questionnaire: str


def _number(text: str | None) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ".")) if text else None
    except InvalidOperation:
        return None


def _differs(official: str | None, own: str | None) -> bool:
    a, b = _number(official), _number(own)
    if a is None or b is None:
        return False
    return abs(a - b) > TOLERANCE


def differences(session: Session, village_code: str, year: int,
                dimension_names: dict[str, str]) -> list[Difference] | None:
    """Every disagreement (total, each published dimension, status); None when the village
    lacks an official result or a questionnaire for the year."""
    official = session.scalar(select(IndexOfficialResult).where(
        IndexOfficialResult.village_code == village_code, IndexOfficialResult.year == year,
        IndexOfficialResult.index_code == INDEKS_DESA))
    own = session.scalar(select(IndexQuestionnaire).where(
        IndexQuestionnaire.village_code == village_code, IndexQuestionnaire.year == year,
        IndexQuestionnaire.index_code == INDEKS_DESA, IndexQuestionnaire.deleted.is_(False)))
    if official is None or own is None:
        return None
    found = []
    if _differs(official.total, own.total):
        found.append(Difference(translate("IndeksDesaCompare", "Nilai Indeks Desa"),
                                official.total or "", own.total or ""))
    own_dims = own.dimension_scores or {}
    for code, value in (official.dimension_scores or {}).items():
        if _differs(value, own_dims.get(code)):
            found.append(Difference(dimension_names.get(code, code), value,
                                    own_dims.get(code, "")))
    if official.status and own.status and official.status != own.status:
        found.append(Difference(translate("IndeksDesaCompare", "Status"), official.status,
                                own.status))
    return found

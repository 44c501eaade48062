"""A cache of each assessment's path to the next status, so SQL can ask "is this weak
indicator on the village's path up?" (coverage views, maps).

The path itself comes from :func:`path_to_next_status` (the one index machinery); this
module only keeps its result per assessment, keyed by the assessment's change clock, and
recomputes what changed since. It is local and derived: never synced, rebuilt at will.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from desktop_app.core.db import Database, insert_many, table_of
from desktop_app.core.idm.weak_indicators import path_to_next_status
from desktop_app.core.models import IdmAssessment, PathUpState, PathUpStep

INDEX_CODE = "IDM"


def refresh_path_cache(session: Session, assessment_ids: list[str] | None = None) -> int:
    """Compute the path of every assessment (or of ``assessment_ids``) whose cached path is
    missing or older than the assessment; returns how many were computed."""
    query = (select(IdmAssessment.id, IdmAssessment.hlc, IdmAssessment.scores)
             .outerjoin(PathUpState, PathUpState.assessment_id == IdmAssessment.id)
             .where(IdmAssessment.scores.is_not(None), IdmAssessment.deleted.is_(False),
                    or_(PathUpState.hlc.is_(None), PathUpState.hlc != IdmAssessment.hlc)))
    stale: list[Any] = []
    for start in range(0, len(assessment_ids or [None]), 500):
        chunk = query if assessment_ids is None else query.where(
            IdmAssessment.id.in_(assessment_ids[start:start + 500]))
        stale.extend(session.execute(chunk).all())
    if not stale:
        return 0
    ids = [row.id for row in stale]
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        session.execute(delete(PathUpStep).where(PathUpStep.assessment_id.in_(part)))
        session.execute(delete(PathUpState).where(PathUpState.assessment_id.in_(part)))
    steps: list[dict[str, Any]] = []
    states: list[dict[str, Any]] = []
    for assessment_id, hlc, scores in stale:
        path = path_to_next_status({int(n): int(s) for n, s in scores.items()})
        states.append({"assessment_id": assessment_id, "hlc": hlc})
        for rank, step in enumerate(path.improvements if path else (), start=1):
            steps.append({"assessment_id": assessment_id,
                          "element_code": str(step.indicator.number), "rank": rank})
    insert_many(session, table_of(PathUpState), states)
    insert_many(session, table_of(PathUpStep), steps)
    return len(stale)


def cache_is_fresh(session: Session) -> bool:
    """True when no assessment with scores lacks an up-to-date cached path."""
    return session.execute(
        select(IdmAssessment.id)
        .outerjoin(PathUpState, PathUpState.assessment_id == IdmAssessment.id)
        .where(IdmAssessment.scores.is_not(None), IdmAssessment.deleted.is_(False),
               or_(PathUpState.hlc.is_(None),
                   and_(PathUpState.hlc != IdmAssessment.hlc))).limit(1)).first() is None


def ensure_path_cache(db: Database) -> int:
    """Bring the cache up to date in the writer (only when something is stale): call it
    before asking :func:`coverage` and the like in a reading session."""
    with db.reading() as session:
        if cache_is_fresh(session):
            return 0
    with db.writing() as session:
        return refresh_path_cache(session)

""""Rencanakan intervensi untuk jalur naik status": one proposed intervention per indicator
(IDM) or aspect (Indeks Desa) of the village's smallest path to the next status, with the
recommended activity and the first recommended actor that resolves in the registry
prefilled (the Indeks Desa definition recommends no actors)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.action_plan.actors import ActorResolver
from desktop_app.core.action_plan.entry import InterventionDraft
from desktop_app.core.idm.queries import indicator_lines
from desktop_app.core.indeks_desa.answers import live_score
from desktop_app.core.index.definitions import IDM, INDEKS_DESA, indeks_desa_catalogue
from desktop_app.core.index.weak_items import path_to_next_status
from desktop_app.core.models import (
    OFFICIAL,
    ActionIntervention,
    IdmAssessment,
    IndexAnswer,
    IndexQuestionnaire,
)

# Which recommended actor is proposed first: the kabupaten's agency acts in most cases.
LEVEL_PREFERENCE = ("KAB", "DESA", "PROV", "PUSAT", "CSR", "LAINNYA")


@dataclass(frozen=True)
class Proposal:
    draft: InterventionDraft
    indicator: str
    score: int
    recommended: dict[str, str]  # level -> the rumusan's names
    already_planned: bool  # the year already has a live intervention on it


def baseline_assessment(session: Session, village_code: str, year: int) -> IdmAssessment | None:
    """The latest official assessment with scores before ``year`` (the plan's baseline)."""
    return session.scalars(
        select(IdmAssessment).where(
            IdmAssessment.village_code == village_code, IdmAssessment.kind == OFFICIAL,
            IdmAssessment.year < year, IdmAssessment.scores.is_not(None),
            IdmAssessment.deleted.is_(False))
        .order_by(IdmAssessment.year.desc()).limit(1)).first()


def _planned(session: Session, village_code: str, year: int, index_code: str) -> set[str]:
    """Elements of the index that already have a live intervention in ``year``."""
    return set(session.scalars(select(ActionIntervention.element_code).where(
        ActionIntervention.village_code == village_code, ActionIntervention.year == year,
        ActionIntervention.index_code == index_code, ActionIntervention.status != "batal",
        ActionIntervention.deleted.is_(False))))


def path_up_proposals(session: Session, village_code: str, year: int, index_code: str = IDM,
                      data_dir: Path | None = None) -> list[Proposal]:
    """Proposals for ``year`` from the baseline's path up (empty when the village has no
    baseline or already has the top status). The IDM baseline is the latest official
    assessment before ``year``; the Indeks Desa one the latest questionnaire before it."""
    if index_code == INDEKS_DESA:
        return _aspect_proposals(session, village_code, year, data_dir)
    assessment = baseline_assessment(session, village_code, year)
    if assessment is None or not assessment.scores:
        return []
    scores = {int(n): int(s) for n, s in assessment.scores.items()}
    path = path_to_next_status(scores)
    if path is None:
        return []
    lines = {line.number: line for line in indicator_lines(session, assessment.id)}
    resolver = ActorResolver.load(session)
    planned = _planned(session, village_code, year, IDM)
    proposals = []
    for step in path.improvements:
        line = lines[step.indicator.number]
        actor_id = None
        for level in LEVEL_PREFERENCE:
            for name in (n.strip() for n in line.actors.get(level, "").split(",")):
                if name and actor_id is None:
                    actor_id = resolver.resolve(level, name, village_code)
        activity = (line.activity or step.indicator.default_activity
                    or step.indicator.label)[:300]
        code = str(step.indicator.number)
        proposals.append(Proposal(
            InterventionDraft(village_code=village_code, element_code=code, year=str(year),
                              actor_id=actor_id, activity=activity),
            line.name, line.score, {k: v for k, v in line.actors.items() if v},
            code in planned))
    return proposals


def _aspect_proposals(session: Session, village_code: str, year: int,
                      data_dir: Path | None) -> list[Proposal]:
    baseline = session.scalars(
        select(IndexQuestionnaire).where(
            IndexQuestionnaire.village_code == village_code,
            IndexQuestionnaire.index_code == INDEKS_DESA, IndexQuestionnaire.year < year,
            IndexQuestionnaire.deleted.is_(False))
        .order_by(IndexQuestionnaire.year.desc()).limit(1)).first()
    if baseline is None:
        return []
    scores = dict(session.execute(select(IndexAnswer.aspect_key, IndexAnswer.score).where(
        IndexAnswer.questionnaire_id == baseline.id, IndexAnswer.deleted.is_(False))).all())
    if not any(score is not None for score in scores.values()):
        return []
    live = live_score(indeks_desa_catalogue(baseline.year, data_dir), scores)
    try:
        path = path_to_next_status(live.result)
    except ValueError:
        return []
    if path is None:
        return []
    planned = _planned(session, village_code, year, INDEKS_DESA)
    return [Proposal(
        InterventionDraft(village_code=village_code, index_code=INDEKS_DESA,
                          element_code=step.indicator.key, year=str(year),
                          activity=(step.indicator.default_activity or step.indicator.label)[:300]),
        step.indicator.label, step.from_score, {}, step.indicator.key in planned)
        for step in path.improvements]


def save_proposals(db, editor, drafts: list[InterventionDraft], today,
                   scope: list[str] | None = None) -> list[str]:
    """Store the chosen proposals as "diusulkan", all in one edit (all or nothing)."""
    from desktop_app.core.action_plan.entry import clean_intervention
    from desktop_app.core.action_plan.store import write_intervention

    items = [clean_intervention(draft) for draft in drafts]
    with db.writing() as session:
        return [write_intervention(session, editor, item, today, scope) for item in items]

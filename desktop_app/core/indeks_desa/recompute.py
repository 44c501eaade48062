"""Recompute every questionnaire's stored scores with the definition now in use."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from desktop_app.core.db import Database
from desktop_app.core.indeks_desa.answers import answer_problems, live_score
from desktop_app.core.indeks_desa.store import Answer, computed_values
from desktop_app.core.index.definitions import indeks_desa_catalogue
from desktop_app.core.models import IndexAnswer, IndexQuestionnaire
from desktop_app.core.sync.changes import Editor, record_upsert


def recompute_questionnaires(db: Database, editor: Editor,
                             data_dir: Path | None = None) -> tuple[int, list[str]]:
    """Rescore every questionnaire; returns how many changed and, per questionnaire whose
    answers the new definition no longer accepts (left as they were), why."""
    changed, skipped = 0, []
    with db.writing() as session:
        rows = session.scalars(select(IndexQuestionnaire).where(
            IndexQuestionnaire.deleted.is_(False))).all()
        answers: dict[str, dict[str, int | None]] = defaultdict(dict)
        for questionnaire_id, key, score in session.execute(
                select(IndexAnswer.questionnaire_id, IndexAnswer.aspect_key, IndexAnswer.score)
                .where(IndexAnswer.deleted.is_(False))):
            answers[questionnaire_id][key] = score
        for row in rows:
            catalogue = indeks_desa_catalogue(row.year, data_dir)
            scores = answers[row.id]
            problems = answer_problems(catalogue, {k: Answer(v) for k, v in scores.items()})
            if problems:
                skipped.append(f"{row.village_code} {row.year}: {problems[0]}")
                continue
            values = computed_values(catalogue, live_score(catalogue, scores))
            delta = {name: (getattr(row, name), value) for name, value in values.items()
                     if getattr(row, name) != value}
            if delta:
                changed += 1
                record_upsert(session, editor, row, delta, row.village_code,
                              history_key=f"Indeks Desa {row.year}")
    return changed, skipped

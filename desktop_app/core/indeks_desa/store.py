"""Store Indeks Desa questionnaires: answers, computed scores and the review trail.

Everything is checked before anything is written: a bad score, an unknown aspect, a village
outside the working area or an unlikely year raises :class:`QuestionnaireError` naming each
problem, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.db import Database
from desktop_app.core.first_run import working_regency
from desktop_app.core.i18n import translate
from desktop_app.core.indeks_desa.answers import (
    Answer,
    LiveScore,
    QuestionnaireError,
    answer_problems,
    live_score,
)
from desktop_app.core.index.catalogue import IndexCatalogue
from desktop_app.core.index.definitions import INDEKS_DESA, indeks_desa_catalogue
from desktop_app.core.models import IndexAnswer, IndexQuestionnaire, IndexReviewStep, Village
from desktop_app.core.sync.changes import Editor, record_upsert

FIRST_YEAR = 2025  # the first Indeks Desa assessment
FILLED, CHECKED, APPROVED = "diisi", "diperiksa", "disahkan"
STEPS = (FILLED, CHECKED, APPROVED)


def step_name(step: str) -> str:
    names = {
        FILLED: translate("IndeksDesaStore", "Diisi tim data desa"),
        CHECKED: translate("IndeksDesaStore", "Diperiksa pendamping"),
        APPROVED: translate("IndeksDesaStore", "Disahkan kepala desa"),
    }
    return names.get(step, step)


@dataclass(frozen=True)
class ReviewStep:
    step: str
    by_name: str
    at: str  # ISO date and time
    note: str


@dataclass
class Questionnaire:
    """One village's questionnaire of a year, as loaded."""

    id: str | None
    village_code: str
    year: int
    filled_by: str = ""
    review_state: str = FILLED
    answers: dict[str, Answer] = field(default_factory=dict)
    steps: list[ReviewStep] = field(default_factory=list)
    answer_ids: dict[str, str] = field(default_factory=dict)  # evidence hangs on these

    def scores(self) -> dict[str, int | None]:
        return {key: answer.score for key, answer in self.answers.items()}



def _village(session: Session, code: str) -> Village:
    village = session.get(Village, code)
    if village is None:
        raise QuestionnaireError(
            [translate("IndeksDesaStore", "Desa {code} tidak ada.").format(code=code)]
        )
    area = working_regency(session)
    if area and village.regency_code != area:
        raise QuestionnaireError(
            [
                translate(
                    "IndeksDesaStore",
                    "Desa {name} ({code}) di luar wilayah kerja ({area}); "
                    "kuesioner tidak disimpan.",
                ).format(name=village.name, code=code, area=area)
            ]
        )
    return village


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= 2100:
        raise QuestionnaireError(
            [
                translate(
                    "IndeksDesaStore",
                    "Tahun {year} tidak berlaku: Indeks Desa dinilai mulai tahun {first}.",
                ).format(year=year, first=FIRST_YEAR)
            ]
        )


def _find(session: Session, village_code: str, year: int) -> IndexQuestionnaire | None:
    return session.scalar(
        select(IndexQuestionnaire).where(
            IndexQuestionnaire.village_code == village_code,
            IndexQuestionnaire.year == year,
            IndexQuestionnaire.index_code == INDEKS_DESA,
        )
    )


def computed_values(catalogue: IndexCatalogue, live: LiveScore) -> dict[str, object]:
    """The stored summary of a questionnaire: total, per dimension, status, completeness."""
    return {
        "total": str(live.rounded),
        "dimension_scores": {d.code: str(d.percent) for d in live.dimensions},
        "status": live.status.name,
        "status_provisional": catalogue.status_provisional,
        "answered": live.answered,
        "definition_version": catalogue.version[:80],
    }


def save_questionnaire(
    db: Database,
    editor: Editor,
    village_code: str,
    year: int,
    answers: Mapping[str, Answer],
    filled_by: str | None = None,
    data_dir: Path | None = None,
) -> str:
    """Store the answers of a village and year (only what changed); returns its id.

    A changed score after the review began sends the questionnaire back to "diisi";
    ``filled_by`` None keeps who filled it.
    """
    _check_year(year)
    catalogue = indeks_desa_catalogue(year, data_dir)
    problems = answer_problems(catalogue, answers)
    if problems:
        raise QuestionnaireError(problems)
    with db.writing() as session:
        return store_answers(session, editor, catalogue, village_code, year, answers, filled_by)


def store_answers(
    session: Session,
    editor: Editor,
    catalogue: IndexCatalogue,
    village_code: str,
    year: int,
    answers: Mapping[str, Answer],
    filled_by: str | None = None,
) -> str:
    """:func:`save_questionnaire` inside the caller's transaction (answers already checked
    against ``catalogue``); the village must exist and lie in the working area."""
    village = _village(session, village_code)
    row = _find(session, village_code, year)
    existing: dict[str, IndexAnswer] = {}
    if row is None:
        row = IndexQuestionnaire(field_clocks={}, deleted=False)
        changes: dict[str, tuple[object, object]] = {
            "village_code": (None, village_code),
            "year": (None, year),
            "index_code": (None, INDEKS_DESA),
            "regency_code": (None, village.regency_code),
            "review_state": (None, FILLED),
        }
    else:
        changes = {"deleted": (True, False)} if row.deleted else {}
        existing = {
            a.aspect_key: a
            for a in session.scalars(
                select(IndexAnswer).where(IndexAnswer.questionnaire_id == row.id)
            )
        }
    scores = {key: a.score for key, a in existing.items()}
    scores.update({key: a.score for key, a in answers.items()})
    rescored = any(
        existing[key].score != a.score if key in existing else a.score is not None
        for key, a in answers.items()
    )
    if rescored and row.review_state not in (None, FILLED):
        changes["review_state"] = (row.review_state, FILLED)
    values = computed_values(catalogue, live_score(catalogue, scores))
    if filled_by is not None:
        values["filled_by"] = filled_by or None
    changes.update(
        {
            name: (getattr(row, name), value)
            for name, value in values.items()
            if getattr(row, name) != value
        }
    )
    history = f"Indeks Desa {year}"
    record_upsert(session, editor, row, changes, village_code, history_key=history)
    session.flush()
    for key, answer in answers.items():
        stored = existing.get(key)
        wanted = {
            "score": answer.score,
            "data_source": answer.data_source or None,
            "note": answer.note or None,
        }
        if stored is None:
            if all(value is None for value in wanted.values()):
                continue
            stored = IndexAnswer(field_clocks={}, deleted=False)
            delta: dict[str, tuple[object, object]] = {
                "questionnaire_id": (None, row.id),
                "village_code": (None, village_code),
                "aspect_key": (None, key),
            }
        else:
            delta = {}
        delta.update(
            {
                name: (getattr(stored, name), value)
                for name, value in wanted.items()
                if getattr(stored, name) != value
            }
        )
        record_upsert(
            session, editor, stored, delta, village_code, history_key=f"{history} aspek {key}"
        )
    if "review_state" in changes and changes["review_state"][0] not in (None, FILLED):
        _add_step(
            session,
            editor,
            row,
            FILLED,
            editor.user,
            translate("IndeksDesaStore", "Skor diubah setelah pemeriksaan"),
        )
    return row.id


def _add_step(
    session: Session, editor: Editor, row: IndexQuestionnaire, step: str, by_name: str, note: str
) -> None:
    record_upsert(
        session,
        editor,
        IndexReviewStep(field_clocks={}, deleted=False),
        {
            "questionnaire_id": (None, row.id),
            "village_code": (None, row.village_code),
            "step": (None, step),
            "by_name": (None, by_name),
            "at": (None, editor.now().isoformat(timespec="seconds")),
            "note": (None, note or None),
        },
        row.village_code,
        history_key=f"Indeks Desa {row.year} {step}",
    )


def advance_review(
    db: Database,
    editor: Editor,
    village_code: str,
    year: int,
    step: str,
    by_name: str,
    note: str = "",
    data_dir: Path | None = None,
) -> None:
    """Record the next review step: diisi → diperiksa pendamping → disahkan kepala desa.

    Checking and approving need every aspect answered and the steps in order."""
    if step not in STEPS:
        raise QuestionnaireError(
            [translate("IndeksDesaStore", "Langkah {step} tidak dikenal").format(step=step)]
        )
    if not by_name.strip():
        raise QuestionnaireError(
            [
                translate("IndeksDesaStore", "Nama yang {step} harus diisi").format(
                    step=step_name(step).lower()
                )
            ]
        )
    with db.writing() as session:
        _village(session, village_code)
        row = _find(session, village_code, year)
        if row is None or row.deleted:
            raise QuestionnaireError(
                [translate("IndeksDesaStore", "Kuesioner {year} belum diisi").format(year=year)]
            )
        current = STEPS.index(row.review_state)
        wanted = STEPS.index(step)
        if wanted != current + 1 and not (wanted == 0 and current == 0):
            raise QuestionnaireError(
                [
                    translate(
                        "IndeksDesaStore",
                        "Langkah '{step}' tidak dapat dicatat: status sekarang '{state}'",
                    ).format(step=step_name(step), state=step_name(row.review_state))
                ]
            )
        total = len(indeks_desa_catalogue(year, data_dir).indicators)
        if step != FILLED and row.answered < total:
            raise QuestionnaireError(
                [
                    translate(
                        "IndeksDesaStore",
                        "Baru {answered} dari {total} aspek terisi; lengkapi sebelum '{step}'",
                    ).format(answered=row.answered, total=total, step=step_name(step))
                ]
            )
        record_upsert(
            session,
            editor,
            row,
            {"review_state": (row.review_state, step)},
            village_code,
            history_key=f"Indeks Desa {year}",
        )
        _add_step(session, editor, row, step, by_name.strip(), note)


def load_questionnaire(db: Database, village_code: str, year: int) -> Questionnaire:
    """The stored questionnaire (an empty one, without id, when there is none yet)."""
    with db.reading() as session:
        row = _find(session, village_code, year)
        if row is None or row.deleted:
            return Questionnaire(None, village_code, year)
        stored = session.scalars(
            select(IndexAnswer).where(
                IndexAnswer.questionnaire_id == row.id, IndexAnswer.deleted.is_(False)
            )
        ).all()
        answers = {a.aspect_key: Answer(a.score, a.data_source or "", a.note or "") for a in stored}
        steps = [
            ReviewStep(s.step, s.by_name, s.at, s.note or "")
            for s in session.scalars(
                select(IndexReviewStep)
                .where(
                    IndexReviewStep.questionnaire_id == row.id, IndexReviewStep.deleted.is_(False)
                )
                .order_by(IndexReviewStep.at, IndexReviewStep.id)
            )
        ]
        return Questionnaire(
            row.id,
            village_code,
            year,
            row.filled_by or "",
            row.review_state,
            answers,
            steps,
            {a.aspect_key: a.id for a in stored},
        )


def answer_id(
    db: Database,
    editor: Editor,
    village_code: str,
    year: int,
    key: str,
    data_dir: Path | None = None,
) -> str:
    """The id of an aspect's answer (made, empty, if needed), to attach evidence to."""
    with db.reading() as session:
        row = _find(session, village_code, year)
        if row is not None:
            found = session.scalar(
                select(IndexAnswer.id).where(
                    IndexAnswer.questionnaire_id == row.id, IndexAnswer.aspect_key == key
                )
            )
            if found:
                return found
    save_questionnaire(db, editor, village_code, year, {key: Answer(note="")}, data_dir=data_dir)
    with db.writing() as session:
        row = _find(session, village_code, year)
        assert row is not None
        answer = IndexAnswer(field_clocks={}, deleted=False)
        record_upsert(
            session,
            editor,
            answer,
            {
                "questionnaire_id": (None, row.id),
                "village_code": (None, village_code),
                "aspect_key": (None, key),
            },
            village_code,
            history_key=f"Indeks Desa {year} aspek {key}",
        )
        session.flush()
        return answer.id

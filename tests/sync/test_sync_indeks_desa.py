"""Indeks Desa questionnaires sync within scope: the questionnaire, its answers, review steps
and evidence reach the laptops of the kabupaten, not those of another."""

from __future__ import annotations

from desktop_app.core.indeks_desa.answers import Answer
from desktop_app.core.indeks_desa.store import (
    CHECKED,
    advance_review,
    load_questionnaire,
    save_questionnaire,
)
from desktop_app.core.index.definitions import indeks_desa_catalogue
from desktop_app.core.models import Attachment
from tests.sync.conftest import BACKENDS
from tests.sync.laptop import server_state

BATU = "64.01.01.2001"
TABLES = ("index_questionnaire", "index_answer", "index_review_step", "attachment")


@BACKENDS
def test_questionnaire_answers_steps_and_evidence_sync_within_scope(sync_server, laptops):
    amir = laptops("amir", sync_server.url)
    budi = laptops("budi", sync_server.url)
    kubar = laptops("kubar", sync_server.url, username="fac_kubar")  # another kabupaten
    db, editor = amir.workspace.db, amir.workspace.editor
    answers = {item.key: Answer(3) for item in indeks_desa_catalogue(2025).indicators}
    answers["1.1"] = Answer(4, "Dapodik", "SD negeri")
    save_questionnaire(db, editor, BATU, 2025, answers, "Tim data desa")
    advance_review(db, editor, BATU, 2025, CHECKED, "Rahmat", "Sesuai dokumen")
    questionnaire = load_questionnaire(db, BATU, 2025)
    amir.add_row(Attachment, BATU, record_table="index_answer",
                 record_id=questionnaire.answer_ids["1.1"], sha256="ab" * 32,
                 file_name="sekolah.jpg", mime_type="image/jpeg", size=9)
    amir.sync()
    budi.sync()
    kubar.sync()
    for name in TABLES:
        expected = server_state(sync_server.database_url, name, amir.regions)
        assert expected["live"], name
        assert amir.state(name) == budi.state(name) == expected, name
        assert kubar.state(name, amir.regions) == {"live": {}, "deleted": set()}, name
    received = load_questionnaire(budi.workspace.db, BATU, 2025)
    assert received.answers == questionnaire.answers
    assert received.filled_by == "Tim data desa"
    assert [(s.step, s.by_name) for s in received.steps] == [(CHECKED, "Rahmat")]

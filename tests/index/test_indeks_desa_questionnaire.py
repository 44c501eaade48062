"""Indeks Desa questionnaires: saved per village and year with scores computed as stored,
checked before anything is written, reviewed in order, warned against the profile, recomputed
when the definition changes (official results untouched), listed per status."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.core.first_run import WorkingArea, save_working_area
from desktop_app.core.indeks_desa.answers import Answer, QuestionnaireError, live_score
from desktop_app.core.indeks_desa.profile_checks import profile_warnings
from desktop_app.core.indeks_desa.queries import (
    regional_overview,
    status_per_village,
    weak_aspect_matrix,
)
from desktop_app.core.indeks_desa.recompute import recompute_questionnaires
from desktop_app.core.indeks_desa.store import (
    APPROVED,
    CHECKED,
    FILLED,
    advance_review,
    load_questionnaire,
    save_questionnaire,
)
from desktop_app.core.index.catalogue import CatalogueError
from desktop_app.core.index.definition_files import install_definition, install_status_rule
from desktop_app.core.index.definitions import indeks_desa_catalogue, shipped_folder
from desktop_app.core.models import (
    IndexAnswer,
    IndexOfficialResult,
    IndexQuestionnaire,
    OutboxOperation,
)
from desktop_app.core.villages.profile import save_profile

VILLAGE = "64.07.05.2001"


def all_answers(score: int) -> dict[str, Answer]:
    return {item.key: Answer(score, "Data desa", "") for item in
            indeks_desa_catalogue(2025).indicators}


def test_saved_questionnaire_stores_its_computed_scores(workspace) -> None:
    answers = {"1.1": Answer(4, "Dapodik", "SD negeri 1"), "12.3": Answer(2)}
    save_questionnaire(workspace.db, workspace.editor, VILLAGE, 2025, answers, "Tim data desa")
    loaded = load_questionnaire(workspace.db, VILLAGE, 2025)
    assert loaded.answers["1.1"] == Answer(4, "Dapodik", "SD negeri 1")
    assert (loaded.filled_by, loaded.review_state) == ("Tim data desa", FILLED)
    with workspace.db.reading() as session:
        row = session.scalar(select(IndexQuestionnaire))
        # Layanan Dasar: (4 + 2) of 170 points -> 6/170 × 26.77 = 0.9448... -> 0.94
        assert row.total == "0.94"
        assert row.dimension_scores["I"] == "3.53"
        assert row.answered == 2 and row.status == "Sangat Tertinggal"
        assert row.status_provisional
        ops = session.scalars(select(OutboxOperation.table_name)).all()
    assert ops.count("index_answer") == 2 and "index_questionnaire" in ops


def test_resaving_only_records_what_changed(workspace) -> None:
    save_questionnaire(workspace.db, workspace.editor, VILLAGE, 2025, {"1.1": Answer(4)})
    with workspace.db.reading() as session:
        before = session.scalar(select(func.count()).select_from(OutboxOperation))
    save_questionnaire(workspace.db, workspace.editor, VILLAGE, 2025, {"1.1": Answer(4)})
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxOperation)) == before


@pytest.mark.parametrize(("answers", "message"), [
    ({"1.1": Answer(6)}, "Skor aspek 1.1 = 6 di luar rentang 0–5"),
    ({"1.1": Answer(-1)}, "Skor aspek 1.1 = -1 di luar rentang 0–5"),
    ({"99.9": Answer(3)}, "Aspek 99.9 tidak dikenal"),
    ({"1.1": Answer("4")}, "harus bilangan bulat 0–5"),  # type: ignore[arg-type]
])
def test_bad_answers_save_nothing(workspace, answers, message: str) -> None:
    with pytest.raises(QuestionnaireError, match=message):
        save_questionnaire(workspace.db, workspace.editor, VILLAGE, 2025,
                           {"2.1": Answer(3), **answers})
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(IndexAnswer)) == 0
        assert session.scalar(select(func.count()).select_from(IndexQuestionnaire)) == 0


def test_village_outside_the_working_area_is_refused(workspace) -> None:
    with workspace.db.writing() as session:
        save_working_area(session, WorkingArea("64.01", ""))
    with pytest.raises(QuestionnaireError, match="di luar wilayah kerja"):
        save_questionnaire(workspace.db, workspace.editor, VILLAGE, 2025, {"1.1": Answer(3)})
    save_questionnaire(workspace.db, workspace.editor, "64.01.01.2001", 2025,
                       {"1.1": Answer(3)})
    with workspace.db.reading() as session:
        assert session.scalars(select(IndexQuestionnaire.village_code)).all() == [
            "64.01.01.2001"]


def test_year_before_the_index_is_refused(workspace) -> None:
    with pytest.raises(QuestionnaireError, match="mulai tahun 2025"):
        save_questionnaire(workspace.db, workspace.editor, VILLAGE, 2024, {"1.1": Answer(3)})


def test_review_trail_in_order_and_only_when_complete(workspace) -> None:
    db, editor = workspace.db, workspace.editor
    save_questionnaire(db, editor, VILLAGE, 2025, {"1.1": Answer(3)})
    with pytest.raises(QuestionnaireError, match="Baru 1 dari 126 aspek terisi"):
        advance_review(db, editor, VILLAGE, 2025, CHECKED, "Rahmat")
    save_questionnaire(db, editor, VILLAGE, 2025, all_answers(4))
    with pytest.raises(QuestionnaireError, match="tidak dapat dicatat"):
        advance_review(db, editor, VILLAGE, 2025, APPROVED, "Petrus Ding")
    advance_review(db, editor, VILLAGE, 2025, CHECKED, "Rahmat", "Cocok dengan dokumen")
    advance_review(db, editor, VILLAGE, 2025, APPROVED, "Petrus Ding")
    loaded = load_questionnaire(db, VILLAGE, 2025)
    assert loaded.review_state == APPROVED
    assert [(s.step, s.by_name) for s in loaded.steps] == [
        (CHECKED, "Rahmat"), (APPROVED, "Petrus Ding")]
    # a changed score after approval sends it back to "diisi", and the trail says so
    save_questionnaire(db, editor, VILLAGE, 2025, {"1.1": Answer(5)})
    loaded = load_questionnaire(db, VILLAGE, 2025)
    assert loaded.review_state == FILLED
    assert loaded.steps[-1].step == FILLED and "diubah" in loaded.steps[-1].note


def test_live_score_counts_completeness_per_dimension() -> None:
    cat = indeks_desa_catalogue(2025)
    live = live_score(cat, {"1.1": 5, "1.2": 5, "14.1": 0})
    first, second = live.dimensions[:2]
    assert (first.answered, first.total, second.answered, second.total) == (2, 34, 1, 17)
    assert first.percent == Decimal("5.88")  # 100 × 10 / 170 = 5.882...
    assert not live.complete
    assert live.value == Fraction(10, 170) * Fraction("26.77")


def test_profile_contradictions_are_warnings(workspace) -> None:
    save_profile(workspace.db, workspace.editor, VILLAGE,
                 {"head_name": "Petrus Ding", "internet": "none", "bumdes_name": "",
                  "bumdes_legal_status": "none"}, [])
    cat = indeks_desa_catalogue(2025)
    with workspace.db.reading() as session:
        warnings = profile_warnings(session, cat, VILLAGE, 2025,
                                    {"43.2": 5, "32.1": 5, "32.2": 4, "1.1": 3})
    text = "\n".join(warnings)
    assert "Aspek 43.2 (Akses Internet) diberi skor 5" in text
    assert "tidak mencatat BUMDes" in text
    assert "Aspek 32.2" in text
    assert "Jumlah penduduk tahun 2025 atau 2024 belum tercatat" in text
    with workspace.db.reading() as session:
        assert profile_warnings(session, cat, VILLAGE, 2025, {"43.2": 1}) == [
            warnings[-1]]


def _official(workspace, code: str, total: str, status: str) -> None:
    with workspace.db.writing() as session:
        session.add(IndexOfficialResult(
            village_code=code, regency_code=code[:5], year=2025, index_code="INDEKS_DESA",
            total=total, status=status, source="uji", imported_at=datetime(2026, 1, 5)))


def test_new_cut_offs_recompute_drafts_and_leave_official_results(workspace, tmp_path) -> None:
    db, editor = workspace.db, workspace.editor
    save_questionnaire(db, editor, VILLAGE, 2025, all_answers(3))  # 60.00: Berkembang
    _official(workspace, "64.07.05.2002", "61.5", "Maju")
    rule = json.loads((shipped_folder() / "status" / "2025.json").read_text(encoding="utf-8"))
    rule.update(verified=True, source="Kepmendesa 343/2025 (uji)")
    rule["bands"][3]["lower_inclusive"] = "59.00"  # Maju from 59
    new_rule = tmp_path / "batas-2025.json"
    new_rule.write_text(json.dumps(rule), encoding="utf-8")
    install_status_rule(workspace.data_dir, new_rule)
    assert recompute_questionnaires(db, editor, workspace.data_dir) == (1, [])
    with db.reading() as session:
        statuses = status_per_village(session, 2025)
        official = session.scalar(select(IndexOfficialResult))
        overview = regional_overview(session, 2025)
    assert (statuses[VILLAGE].status, statuses[VILLAGE].provisional) == ("Maju", False)
    assert (official.total, official.status) == ("61.5", "Maju")
    assert statuses["64.07.05.2002"].source == "resmi"
    assert [(o.regency_code, o.villages, o.by_status) for o in overview] == [
        ("64.07", 2, {"Maju": 2})]


def test_a_definition_that_does_not_add_up_is_not_installed(workspace, tmp_path) -> None:
    data = json.loads((shipped_folder() / "catalogue.json").read_text(encoding="utf-8"))
    data["dimensions"][5]["weight"] = "12.50"
    broken = tmp_path / "definisi.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"bobot dimensi berjumlah 99\.90"):
        install_definition(workspace.data_dir, broken)
    assert not (workspace.data_dir / "definisi").exists()


def test_installed_definition_is_used(workspace, tmp_path: Path) -> None:
    data = json.loads((shipped_folder() / "catalogue.json").read_text(encoding="utf-8"))
    data["version"] = "lampiran resmi (uji)"
    data["dimensions"][3]["sub_dimensions"][0]["indicators"][1]["aspects"].append(
        {"id": "35.4", "no": 4, "text": "Aspek ke-127", "max": 5, "provenance": "verified",
         "sources": ["uji"]})
    path = tmp_path / "definisi.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    install_definition(workspace.data_dir, path)
    cat = indeks_desa_catalogue(2025, workspace.data_dir)
    assert (len(cat.indicators), cat.version) == (127, "lampiran resmi (uji)")
    assert cat.sub_index("IV").max_total == 90
    save_questionnaire(workspace.db, workspace.editor, VILLAGE, 2025, {"35.4": Answer(5)},
                       data_dir=workspace.data_dir)


def test_weak_aspect_matrix_lists_villages_per_weak_aspect(workspace) -> None:
    db, editor = workspace.db, workspace.editor
    save_questionnaire(db, editor, VILLAGE, 2025, {"43.2": Answer(1), "1.1": Answer(5)})
    save_questionnaire(db, editor, "64.07.05.2002", 2025, {"43.2": Answer(2), "12.3": Answer(0)})
    save_questionnaire(db, editor, "64.01.01.2001", 2025, {"43.2": Answer(0)})
    with db.reading() as session:
        cells = weak_aspect_matrix(session, 2025, "64.07")
    assert [(c.aspect_key, c.villages) for c in cells] == [
        ("43.2", ("Long Iram Bayan (64.07.05.2001)", "Sukomulyo (64.07.05.2002)")),
        ("12.3", ("Sukomulyo (64.07.05.2002)",))]

"""The offline Indeks Desa workbook: written pre-filled for a kabupaten, read back into
questionnaires; partial columns allowed, any bad cell or village refuses the whole file."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop_app.core.first_run import WorkingArea, save_working_area
from desktop_app.core.indeks_desa.answers import Answer
from desktop_app.core.indeks_desa.store import load_questionnaire, save_questionnaire
from desktop_app.core.indeks_desa.template import (
    import_questionnaire_template,
    write_questionnaire_template,
)
from desktop_app.core.models import IndexAnswer
from desktop_app.core.problems import InputFileError

KUTAI_BARAT = ["64.07.05.2001", "64.07.05.2002"]


def test_round_trip_keeps_answers_and_adds_the_new_ones(workspace, tmp_path: Path) -> None:
    save_questionnaire(workspace.db, workspace.editor, KUTAI_BARAT[0], 2025,
                       {"1.1": Answer(4, "Dapodik", "catatan")})
    path = write_questionnaire_template(workspace.db, tmp_path / "id.xlsx", KUTAI_BARAT, 2025)
    book = openpyxl.load_workbook(path)
    sheet = book["Indeks Desa 2025"]
    assert [c.value for c in sheet[1]][:6] == [
        "Kode aspek", "Dimensi", "Indikator", "Aspek", "64.07.05.2001 Long Iram Bayan",
        "64.07.05.2002 Sukomulyo"]
    assert (sheet["A2"].value, sheet["E2"].value, sheet["F2"].value) == ("1.1", 4, None)
    assert sheet.max_row == 127
    sheet["E3"] = 2      # 1.2 for Long Iram Bayan
    sheet["F2"] = "5"    # 1.1 for Sukomulyo
    book.save(path)
    assert import_questionnaire_template(workspace.db, workspace.editor, path) == {
        "64.07.05.2001": 2, "64.07.05.2002": 1}
    first = load_questionnaire(workspace.db, KUTAI_BARAT[0], 2025)
    assert first.answers["1.1"] == Answer(4, "Dapodik", "catatan")
    assert first.answers["1.2"].score == 2
    assert load_questionnaire(workspace.db, KUTAI_BARAT[1], 2025).answers["1.1"].score == 5


@pytest.mark.parametrize(("cell", "value", "message"), [
    ("E2", 7, "sel E2 (64.07.05.2001, aspek 1.1): '7' bukan skor bulat 0–5"),
    ("E2", "empat", "'empat' bukan skor bulat"),
    ("A3", "99.1", "sel A3: aspek '99.1' tidak dikenal"),
    ("F1", "64.99.01.2001 Entah", "kode desa 64.99.01.2001 tidak ada"),
])
def test_a_bad_cell_refuses_the_whole_file(workspace, tmp_path: Path, cell: str, value,
                                          message: str) -> None:
    path = write_questionnaire_template(workspace.db, tmp_path / "id.xlsx", KUTAI_BARAT, 2025)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    sheet["F2"] = 3
    sheet[cell] = value
    book.save(path)
    with pytest.raises(InputFileError) as caught:
        import_questionnaire_template(workspace.db, workspace.editor, path)
    assert message in str(caught.value)
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(IndexAnswer)) == 0


def test_village_outside_the_working_area_refuses_the_file(workspace, tmp_path: Path) -> None:
    path = write_questionnaire_template(workspace.db, tmp_path / "id.xlsx",
                                        [*KUTAI_BARAT, "64.01.01.2001"], 2025)
    book = openpyxl.load_workbook(path)
    book.active["E2"], book.active["G2"] = 3, 4
    book.save(path)
    with workspace.db.writing() as session:
        save_working_area(session, WorkingArea("64.07", ""))
    with pytest.raises(InputFileError, match="di luar wilayah kerja"):
        import_questionnaire_template(workspace.db, workspace.editor, path)
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(IndexAnswer)) == 0


def test_a_village_twice_refuses_the_file(workspace, tmp_path: Path) -> None:
    path = write_questionnaire_template(workspace.db, tmp_path / "id.xlsx", KUTAI_BARAT, 2025)
    book = openpyxl.load_workbook(path)
    book.active["F1"] = "64.07.05.2001 Long Iram Bayan"
    book.active["E2"], book.active["F2"] = 3, 4
    book.save(path)
    with pytest.raises(InputFileError) as caught:
        import_questionnaire_template(workspace.db, workspace.editor, path)
    assert "sel F1: desa 64.07.05.2001 ganda (sudah di kolom E)" in str(caught.value)

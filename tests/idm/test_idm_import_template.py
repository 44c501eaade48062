"""The offline score template: written pre-filled, read back into draft assessments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop_app.cli import main
from desktop_app.core.idm.imports import (
    import_rumusan,
    import_score_template,
    write_score_template,
)
from desktop_app.core.models import DRAFT, IdmAssessment, OutboxOperation
from desktop_app.core.problems import InputFileError
from tests.idm.fixtures.idm_import_documents import VALID, rumusan_document, write_rumusan

VILLAGES = ["64.01.02.2001", "64.01.01.2001", "64.01.01.2002"]


def drafts(workspace: Any) -> dict[str, IdmAssessment]:
    with workspace.db.reading() as session:
        return {a.village_code: a for a in session.scalars(
            select(IdmAssessment).where(IdmAssessment.kind == DRAFT))}


def outbox(workspace: Any) -> int:
    with workspace.db.reading() as session:
        return session.scalar(select(func.count()).select_from(OutboxOperation)) or 0


def fill(path: Path, cells: dict[str, Any]) -> None:
    book = load_workbook(path)
    sheet = book.worksheets[0]
    for ref, value in cells.items():
        sheet[ref] = value
    book.save(path)


def column_of_fives(column: str, value: Any = 5) -> dict[str, Any]:
    return {f"{column}{row}": value for row in range(2, 52)}


@pytest.fixture
def template(workspace: Any, tmp_path: Path) -> Path:
    import_rumusan(workspace.db, VALID)  # official 2023 scores of 64.01.02.2001
    return write_score_template(workspace.db, tmp_path / "skor.xlsx", VILLAGES, 2024)


def test_template_layout_and_prefill(template: Path) -> None:
    sheet = load_workbook(template).worksheets[0]
    assert sheet.title == "Skor IDM 2024"
    header = [cell.value for cell in sheet[1]]
    assert header == ["No", "Sub-indeks", "Indikator", "Petunjuk skor",
                      "64.01.02.2001 Tanjung Aru", "64.01.01.2001 Batu Kajang",
                      "64.01.01.2002 Kasungai"]
    assert sheet.max_row == 51
    first = [cell.value for cell in sheet[2]]
    assert first[:3] == [1, "IKS", "Skor Akses Sarkes"]
    assert first[3].startswith("5: ")
    assert [sheet.cell(row, 1).value for row in (37, 51)] == [36, 50]
    assert sheet.cell(37, 2).value == "IKE" and sheet.cell(51, 2).value == "IKL"
    assert sheet["E2"].value == 5  # from the official 2023 assessment
    assert sheet["F2"].value is None  # nothing known yet
    assert str(sheet.data_validations.dataValidation[0].sqref) == "E2:G51"


def test_round_trip_into_drafts_through_the_outbox(workspace: Any, template: Path) -> None:
    fill(template, {**column_of_fives("F", 4), "F2": 1})
    report = import_score_template(workspace.db, workspace.editor, template)
    # E was pre-filled (official 2023 scores) and is taken as the 2024 field judgement;
    # G is empty and not imported.
    assert report.counts == {"added": 2, "updated": 0, "unchanged": 0, "skipped": 0}
    stored = drafts(workspace)
    assert set(stored) == {"64.01.02.2001", "64.01.01.2001"}
    made = stored["64.01.01.2001"]
    assert (made.year, made.regency_code, made.scores["1"], made.scores["2"]) == (
        2024, "64.01", 1, 4)
    assert made.status == "Maju" and made.idm == "0.79428571428571"  # (137/175 + 48/60 + 12/15) / 3
    assert made.updated_by == "Rahmat (pendamping)"
    assert outbox(workspace) == 2

    again = import_score_template(workspace.db, workspace.editor, template)
    assert again.counts == {"added": 0, "updated": 0, "unchanged": 2, "skipped": 0}
    assert outbox(workspace) == 2

    fill(template, {"F3": 0})
    third = import_score_template(workspace.db, workspace.editor, template)
    assert third.counts == {"added": 0, "updated": 1, "unchanged": 1, "skipped": 0}
    assert drafts(workspace)["64.01.01.2001"].scores["2"] == 0
    assert outbox(workspace) == 3

    # the draft now pre-fills a new template of the same year
    path = write_score_template(workspace.db, template.parent / "baru.xlsx", VILLAGES, 2024)
    assert load_workbook(path).worksheets[0]["F3"].value == 0


@pytest.mark.parametrize(("cells", "expected"), [
    ({"F5": "empat"}, "skor.xlsx, baris 5: sel F5 (64.01.01.2001, indikator 4): 'empat' "
                      "bukan skor bulat 0–5"),
    ({"F9": 6}, "sel F9 (64.01.01.2001, indikator 8): '6' bukan skor bulat 0–5"),
    ({"F10": 2.5}, "sel F10 (64.01.01.2001, indikator 9): '2.5' bukan skor bulat 0–5"),
    ({"F11": None}, "sel F11 (64.01.01.2001, indikator 10): '' bukan skor bulat 0–5"),
    ({"G1": "64.01.01.2999 Tidak Ada", **column_of_fives("G")},
     "skor.xlsx, baris 1: sel G1: kode desa 64.01.01.2999 tidak ada dalam daftar wilayah"),
    ({"G1": "6401010001 BPS", **column_of_fives("G")}, "tampaknya kode BPS"),
    ({"G1": "64.01.01.2001 Lagi", **column_of_fives("G")},
     "sel G1: desa 64.01.01.2001 ganda (sudah di kolom F)"),
    ({"A20": None}, "baris 20: sel A20: harus indikator nomor 19, ditemukan ''"),
    ({"D1": "Catatan"}, "skor.xlsx, baris 1: judul kolom A–D harus"),
])
def test_bad_templates_write_nothing(workspace: Any, template: Path, cells: dict[str, Any],
                                     expected: str) -> None:
    fill(template, {**column_of_fives("F"), **cells})
    with pytest.raises(InputFileError) as info:
        import_score_template(workspace.db, workspace.editor, template)
    found = [str(problem) for problem in info.value.problems]
    assert any(expected in problem for problem in found), found
    assert drafts(workspace) == {}
    assert outbox(workspace) == 0


def test_missing_row_and_not_a_workbook(workspace: Any, template: Path) -> None:
    book = load_workbook(template)
    book.worksheets[0].delete_rows(30)
    book.save(template)
    with pytest.raises(InputFileError) as info:
        import_score_template(workspace.db, workspace.editor, template)
    assert "sel A30: harus indikator nomor 29, ditemukan '30'" in str(info.value)
    template.write_text("bukan excel", encoding="utf-8")
    with pytest.raises(InputFileError, match="bukan templat skor IDM"):
        import_score_template(workspace.db, workspace.editor, template)
    assert drafts(workspace) == {}


def test_command_line(workspace: Any, tmp_path: Path, capsys: Any) -> None:
    folder = tmp_path / "rumusan"
    write_rumusan(folder, rumusan_document("6401012001", 2024))
    data = ["--data-dir", str(workspace.data_dir)]
    assert main([*data, "import-idm", str(folder)]) == 0
    assert "1 baru, 0 diperbarui, 0 tetap, 0 dilewati" in capsys.readouterr().out
    sheet = tmp_path / "idm.csv"
    sheet.write_text("KODE_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,STATUS_IDM_2024\n"
                     "64.01.01.2002,0.5,0.5,0.5,0.5,TERTINGGAL\n", encoding="utf-8")
    assert main([*data, "import-idm", str(sheet), "--kabupaten", "64.01"]) == 0
    assert "1 baru" in capsys.readouterr().out
    sheet.write_text("KODE_DESA,IKS_2024\n", encoding="utf-8")
    assert main([*data, "import-idm", str(sheet)]) == 1
    assert "tidak ada yang disimpan" in capsys.readouterr().err
    out = tmp_path / "templat.xlsx"
    assert main([*data, "idm-template", str(out), "--year", "2025",
                 "--kecamatan", "64.01.01"]) == 0
    header = [c.value for c in load_workbook(out).worksheets[0][1]]
    assert header[4:] == ["64.01.01.2001 Batu Kajang", "64.01.01.2002 Kasungai",
                          "64.01.01.2003 Sungai Terik"]
    assert load_workbook(out).worksheets[0]["E2"].value == 5  # the imported 2024 rumusan

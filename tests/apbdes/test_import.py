from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop_app.core.apbdes.importing import import_realisation, stored_lines
from desktop_app.core.models import ApbdesBudget, ApbdesLine, OutboxOperation
from desktop_app.core.problems import InputFileError

HEADER = ["Kode Rekening", "Uraian", "Anggaran", "Realisasi", "Lebih/(Kurang)"]
ROWS = [
    ["4", "PENDAPATAN", "1.500.000,00", "1.500.000,00", "0,00"],
    ["4.2", "Transfer", "1.500.000,00", "1.500.000,00", "0,00"],
    ["4.2.1", "Dana Desa", "1.000.000,00", "1.000.000,00", "0,00"],
    ["4.2.3", "Alokasi Dana Desa", "500.000,00", "500.000,00", "0,00"],
    [None, None, None, None, None],
    ["5", "BELANJA", "1.200.000,00", "600.000,00", "600.000,00"],
    ["02", "Pelaksanaan Pembangunan Desa", "1.200.000,00", "600.000,00", "600.000,00"],
    ["02.02.01", "Posyandu", None, None, None],
    ["5.2.1.01", "Makanan tambahan", "Rp 200.000", "100.000", "100.000"],
    ["5.3.1", "Gedung posyandu", 1000000, 500000, "500.000"],
]


def write_report(path: Path, rows: list[list], header: list | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["LAPORAN REALISASI APBDES"])
    sheet.append([])
    sheet.append(header or HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def counts(workspace) -> tuple[int, int]:
    with workspace.db.reading() as session:
        return (session.scalar(select(func.count()).select_from(ApbdesLine)),
                session.scalar(select(func.count()).select_from(OutboxOperation)))


def test_imports_details_and_keeps_subtotals_checked(workspace, tmp_path):
    path = write_report(tmp_path / "lra.xlsx", ROWS)
    report = import_realisation(workspace.db, workspace.editor, path, "64.01.01.2001", 2024)
    assert (report.added, report.changed, report.removed) == (8, 0, 0)
    assert report.warnings == []
    # no spending line is sourced from DD, so only the ketahanan pangan minimum fails
    assert [f.check for f in report.findings] == ["dana_desa:ketahanan_pangan"]
    with workspace.db.reading() as session:
        lines = {(x.activity_code, x.code): x for x in stored_lines(session, report.budget_id)}
        row = session.scalars(select(ApbdesLine).filter_by(code="5.3.1")).one()
        assert (row.budget, row.realisation_1, row.realisation_2) == \
            ("1000000.00", "500000.00", "0.00")
        assert row.activity_code == "02.02.01"
        assert session.scalars(select(ApbdesBudget)).one().version == "murni"
    assert lines[("", "4")].kind == "subtotal" and lines[("02", "")].kind == "subtotal"
    assert lines[("", "4.2.1")].source == "DD"


def test_reimport_is_idempotent_and_semester_two_goes_to_its_field(workspace, tmp_path):
    path = write_report(tmp_path / "lra.xlsx", ROWS)
    import_realisation(workspace.db, workspace.editor, path, "64.01.01.2001", 2024)
    before = counts(workspace)
    again = import_realisation(workspace.db, workspace.editor, path, "64.01.01.2001", 2024)
    assert (again.added, again.changed, again.unchanged) == (0, 0, 8)
    assert counts(workspace) == before
    import_realisation(workspace.db, workspace.editor, path, "64.01.01.2001", 2024,
                       semester=2)
    with workspace.db.reading() as session:
        row = session.scalars(select(ApbdesLine).filter_by(code="5.3.1")).one()
        assert row.realisation_2 == "500000.00"


def test_checks_run_after_import(workspace, tmp_path):
    rows = [list(r) for r in ROWS]
    rows[5][2] = "1.200.001,00"  # BELANJA subtotal off by one
    rows[8][3] = "300.000"  # realisation above budget
    path = write_report(tmp_path / "lra.xlsx", rows)
    report = import_realisation(workspace.db, workspace.editor, path, "64.01.01.2001", 2024)
    checks = {f.check for f in report.findings}
    assert {"realisation_above_budget", "totals_do_not_add_up"} <= checks
    assert report.warnings  # Lebih/(Kurang) no longer matches


@pytest.mark.parametrize(("change", "expected"), [
    ((8, 2, "dua ratus ribu"), "C12"),
    ((8, 2, "-200.000"), "anggaran negatif"),
    ((8, 0, "5.9.9"), "tidak ada dalam daftar rekening"),
    ((8, 0, "5.3.1"), "ganda"),
    ((7, 0, "09.01.01"), "tidak dikenal"),
])
def test_bad_cells_refuse_the_whole_file(workspace, tmp_path, change, expected):
    rows = [list(r) for r in ROWS]
    index, column, value = change
    rows[index][column] = value
    path = write_report(tmp_path / "bad.xlsx", rows)
    before = counts(workspace)
    with pytest.raises(InputFileError) as error:
        import_realisation(workspace.db, workspace.editor, path, "64.01.01.2001", 2024)
    assert expected in str(error.value) and "bad.xlsx" in str(error.value)
    assert counts(workspace) == before


def test_not_a_spreadsheet_and_kelurahan_are_refused(workspace, tmp_path):
    fake = tmp_path / "foto.xlsx"
    fake.write_bytes(b"\x89PNG\r\n\x1a\nnot a sheet")
    with pytest.raises(InputFileError):
        import_realisation(workspace.db, workspace.editor, fake, "64.01.01.2001", 2024)
    path = write_report(tmp_path / "lra.xlsx", ROWS)
    with pytest.raises(InputFileError, match="kelurahan"):
        import_realisation(workspace.db, workspace.editor, path, "64.72.01.1001", 2024)
    assert counts(workspace) == (0, 0)


def test_csv_with_semicolons_is_read(workspace, tmp_path):
    path = tmp_path / "lra.csv"
    text = "\n".join(";".join("" if c is None else str(c) for c in row)
                     for row in [HEADER, *ROWS])
    path.write_text(text, encoding="utf-8")
    report = import_realisation(workspace.db, workspace.editor, path, "64.07.05.2001", 2025)
    assert report.added == 8


def test_heading_rows_without_amounts_are_not_subtotals(workspace, tmp_path):
    rows = [list(r) for r in ROWS]
    rows.insert(8, ["5.2", "Belanja Barang dan Jasa", None, None, None])
    path = write_report(tmp_path / "lra.xlsx", rows)
    report = import_realisation(workspace.db, workspace.editor, path, "64.01.01.2001", 2024)
    assert report.added == 8
    assert not [f for f in report.findings if f.check == "totals_do_not_add_up"]

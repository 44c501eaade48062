from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop_app.core.apbdes.budgets import save_header, totals
from desktop_app.core.apbdes.importing import import_realisation, stored_lines
from desktop_app.core.models import ApbdesBudget, ApbdesLine, FieldChange, OutboxOperation
from desktop_app.core.problems import InputFileError
from tests.apbdes.test_import import ROWS, counts, write_report


def test_murni_and_perubahan_are_both_kept_with_their_perdes(workspace):
    murni = save_header(workspace.db, workspace.editor, "64.01.01.2001", 2024, "murni",
                        "5 Tahun 2023", date(2023, 12, 20))
    ubah = save_header(workspace.db, workspace.editor, "64.01.01.2001", 2024, "perubahan",
                       "3 Tahun 2024", date(2024, 8, 1))
    again = save_header(workspace.db, workspace.editor, "64.01.01.2001", 2024, "murni",
                        "5 Tahun 2023", date(2023, 12, 20))
    assert murni == again != ubah
    with workspace.db.reading() as session:
        budgets = session.scalars(select(ApbdesBudget).order_by(ApbdesBudget.version)).all()
        assert [(b.version, b.perdes_number, b.perdes_date) for b in budgets] == [
            ("murni", "5 Tahun 2023", "2023-12-20"), ("perubahan", "3 Tahun 2024", "2024-08-01")]
        ops = session.scalars(select(OutboxOperation)).all()
    assert {op.table_name for op in ops} == {"apbdes_budget"} and len(ops) == 2


def test_lines_go_to_the_outbox_and_totals_are_computed(workspace, tmp_path):
    path = write_report(tmp_path / "lra.xlsx", ROWS)
    report = import_realisation(workspace.db, workspace.editor, path, "64.01.01.2001", 2024)
    with workspace.db.reading() as session:
        line_ops = session.scalars(select(OutboxOperation).filter_by(
            table_name="apbdes_line")).all()
        assert len(line_ops) == 8
        assert {op.payload["code"] for op in line_ops} >= {"4.2.1", "5.3.1"}
        assert all(op.payload["budget_id"] == report.budget_id for op in line_ops)
        # a new line's history would only repeat its values; changes are kept (below)
        assert session.scalars(select(FieldChange).filter_by(table_name="apbdes_line")).first() \
            is None
        result = totals(stored_lines(session, report.budget_id))
    assert (result.revenue, result.spending, result.surplus) == (
        Decimal("1500000.00"), Decimal("1200000.00"), Decimal("300000.00"))
    assert result.spending_realised == Decimal("600000.00")
    changed = [row if row[0] != "5.3.1" else ["5.3.1", "Gedung posyandu", 1000000, 700000,
                                              300000] for row in ROWS]
    import_realisation(workspace.db, workspace.editor,
                       write_report(tmp_path / "lra2.xlsx", changed), "64.01.01.2001", 2024)
    with workspace.db.reading() as session:
        [history] = session.scalars(select(FieldChange).filter_by(
            table_name="apbdes_line")).all()
    assert (history.field, history.old_value, history.new_value) == (
        "realisation_1[02.02.01|5.3.1]", "500000.00", "700000.00")


def test_a_line_dropped_from_the_file_is_tombstoned(workspace, tmp_path):
    import_realisation(workspace.db, workspace.editor, write_report(tmp_path / "a.xlsx", ROWS),
                       "64.01.01.2001", 2024)
    rows = [list(r) for r in ROWS[:-1]]
    for row in rows[5:7]:
        row[2:5] = ["200.000,00", "100.000,00", "100.000,00"]
    report = import_realisation(workspace.db, workspace.editor,
                                write_report(tmp_path / "b.xlsx", rows), "64.01.01.2001", 2024)
    assert report.removed == 1
    with workspace.db.reading() as session:
        assert session.scalars(select(ApbdesLine).filter_by(code="5.3.1")).one().deleted
        assert ("02.02.01", "5.3.1") not in {
            (x.activity_code, x.code) for x in stored_lines(session, report.budget_id)}
    assert not [f for f in report.findings if f.check == "totals_do_not_add_up"]


def test_amount_without_code_and_missing_header_are_refused(workspace, tmp_path):
    rows = [list(r) for r in ROWS]
    rows[4] = [None, "catatan", "1.000", None, None]
    with pytest.raises(InputFileError, match="A8"):
        import_realisation(workspace.db, workspace.editor,
                           write_report(tmp_path / "a.xlsx", rows), "64.01.01.2001", 2024)
    with pytest.raises(InputFileError, match="Kode Rekening"):
        import_realisation(workspace.db, workspace.editor,
                           write_report(tmp_path / "b.xlsx", ROWS, ["Kode", "Nama", "Nilai"]),
                           "64.01.01.2001", 2024)
    assert counts(workspace) == (0, 0)


def test_merged_title_and_negative_realisation_in_parentheses(workspace, tmp_path):
    import openpyxl

    rows = [list(r) for r in ROWS]
    path = write_report(tmp_path / "m.xlsx", rows)
    book = openpyxl.load_workbook(path)
    book.active.merge_cells("A1:E1")
    book.active["D9"] = "(1.000)"  # a correction booked as negative realisation
    book.save(path)
    report = import_realisation(workspace.db, workspace.editor, path, "64.01.01.2001", 2024)
    with workspace.db.reading() as session:
        assert session.scalars(select(ApbdesLine).filter_by(
            activity_code="", code="5")).one().realisation_1 == "-1000.00"
    assert any(f.check == "totals_do_not_add_up" for f in report.findings)

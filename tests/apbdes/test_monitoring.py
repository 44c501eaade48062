from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from desktop_app.core.apbdes.export import export_budget
from desktop_app.core.apbdes.importing import import_realisation
from desktop_app.core.apbdes.lines import BudgetLine
from desktop_app.core.apbdes.monitoring import (
    MonitoringRules,
    ReportDeadline,
    default_monitoring_rules,
    late_reports,
    low_absorption,
    missing_reports,
)
from desktop_app.core.apbdes.overview import budget_versions, load_budget_view
from desktop_app.core.apbdes.report_sheet import ColumnLayout
from desktop_app.core.problems import InputFileError
from tests.apbdes.test_import import ROWS, write_report

RULES = MonitoringRules(
    (ReportDeadline(1, 7, 31, 0), ReportDeadline(2, 1, 31, 1)),
    ((6, Decimal("40")), (12, Decimal("90"))))


def spending(budget, realised):
    return [BudgetLine("02.02.01", "5.2.1", "x", Decimal(budget), Decimal(realised))]


def test_missing_semester_reports_after_their_deadlines():
    assert missing_reports(2026, {1: None, 2: None}, date(2026, 7, 31), RULES) == []
    [late] = missing_reports(2026, {1: None, 2: None}, date(2026, 8, 1), RULES)
    assert late.check == "missing_report:1" and "31 Juli 2026" in late.message
    assert missing_reports(2026, {1: date(2026, 7, 20), 2: None}, date(2027, 1, 31),
                           RULES) == []
    assert [f.check for f in missing_reports(2026, {1: date(2026, 7, 20), 2: None},
                                             date(2027, 2, 1), RULES)] == ["missing_report:2"]


def test_a_report_received_after_its_deadline_is_flagged_late():
    on_time = {1: date(2026, 7, 31), 2: date(2027, 1, 31)}
    assert late_reports(2026, on_time, RULES) == []
    [late] = late_reports(2026, {1: date(2027, 12, 10), 2: None}, RULES)
    assert late.check == "late_report:1"
    assert late.message == ("Laporan realisasi semester I tahun 2026 diterima 10 Desember "
                            "2027, terlambat 497 hari dari batasnya 31 Juli 2026.")
    assert [f.check for f in late_reports(2026, {1: date(2026, 8, 1), 2: date(2027, 2, 1)},
                                          RULES)] == ["late_report:1", "late_report:2"]


def test_the_budget_view_flags_a_late_semester_report(workspace, tmp_path):
    path = write_report(tmp_path / "lra.xlsx", ROWS)
    import_realisation(workspace.db, workspace.editor, path, "64.01.01.2001", 2025,
                       reported_on=date(2026, 12, 10))
    view = load_budget_view(workspace.db, "64.01.01.2001", 2025, "murni", date(2026, 12, 15))
    assert "late_report:1" in [c.check for c in view.checks]


def test_low_absorption_uses_the_month_the_latest_report_describes():
    reported_1 = {1: date(2026, 7, 10), 2: None}
    assert low_absorption(spending(1000, 400), 2026, reported_1, RULES) == []
    [low] = low_absorption(spending(1000, 399), 2026, reported_1, RULES)
    assert "Juni 2026" in low.message and "39,90 %" in low.message
    year_end = {1: date(2026, 7, 10), 2: date(2027, 1, 10)}
    assert low_absorption(spending(1000, 899), 2026, year_end, RULES)[0].check == \
        "low_absorption"
    assert low_absorption(spending(1000, 900), 2026, year_end, RULES) == []
    assert low_absorption(spending(1000, 0), 2026, {1: None, 2: None}, RULES) == []


def test_rules_file_is_data():
    rules = default_monitoring_rules()
    assert [d.semester for d in rules.deadlines] == [1, 2]
    assert all(Decimal(0) < pct <= 100 for _month, pct in rules.absorption)


def test_year_end_report_replaces_semester_one_and_view_adds_calendar_checks(workspace,
                                                                             tmp_path):
    path = write_report(tmp_path / "s1.xlsx", ROWS)
    import_realisation(workspace.db, workspace.editor, path, "64.01.01.2001", 2025,
                       reported_on=date(2025, 7, 15))
    view = load_budget_view(workspace.db, "64.01.01.2001", 2025, "murni", date(2026, 2, 2))
    assert view.totals.spending_realised == Decimal("600000.00")
    assert view.reported == {1: date(2025, 7, 15), 2: None}
    assert "missing_report:2" in [c.check for c in view.checks]
    assert [(r.label.split()[0], r.budget, r.realised) for r in view.by_bidang] == [
        ("02", Decimal("1200000.00"), Decimal("600000.00"))]
    year_end = [r if r[0] != "5.3.1" else ["5.3.1", "Gedung posyandu", 1000000, 1000000, 0]
                for r in ROWS]
    import_realisation(workspace.db, workspace.editor,
                       write_report(tmp_path / "s2.xlsx", year_end), "64.01.01.2001", 2025,
                       semester=2, reported_on=date(2026, 1, 20))
    view = load_budget_view(workspace.db, "64.01.01.2001", 2025, "murni", date(2026, 2, 2))
    assert view.totals.spending_realised == Decimal("1100000.00")  # not 600k + 1.1M
    assert "missing_report:2" not in [c.check for c in view.checks]
    assert budget_versions(workspace.db, "64.01.01.2001") == [(2025, "murni")]


def test_export_imports_back_unchanged(workspace, tmp_path):
    path = write_report(tmp_path / "lra.xlsx", ROWS)
    import_realisation(workspace.db, workspace.editor, path, "64.01.01.2001", 2024)
    view = load_budget_view(workspace.db, "64.01.01.2001", 2024, "murni", date(2024, 7, 1))
    exported = tmp_path / "ekspor.xlsx"
    export_budget(view, "Batu Kajang", exported)
    sheet = openpyxl.load_workbook(exported).active
    assert "BATU KAJANG" in sheet["A1"].value
    assert [c.value for c in sheet[3]][:2] == ["Kode Rekening", "Uraian"]
    again = import_realisation(workspace.db, workspace.editor, exported, "64.01.01.2001", 2024)
    assert (again.added, again.changed, again.removed) == (0, 0, 0)
    assert again.unchanged == len(view.lines)


def test_unknown_headers_import_with_a_mapping_that_is_remembered(workspace, tmp_path):
    header = ["No. Rek", "Nama Rekening", "Pagu Anggaran", "Realisasi s.d. Juni", "Sisa"]
    path = write_report(tmp_path / "lain.xlsx", ROWS, header)
    with pytest.raises(InputFileError, match="tidak ditemukan"):
        import_realisation(workspace.db, workspace.editor, path, "64.01.01.2001", 2024)
    layout = ColumnLayout(2, {"code": 0, "description": 1, "budget": 2, "realisation": 3})
    first = import_realisation(workspace.db, workspace.editor, path, "64.01.01.2001", 2024,
                               layout=layout, remember=True)
    assert first.added == 8
    second = write_report(tmp_path / "lain-lagi.xlsx", ROWS[:4], header)
    again = import_realisation(workspace.db, workspace.editor, second, "64.01.01.2001", 2024)
    assert again.removed == 4  # read with the remembered mapping, no question asked


def test_folder_import_by_code_in_name_refuses_bad_files_alone(workspace, tmp_path, capsys):
    from desktop_app.cli import main

    folder = tmp_path / "kumpulan"
    folder.mkdir()
    write_report(folder / "64.01.01.2001 Batu Kajang.xlsx", ROWS)
    write_report(folder / "6401012002.xlsx", ROWS)
    write_report(folder / "tanpa kode.xlsx", ROWS)
    (folder / "64.01.01.2003 rusak.xlsx").write_bytes(b"bukan lembar kerja")
    data_dir = workspace.data_dir
    workspace.close()
    code = main(["--data-dir", str(data_dir), "import-apbdes", str(folder), "--year", "2025"])
    out, err = capsys.readouterr()
    assert code == 3  # finished, but files were skipped
    assert "2 laporan diimpor: 16 baris baru" in out
    assert out.rstrip("\n").rsplit("\n", 1)[-1] == (
        "Selesai dengan 2 berkas dilewati: daftarnya tercetak di atas (galat standar), di "
        "bawah judul 'Ditolak' (kode keluar 3).")
    assert "tanpa kode.xlsx: nama berkas tidak memuat kode desa" in err
    assert "64.01.01.2003 rusak.xlsx" in err
    from desktop_app.core.workspace import open_workspace

    reopened = open_workspace(data_dir)
    try:
        assert budget_versions(reopened.db, "64.01.01.2002") == [(2025, "murni")]
        assert budget_versions(reopened.db, "64.01.01.2003") == []
    finally:
        reopened.close()


def test_many_files_are_read_by_a_second_process_and_stored_in_order(workspace, tmp_path):
    from desktop_app.core.apbdes.folder_import import PARALLEL_FROM, import_folder
    from desktop_app.core.models import Village

    with workspace.db.writing() as session:  # enough villages for the reader process
        template = session.get(Village, "64.01.01.2001")
        for number in range(10, 10 + PARALLEL_FROM):
            session.add(Village(
                code=f"64.01.01.20{number}", code_plain=f"64010120{number}",
                name=f"Desa {number}", district_code=template.district_code,
                regency_code=template.regency_code, district_name=template.district_name,
                regency_name=template.regency_name, kind="desa", active=True))
    folder = tmp_path / "banyak"
    folder.mkdir()
    for number in range(10, 10 + PARALLEL_FROM):
        rows = ROWS if number != 15 else [*ROWS, ["9.9", "kode asing", 1, 1, 0]]
        write_report(folder / f"64.01.01.20{number}.xlsx", rows)
    report = import_folder(workspace.db, workspace.editor, [folder], 2025)
    assert len(report.imported) == PARALLEL_FROM - 1
    assert [p.file for p in report.refused] == ["64.01.01.2015.xlsx"]
    assert all(r.added == 8 for r in report.imported.values())

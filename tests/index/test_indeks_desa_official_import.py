"""Official Indeks Desa results from a spreadsheet: usual headers found, an unfamiliar layout
mapped once and remembered, all-or-nothing per file, compared with the village's own
questionnaire."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop_app.core.column_mapping import ColumnLayout
from desktop_app.core.indeks_desa.answers import Answer
from desktop_app.core.indeks_desa.compare import differences
from desktop_app.core.indeks_desa.official_import import import_official_results
from desktop_app.core.indeks_desa.queries import status_per_village
from desktop_app.core.indeks_desa.store import save_questionnaire
from desktop_app.core.index.definitions import indeks_desa_catalogue
from desktop_app.core.models import IndexOfficialResult
from desktop_app.core.problems import InputFileError

NOW = datetime(2026, 11, 26, 9, 30)


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def count(workspace) -> int:
    with workspace.db.reading() as session:
        return session.scalar(select(func.count()).select_from(IndexOfficialResult))


def test_usual_headers_are_found(workspace, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "kepmendesa.xlsx", [
        ["LAMPIRAN KEPMENDESA 343/2025"], [],
        ["No", "Kode Desa", "Nama Desa", "Nilai ID", "Layanan Dasar", "Status"],
        [1, "6407052001", "Long Iram Bayan", "71,25", "80.10", "MAJU"],
        [2, "64.07.05.2002", "Sukomulyo", "55.01", None, "Tertinggal"],
    ])
    report = import_official_results(workspace.db, path, 2025, NOW)
    assert (report.added, report.replaced) == (2, 0)
    with workspace.db.reading() as session:
        rows = {r.village_code: (r.total, r.dimension_scores, r.status) for r in
                session.scalars(select(IndexOfficialResult))}
    assert rows == {"64.07.05.2001": ("71,25", {"I": "80.10"}, "Maju"),
                    "64.07.05.2002": ("55.01", None, "Tertinggal")}
    again = import_official_results(workspace.db, path, 2025, NOW)
    assert (again.added, again.replaced) == (0, 2)
    assert count(workspace) == 2


def test_unfamiliar_layout_through_the_mapping_step_is_remembered(workspace,
                                                                 tmp_path: Path) -> None:
    rows = [["Wil.", "Desa", "Hasil akhir", "Kategori"],
            ["6401012001", "Batu Kajang", "81.5", "Mandiri"]]
    path = write_xlsx(tmp_path / "dpmd.xlsx", rows)
    with pytest.raises(InputFileError, match="tunjukkan kolomnya"):
        import_official_results(workspace.db, path, 2025, NOW)
    layout = ColumnLayout(0, {"village_code": 0, "total": 2, "status": 3})
    import_official_results(workspace.db, path, 2025, NOW, layout=layout, remember=True)
    # the next file with the same headers needs no mapping
    other = write_xlsx(tmp_path / "dpmd-2.xlsx", [rows[0], ["6401012002", "Kasungai",
                                                            "60", "Berkembang"]])
    report = import_official_results(workspace.db, other, 2025, NOW)
    assert report.added == 1 and report.layout == layout
    assert count(workspace) == 2


def test_one_bad_row_refuses_the_whole_file(workspace, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "rusak.xlsx", [
        ["Kode Desa", "Nilai ID", "Status"],
        ["6401012001", "70", "Maju"],
        ["6401012002", "101", "Maju"],
        ["6499012002", "50", "Maju"],
        ["6401012003", "50", "Hebat"],
        ["6401012001", "70", "Maju"],
    ])
    with pytest.raises(InputFileError) as caught:
        import_official_results(workspace.db, path, 2025, NOW)
    text = str(caught.value)
    assert "sel B3: 101 di luar rentang 0–100" in text
    assert "kode desa 64.99.01.2002 tidak ada" in text
    assert "status 'Hebat' tidak dikenal" in text
    assert "desa 64.01.01.2001 sudah ada di baris 2" in text
    assert count(workspace) == 0


def test_official_result_is_compared_with_the_questionnaire(workspace, tmp_path) -> None:
    village = "64.07.05.2001"
    cat = indeks_desa_catalogue(2025)
    save_questionnaire(workspace.db, workspace.editor, village, 2025,
                       {item.key: Answer(3) for item in cat.indicators})  # 60.00 Berkembang
    path = write_xlsx(tmp_path / "hasil.xlsx", [
        ["Kode Desa", "Nilai ID", "Layanan Dasar", "Sosial", "Status"],
        [village, "72.40", "60.00", "75.00", "Maju"]])
    import_official_results(workspace.db, path, 2025, NOW)
    names = {sub.code: sub.name for sub in cat.sub_indices}
    with workspace.db.reading() as session:
        found = differences(session, village, 2025, names)
        status = status_per_village(session, 2025)[village]
    assert [(d.what, d.official, d.questionnaire) for d in found] == [
        ("Nilai Indeks Desa", "72.40", "60.00"), ("Sosial", "75.00", "60.00"),
        ("Status", "Maju", "Berkembang")]
    assert (status.status, status.source, status.provisional) == ("Maju", "resmi", False)

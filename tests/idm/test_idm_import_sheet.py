"""Importing the national IDM spreadsheet (XLSX 2024 layout, CSV 2023 layout)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop_app.core.idm.imports import import_national_sheet, import_rumusan
from desktop_app.core.models import IdmAssessment, IdmIndicatorRow, OutboxOperation
from desktop_app.core.problems import Cancelled, InputFileError
from desktop_app.core.regions.code_changes import load_code_map
from tests.idm.fixtures.idm_import_documents import FIXTURES, rumusan_document, write_rumusan

CSV_2023 = FIXTURES / "import" / "national_2023.csv"
HEADER_2024 = ["KODE_PROV", "NAMA_PROVINSI", "KODE_KAB", "NAMA_KABUPATEN", "KODE_KEC",
               "NAMA_KECAMATAN", "KODE_DESA", "NAMA_DESA", "IKS_2024", "IKE_2024", "IKL_2024",
               "NILAI_IDM_2024", "STATUS_IDM_2024", "Keterangan"]


def row_2024(code: str, name: str, iks: Any, ike: Any, ikl: Any, idm: Any, status: str,
             note: str | None = None) -> list[Any]:
    plain = code.replace(".", "")
    return [plain[:2], "KALIMANTAN TIMUR", plain[:4], "KAB", plain[:6], "KEC", code, name,
            iks, ike, ikl, idm, status, note]


GOOD_ROWS = [
    row_2024("6401012001", "BATU KAJANG", 0.8286, 0.65, 0.7333, 0.7373, "MAJU"),
    row_2024("6401012002", "KASUNGAI", 0.76, 0.5833, 0.6, 0.6478, "BERKEMBANG"),
    row_2024("6401022001", "TANJUNG ARU", "Desa tidak dinilai (pemekaran)", None, None, None,
             None),
    row_2024("6407052001", "LONG IRAM BAYAN", 0.6114, 0.45, 0.5333, 0.5316, "TERTINGGAL"),
    row_2024("6472011001", "RAWA MAKMUR", 0.9, 0.8, 0.8667, 0.8556, "MANDIRI"),
    row_2024("6301012001", "TAKISUNG", 0.5, 0.4, 0.4, 0.4333, "SANGAT TERTINGGAL"),
]


def write_xlsx(path: Path, rows: list[list[Any]], header: list[str] | None = None,
               title: str = "IDM 2024") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(header or HEADER_2024)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def assessments(workspace: Any) -> dict[str, IdmAssessment]:
    with workspace.db.reading() as session:
        return {a.village_code: a for a in session.scalars(select(IdmAssessment))}


def problems(call: Any) -> list[str]:
    with pytest.raises(InputFileError) as info:
        call()
    return [str(problem) for problem in info.value.problems]


def test_xlsx_2024_for_one_province(workspace: Any, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "idm2024.xlsx", GOOD_ROWS)
    report = import_national_sheet(workspace.db, path, province="64")
    assert report.counts == {"added": 4, "updated": 0, "unchanged": 0, "skipped": 1}
    assert report.out_of_scope == 1
    (skipped,) = report.of("skipped")
    assert skipped.source == "idm2024.xlsx, baris 4"
    assert skipped.reasons == ("tidak dinilai: Desa tidak dinilai (pemekaran)",)
    stored = assessments(workspace)
    assert set(stored) == {"64.01.01.2001", "64.01.01.2002", "64.07.05.2001", "64.72.01.1001"}
    first = stored["64.01.01.2001"]
    assert (first.published_iks, first.published_ike, first.published_ikl,
            first.published_idm) == ("0.8286", "0.65", "0.7333", "0.7373")
    assert (first.published_status, first.status, first.idm) == ("MAJU", "Maju", "0.7373")
    assert first.imported_at is not None and first.imported_at == first.updated_at
    assert (first.year, first.kind, first.scores, first.regency_code) == (
        2024, "official", None, "64.01")
    assert stored["64.72.01.1001"].status == "Mandiri"
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(IdmIndicatorRow)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxOperation)) == 0

    again = import_national_sheet(workspace.db, path, province="64")
    assert again.counts == {"added": 0, "updated": 0, "unchanged": 4, "skipped": 1}
    assert {c: a.hlc for c, a in assessments(workspace).items()} == {
        c: a.hlc for c, a in stored.items()}

    changed = [list(row) for row in GOOD_ROWS]
    changed[1][8:13] = [0.7657, 0.5833, 0.6, 0.6497, "BERKEMBANG"]
    write_xlsx(path, changed)
    third = import_national_sheet(workspace.db, path, province="64")
    assert third.counts == {"added": 0, "updated": 1, "unchanged": 3, "skipped": 1}
    assert assessments(workspace)["64.01.01.2002"].published_iks == "0.7657"


def test_csv_2023_for_one_kabupaten_keeps_the_text_as_published(workspace: Any) -> None:
    report = import_national_sheet(workspace.db, CSV_2023, regency="6401")
    assert report.counts == {"added": 2, "updated": 0, "unchanged": 0, "skipped": 1}
    assert report.out_of_scope == 2
    assert report.of("skipped")[0].reasons == (
        "tidak dinilai: Tidak dinilai karena data Podes tidak tersedia",)
    stored = assessments(workspace)
    assert stored["64.01.01.2001"].published_ike == "0.6500"
    assert stored["64.01.01.2001"].year == 2023
    assert stored["64.01.01.2002"].status == "Berkembang"


def test_a_stored_rumusan_is_kept_and_differences_listed(workspace: Any,
                                                         tmp_path: Path) -> None:
    import_rumusan(workspace.db, write_rumusan(tmp_path, rumusan_document("6401012001", 2024)))
    rumusan = assessments(workspace)["64.01.01.2001"]
    agreeing = row_2024("6401012001", "BATU KAJANG", 0.8, 0.6, 0.6667, 0.6889, "BERKEMBANG")
    path = write_xlsx(tmp_path / "a.xlsx", [agreeing])
    report = import_national_sheet(workspace.db, path)
    assert report.counts["unchanged"] == 1 and report.disagreements == []

    differing = row_2024("6401012001", "BATU KAJANG", 0.8229, 0.6, 0.6667, 0.6965, "BERKEMBANG")
    write_xlsx(path, [differing])
    report = import_national_sheet(workspace.db, path)
    (skipped,) = report.of("skipped")
    assert "rincian rumusan yang tersimpan dipertahankan" in skipped.reasons[0]
    assert [(d.index, str(d.published), str(d.recomputed)) for d in report.disagreements] == [
        ("IKS", "0.8229", "0.8"), ("IDM", "0.6965", "0.68888888888889")]
    after = assessments(workspace)["64.01.01.2001"]
    assert (after.published_iks, after.hlc, after.scores) == (
        rumusan.published_iks, rumusan.hlc, rumusan.scores)


@pytest.mark.parametrize(("change", "expected"), [
    (lambda rows: rows.append(list(rows[0])),
     "baris 8: KODE_DESA (G8): desa 64.01.01.2001 ganda (sudah ada di baris 2)"),
    (lambda rows: rows[1].__setitem__(9, "lima"),
     "baris 3: IKE_2024 (J3): 'lima' bukan angka"),
    (lambda rows: rows[0].__setitem__(10, 1.2),
     "baris 2: IKL_2024 (K2): 1.2 di luar rentang 0–1"),
    (lambda rows: rows[0].__setitem__(12, "HEBAT"),
     "baris 2: STATUS_IDM_2024 (M2): status 'HEBAT' tidak dikenal"),
    (lambda rows: rows.append(row_2024("6409012001", "X", 0.5, 0.5, 0.5, 0.5, "TERTINGGAL")),
     "baris 8: KODE_DESA (G8): kode desa 64.09.01.2001 tidak ada dalam daftar wilayah, dan "
     "kabupaten 64.09 belum ada dalam daftar: impor daftar wilayah Kemendagri dulu"),
    (lambda rows: rows.append(row_2024("6401010001", "X", 0.5, 0.5, 0.5, 0.5, "TERTINGGAL")),
     "tampaknya kode BPS"),
])
def test_bad_rows_refuse_the_whole_file(workspace: Any, tmp_path: Path, change: Any,
                                        expected: str) -> None:
    rows = [list(row) for row in GOOD_ROWS]
    change(rows)
    path = write_xlsx(tmp_path / "idm.xlsx", rows)
    found = problems(lambda: import_national_sheet(workspace.db, path, province="64"))
    assert any(expected in problem for problem in found), found
    assert assessments(workspace) == {}


def test_missing_column_and_missing_header(workspace: Any, tmp_path: Path) -> None:
    header = [name for name in HEADER_2024 if name != "STATUS_IDM_2024"]
    path = write_xlsx(tmp_path / "idm.xlsx", [row[:12] for row in GOOD_ROWS], header)
    (found,) = problems(lambda: import_national_sheet(workspace.db, path))
    assert "idm.xlsx, baris 1: kolom STATUS_IDM_2024 tidak ada" in found
    other = write_xlsx(tmp_path / "lain.xlsx", [["a", "b"]], ["NAMA", "ALAMAT"])
    (found,) = problems(lambda: import_national_sheet(workspace.db, other))
    assert "judul kolom KODE_DESA atau KODE_DESA_DAGRI tidak ditemukan" in found


@pytest.mark.parametrize(("name", "content"), [
    ("idm.xlsx", b"%PDF-1.4 not a sheet"),
    ("idm.xlsx", b"PK\x03\x04 broken zip"),
    ("idm.xlsx", b"teks biasa"),
    ("idm.csv", b""),
])
def test_not_a_spreadsheet(workspace: Any, tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (found,) = problems(lambda: import_national_sheet(workspace.db, path))
    assert found.startswith(f"{name}: bukan")
    assert assessments(workspace) == {}


def test_cancel_writes_nothing(workspace: Any, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "idm.xlsx", GOOD_ROWS)
    polls: list[int] = []

    def cancelled_while_writing() -> bool:
        polls.append(1)
        return len(polls) >= 2  # the first poll is after reading, the second before writing

    with pytest.raises(Cancelled):
        import_national_sheet(workspace.db, path, is_cancelled=cancelled_while_writing)
    assert len(polls) == 2
    assert assessments(workspace) == {}


def test_scope_filter_must_be_a_region_code(workspace: Any) -> None:
    (found,) = problems(lambda: import_national_sheet(workspace.db, CSV_2023, regency="640"))
    assert "kode wilayah penyaring" in found


def test_a_row_under_a_changed_code_is_skipped_with_a_proposal(workspace: Any,
                                                                tmp_path: Path) -> None:
    """64.01.05.2001 is not in the region list; Kasungai (64.01.01.2002) has that name."""
    rows = [list(row) for row in GOOD_ROWS[:2]]
    rows.append(row_2024("6401052001", "Desa  KASUNGAI", 0.76, 0.5833, 0.6, 0.6478,
                         "BERKEMBANG"))
    rows.append(row_2024("6401052002", "ENTAH", 0.5, 0.5, 0.5, 0.5, "TERTINGGAL"))
    path = write_xlsx(tmp_path / "idm.xlsx", rows)
    report = import_national_sheet(workspace.db, path)
    assert report.counts == {"added": 2, "updated": 0, "unchanged": 0, "skipped": 2}
    proposed, unknown = report.of("skipped")
    assert (proposed.source, proposed.village_code) == ("idm.xlsx, baris 4", "64.01.05.2001")
    assert proposed.reasons[0].startswith(
        "kode desa 64.01.05.2001 tidak ada dalam daftar wilayah; desa bernama 'Desa KASUNGAI' "
        "di kabupaten 64.01 (Kabupaten Paser) kini 64.01.01.2002 Kasungai, Kecamatan Batu "
        "Sopang — kodenya tampaknya berubah.")
    assert "di kabupaten 64.01 (Kabupaten Paser) juga tidak ada desa bernama 'ENTAH'" in \
        unknown.reasons[0]
    assert report.code_proposals["64.01.05.2001"].proposed is not None
    assert report.code_proposals["64.01.05.2001"].sources == ["idm.xlsx, baris 4"]
    assert set(assessments(workspace)) == {"64.01.01.2001", "64.01.01.2002"}


def test_a_code_map_imports_the_row_under_the_current_code(workspace: Any,
                                                            tmp_path: Path) -> None:
    rows = [row_2024("6401052001", "SUNGAI TERIK", 0.76, 0.5833, 0.6, 0.6478, "BERKEMBANG")]
    path = write_xlsx(tmp_path / "idm.xlsx", rows)
    code_map = tmp_path / "peta.csv"
    code_map.write_text("old_code,new_code\n6401052001,64.01.01.2003\n", encoding="utf-8")
    report = import_national_sheet(workspace.db, path, province="64",
                                   code_map=load_code_map(workspace.db, code_map))
    assert report.counts["added"] == 1
    (item,) = report.remapped
    assert (item.village_code, item.published_code) == ("64.01.01.2003", "64.01.05.2001")
    stored = assessments(workspace)["64.01.01.2003"]
    assert (stored.published_code, stored.published_iks, stored.regency_code) == (
        "64.01.05.2001", "0.76", "64.01")
    assert import_national_sheet(workspace.db, path, province="64", code_map=load_code_map(
        workspace.db, code_map)).counts["unchanged"] == 1

    rows.append(row_2024("6401012003", "SUNGAI TERIK", 0.5, 0.5, 0.5, 0.5, "TERTINGGAL"))
    write_xlsx(path, rows)
    found = problems(lambda: import_national_sheet(
        workspace.db, path, code_map=load_code_map(workspace.db, code_map)))
    assert found == ["idm.xlsx, baris 3: KODE_DESA (G3): desa 64.01.01.2003 ganda (sudah ada "
                     "di baris 2)"]

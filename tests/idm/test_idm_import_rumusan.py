"""Importing official rumusan files into a real workspace database."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_app.core.idm.imports import UNCHANGED, import_rumusan
from desktop_app.core.models import (
    OFFICIAL,
    IdmAssessment,
    IdmIndicatorRow,
    OutboxOperation,
)
from tests.idm.fixtures.idm_import_documents import (
    VALID,
    indicator_row,
    rumusan_document,
    write_rumusan,
)


def stored(workspace: Any) -> tuple[list[IdmAssessment], int]:
    with workspace.db.reading() as session:
        assessments = list(session.scalars(select(IdmAssessment)
                                           .order_by(IdmAssessment.village_code)))
        rows = session.scalar(select(func.count()).select_from(IdmIndicatorRow))
    return assessments, rows or 0


def outbox_size(workspace: Any) -> int:
    with workspace.db.reading() as session:
        return session.scalar(select(func.count()).select_from(OutboxOperation)) or 0


def reasons(report: Any) -> dict[str, list[str]]:
    return {item.source: list(item.reasons) for item in report.of("skipped")}


def test_one_file_becomes_an_official_assessment_with_its_rows(workspace: Any) -> None:
    report = import_rumusan(workspace.db, VALID, editor=workspace.editor)
    assert report.counts == {"added": 1, "updated": 0, "unchanged": 0, "skipped": 0}
    assert report.disagreements == []
    (assessment,), rows = stored(workspace)
    assert (assessment.village_code, assessment.year, assessment.kind) == (
        "64.01.02.2001", 2023, OFFICIAL)
    assert assessment.regency_code == "64.01"
    assert (assessment.published_iks, assessment.published_ike, assessment.published_ikl,
            assessment.published_idm) == ("0.8", "0.6", "0.66666666666667", "0.68888888888889")
    assert (assessment.published_status, assessment.status, assessment.idm) == (
        "Berkembang", "Berkembang", "0.68888888888889")
    assert assessment.scores is not None and len(assessment.scores) == 50
    assert assessment.scores["1"] == 5
    assert assessment.source == "6401022001/2023.json"
    assert assessment.imported_at is not None and assessment.hlc
    assert assessment.updated_by == "Rahmat (pendamping)"
    assert rows == 50
    assert outbox_size(workspace) == 0  # reference data is not queued for sync
    with workspace.db.reading() as session:
        first = session.get(IdmIndicatorRow, (assessment.id, 1))
    assert first is not None and first.score == 5
    assert first.actor_kab == "DINAS A, DINAS B"  # actors per level joined with ", "


def test_reimport_changes_nothing_and_changed_data_updates(workspace: Any,
                                                           tmp_path: Path) -> None:
    folder = tmp_path / "rumusan"
    write_rumusan(folder, rumusan_document("6401012001", 2023))
    write_rumusan(folder, rumusan_document("6401012002", 2023))
    first = import_rumusan(workspace.db, folder)
    assert first.counts["added"] == 2
    before, _ = stored(workspace)
    again = import_rumusan(workspace.db, folder)
    assert again.counts == {"added": 0, "updated": 0, "unchanged": 2, "skipped": 0}
    after, rows = stored(workspace)
    assert [(a.id, a.hlc, a.updated_at) for a in after] == [
        (a.id, a.hlc, a.updated_at) for a in before]
    assert rows == 100

    changed = rumusan_document("6401012002", 2023, {1: 1, 49: 0})
    indicator_row(changed, 2)["KEGIATAN"] = "Pembangunan posyandu baru"
    write_rumusan(folder, changed)
    third = import_rumusan(workspace.db, folder)
    assert third.counts == {"added": 0, "updated": 1, "unchanged": 1, "skipped": 0}
    after, rows = stored(workspace)
    assert rows == 100
    updated = next(a for a in after if a.village_code == "64.01.01.2002")
    assert updated.id == before[1].id
    assert updated.scores is not None and updated.scores["1"] == 1
    with workspace.db.reading() as session:
        row = session.get(IdmIndicatorRow, (updated.id, 2))
    assert row is not None and row.activity == "Pembangunan posyandu baru"
    assert outbox_size(workspace) == 0


def bad_documents() -> dict[str, tuple[str | dict[str, Any], str]]:
    """File name -> (content, a message the report must contain)."""
    text_score = rumusan_document("6401012002")
    indicator_row(text_score, 3)["SKOR"] = "baik"
    out_of_range = rumusan_document("6401012003")
    indicator_row(out_of_range, 40)["SKOR"] = 7
    missing_row = rumusan_document("6401022004")
    missing_row["mapData"]["ROW"].remove(indicator_row(missing_row, 12))
    missing_column = rumusan_document("6407052001")
    del indicator_row(missing_column, 5)["SKOR"]
    duplicate = rumusan_document("6407052002")
    rows = duplicate["mapData"]["ROW"]
    rows.insert(3, dict(rows[2]))
    unknown = rumusan_document("6401012999")
    bps = rumusan_document("6401010001")
    no_summary = rumusan_document("6472011001")
    no_summary["mapData"]["ROW"] = [r for r in no_summary["mapData"]["ROW"]
                                    if not str(r["INDIKATOR"]).startswith("IKE ")]
    truncated = json.dumps(rumusan_document("6472011002"))[:-200]
    return {
        "6401012002/2023.json": (text_score, "IKS NO 3, kolom SKOR: skor 'baik' bukan angka"),
        "6401012003/2023.json": (out_of_range, "IKE NO 5, kolom SKOR: skor 7 di luar rentang"),
        "6401022004/2023.json": (missing_row, "IKS, kolom NO: indikator NO 12 tidak ada"),
        "6407052001/2023.json": (missing_column, "IKS NO 5, kolom SKOR: skor kosong"),
        "6407052002/2023.json": (duplicate, "IKS NO 3, kolom NO: nomor indikator ganda"),
        "6401012999/2023.json": (unknown, "kode desa 64.01.01.2999 tidak ada dalam daftar"),
        "6401010001/2023.json": (bps, "tampaknya kode BPS"),
        "6472011001/2023.json": (no_summary, "ringkasan IKE: baris ringkasan tidak ada"),
        "6472011002/2023.json": (truncated, "JSON rusak atau terpotong"),
    }


def test_bad_files_are_skipped_with_every_problem_and_good_ones_written(
        workspace: Any, tmp_path: Path) -> None:
    folder = tmp_path / "rumusan"
    write_rumusan(folder, rumusan_document("6401012001"))
    bad = bad_documents()
    for name, (content, _message) in bad.items():
        write_rumusan(folder, content, name)
    report = import_rumusan(workspace.db, [folder, tmp_path / "tidak-ada"])
    assert report.counts["added"] == 1
    assert report.counts["skipped"] == len(bad) + 1
    found = reasons(report)
    for name, (_content, message) in bad.items():
        assert any(message in reason for reason in found[name]), (name, found[name])
    assert found[str(tmp_path / "tidak-ada")] == ["berkas atau folder tidak ditemukan"]
    assessments, rows = stored(workspace)
    assert [a.village_code for a in assessments] == ["64.01.01.2001"]
    assert rows == 50


def test_bps_identity_codes_are_refused(workspace: Any, tmp_path: Path) -> None:
    document = rumusan_document("6401012001")
    document["mapData"]["IDENTITAS"][0]["id_kecamatan"] = "6401010"  # BPS kecamatan form
    path = write_rumusan(tmp_path, document)
    report = import_rumusan(workspace.db, path)
    (skipped,) = report.of("skipped")
    assert any("id_kecamatan" in r and "kode BPS" in r for r in skipped.reasons)
    assert stored(workspace) == ([], 0)


def test_published_values_are_kept_and_disagreements_listed(workspace: Any,
                                                            tmp_path: Path) -> None:
    document = rumusan_document("6401012002", 2024)
    summary = next(r for r in document["mapData"]["ROW"] if r["INDIKATOR"] == "IKS 2024")
    summary["SKOR"] = 0.77714285714286  # 136/175 published, the rows sum to 140
    path = write_rumusan(tmp_path, document)
    report = import_rumusan(workspace.db, path)
    assert report.counts["added"] == 1
    (iks,) = report.disagreements
    assert (iks.village_code, iks.year, iks.index) == ("64.01.01.2002", 2024, "IKS")
    assert (iks.published, iks.recomputed) == (Decimal("0.77714285714286"), Decimal("0.8"))
    assert iks.difference_points == Decimal("-0.02285714285714")
    assert iks.score_points == Decimal("-4")
    assert "IKS: terbit 0.77714285714286, hitung ulang 0.8, selisih -0.02285714285714 poin" \
        in report.summary()
    (assessment,), _rows = stored(workspace)
    assert assessment.published_iks == "0.77714285714286"


def test_same_village_and_year_twice_in_one_run(workspace: Any, tmp_path: Path) -> None:
    document = rumusan_document("6401012001")
    write_rumusan(tmp_path / "a", document)
    write_rumusan(tmp_path / "b", document)
    report = import_rumusan(workspace.db, [tmp_path / "a", tmp_path / "b"])
    assert report.counts["added"] == 1
    (skipped,) = report.of("skipped")
    assert "sudah diimpor dari 6401012001/2023.json" in skipped.reasons[0]


def test_cancel_keeps_finished_files_and_writes_nothing_of_the_rest(
        workspace: Any, tmp_path: Path) -> None:
    for code in ("6401012001", "6401012002", "6401012003"):
        write_rumusan(tmp_path, rumusan_document(code))
    calls: list[tuple[int, int]] = []
    checked = iter([False, True])
    report = import_rumusan(workspace.db, tmp_path,
                            progress=lambda done, total, _phase: calls.append((done, total)),
                            is_cancelled=lambda: next(checked, True))
    assert report.cancelled
    assert report.counts["added"] == 1
    assert [a.village_code for a in stored(workspace)[0]] == ["64.01.01.2001"]
    assert calls[0] == (0, 3)
    nothing = import_rumusan(workspace.db, tmp_path, is_cancelled=lambda: True)
    assert nothing.cancelled and nothing.outcomes == []


@pytest.mark.shared_data
def test_all_official_rumusan_files(tmp_path: Path, shared_data_dir: Path) -> None:
    from desktop_app.core.regions.wilayah_import import import_wilayah
    from desktop_app.core.workspace import open_workspace

    workspace = open_workspace(tmp_path / "data")
    try:
        for province in ("11", "64"):
            import_wilayah(workspace.db, shared_data_dir / "wilayah", province=province)
        folder = shared_data_dir / "idm-rumusan"
        report = import_rumusan(workspace.db, folder)
        # Nine 2021 files of kecamatan 64.02.08 name villages the current Kemendagri list
        # (Kepmendagri 300.2.2-2138/2025) no longer has under those codes.
        skipped = report.of("skipped")
        assert {item.source for item in skipped} == {
            f"64020820{n:02d}/2021.json" for n in (1, 2, 10, 11, 12, 13, 14, 15, 16)}
        assert all("tidak ada dalam daftar wilayah" in item.reasons[0] for item in skipped)
        assert report.counts == {"added": 116, "updated": 0, "unchanged": 0, "skipped": 9}
        inconsistent: dict[str, set[str]] = {}
        for item in report.disagreements:
            inconsistent.setdefault(str(item.source), set()).add(item.index)
        assert inconsistent == {
            "1101022004/2024.json": {"IKS", "IDM"},
            "1101032003/2024.json": {"IKS", "IDM", "STATUS"},
            "1101032004/2024.json": {"IKS", "IDM"},
            "1101032008/2024.json": {"IKS", "IDM"},
        }
        assessments, rows = stored(workspace)
        # Rows that repeat the catalogue are kept by reference: few are stored, and every
        # indicator still reads back exactly as published.
        assert len(assessments) == 116 and 0 < rows < 116 * 50 // 10
        assert_rows_read_back_as_published(workspace, folder, assessments)
        again = import_rumusan(workspace.db, folder)
        assert again.counts == {"added": 0, "updated": 0, UNCHANGED: 116, "skipped": 9}
        assert len(again.disagreements) == len(report.disagreements)
    finally:
        workspace.close()


def assert_rows_read_back_as_published(workspace: Any, folder: Path,
                                       assessments: list[IdmAssessment]) -> None:
    from desktop_app.core.idm.catalogue import ACTOR_LEVELS
    from desktop_app.core.idm.queries import indicator_lines
    from desktop_app.core.idm.rumusan import parse_rumusan_file

    with workspace.db.reading() as session:
        for assessment in assessments:
            published = parse_rumusan_file(folder / assessment.source)
            lines = indicator_lines(session, assessment.id)
            assert [(line.score, line.criterion, line.activity,
                     *(line.actors[level] or None for level in ACTOR_LEVELS))
                    for line in lines] == [
                (row.score, row.criterion, row.activity,
                 *(", ".join(row.actors_at(level)) or None for level in ACTOR_LEVELS))
                for row in published.rows], assessment.source


def regular_and_full(path: Path) -> tuple[Any, Any]:
    from desktop_app.core.idm.catalogue import idm_catalogue
    from desktop_app.core.idm.imports.rumusan_fast import RegularParser
    from desktop_app.core.idm.imports.rumusan_files import regular_from
    from desktop_app.core.idm.rumusan import RumusanError, parse_rumusan_file

    regular = RegularParser(idm_catalogue()).parse(path)
    try:
        full = regular_from(parse_rumusan_file(path), str(path))
    except RumusanError:
        full = None
    return regular, full


def test_fast_path_gives_what_the_full_parser_gives(tmp_path: Path) -> None:
    quirky = rumusan_document("6401012001")
    indicator_row(quirky, 7)["KAB"] = "  DLH,  DKPP ,, "
    indicator_row(quirky, 8)["KEGIATAN"] = "-"
    indicator_row(quirky, 9)["PROV"] = ""
    regular, full = regular_and_full(write_rumusan(tmp_path, quirky))
    assert regular is not None and regular == full
    assert regular.rows[6][6] == "DLH, DKPP" and regular.rows[7][3] is None

    # every malformed file is declined by the fast path, so the full parser explains it
    # (an unknown village code is well-formed: the registry check refuses it)
    for name, (content, message) in bad_documents().items():
        if "tidak ada dalam daftar" in message:
            continue
        path = write_rumusan(tmp_path / "bad", content, name)
        regular, _full = regular_and_full(path)
        assert regular is None, name
    # quirks the fast path leaves to the full parser still import
    text_number = rumusan_document("6401012002")
    indicator_row(text_number, 4)["SKOR"] = "4"
    regular, full = regular_and_full(write_rumusan(tmp_path, text_number))
    assert regular is None and full is not None


@pytest.mark.shared_data
def test_fast_path_on_every_official_file(shared_data_dir: Path) -> None:
    files = sorted((shared_data_dir / "idm-rumusan").rglob("*.json"))
    for path in files:
        regular, full = regular_and_full(path)
        assert regular == full, path


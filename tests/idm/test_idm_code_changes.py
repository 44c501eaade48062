"""Villages whose code changed: proposals by name, code maps, imports under the current code."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.core.idm.imports import import_national_sheet, import_rumusan
from desktop_app.core.models import IdmAssessment
from desktop_app.core.problems import InputFileError
from desktop_app.core.regions.code_changes import (
    AMBIGUOUS,
    NO_REGION_LIST,
    NOT_FOUND,
    PROPOSED,
    CurrentVillages,
    load_code_map,
    village_name_key,
    write_code_map,
)
from desktop_app.core.regions.wilayah_import import import_wilayah
from desktop_app.core.workspace import Workspace, open_workspace
from tests.conftest import write_wilayah
from tests.idm.fixtures.idm_import_documents import rumusan_document, write_rumusan

# An excerpt of Kutai Kartanegara after Kota Bangun's villages moved to Kota Bangun Darat.
KUKAR = {
    "provinces.csv": "code,name\n64,Kalimantan Timur\n",
    "regencies.csv": "code,province_code,name\n64.02,64,Kabupaten Kutai Kartanegara\n",
    "districts.csv": ("code,regency_code,name\n64.02.02,64.02,Loa Kulu\n"
                      "64.02.08,64.02,Kota Bangun\n64.02.19,64.02,Kota Bangun Darat\n"),
    "villages.csv": ("code,district_code,name\n"
                     "64.02.02.2014,64.02.02,Sumber Sari\n"
                     "64.02.08.2004,64.02.08,Loleng\n"
                     "64.02.19.2001,64.02.19,Kedang Ipil\n"
                     "64.02.19.2003,64.02.19,Benua Baru\n"
                     "64.02.19.2007,64.02.19,Sumber Sari\n"),
}
# The same before the move: Kedang Ipil still under Kota Bangun.
KUKAR_BEFORE = {**KUKAR, "villages.csv": KUKAR["villages.csv"]
                + "64.02.08.2001,64.02.08,Kedang Ipil\n"}


@pytest.fixture
def kukar(tmp_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "data")
    import_wilayah(opened.db, write_wilayah(tmp_path / "wilayah", KUKAR))
    yield opened
    opened.close()


def old_code_file(folder: Path, code: str, name: str, year: int = 2021) -> Path:
    """A rumusan published under ``code`` (10 digits), Kecamatan Kota Bangun."""
    document = rumusan_document(code, year)
    document["mapData"]["IDENTITAS"][0].update(nama_desa=name, nama_kecamatan="KOTA BANGUN")
    return write_rumusan(folder, document)


def stored(workspace: Workspace) -> dict[str, tuple[Any, ...]]:
    with workspace.db.reading() as session:
        return {a.village_code: (a.year, a.published_code, a.regency_code, a.source)
                for a in session.scalars(select(IdmAssessment))}


def test_names_match_without_case_spaces_or_a_desa_prefix() -> None:
    assert village_name_key("Desa  KEDANG ipil ") == "kedang ipil"
    assert village_name_key("KAMPUNG Long Iram Bayan") == "long iram bayan"
    assert village_name_key("Kelurahan Rawa Makmur") == village_name_key("rawa makmur")
    assert village_name_key("Desa") == "desa"  # a name, not a prefix
    assert village_name_key(None) == ""


def test_the_current_village_of_the_same_name_in_the_kabupaten(kukar: Workspace) -> None:
    current = CurrentVillages(kukar.db)
    kedang = current.propose("64.02.08.2001", "KEDANG IPIL", "KOTA BANGUN")
    assert (kedang.kind, kedang.proposed and kedang.proposed.code) == (PROPOSED,
                                                                      "64.02.19.2001")
    assert kedang.reason() == (
        "kode desa 64.02.08.2001 tidak ada dalam daftar wilayah; desa bernama 'KEDANG IPIL' "
        "di kabupaten 64.02 (Kabupaten Kutai Kartanegara) kini 64.02.19.2001 Kedang Ipil, "
        "Kecamatan Kota Bangun Darat — kodenya tampaknya berubah. Periksa, lalu setujui peta "
        "kode 64.02.08.2001 → 64.02.19.2001 dan impor lagi (baris perintah: tulis usulan "
        "dengan --propose-code-map, lalu --code-map)")
    assert current.propose("64.02.08.2002", "Desa Benua  Baru").proposed.code == \
        "64.02.19.2003"  # type: ignore[union-attr]

    sumber_sari = current.propose("64.02.08.2013", "SUMBER SARI", "KOTA BANGUN")
    assert (sumber_sari.kind, [v.code for v in sumber_sari.candidates]) == (
        AMBIGUOUS, ["64.02.02.2014", "64.02.19.2007"])
    assert sumber_sari.proposed is None
    assert "ada 2 desa bernama 'SUMBER SARI' (kecamatan di berkas: KOTA BANGUN): " \
           "64.02.02.2014 Sumber Sari, Kecamatan Loa Kulu; 64.02.19.2007 Sumber Sari, " \
           "Kecamatan Kota Bangun Darat. Tulis kode yang benar di kolom new_code" \
           in sumber_sari.reason()

    missing = current.propose("64.02.08.2099", "ENTAH")
    assert missing.kind == NOT_FOUND
    assert "juga tidak ada desa bernama 'ENTAH'" in missing.reason()
    assert "tidak memuat nama desa" in current.propose("64.02.08.2099", None).reason()
    other = current.propose("64.09.01.2001", "KEDANG IPIL")
    assert other.kind == NO_REGION_LIST
    assert other.reason().endswith("kabupaten 64.09 belum ada dalam daftar: impor daftar "
                                   "wilayah Kemendagri dulu")


def test_an_old_code_file_is_imported_only_through_a_confirmed_map(kukar: Workspace,
                                                                   tmp_path: Path) -> None:
    folder = tmp_path / "rumusan"
    old_code_file(folder, "6402082001", "KEDANG IPIL")
    old_code_file(folder, "6402082013", "SUMBER SARI")
    old_code_file(folder, "6402082004", "LOLENG")  # a code that did not change
    first = import_rumusan(kukar.db, folder)
    assert first.counts == {"added": 1, "updated": 0, "unchanged": 0, "skipped": 2}
    assert set(stored(kukar)) == {"64.02.08.2004"}
    assert sorted(first.code_proposals) == ["64.02.08.2001", "64.02.08.2013"]
    assert first.code_proposals["64.02.08.2001"].sources == ["6402082001/2021.json"]
    summary = first.summary()
    assert ("Usulan peta kode, belum diimpor (kode lama → kode kini, nama, kecamatan kini):\n"
            "  64.02.08.2001 KEDANG IPIL → 64.02.19.2001 Kedang Ipil, Kecamatan Kota Bangun "
            "Darat [6402082001/2021.json]") in summary

    proposal = tmp_path / "usulan.csv"
    assert write_code_map(proposal, first.code_proposals.values()) == 2
    lines = proposal.read_text(encoding="utf-8-sig").splitlines()
    assert lines[:2] == [
        "old_code,new_code,nama_terbit,kecamatan_terbit,nama_kini,kecamatan_kini,catatan",
        "64.02.08.2001,64.02.19.2001,KEDANG IPIL,KOTA BANGUN,Kedang Ipil,Kota Bangun Darat,"
        '"usulan: nama sama di kabupaten yang sama; periksa, hapus barisnya bila salah"']
    assert lines[2].startswith("64.02.08.2013,,SUMBER SARI,KOTA BANGUN,,,")
    code_map = load_code_map(kukar.db, proposal)
    assert code_map.new_codes == {"64.02.08.2001": "64.02.19.2001"}  # blank: not confirmed

    second = import_rumusan(kukar.db, folder, code_map=code_map)
    assert second.counts == {"added": 1, "updated": 0, "unchanged": 1, "skipped": 1}
    (remapped,) = second.remapped
    assert (remapped.village_code, remapped.published_code) == ("64.02.19.2001",
                                                               "64.02.08.2001")
    assert stored(kukar)["64.02.19.2001"] == (2021, "64.02.08.2001", "64.02",
                                              "6402082001/2021.json")
    assert "Diimpor di bawah kode kini (peta kode): 1\n  64.02.08.2001 → 64.02.19.2001 " \
           "[6402082001/2021.json]" in second.summary()
    third = import_rumusan(kukar.db, folder, code_map=code_map)
    assert third.counts == {"added": 0, "updated": 0, "unchanged": 2, "skipped": 1}


def test_a_current_code_file_and_an_old_code_file_of_the_same_year(kukar: Workspace,
                                                                   tmp_path: Path) -> None:
    folder = tmp_path / "rumusan"
    old_code_file(folder, "6402082001", "KEDANG IPIL")
    old_code_file(folder, "6402192001", "KEDANG IPIL")
    code_map = tmp_path / "peta.csv"
    code_map.write_text("old_code,new_code\n6402082001,6402192001\n", encoding="utf-8")
    report = import_rumusan(kukar.db, folder, code_map=load_code_map(kukar.db, code_map))
    assert report.counts["added"] == 1
    (skipped,) = report.of("skipped")
    assert skipped.reasons == ("desa 64.02.19.2001 tahun 2021 sudah diimpor dari "
                               "6402082001/2021.json dalam impor ini",)


def test_a_code_retired_from_the_region_list_is_no_longer_imported_under(
        tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "data")
    try:
        import_wilayah(workspace.db, write_wilayah(tmp_path / "lama", KUKAR_BEFORE))
        import_wilayah(workspace.db, write_wilayah(tmp_path / "baru", KUKAR))  # retires it
        folder = tmp_path / "rumusan"
        old_code_file(folder, "6402082001", "KEDANG IPIL")
        report = import_rumusan(workspace.db, folder)
        assert report.counts["skipped"] == 1
        assert report.code_proposals["64.02.08.2001"].proposed.code == \
            "64.02.19.2001"  # type: ignore[union-attr]
        assert stored(workspace) == {}
    finally:
        workspace.close()


@pytest.mark.parametrize(("content", "expected"), [
    ("kode_lama,kode_baru\n", "peta.csv, baris 1: judul kolom old_code dan new_code tidak ada"),
    ("", "peta.csv, baris 1: judul kolom old_code dan new_code tidak ada"),
    ("old_code,new_code\n64.02.08.201,64.02.19.2001\n",
     "peta.csv, baris 2: '64.02.08.201' bukan kode desa Kemendagri"),
    ("old_code,new_code\n64.02.08.2001,64.02.19.2001\n64.02.08.2001,64.02.19.2003\n",
     "peta.csv, baris 3: kode lama 64.02.08.2001 sudah dipetakan ke 64.02.19.2001 di baris 2"),
    ("old_code,new_code\n64.02.08.2004,64.02.19.2001\n",
     "peta.csv, baris 2: kode lama 64.02.08.2004 masih berlaku dalam daftar wilayah"),
    ("old_code,new_code\n64.02.08.2001,64.02.19.2099\n",
     "peta.csv, baris 2: kode baru 64.02.19.2099 tidak ada dalam daftar wilayah"),
])
def test_a_wrong_code_map_is_refused_line_by_line(kukar: Workspace, tmp_path: Path,
                                                  content: str, expected: str) -> None:
    path = tmp_path / "peta.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputFileError) as info:
        load_code_map(kukar.db, path)
    assert any(str(problem).startswith(expected) for problem in info.value.problems), \
        info.value.problems


def test_a_code_map_saved_by_excel_in_indonesian(kukar: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "peta.csv"
    path.write_bytes("\ufeffold_code;new_code;catatan\n6402082001;6402192001;cek\n"
                     "6402082002;;\n".encode())
    code_map = load_code_map(kukar.db, path)
    assert code_map.new_codes == {"64.02.08.2001": "64.02.19.2001"}
    assert code_map.regencies == {"64.02.19.2001": "64.02"}


def test_a_sheet_row_under_an_old_code(kukar: Workspace, tmp_path: Path) -> None:
    sheet = tmp_path / "idm.csv"
    sheet.write_text("KODE_DESA,NAMA_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,"
                     "STATUS_IDM_2024\n6402082001,KEDANG IPIL,0.5,0.5,0.5,0.5,TERTINGGAL\n",
                     encoding="utf-8")
    report = import_national_sheet(kukar.db, sheet)
    assert report.code_proposals["64.02.08.2001"].sources == ["idm.csv, baris 2"]
    code_map = tmp_path / "peta.csv"
    write_code_map(code_map, report.code_proposals.values())
    report = import_national_sheet(kukar.db, sheet, code_map=load_code_map(kukar.db, code_map))
    assert report.counts["added"] == 1
    assert stored(kukar)["64.02.19.2001"][:3] == (2024, "64.02.08.2001", "64.02")


# -- the official files -----------------------------------------------------------------

# Kota Bangun (64.02.08) in the rumusan files of 2021 against the region list of 2025.
MOVED_TO_KOTA_BANGUN_DARAT = {
    "64.02.08.2001": "64.02.19.2001",  # Kedang Ipil
    "64.02.08.2002": "64.02.19.2003",  # Benua Baru
    "64.02.08.2010": "64.02.19.2004",  # Kota Bangun I
    "64.02.08.2011": "64.02.19.2005",  # Kota Bangun II
    "64.02.08.2012": "64.02.19.2006",  # Kota Bangun III
    "64.02.08.2014": "64.02.19.2008",  # Sari Nadi
    "64.02.08.2015": "64.02.19.2009",  # Suka Bumi
    "64.02.08.2016": "64.02.19.2010",  # Wonosari
}


@pytest.mark.shared_data
def test_the_official_files_under_kota_bangun_codes(shared_data_dir: Path,
                                                    tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "data")
    try:
        import_wilayah(workspace.db, shared_data_dir / "wilayah", province="64")
        folder = tmp_path / "kukar"
        for source in sorted((shared_data_dir / "idm-rumusan").glob("6402*")):
            shutil.copytree(source, folder / source.name)
        first = import_rumusan(workspace.db, folder)
        proposals = dict(first.code_proposals)
        assert {code: p.proposed.code for code, p in proposals.items()
                if p.proposed} == MOVED_TO_KOTA_BANGUN_DARAT
        sumber_sari = proposals.pop("64.02.08.2013")  # three villages of that name in 64.02
        assert sumber_sari.kind == AMBIGUOUS
        assert [v.code for v in sumber_sari.candidates] == [
            "64.02.02.2014", "64.02.07.2007", "64.02.19.2007"]
        assert len(proposals) == 8 and first.counts["skipped"] == 9

        code_map = tmp_path / "peta.csv"
        write_code_map(code_map, first.code_proposals.values())
        text = code_map.read_text(encoding="utf-8-sig")
        code_map.write_text(text.replace("64.02.08.2013,,", "64.02.08.2013,64.02.19.2007,"),
                            encoding="utf-8")
        second = import_rumusan(workspace.db, folder,
                                code_map=load_code_map(workspace.db, code_map))
        assert second.counts == {"added": 9, "updated": 0,
                                 "unchanged": first.counts["added"], "skipped": 0}
        assert {item.published_code: item.village_code for item in second.remapped} == {
            **MOVED_TO_KOTA_BANGUN_DARAT, "64.02.08.2013": "64.02.19.2007"}
        with workspace.db.reading() as session:
            kept = dict(session.execute(select(IdmAssessment.village_code,
                                               IdmAssessment.published_code)
                                        .where(IdmAssessment.published_code.is_not(None)))
                        .all())
        assert len(kept) == 9 and kept["64.02.19.2001"] == "64.02.08.2001"
    finally:
        workspace.close()

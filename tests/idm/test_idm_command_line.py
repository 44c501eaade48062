"""``sinergi-desa import-idm`` end to end: exit codes, the closing line, code maps."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from tests.idm.fixtures.idm_import_documents import rumusan_document, write_rumusan

ROOT = Path(__file__).resolve().parents[2]


def last_line(text: str) -> str:
    return text.rstrip("\n").rsplit("\n", 1)[-1]


@pytest.fixture
def data_dir(workspace: Any) -> Path:
    """A data folder with the small region list, closed so the command can lock it."""
    folder = workspace.data_dir
    workspace.close()
    return folder


def test_all_files_imported_exits_0(data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    folder = tmp_path / "rumusan"
    write_rumusan(folder, rumusan_document("6401012001", 2024))
    assert main(["--data-dir", str(data_dir), "import-idm", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "1 baru, 0 diperbarui, 0 tetap, 0 dilewati" in out
    assert last_line(out) == "Selesai: semua berkas diimpor."


def test_one_bad_file_exits_3_and_says_so_last(data_dir: Path, tmp_path: Path,
                                               capsys: Any) -> None:
    folder = tmp_path / "rumusan"
    write_rumusan(folder, rumusan_document("6401012001", 2024))
    write_rumusan(folder, '{"mapData": {"ROW": [', "6401012002/2024.json")
    assert main(["--data-dir", str(data_dir), "import-idm", str(folder)]) == 3
    out = capsys.readouterr().out
    assert "1 baru, 0 diperbarui, 0 tetap, 1 dilewati" in out
    assert "6401012002/2024.json: dilewati" in out
    assert last_line(out) == ("Selesai dengan 1 berkas dilewati: daftarnya ada di atas, di "
                              "bawah judul 'Dilewati:' (kode keluar 3).")


def test_sheet_rows_not_scored_are_not_counted_as_skipped(data_dir: Path, tmp_path: Path,
                                                          capsys: Any) -> None:
    sheet = tmp_path / "idm.csv"
    sheet.write_text("KODE_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,STATUS_IDM_2024\n"
                     "64.01.01.2002,0.5,0.5,0.5,0.5,TERTINGGAL\n"
                     "64.01.01.2003,Tidak dinilai,,,,\n", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import-idm", str(sheet)]) == 0
    out = capsys.readouterr().out
    assert "tidak dinilai: Tidak dinilai" in out
    assert last_line(out) == "Selesai: semua berkas diimpor."


def test_a_refused_sheet_exits_1(data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    sheet = tmp_path / "idm.csv"
    sheet.write_text("KODE_DESA,IKS_2024\n", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import-idm", str(sheet)]) == 1
    out, err = capsys.readouterr()
    assert "tidak ada yang disimpan" in err
    assert last_line(out) == ("Selesai, tetapi 1 lembar ditolak seluruhnya dan tidak "
                              "disimpan: alasannya tercetak di atas (kode keluar 1).")


def test_help_documents_the_exit_codes(capsys: Any) -> None:
    for command in (["import-idm"], ["import-apbdes"], ["import-wilayah"], []):
        with pytest.raises(SystemExit) as info:
            main([*command, "--help"])
        assert info.value.code == 0
        out = capsys.readouterr().out
        assert "kode keluar:" in out
        assert "  3  selesai, tetapi ada berkas atau baris yang dilewati" in out


def test_the_installed_entry_point_returns_the_code(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rumusan"
    write_rumusan(folder, "bukan json", "6401012002/2024.json")
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "import-idm",
         str(folder)], capture_output=True, text=True, env=environment, timeout=120,
        check=False)
    assert done.returncode == 3, done.stderr
    assert last_line(done.stdout).startswith("Selesai dengan 1 berkas dilewati")


def old_code_folder(tmp_path: Path) -> Path:
    """A good file, and one under 64.01.05.2001, a code the region list does not have, for
    Kasungai (now 64.01.01.2002)."""
    folder = tmp_path / "rumusan"
    write_rumusan(folder, rumusan_document("6401012001", 2024))
    moved = rumusan_document("6401052001", 2024)
    moved["mapData"]["IDENTITAS"][0]["nama_desa"] = "KASUNGAI"
    write_rumusan(folder, moved)
    return folder


def test_propose_a_code_map_then_import_with_it(data_dir: Path, tmp_path: Path,
                                                capsys: Any) -> None:
    folder = old_code_folder(tmp_path)
    proposal = tmp_path / "peta.csv"
    data = ["--data-dir", str(data_dir), "import-idm", str(folder)]
    assert main([*data, "--propose-code-map", str(proposal)]) == 3
    out = capsys.readouterr().out
    assert "  64.01.05.2001 KASUNGAI → 64.01.01.2002 Kasungai, Kecamatan Batu Sopang " \
           "[6401052001/2024.json]" in out
    assert last_line(out) == (
        "Selesai dengan 1 berkas dilewati: daftarnya ada di atas, di bawah judul 'Dilewati:'; "
        f"usulan peta kode untuk 1 kode ditulis ke {proposal} — periksa (hapus baris yang "
        "salah, isi new_code yang kosong), lalu jalankan lagi dengan --code-map "
        f"{proposal} (kode keluar 3).")
    assert proposal.read_text(encoding="utf-8-sig").splitlines()[1].startswith(
        "64.01.05.2001,64.01.01.2002,KASUNGAI,")

    assert main([*data, "--code-map", str(proposal)]) == 0
    out = capsys.readouterr().out
    assert "1 baru, 0 diperbarui, 1 tetap, 0 dilewati" in out
    assert "  64.01.05.2001 → 64.01.01.2002 [6401052001/2024.json]" in out
    assert last_line(out) == "Selesai: semua berkas diimpor."


def test_without_the_option_the_last_line_points_to_it(data_dir: Path, tmp_path: Path,
                                                       capsys: Any) -> None:
    folder = old_code_folder(tmp_path)
    assert main(["--data-dir", str(data_dir), "import-idm", str(folder)]) == 3
    assert last_line(capsys.readouterr().out).endswith(
        "untuk kode desa yang tidak dikenal, tulis usulan peta kode dengan --propose-code-map "
        "PETA.csv (kode keluar 3).")


def test_a_wrong_code_map_imports_nothing_and_exits_1(data_dir: Path, tmp_path: Path,
                                                      capsys: Any) -> None:
    folder = old_code_folder(tmp_path)
    wrong = tmp_path / "peta.csv"
    wrong.write_text("old_code,new_code\n6401052001,6401019999\n", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import-idm", str(folder), "--code-map",
                 str(wrong)]) == 1
    out, err = capsys.readouterr()
    assert "peta.csv, baris 2: kode baru 64.01.01.9999 tidak ada dalam daftar wilayah" in err
    assert last_line(out) == ("Tidak ada yang diimpor: perbaiki peta kode (alasannya tercetak "
                              "di atas) lalu jalankan lagi (kode keluar 1).")

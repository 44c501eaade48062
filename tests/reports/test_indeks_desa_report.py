"""The village Indeks Desa report read back from the PDF: dimensions, aspects, weak aspects,
path up, review trail; the status marked provisional with its source wherever printed."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from desktop_app.core.idm.queries import RegionScope
from desktop_app.core.indeks_desa.answers import Answer
from desktop_app.core.indeks_desa.official_import import import_official_results
from desktop_app.core.indeks_desa.store import CHECKED, advance_review, save_questionnaire
from desktop_app.core.index.definition_files import install_status_rule
from desktop_app.core.index.definitions import indeks_desa_catalogue, shipped_folder
from desktop_app.core.reports.idm_recap import idm_recap_for
from desktop_app.core.reports.idm_report import idm_report_for
from desktop_app.core.reports.indeks_desa_report import indeks_desa_report_for
from tests.reports.pdfcheck import in_order
from tests.reports.test_idm_reports import read_back

VILLAGE = "64.07.05.2001"
DAY = date(2026, 11, 26)


def fill(workspace) -> None:
    cat = indeks_desa_catalogue(2025)
    answers = {item.key: Answer(4 if item.sub_index != "IV" else 2, "Musdes 2025")
               for item in cat.indicators}
    answers["43.2"] = Answer(1, "Pengamatan", "Sinyal hanya di dermaga")
    save_questionnaire(workspace.db, workspace.editor, VILLAGE, 2025, answers,
                       "Tim data kampung")
    advance_review(workspace.db, workspace.editor, VILLAGE, 2025, CHECKED, "Rahmat",
                   "Sesuai dokumen")


def test_report_marks_the_status_provisional_and_names_the_source(workspace,
                                                                  report_dir: Path) -> None:
    fill(workspace)
    steps = []
    result = indeks_desa_report_for(workspace.db, VILLAGE, 2025, workspace.data_dir,
                                    progress=lambda *s: steps.append(s), printed_on=DAY)
    text = read_back(result, report_dir / "indeks-desa.pdf", report_dir)
    assert in_order(
        text, "LAPORAN INDEKS DESA 2025", "Long Iram Bayan", "64.07.05.2001",
        "Batas status", "belum terverifikasi", "S4",
        "Hasil Indeks Desa 2025", "Layanan Dasar", "26,77", "34/34", "80,00",
        "Lingkungan", "14,17", "40,00",
        "Status dihitung", "(sementara)", "Status sementara: batas status 2025 belum",
        "Skor per dimensi", "Skor 126 aspek penilaian", "43.2",
        "Aspek lemah menurut tambahan", "Jalan ke status berikutnya", "(sementara)",
        "Pengisian dan pemeriksaan", "Tim data kampung", "Diperiksa pendamping", "Rahmat")
    # (26.77 + 13.39 + 25.2 + 12.6) × 0.8 + 14.17 × 0.4 + 7.87 × 37/50 = 73.8598
    assert "Indeks Desa (jumlah berbobot)" in text and "73,86" in text
    assert "Maju (sementara)" in text
    assert steps[0][2] == "Membaca data Indeks Desa"


def test_verified_cut_offs_print_no_provisional_mark(workspace, report_dir: Path,
                                                     tmp_path: Path) -> None:
    fill(workspace)
    rule = json.loads((shipped_folder() / "status" / "2025.json").read_text(encoding="utf-8"))
    rule.update(verified=True, source="Kepmendesa 343/2025 (uji)")
    path = tmp_path / "2025.json"
    path.write_text(json.dumps(rule), encoding="utf-8")
    install_status_rule(workspace.data_dir, path)
    result = indeks_desa_report_for(workspace.db, VILLAGE, 2025, workspace.data_dir,
                                    printed_on=DAY)
    text = read_back(result, report_dir / "indeks-desa-resmi.pdf", report_dir)
    assert "sementara" not in text
    assert "terverifikasi: Kepmendesa 343/2025 (uji)" in text


def test_village_idm_report_and_recap_show_the_indeks_desa_apart(workspace, idm_data,
                                                                 report_dir: Path,
                                                                 tmp_path: Path) -> None:
    batu_kajang = "64.01.01.2001"
    cat = indeks_desa_catalogue(2025)
    answers = {item.key: Answer(3) for item in cat.indicators}
    answers["43.2"] = Answer(1)  # 60 − 7.87 × 2/50 = 59.6852
    save_questionnaire(workspace.db, workspace.editor, batu_kajang, 2025, answers)
    sheet = tmp_path / "hasil.csv"
    sheet.write_text("Kode Desa,Nilai ID,Status\n6401012002,48.50,Sangat Tertinggal\n",
                     encoding="utf-8")
    import_official_results(workspace.db, sheet, 2025, datetime(2026, 1, 5))
    village = read_back(idm_report_for(workspace.db, batu_kajang, printed_on=DAY),
                        report_dir / "idm-dan-id.pdf", report_dir)
    assert in_order(village, "Hasil IDM per tahun", "0,8000", "IDM per tahun",
                    "Jalan ke status berikutnya",
                    "Indeks Desa (indeks tersendiri, skala 0–100)",
                    "tidak disambung dengan seri IDM", "2025", "Kuesioner desa", "59,69",
                    "Berkembang (sementara)", "Status sementara", "S4",
                    "Indeks Desa per tahun (0–100)")
    recap = read_back(idm_recap_for(workspace.db, RegionScope("64.01"), printed_on=DAY),
                      report_dir / "rekap-idm-dan-id.pdf", report_dir)
    assert in_order(recap, "Jumlah desa per status IDM per tahun",
                    "Indeks Desa: jumlah desa per status per tahun", "tidak disambung",
                    "MD = Mandiri; M = Maju; B = Berkembang; T = Tertinggal; ST = Sangat "
                    "Tertinggal", "Sementara", "2025", "Kabupaten/Kota 2025", "Kabupaten Paser",
                    "Kolom Sementara", "S4",
                    "Aspek Indeks Desa yang lemah di banyak desa — 2025",
                    "43.2 Layanan Telekomunikasi: Akses", "Aksesibilitas", "1",
                    "Batu Kajang (64.01.01.2001)")

"""The APBDes monitoring report, read back from the PDF."""

from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.attachments.blobs import BlobStore
from desktop_app.core.attachments.records import attach
from desktop_app.core.reports.supervision_report import supervision_report_for
from desktop_app.core.supervision.entry import FindingDraft
from desktop_app.core.supervision.store import save_finding
from tests.reports.pdfcheck import (
    assert_clean_layout,
    has_ink,
    in_order,
    ink_outside_text_area,
    overlapping_words,
    page_texts,
    render_pages,
)
from tests.reports.supervision_samples import (
    TODAY,
    VILLAGE,
    import_budget,
    monitored_village,
    photo,
)


def report(workspace, folder: Path, name: str, village: str = VILLAGE, year: int = 2024,
           version: str = "murni"):
    result = supervision_report_for(workspace.db, workspace.data_dir, village, year, version,
                                    TODAY)
    pdf = result.write(folder / f"{name}.pdf")
    pngs = render_pages(pdf, folder / "png")
    assert len(pngs) == result.page_count and all(has_ink(p) for p in pngs)
    assert all(ink_outside_text_area(p) == 0 for p in pngs)
    assert overlapping_words(pdf) == []
    assert_clean_layout(pdf, ("Mengetahui,", "Yang melaporkan,"))
    return result, pdf, "\n".join(page_texts(pdf))


def test_budget_checks_visits_and_findings_in_order(workspace, tmp_path, report_dir):
    monitored_village(workspace, tmp_path / "files", findings=3)
    result, _pdf, text = report(workspace, report_dir, "monitoring")
    assert result.warnings == []
    assert in_order(
        " ".join(text.split()),
        "LAPORAN HASIL MONITORING APBDES", "Desa Batu Kajang — Tahun Anggaran 2024",
        "Kecamatan", "Batu Sopang", "Kabupaten Paser", "Laporan semester I",
        "diterima 12 Juli 2024", "Laporan akhir tahun", "belum ada",
        "A. Anggaran dan realisasi", "Pendapatan", "Rp 1.500.000.000", "Rp 1.350.000.000",
        "90,00 %", "Belanja", "Rp 1.560.000.000", "Rp 950.000.000", "60,90 %",
        "Surplus/(Defisit)", "-Rp 60.000.000", "Rp 400.000.000", "Penerimaan pembiayaan",
        "Rp 60.000.000", "B. Belanja per bidang", "01 Penyelenggaraan", "Rp 360.000.000",
        "91,67 %", "02 Pelaksanaan Pembangunan", "45,45 %", "Jumlah", "Rp 1.560.000.000",
        "C. Belanja per sumber dana", "Alokasi Dana Desa (ADD)", "88,64 %",
        "Dana Desa (DD)", "Rp 1.120.000.000", "50,00 %",
        "D. Hasil pemeriksaan otomatis", "Belanja bersumber DD", "BLT-Desa: 26,67 %",
        "E. Kunjungan monitoring", "15 Juli 2024", "Rahmat Hidayat", "Monitoring Dana",
        "Kas tunai cocok", "2 Oktober 2024", "Pemeriksaan fisik",
        "F. Temuan dan tindak lanjut",
        "3 temuan; 2 masih menunggu tindak lanjut, 2 di antaranya melewati batas waktu per 10 "
        "Desember 2024.", "Temuan 1 — Keuangan, keparahan tinggi — melewati batas waktu",
        "bukti pembayaran honor", "Lengkapi SPJ", "Kaur Keuangan", "31 Agustus 2024",
        "Terbuka — TERLAMBAT 101 hari", "15 Juli 2024 — Terbuka (Rahmat (pendamping))",
        "temuan1-0.jpg",
        "Temuan 2 — Administrasi, keparahan sedang — melewati batas waktu",
        "Sedang ditindaklanjuti — TERLAMBAT 10 hari", "Perdes sedang dipindai",
        "temuan2-0.jpg", "temuan2-1.jpg",
        "Temuan 3 — Fisik/konstruksi, keparahan rendah", "Selesai ditindaklanjuti",
        "Lantai sudah diperbaiki", "temuan3-2.jpg",
        "Mengetahui,", "Yang melaporkan,", "Kepala Desa Batu Kajang,",
        "Petugas monitoring,", "Rahmat Hidayat")
    assert "Siti Aminah" in text
    assert "Temuan 3 — Fisik/konstruksi, keparahan rendah — melewati" not in text
    assert "Halaman 1 dari" in text


def test_missing_or_damaged_photos_print_a_note_and_long_names_wrap(workspace, tmp_path,
                                                                     report_dir):
    [finding_id] = monitored_village(workspace, tmp_path / "files", findings=1, photos=False)
    store = BlobStore(workspace.data_dir)
    lost = attach(workspace.db, workspace.editor, store, photo(tmp_path / "hilang.jpg"),
                  VILLAGE, "supervision_finding", finding_id)
    damaged = attach(workspace.db, workspace.editor, store,
                     photo(tmp_path / "rusak.jpg", (10, 200, 10)), VILLAGE,
                     "supervision_finding", finding_id)
    long_name = "foto_" + "lantai_posyandu_retak_" * 8 + ".jpg"
    attach(workspace.db, workspace.editor, store, photo(tmp_path / long_name, (200, 10, 10)),
           VILLAGE, "supervision_finding", finding_id)
    scan = tmp_path / "berita-acara-pemeriksaan.pdf"
    scan.write_bytes(b"%PDF-1.4\n% scanned\n%%EOF\n")
    attach(workspace.db, workspace.editor, store, scan, VILLAGE, "supervision_finding",
           finding_id)
    store.path_of(lost.sha256).unlink()  # a blob that never arrived on this laptop
    store.path_of(damaged.sha256).write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    result, _pdf, text = report(workspace, report_dir, "foto-rusak")
    flat = " ".join(text.split())
    assert "Foto 'hilang.jpg' tidak dapat ditampilkan (berkas tidak ada di folder lampiran)" \
        in flat
    assert "Foto 'rusak.jpg' tidak dapat ditampilkan (bukan gambar yang dapat dibaca)" in flat
    assert "berita-acara-pemeriksaan.pdf (pindaian PDF, tidak dicetak)" in flat
    assert "lantai_posyandu_retak" in flat
    assert [w.split(":")[0] for w in result.warnings] == ["Temuan 1", "Temuan 1"]


def test_very_long_texts_and_two_hundred_findings(workspace, tmp_path, report_dir):
    import_budget(workspace, tmp_path)
    long_text = ("Pembayaran honor tim pelaksana kegiatan tidak didukung kuitansi yang sah, "
                 "daftar hadir dan surat keputusan kepala desa. " * 40)[:4900] + \
        " " + "X" * 100
    for index in range(200):
        save_finding(workspace.db, workspace.editor, FindingDraft(
            VILLAGE, "01-08-2024", "keuangan", "tinggi",
            long_text if index == 0 else f"Temuan nomor {index + 1} tentang SPJ",
            long_text if index == 0 else "Lengkapi SPJ",
            "Kaur Keuangan dan Tim Pelaksana Kegiatan " * 7 if index == 0 else "Kaur",
            "31-08-2024" if index % 2 else "31-12-2024"), date(2024, 8, 1))
    result, _pdf, text = report(workspace, report_dir, "dua-ratus-temuan")
    assert result.page_count > 20
    assert in_order(text, "200 temuan; 200 masih menunggu tindak lanjut, 100 di antaranya",
                    "Temuan 1 —", "Pembayaran honor", "Temuan 2 —", "Temuan nomor",
                    "Temuan 200 —", "Petugas monitoring")
    assert text.count("TERLAMBAT 101 hari") == 100
    assert text.count("X" * 20) >= 1  # the unbroken word is cut, not lost off the page


def test_no_budget_says_exactly_what_is_missing(workspace, tmp_path, report_dir):
    import_budget(workspace, tmp_path)
    result, _pdf, text = report(workspace, report_dir, "tanpa-apbdes", year=2025)
    flat = " ".join(text.split())
    assert ("APBDes 2025 versi murni untuk desa Batu Kajang (64.01.01.2001) belum ada di "
            "basis data") in flat
    assert "Yang sudah ada untuk desa ini: APBDes 2024 murni." in flat
    assert "Impor laporan realisasi APBDes 2025 (murni)" in flat
    assert result.warnings and "belum ada di basis data" in result.warnings[0]
    assert "Belum ada kunjungan monitoring yang dicatat untuk tahun 2025." in flat


def test_kampung_prints_apbkam_and_kelurahan_is_refused(workspace, tmp_path, report_dir):
    _result, _pdf, text = report(workspace, report_dir, "kampung", village="64.07.05.2001")
    assert "LAPORAN HASIL MONITORING APBKAM" in text and "Kampung Long Iram Bayan" in text
    with pytest.raises(LookupError, match="kelurahan tidak mempunyai APBDes"):
        supervision_report_for(workspace.db, workspace.data_dir, "64.72.01.1001", 2024,
                               "murni", TODAY)


def test_a_finding_recorded_from_a_budget_tab_belongs_to_that_budget_year(
        workspace, tmp_path, report_dir):
    """Recorded in 2025 from the 2024 tab (year-end check): a 2024 finding, not a 2025 one."""
    budget_2024 = import_budget(workspace, tmp_path, year=2024)
    import_budget(workspace, tmp_path, year=2025)
    save_finding(workspace.db, workspace.editor, FindingDraft(
        VILLAGE, "10-02-2025", "keuangan", "tinggi",
        "SPJ akhir tahun 2024 belum lengkap", "Lengkapi SPJ", "Kaur Keuangan", "31-03-2025",
        budget_line_id=budget_2024), date(2025, 2, 10))
    today = date(2025, 2, 15)
    for year, expected in ((2024, True), (2025, False)):
        result = supervision_report_for(workspace.db, workspace.data_dir, VILLAGE, year,
                                        "murni", today)
        pdf = result.write(report_dir / f"temuan-{year}.pdf")
        text = " ".join(" ".join(page_texts(pdf)).split())
        assert ("SPJ akhir tahun 2024 belum lengkap" in text) is expected
        assert (f"Tidak ada temuan yang dicatat untuk tahun {year}." in text) is not expected
        assert_clean_layout(pdf, ("Mengetahui,", "Yang melaporkan,"))

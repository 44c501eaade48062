"""Notulen and berita acara from real meetings, read back with pdftotext and pdftoppm."""

from pathlib import Path

from desktop_app.core.meetings.entry import MeetingDraft, ParticipantEntry
from desktop_app.core.meetings.store import save_meeting
from desktop_app.core.reports.document import Letterhead
from desktop_app.core.reports.minutes import meeting_report_for
from desktop_app.core.reports.settings import (
    ReportSettings,
    load_report_settings,
    save_report_settings,
)
from tests.meetings.samples import coordination_meeting
from tests.reports.pdfcheck import (
    assert_clean_layout,
    in_order,
    ink_outside_text_area,
    overlapping_words,
    page_sizes_mm,
    page_texts,
    render_pages,
)


def two_meetings(workspace) -> str:
    save_meeting(workspace.db, workspace.editor, coordination_meeting())
    return save_meeting(workspace.db, workspace.editor, coordination_meeting(
        title="Rapat Lanjutan Air Bersih", meeting_date="20-11-2023", actions=[]))


def test_minutes_in_the_standard_layout_with_attendance_on_its_own_page(workspace,
                                                                          report_dir: Path):
    meeting_id = two_meetings(workspace)
    result = meeting_report_for(workspace.db, meeting_id)
    pdf = result.write(report_dir / "notulen.pdf")
    assert result.warnings == []
    pages = page_texts(pdf)
    body = "\n".join(pages[:-1])
    assert in_order(
        body, "PEMERINTAH PROVINSI KALIMANTAN TIMUR", "NOTULEN RAPAT KOORDINASI",
        "Rapat Lanjutan Air Bersih", "Hari/Tanggal", "Senin, 20 November 2023",
        "Waktu", "09.00 – 12.30 WITA", "Tempat", "Aula Kantor Kecamatan Long Iram",
        "Pimpinan Rapat", "Drs. Yohanes Asang, M.Si. (Camat Long Iram)",
        "Notulis", "Rahmat Hidayat (Pendamping Desa)",
        "Peserta", "2 orang hadir dari 3 undangan",
        "Desa terkait", "Long Iram Bayan, Sukomulyo", "Instansi terkait", "DPMK Kutai Barat",
        "Agenda", "1. Air bersih kampung", "2. Posyandu",
        "Pembahasan", "Air bersih kampung", "Sumur bor di RT 02",
        "Kesepakatan", "1. Perbaikan pompa", "2. Puskesmas melatih",
        "Tindak Lanjut", "Tidak ada tindak lanjut yang dicatat.",
        "Tindak Lanjut Rapat Sebelumnya", "Pemerintah", "Menganggarkan perbaikan",
        "30 November", "Belum", "Dinas Kesehatan", "Pelatihan kader", "Sedang",
        "Rapat ditutup pukul 12.30 WITA.", "20 November 2023", "Pimpinan Rapat,", "Notulis,",
        "Drs. Yohanes Asang, M.Si.", "Rahmat Hidayat", "NIP. 196805121994031007")
    attendance = pages[-1]
    assert "DAFTAR HADIR" not in body
    assert in_order(attendance, "DAFTAR HADIR", "Rapat Lanjutan Air Bersih",
                    "Senin, 20 November 2023", "No", "Nama", "Jabatan", "Instansi", "Kontak",
                    "Tanda Tangan", "1", "Petrus Ding Lahang", "Petinggi", "1.",
                    "2", "Siti Aminah", "2.", "3", "Andreas Lung", "(tidak hadir)", "10")
    assert f"Halaman {len(pages)} dari {len(pages)}" in attendance
    assert overlapping_words(pdf) == []
    for png in render_pages(pdf, report_dir / "png"):
        assert ink_outside_text_area(png) == 0


def test_berita_acara_spells_out_the_date(workspace, report_dir: Path):
    meeting_id = two_meetings(workspace)
    result = meeting_report_for(workspace.db, meeting_id, official_record=True)
    pdf = result.write(report_dir / "berita-acara.pdf")
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert in_order(
        text, "BERITA ACARA", "RAPAT KOORDINASI: Rapat Lanjutan Air Bersih",
        "Pada hari ini Senin tanggal dua puluh bulan November tahun dua ribu dua puluh tiga",
        "(20-11-2023), pukul 09.00 WITA", "Aula Kantor Kecamatan Long Iram",
        "dihadiri oleh 2 orang peserta", "Pokok bahasan", "Air bersih kampung", "Kesepakatan",
        "Perbaikan pompa", "Tindak Lanjut", "Demikian berita acara ini dibuat",
        "Rapat ditutup pukul 12.30 WITA", "Pimpinan Rapat,", "Notulis,", "DAFTAR HADIR")
    render_pages(pdf, report_dir / "png")


def test_an_empty_meeting_prints_blanks_and_says_what_is_missing(workspace, report_dir: Path):
    meeting_id = save_meeting(workspace.db, workspace.editor,
                              MeetingDraft(title="Musyawarah Desa", kind="musyawarah_desa",
                                           meeting_date="01-12-2023"))
    result = meeting_report_for(workspace.db, meeting_id)
    pdf = result.write(report_dir / "kosong.pdf")
    assert result.warnings == [
        "Jam mulai rapat belum diisi.", "Jam selesai (rapat ditutup) belum diisi.",
        "Tempat rapat belum diisi.", "Pimpinan rapat belum diisi.", "Notulis belum diisi.",
        "Belum ada peserta.", "Belum ada agenda.", "Belum ada kesepakatan."]
    pages = page_texts(pdf)
    assert len(pages) == 2
    assert in_order(pages[0], "NOTULEN MUSYAWARAH DESA", "Jumat, 1 Desember 2023",
                    "Tempat", "......", "Agenda belum diisi.", "Belum ada kesepakatan.",
                    "Rapat ditutup pukul ........ WITA.", "Pimpinan Rapat,", "Notulis,")
    assert in_order(pages[1], "DAFTAR HADIR", "1.", "2.", "10.")
    render_pages(pdf, report_dir / "png")


def test_f4_minutes_with_many_participants_and_long_names(workspace, report_dir: Path):
    with workspace.db.writing() as session:
        save_report_settings(session, ReportSettings(
            Letterhead(("PEMERINTAH KABUPATEN KUTAI BARAT",), ("Sendawar",),
                       str(report_dir / "hilang.png")), "F4"))
    long_name = "Yohanes Benediktus Hangin Lusang Ding Laing Bayau Aran " * 3
    people = [ParticipantEntry(f"{long_name}{i}", "Ketua Badan Permusyawaratan Kampung",
                               "Badan Permusyawaratan Kampung Long Iram Bayan", "0812")
              for i in range(60)]
    meeting_id = save_meeting(workspace.db, workspace.editor,
                              coordination_meeting(participants=people))
    result = meeting_report_for(workspace.db, meeting_id)
    pdf = result.write(report_dir / "f4-panjang.pdf")
    assert result.warnings == [
        "Logo kop 'hilang.png' tidak dapat dipakai (berkas tidak ada); laporan dicetak "
        "tanpa logo."]
    assert set(page_sizes_mm(pdf)) == {(215.0, 330.0)}
    pages = page_texts(pdf)
    attendance = [p for p in pages if "Tanda Tangan" in p]
    assert len(attendance) >= 3  # the list runs over pages, header repeated on each
    assert all(in_order(p, "No", "Nama", "Tanda Tangan") for p in attendance)
    assert overlapping_words(pdf) == []
    for png in render_pages(pdf, report_dir / "png"):
        assert ink_outside_text_area(png) == 0


LONG_TITLE = ("Rapat Koordinasi Percepatan Status IDM Kecamatan Tanjung Harapan Tahun 2026 "
              "bersama Perangkat Daerah dan Pemerintah Desa se-Kabupaten Paser")
SIGNATURE_STARTS = ("Pimpinan Rapat,", "23 Oktober 2023")


def test_a_long_title_is_cut_in_the_footer_and_never_runs_into_the_page_number(
        workspace, report_dir: Path):
    meeting_id = save_meeting(workspace.db, workspace.editor, coordination_meeting(
        title=LONG_TITLE, place="Aula Kantor Kecamatan Tanjung Harapan Kabupaten Paser"))
    for official, name in ((False, "notulen-panjang.pdf"), (True, "berita-acara-panjang.pdf")):
        pdf = meeting_report_for(workspace.db, meeting_id,
                                 official_record=official).write(report_dir / name)
        pages = page_texts(pdf)
        for number, page in enumerate(pages, 1):
            footer = page.strip().splitlines()[-1]
            assert footer.rstrip().endswith(f"Halaman {number} dari {len(pages)}")
            assert "…" in footer  # the title is cut, the body prints it whole
        assert_clean_layout(pdf, SIGNATURE_STARTS)
        render_pages(pdf, report_dir / "png")


def test_berita_acara_names_the_kind_once_and_carries_a_number(workspace, report_dir: Path):
    meeting_id = save_meeting(workspace.db, workspace.editor,
                              coordination_meeting(title=LONG_TITLE))
    pdf = meeting_report_for(workspace.db, meeting_id, official_record=True).write(
        report_dir / "berita-acara-nomor.pdf")
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert "RAPAT KOORDINASI: Rapat Koordinasi" not in text
    assert in_order(text, "BERITA ACARA", "Rapat Koordinasi Percepatan Status IDM",
                    "Nomor: 005/........../X/2023", "Pada hari ini")
    with workspace.db.writing() as session:
        current = load_report_settings(session)
        save_report_settings(session, ReportSettings(
            current.letterhead, current.paper, "414.2/{nomor}/DPMPD/{bulan_romawi}/{tahun}"))
    with workspace.db.writing() as session:  # a dialog without the field keeps the pattern
        save_report_settings(session, ReportSettings(current.letterhead, "F4"))
    pdf = meeting_report_for(workspace.db, meeting_id, official_record=True).write(
        report_dir / "berita-acara-pola.pdf")
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert in_order(text, "BERITA ACARA", "Nomor: 414.2/........../DPMPD/X/2023")

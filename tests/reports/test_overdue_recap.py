"""Overdue APBDes findings in the regional recap."""

from datetime import date
from pathlib import Path

from desktop_app.core.idm.queries import RegionScope
from desktop_app.core.reports.idm_recap import idm_recap_for
from desktop_app.core.supervision.entry import FindingDraft
from desktop_app.core.supervision.store import change_status, save_finding
from tests.reports.pdfcheck import (
    in_order,
    ink_outside_text_area,
    overlapping_words,
    page_texts,
    render_pages,
)

DAY = date(2024, 12, 10)


def finding(workspace, village: str, deadline: str, text: str, responsible: str = "Kaur"):
    return save_finding(workspace.db, workspace.editor, FindingDraft(
        village, "01-07-2024", "keuangan", "tinggi", text, "Lengkapi", responsible, deadline),
        date(2024, 7, 1))


def read_back(result, pdf: Path, folder: Path) -> str:
    result.write(pdf)
    pngs = render_pages(pdf, folder / "png")
    assert len(pngs) == result.page_count
    assert all(ink_outside_text_area(png) == 0 for png in pngs)
    assert overlapping_words(pdf) == []
    return "\n".join(page_texts(pdf))


def test_overdue_counts_and_list_per_region(workspace, report_dir: Path):
    finding(workspace, "64.01.01.2001", "31-08-2024", "SPJ honor tidak lengkap",
            "Kaur Keuangan " * 12)
    finding(workspace, "64.01.01.2001", "30-11-2024", "Perdes belum diunggah")
    finding(workspace, "64.01.02.2001", "01-12-2024", "Papan informasi APBDes tidak ada")
    finding(workspace, "64.07.05.2001", "15-10-2024", "Kas tunai melebihi batas " * 30)
    finding(workspace, "64.01.01.2002", "31-12-2024", "Belum lewat batas waktu")
    finding(workspace, "64.01.01.2003", "", "Tanpa batas waktu")
    done = finding(workspace, "64.01.01.2003", "01-08-2024", "Sudah ditindaklanjuti")
    change_status(workspace.db, workspace.editor, done, "resolved", date(2024, 8, 1))

    text = read_back(idm_recap_for(workspace.db, RegionScope(), printed_on=DAY),
                     report_dir / "rekap-provinsi.pdf", report_dir)
    flat = " ".join(text.split())
    assert "Belum ada hasil IDM resmi" in flat  # no IDM here: the findings still print
    assert in_order(
        flat, "Temuan monitoring APBDes yang melewati batas waktu", "per 10 Desember 2024",
        "Kabupaten/Kota", "Desa", "Temuan terlambat",
        "Kabupaten Kutai Barat 1 1", "Kabupaten Paser 2 3", "Jumlah 3 4",
        "Batu Kajang", "SPJ honor tidak lengkap", "Kaur Keuangan", "31 Agustus", "101",
        "Long Iram Bayan", "Kas tunai melebihi batas", "15 Oktober", "56",
        "Batu Kajang", "Perdes belum diunggah", "30 November", "10",
        "Tanjung Aru", "Papan informasi", "1 Desember", "9")
    assert "…" in flat  # the long finding is clipped in the recap
    for absent in ("Belum lewat batas waktu", "Tanpa batas waktu", "Sudah ditindaklanjuti"):
        assert absent not in flat

    paser = " ".join(read_back(idm_recap_for(workspace.db, RegionScope("64.01"),
                                             printed_on=DAY),
                               report_dir / "rekap-paser.pdf", report_dir).split())
    assert in_order(paser, "Kecamatan", "Batu Sopang 1 2", "Tanjung Harapan 1 1", "Jumlah 2 3")
    assert "Long Iram Bayan" not in paser

    quiet = read_back(idm_recap_for(workspace.db, RegionScope(district_code="64.72.01"),
                                    printed_on=DAY), report_dir / "rekap-palaran.pdf",
                      report_dir)
    assert "Tidak ada temuan yang melewati batas waktu tindak lanjut per 10 Desember 2024." \
        in " ".join(quiet.split())

"""The village profile sheet, built from a real workspace and read back."""

from datetime import date
from pathlib import Path

from desktop_app.core.reports.document import Letterhead
from desktop_app.core.reports.profile_sheet import profile_sheet_for
from desktop_app.core.reports.settings import ReportSettings, save_report_settings
from desktop_app.core.villages.profile import save_profile
from tests.reports.pdfcheck import (
    assert_clean_layout,
    in_order,
    page_sizes_mm,
    page_texts,
    render_pages,
)

CODE = "64.07.05.2001"


def fill_profile(workspace) -> None:
    save_profile(workspace.db, workspace.editor, CODE, {
        "head_name": "Petrus Ding Lahang", "head_phone": "0812 5555 0101",
        "office_address": "Jalan Poros Long Iram RT 03", "latitude": "-0,25",
        "longitude": "115,6", "area_km2": "123,5", "boundary_north": "Kampung Long Iram Kota",
        "boundary_south": "Sungai Mahakam", "electricity": "pln_partial",
        "road_all_year": "tidak", "travel_minutes_to_district": "45",
        "bumdes_name": "BUMK Bayan Sejahtera", "bumdes_legal_status": "registered",
        "bumdes_units": "Air bersih\nSimpan pinjam", "notes": "Akses utama lewat sungai.",
    }, [("2022", "1523", "410"), ("2023", "1560", "421")])


def test_profile_sheet_has_every_section_in_order(workspace, report_dir: Path):
    fill_profile(workspace)
    steps = []
    result = profile_sheet_for(workspace.db, CODE, lambda *step: steps.append(step),
                               printed_on=date(2023, 10, 23))
    pdf = result.write(report_dir / "profil.pdf")
    text = "\n".join(page_texts(pdf))
    assert in_order(
        text, "PEMERINTAH PROVINSI KALIMANTAN TIMUR", "PROFIL KAMPUNG", "Long Iram Bayan",
        "Identitas", "64.07.05.2001", "Long Iram", "Kabupaten Kutai Barat",
        "Petrus Ding Lahang", "Penduduk", "2022", "1.523", "410", "2023", "1.560",
        "Wilayah & Batas", "-0,25°", "123,5 km²", "Kampung Long Iram Kota", "Sungai Mahakam",
        "Infrastruktur", "PLN tidak 24 jam", "Tidak", "45 menit",
        "BUMDes", "BUMK Bayan Sejahtera", "Terdaftar", "Air bersih", "Simpan pinjam",
        "Catatan", "Akses utama lewat sungai.")
    assert "dicetak 23 Oktober 2023" in text and "Halaman 1 dari" in text
    assert steps and steps[-1][0] == steps[-1][1] == result.page_count
    assert len(render_pages(pdf, report_dir / "png")) == result.page_count


def test_empty_profile_on_f4_with_own_kop(workspace, report_dir: Path):
    with workspace.db.writing() as session:
        save_report_settings(session, ReportSettings(
            Letterhead(("PEMERINTAH KABUPATEN PASER",), ("Tana Paser",)), "F4"))
    result = profile_sheet_for(workspace.db, "64.01.01.2002")
    pdf = result.write(report_dir / "kosong.pdf")
    assert set(page_sizes_mm(pdf)) == {(215.0, 330.0)}
    text = "\n".join(page_texts(pdf))
    assert in_order(text, "PEMERINTAH KABUPATEN PASER", "PROFIL DESA", "Kasungai",
                    "Data penduduk belum diisi.")
    assert "KALIMANTAN TIMUR" not in text
    render_pages(pdf, report_dir / "png")


def test_long_real_values_never_overprint(workspace, report_dir: Path):
    from desktop_app.core.models import Village

    with workspace.db.writing() as session:
        session.get(Village, CODE).name = ("Long Iram Bayan Hulu Sungai Mahakam Bersatu "
                                           "Membangun Sejahtera Mandiri Berkelanjutan")
    save_profile(workspace.db, workspace.editor, CODE, {
        "head_name": "Yohanes Benediktus Hangin Lusang Ding Laing Bayau Aran, S.Sos., M.Si.",
        "head_phone": "+62 812 5555 0101",
        "office_address": "Jalan Poros Long Iram – Melak Kilometer 12 RT 03 Dusun Bayan "
                          "Hulu, seberang dermaga penyeberangan Sungai Mahakam " * 2,
        "boundary_north": "Kampung Long Iram Kota dan Kampung Sukomulyo (batas alam anak "
                          "Sungai Ratah)", "boundary_south": "Sungai Mahakam",
        "bumdes_name": "Badan Usaha Milik Kampung Bayan Sejahtera Bersama Masyarakat Hulu",
        "bumdes_units": "\n".join(f"Unit usaha air bersih dan simpan pinjam nomor {i}"
                                  for i in range(12)),
        "notes": "Akses utama lewat sungai; jalan darat putus saat banjir musiman. " * 12,
    }, [(str(2010 + i), str(1500 + i), str(400 + i)) for i in range(14)])
    pdf = profile_sheet_for(workspace.db, CODE, printed_on=date(2026, 12, 6)).write(
        report_dir / "profil-panjang.pdf")
    assert_clean_layout(pdf)
    assert "Long Iram Bayan Hulu Sungai Mahakam Bersatu" in "\n".join(page_texts(pdf))
    render_pages(pdf, report_dir / "png")

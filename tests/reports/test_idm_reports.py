"""The village IDM report and the regional IDM recap, built from the idm_data fixture."""

from dataclasses import replace
from datetime import date
from pathlib import Path

from desktop_app.core.idm.drafts import save_draft
from desktop_app.core.idm.queries import RegionScope
from desktop_app.core.idm.synergy import SynergyCell
from desktop_app.core.idm.targets import set_target, set_target_villages
from desktop_app.core.reports.document import Letterhead
from desktop_app.core.reports.idm_recap import build_idm_recap, idm_recap_for, load_region_idm
from desktop_app.core.reports.idm_report import idm_report_for
from tests.idm.factories import add_official, uniform
from tests.reports.pdfcheck import (
    assert_clean_layout,
    in_order,
    ink_outside_text_area,
    overlapping_words,
    page_texts,
    render_pages,
)
from tests.ui.conftest import open_window  # noqa: F401 - the real main window fixture

BATU_KAJANG = "64.01.01.2001"
DAY = date(2024, 11, 4)


def read_back(result, pdf: Path, report_dir: Path) -> str:
    result.write(pdf)
    pngs = render_pages(pdf, report_dir / "png")
    assert len(pngs) == result.page_count
    assert all(ink_outside_text_area(png) == 0 for png in pngs)
    assert overlapping_words(pdf) == []
    assert_clean_layout(pdf)
    return "\n".join(page_texts(pdf))


def test_village_idm_report_years_chart_indicators_and_path(workspace, idm_data,
                                                            report_dir: Path):
    steps = []
    result = idm_report_for(workspace.db, BATU_KAJANG, progress=lambda *s: steps.append(s),
                            printed_on=DAY)
    text = read_back(result, report_dir / "idm-batu-kajang.pdf", report_dir)
    assert in_order(
        text, "LAPORAN INDEKS DESA MEMBANGUN (IDM)", "Desa Batu Kajang", "64.01.01.2001",
        "Batu Sopang", "Kabupaten Paser", "2024 (resmi)",
        "Hasil IDM per tahun", "2023", "Resmi", "0,5905", "Tertinggal",
        "2024", "0,8000", "Maju",
        "IDM per tahun", "Maju ≤ 0,8155", "Berkembang ≤ 0,7072", "Tertinggal ≤ 0,5989",
        "Sangat Tertinggal ≤ 0,4907",
        "Skor 50 indikator — IDM 2024 (resmi)", "IKS-01", "IKL-03",
        "Indikator lemah menurut tambahan IDM", "IKL-01", "0,0222", "IKE-01", "0,0056",
        "Jalan ke status berikutnya", "status Mandiri", "IKL-01", "0,8222", "Mandiri")
    assert "dicetak 4 November 2024" in text and "Halaman 1 dari" in text
    assert steps[0][2] == "Membaca data IDM"
    assert steps[-1][0] == steps[-1][1] == result.page_count


def test_a_field_draft_is_printed_only_when_asked_and_then_apart(workspace, idm_data,
                                                                  report_dir: Path):
    draft = save_draft(workspace.db, workspace.editor, BATU_KAJANG, 2025, uniform(5))
    official = read_back(idm_report_for(workspace.db, BATU_KAJANG, printed_on=DAY),
                         report_dir / "idm-resmi.pdf", report_dir)
    assert in_order(official, "Penilaian diuraikan", "2024 (resmi)",
                    "Skor 50 indikator — IDM 2024 (resmi)")
    assert "DRAF PENILAIAN LAPANGAN" not in official
    assert "IDM 2025 (draf lapangan)" not in official
    with_draft = read_back(idm_report_for(workspace.db, BATU_KAJANG, draft, printed_on=DAY),
                           report_dir / "idm-draf.pdf", report_dir)
    assert in_order(with_draft, "Penilaian diuraikan", "2024 (resmi)", "Draf dilampirkan",
                    "draf lapangan 2025", "Skor 50 indikator — IDM 2024 (resmi)",
                    "Jalan ke status berikutnya", "DRAF PENILAIAN LAPANGAN 2025",
                    "Bukan hasil resmi", "Skor 50 indikator — IDM 2025 (draf lapangan)")
    save_draft(workspace.db, workspace.editor, "64.01.02.2001", 2025, uniform(2))
    only_draft = read_back(idm_report_for(workspace.db, "64.01.02.2001", printed_on=DAY),
                           report_dir / "hanya-draf.pdf", report_dir)
    assert in_order(only_draft, "Penilaian diuraikan", "—", "Skor indikator resmi belum ada",
                    "Draf penilaian lapangan 2025 tidak dicetak")
    assert "IDM 2025 (draf lapangan)" not in only_draft
    pages = page_texts(report_dir / "idm-draf.pdf")
    start = next(i for i, p in enumerate(pages) if "DRAF PENILAIAN LAPANGAN 2025" in p)
    assert "IDM 2024 (resmi)" not in "".join(pages[start:])  # the draft on its own pages


def test_village_idm_report_of_a_chosen_year_shows_published_rows(workspace, idm_data,
                                                                  report_dir: Path):
    result = idm_report_for(workspace.db, BATU_KAJANG, idm_data["bk23"], printed_on=DAY)
    text = read_back(result, report_dir / "idm-2023.pdf", report_dir)
    assert in_order(text, "2023 (resmi)", "Skor 50 indikator — IDM 2023 (resmi)", "IKS-01",
                    "Bangun poskesdes", "Dinkes", "Indikator lemah",
                    "Jalan ke status berikutnya", "status Berkembang")
    # the weakest first: indicator 1 scored 0 gives 5/525 = 0,0095
    weak = text[text.index("Indikator lemah menurut"):]
    assert in_order(weak, "IKL-01", "IKE-01", "IKS-01", "0,0095", "IKS-30", "0,0076")


def test_village_without_scores_or_data_says_what_is_missing(workspace, idm_data,
                                                             report_dir: Path):
    summary_only = read_back(idm_report_for(workspace.db, "64.07.05.2002", printed_on=DAY),
                             report_dir / "ringkasan.pdf", report_dir)
    assert in_order(summary_only, "Kampung Sukomulyo", "2023", "0,6500", "Berkembang",
                    "hanya nilai ringkasan", "Skor indikator resmi belum ada",
                    "data resmi 2023")
    empty = read_back(idm_report_for(workspace.db, "64.01.02.2001", printed_on=DAY),
                      report_dir / "kosong.pdf", report_dir)
    assert "Belum ada data IDM untuk desa Tanjung Aru (64.01.02.2001)" in empty
    assert "Hasil IDM per tahun" not in empty


def test_very_long_names_stay_on_the_page(workspace, report_dir: Path):
    from desktop_app.core.models import IdmIndicatorRow, Village

    long_name = "Sungai Mahakam Hulu Bersatu Membangun " * 4
    with workspace.db.writing() as session:
        session.get(Village, BATU_KAJANG).name = long_name.strip()
        assessment = add_official(session, BATU_KAJANG, 2023, uniform(1))
        session.add(IdmIndicatorRow(
            assessment_id=assessment, number=2, score=1, criterion="Kriteria " * 60,
            activity="Pengadaan" + "x" * 90, actor_kab="Dinas Kesehatan Kabupaten " * 8))
    text = read_back(idm_report_for(workspace.db, BATU_KAJANG, printed_on=DAY),
                     report_dir / "panjang.pdf", report_dir)
    assert "Sungai Mahakam Hulu" in text
    recap = read_back(idm_recap_for(workspace.db, RegionScope("64.01"), printed_on=DAY),
                      report_dir / "rekap-panjang.pdf", report_dir)
    assert in_order(recap, "Desa yang masih", "Sungai Mahakam Hulu", "Matriks sinergi",
                    "Sungai Mahakam Hulu")


def test_regional_recap_of_the_province_a_kabupaten_and_a_kecamatan(workspace, idm_data,
                                                                     report_dir: Path):
    set_target(workspace.db, workspace.editor, 2023, None, 2)
    set_target_villages(workspace.db, workspace.editor, 2023, [BATU_KAJANG, "64.01.01.2002"])
    steps = []
    result = idm_recap_for(workspace.db, RegionScope(), lambda *s: steps.append(s), DAY)
    text = read_back(result, report_dir / "rekap-provinsi.pdf", report_dir)
    assert in_order(
        text, "REKAP INDEKS DESA MEMBANGUN (IDM)", "Provinsi Kalimantan Timur",
        "Jumlah desa per status IDM per tahun", "2023", "5", "2024", "2",
        "Mandiri", "Maju", "Sangat Tertinggal",  # chart legend
        "Per kabupaten/kota", "Kabupaten Kutai Barat", "Kabupaten Paser", "Kota Samarinda",
        "Desa yang masih Sangat Tertinggal atau Tertinggal pada 2024", "Kasungai",
        "Target status dan capaiannya", "2023", "Provinsi", "belum",
        "Batu Kajang (Tertinggal → Maju)",
        "Matriks sinergi OPD — IDM 2024", "Instansi", "Batu Kajang (64.01.01.2001)")
    for agency in ("BNPB", "Kominfo", "CSR", "DD"):
        assert agency in text
    assert steps[-1][0] == steps[-1][1] == result.page_count

    paser = read_back(idm_recap_for(workspace.db, RegionScope("64.01"), printed_on=DAY),
                      report_dir / "rekap-paser.pdf", report_dir)
    assert in_order(paser, "Kabupaten Paser", "Per kabupaten/kota", "Kabupaten Paser",
                    "Kasungai")
    assert "Kota Samarinda" not in paser and "Kutai Barat" not in paser

    empty = read_back(idm_recap_for(workspace.db, RegionScope(district_code="64.01.02"),
                                    printed_on=DAY), report_dir / "rekap-kosong.pdf",
                      report_dir)
    assert "Kecamatan Tanjung Harapan, Kabupaten Paser" in empty
    assert "Belum ada hasil IDM resmi untuk Kecamatan Tanjung Harapan" in empty


def test_a_database_of_several_provinces_prints_the_national_recap(workspace, idm_data,
                                                                   report_dir: Path):
    with workspace.db.writing() as session:  # Takisung, Kalimantan Selatan
        add_official(session, "63.01.01.2001", 2024, uniform(1, i7=5))
    with workspace.db.reading() as session:
        data = load_region_idm(session, RegionScope())
    assert data.national and data.provinces["63"] == "Kalimantan Selatan"
    assert data.lagging == [] and data.synergy == []
    # 2024: Batu Kajang all 4, Kasungai all 2, Takisung all 1 but indicator 7
    assert data.weak_counts[1] == 3 and data.weak_counts[7] == 2
    text = read_back(idm_recap_for(workspace.db, RegionScope(), printed_on=DAY),
                     report_dir / "rekap-nasional.pdf", report_dir)
    assert in_order(
        text, "REKAP INDEKS DESA MEMBANGUN (IDM)", "Seluruh Indonesia",
        "Jumlah desa per status IDM per tahun", "Per provinsi", "Kalimantan Selatan", "2024",
        "Kalimantan Timur", "2023", "Kalimantan Timur", "2024",
        "Per kabupaten/kota, 2024", "Kabupaten Tanah Laut", "Kabupaten Paser",
        "Desa yang masih Sangat Tertinggal atau Tertinggal pada 2024, per provinsi",
        "Kalimantan Selatan", "1", "0", "1", "100,0 %",
        "Kalimantan Timur", "1", "0", "2", "50,0 %", "Jumlah", "2", "0", "3", "66,7 %",
        "Indikator lemah IDM 2024 — ringkasan nasional", "Jumlah desa")
    assert "Kasungai" not in text and "Matriks sinergi OPD" not in text
    assert "Kutai Barat" not in text.split("Per kabupaten/kota, 2024")[1].split("Desa yang")[0]


def test_recap_synergy_of_2023_lists_dinkes_and_kominfo(workspace, idm_data, report_dir: Path):
    with workspace.db.writing() as session:  # make 2023 the latest year of Paser
        from sqlalchemy import delete

        from desktop_app.core.models import IdmAssessment
        session.execute(delete(IdmAssessment).where(IdmAssessment.year == 2024))
    text = read_back(idm_recap_for(workspace.db, RegionScope("64.01"), printed_on=DAY),
                     report_dir / "rekap-2023.pdf", report_dir)
    matrix = text[text.index("Matriks sinergi OPD — IDM 2023"):]
    assert "Dinkes" in matrix and "Kominfo" in matrix and "Batu Kajang" in matrix


def test_print_buttons_open_the_previews(qtbot, workspace, idm_data,
                                        open_window):  # noqa: F811 - the imported fixture
    from PySide6.QtCore import Qt

    from tests.ui.test_idm_pages import show_idm

    save_draft(workspace.db, workspace.editor, BATU_KAJANG, 2025, uniform(5))
    window = open_window(workspace)
    panel = window.villages.idm
    assert not panel.print_button.isEnabled()  # no village shown yet
    panel = show_idm(qtbot, window, BATU_KAJANG)  # the 2025 draft is shown on screen
    assert panel.print_button.isEnabled()
    with qtbot.waitSignal(panel.preview_opened, timeout=5_000) as opened:
        qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    with qtbot.waitSignal(preview.ready, timeout=20_000) as ready:
        pass
    assert preview.document.pageCount() == ready.args[0].page_count
    pdf = ready.args[0].write(workspace.data_dir / "idm.pdf")
    text = "\n".join(page_texts(pdf))
    assert in_order(text, "LAPORAN INDEKS DESA MEMBANGUN", "Batu Kajang", "2024 (resmi)")
    assert "DRAF PENILAIAN LAPANGAN" not in text  # printed only when the draft is picked
    preview.close()
    draft_row = next(r for r in range(panel.years.rowCount())
                     if panel.years.item(r, 0).text() == "2025")
    panel.years.selectRow(0)  # an official year first, then the draft
    qtbot.waitUntil(lambda: panel.data.shown_id == panel.picked, timeout=5_000)
    with qtbot.waitSignal(panel.loaded, timeout=5_000):
        panel.years.selectRow(draft_row)
    with qtbot.waitSignal(panel.preview_opened, timeout=5_000) as opened:
        qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    with qtbot.waitSignal(preview.ready, timeout=20_000) as ready:
        pass
    text = "\n".join(page_texts(ready.args[0].write(workspace.data_dir / "idm-draf.pdf")))
    assert in_order(text, "2024 (resmi)", "DRAF PENILAIAN LAPANGAN 2025")
    preview.close()

    window.navigation.setCurrentRow(1)
    page = window.idm
    # the section is built when first shown; its kabupaten list loads in a worker
    qtbot.waitUntil(lambda: page.regency.findData("64.01") >= 0, timeout=5_000)
    page.regency.setCurrentIndex(page.regency.findData("64.01"))
    with qtbot.waitSignal(page.preview_opened, timeout=5_000) as opened:
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    with qtbot.waitSignal(preview.ready, timeout=20_000) as ready:
        pass
    assert preview.print_button.isEnabled()
    pdf = ready.args[0].write(workspace.data_dir / "rekap.pdf")
    text = "\n".join(page_texts(pdf))
    assert in_order(text, "REKAP INDEKS DESA MEMBANGUN", "Kabupaten Paser", "Kasungai")
    assert "Kota Samarinda" not in text
    preview.close()


def test_synergy_matrix_prints_each_village_list_once(workspace, idm_data, report_dir: Path):
    """A kabupaten where 40 villages share the same weak indicators named for many agencies:
    the list of villages is printed once above its group, not once per agency row."""
    many = tuple(f"Desa Sungai Mahakam Hulu Nomor {i:02d} (64.01.01.{2100 + i})"
                 for i in range(40))
    few = ("Batu Kajang (64.01.01.2001)", "Kasungai (64.01.01.2002)")
    agencies = [("KAB", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Paser"),
                ("KAB", "Dinas Kesehatan Kabupaten Paser"), ("PROV", "Dinas PMPD Provinsi"),
                ("PUSAT", "Kementerian Desa PDTT"), ("CSR", "PT Kideco Jaya Agung"),
                ("DESA", "Pemerintah Desa"), ("LAINNYA", "Perguruan tinggi")]
    cells = [SynergyCell(agency, level, number, f"Indikator lemah nomor {number} tentang "
                         "akses layanan dasar yang sangat panjang namanya", len(many), many)
             for number in (1, 5, 9, 12, 17, 23, 30, 41) for level, agency in agencies]
    cells += [SynergyCell("Kominfo", "PUSAT", 30, "Akses internet", len(few), few)]
    with workspace.db.reading() as session:
        data = load_region_idm(session, RegionScope("64.01"), today=DAY)
    data = replace(data, synergy=cells)
    result = build_idm_recap(data, Letterhead(("PEMERINTAH KABUPATEN PASER",), ()),
                             printed_on=DAY)
    text = read_back(result, report_dir / "rekap-sinergi.pdf", report_dir)
    matrix = " ".join(text[text.index("Matriks sinergi OPD"):].split())
    assert matrix.count("Desa Sungai Mahakam Hulu Nomor 00") == 1
    assert matrix.count("Kasungai (64.01.01.2002)") == 1
    assert in_order(matrix, "40 desa:", "Nomor 00", "Indikator lemah nomor 1", "Pusat",
                    "Kementerian Desa PDTT", "Kab", "Dinas Pekerjaan Umum", "Dinas Kesehatan",
                    "Indikator lemah nomor 41", "2 desa:", "Batu Kajang", "Akses internet",
                    "Kominfo")
    pages = [p for p in page_texts(report_dir / "rekap-sinergi.pdf")
             if "Indikator lemah nomor" in p]
    assert len(pages) <= 2  # was a page per handful of agency rows

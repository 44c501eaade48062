"""The regional recap of village profiles."""

from pathlib import Path

from desktop_app.core.reports.village_recap import village_recap_for
from desktop_app.core.villages.profile import save_profile
from tests.reports.pdfcheck import in_order, overlapping_words, page_texts, render_pages


def test_recap_of_a_kabupaten_and_the_province(workspace, report_dir: Path):
    save_profile(workspace.db, workspace.editor, "64.07.05.2001",
                 {"head_name": "Petrus Ding Lahang"}, [("2022", "1500", "400"),
                                                       ("2023", "1560", "421")])
    result = village_recap_for(workspace.db, "64.07", "Kabupaten Kutai Barat")
    pdf = result.write(report_dir / "rekap-kubar.pdf")
    text = "\n".join(page_texts(pdf))
    assert in_order(text, "REKAP PROFIL DESA/KELURAHAN", "Kabupaten Kutai Barat",
                    "Ringkasan per kabupaten/kota", "Kabupaten Kutai Barat", "2", "0", "1.560",
                    "Jumlah", "Daftar desa/kelurahan", "64.07.05.2001", "Kampung Long Iram",
                    "Petrus Ding", "1.560", "421", "64.07.05.2002", "Sukomulyo")
    assert "Kasungai" not in text

    province = village_recap_for(workspace.db, "64", "Provinsi Kalimantan Timur")
    pdf = province.write(report_dir / "rekap-kaltim.pdf")
    text = "\n".join(page_texts(pdf))
    assert in_order(text, "Kabupaten Paser", "Kabupaten Kutai Barat", "Kota Samarinda",
                    "Jumlah", "64.01.01.2001", "Kelurahan Rawa")
    assert "Takisung" not in text  # Kalimantan Selatan is outside the prefix
    assert overlapping_words(pdf) == []
    render_pages(pdf, report_dir / "png")

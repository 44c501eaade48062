"""The print subsystem: paper sizes, kop and logo, page numbers, wrapping, long tables."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.core.reports.document import Letterhead, ReportBuilder, SignatureBlock
from desktop_app.core.reports.formatting import (
    clock_time,
    date_in_words,
    in_words,
    long_date,
    number,
    rupiah,
)
from tests.reports.pdfcheck import (
    has_ink,
    in_order,
    ink_outside_text_area,
    overlapping_words,
    page_sizes_mm,
    page_texts,
    render_pages,
)

KOP = Letterhead(("PEMERINTAH KABUPATEN KUTAI BARAT",
                  "DINAS PEMBERDAYAAN MASYARAKAT DAN KAMPUNG"),
                 ("Jalan Sendawar Raya No. 1, Barong Tongkok, Kutai Barat",))


def test_indonesian_dates_amounts_and_words():
    assert long_date(date(2023, 10, 23)) == "Senin, 23 Oktober 2023"
    assert long_date(date(2024, 2, 29), with_day_name=False) == "29 Februari 2024"
    assert long_date(date(2023, 10, 29)) == "Minggu, 29 Oktober 2023"
    assert rupiah(Decimal("1234567")) == "Rp 1.234.567"
    assert rupiah(Decimal("1234567.5")) == "Rp 1.234.568"  # half up, exact
    assert rupiah(Decimal("0.1") + Decimal("0.2"), decimals=2) == "Rp 0,30"
    assert rupiah("-2500000") == "-Rp 2.500.000"
    assert rupiah(Decimal("98765432109876543210")) == "Rp 98.765.432.109.876.543.210"
    assert number(1234.5, 1) == "1.234,5" and number(None) == ""
    assert clock_time(None) == ""
    assert in_words(2023) == "dua ribu dua puluh tiga"
    assert in_words(111) == "seratus sebelas"
    assert in_words(1_500_000) == "satu juta lima ratus ribu"
    assert date_in_words(date(2023, 10, 23)) == (
        "Senin tanggal dua puluh tiga bulan Oktober tahun dua ribu dua puluh tiga")


@pytest.mark.parametrize(("paper", "size"), [("A4", (210.0, 297.0)), ("F4", (215.0, 330.0))])
def test_paper_size_kop_and_page_numbers(report_dir: Path, paper, size):
    builder = ReportBuilder("Uji kertas", KOP, paper)
    builder.title_block("LAPORAN UJI", "Kertas " + paper)
    for index in range(120):
        builder.paragraph(f"Paragraf {index}: uraian kegiatan pendampingan kampung.")
    result = builder.write(report_dir / f"paper-{paper}.pdf")
    assert result.page_count >= 2 and result.warnings == []
    assert set(page_sizes_mm(report_dir / f"paper-{paper}.pdf")) == {size}
    pages = page_texts(report_dir / f"paper-{paper}.pdf")
    assert len(pages) == result.page_count
    assert in_order(pages[0], "PEMERINTAH KABUPATEN KUTAI BARAT", "DINAS PEMBERDAYAAN",
                    "Jalan Sendawar Raya", "LAPORAN UJI", "Paragraf 0")
    for number_, text in enumerate(pages, 1):
        assert f"Halaman {number_} dari {result.page_count}" in text
    assert "PEMERINTAH KABUPATEN" not in pages[1]  # the kop heads the first page only
    pngs = render_pages(report_dir / f"paper-{paper}.pdf", report_dir / "png")
    assert len(pngs) == result.page_count and all(has_ink(p) for p in pngs)


def test_two_thousand_row_table_splits_with_repeated_header(report_dir: Path):
    steps = []
    builder = ReportBuilder("Tabel panjang", KOP, "A4",
                            progress=lambda done, total, phase: steps.append((done, total)))
    builder.title_block("REKAP DESA")
    builder.table(["No", "Nama Desa", "Anggaran"],
                  [[str(i), f"Desa Nomor {i}", rupiah(i * 1_000_000)] for i in range(1, 2001)],
                  widths=[1, 5, 3], align="CLR")
    result = builder.write(report_dir / "long-table.pdf")
    pages = page_texts(report_dir / "long-table.pdf")
    assert result.page_count > 30
    for text in pages:
        assert in_order(text, "No", "Nama Desa", "Anggaran"), text[:300]
    everything = "\n".join(pages)
    assert in_order(everything, "Desa Nomor 1 ", "Desa Nomor 999", "Desa Nomor 2000",
                    "Rp 2.000.000.000")
    assert steps[-1][0] == steps[-1][1] == result.page_count
    assert [done for done, _ in steps[:-1]] == sorted(done for done, _ in steps[:-1])
    pngs = render_pages(report_dir / "long-table.pdf", report_dir / "png")
    assert len(pngs) == result.page_count


def test_very_long_names_and_texts_wrap_inside_the_page(report_dir: Path):
    long_name = "Kelompok Tani Hutan Kemasyarakatan Sumber Rejeki Makmur Sejahtera " * 4
    unbroken = "Pemberdayaanmasyarakatkampung" * 12  # no space to break at
    builder = ReportBuilder("Teks panjang", Letterhead((long_name,), (long_name,)), "A4")
    builder.title_block(long_name, unbroken)
    builder.key_values([("Nama kelompok", long_name), ("Kode", unbroken)])
    builder.paragraph(("Uraian yang sangat panjang tanpa henti. " * 300) + unbroken)
    builder.table(["No", "Nama", "Keterangan"],
                  [["1", long_name, unbroken], ["2", unbroken, "Catatan " * 900]],
                  widths=[1, 4, 4])
    builder.signatures([SignatureBlock("Ketua,", long_name, long_name, "196805121994031007")])
    result = builder.write(report_dir / "long-texts.pdf")
    pages = page_texts(report_dir / "long-texts.pdf")
    assert all(page.count("Keterangan") <= 1 for page in pages)  # no header over a sliver
    text = "".join(pages).replace("\n", " ")
    assert "Sumber Rejeki" in text and "Catatan Catatan" in text
    for png in render_pages(report_dir / "long-texts.pdf", report_dir / "png"):
        assert ink_outside_text_area(png) == 0, png
    assert result.page_count >= 3
    assert overlapping_words(report_dir / "long-texts.pdf") == []


def test_missing_or_unreadable_logo_is_named_and_the_page_still_renders(report_dir: Path):
    broken = report_dir / "logo-rusak.png"
    broken.write_text("bukan gambar")
    for path, reason in ((report_dir / "tidak-ada.png", "berkas tidak ada"),
                         (broken, "bukan gambar")):
        builder = ReportBuilder("Logo", Letterhead(("DINAS PMD",), ("Samarinda",), str(path)))
        builder.title_block("SURAT")
        result = builder.write(report_dir / f"{path.stem}.pdf")
        assert len(result.warnings) == 1
        assert path.name in result.warnings[0] and reason in result.warnings[0]
        assert "tanpa logo" in result.warnings[0]
        assert in_order(page_texts(report_dir / f"{path.stem}.pdf")[0], "DINAS PMD",
                        "Samarinda", "SURAT")


def test_logo_is_drawn_beside_the_kop(report_dir: Path):
    logo = report_dir / "logo.png"
    Image.new("RGB", (200, 240), (0, 90, 160)).save(logo)
    builder = ReportBuilder("Logo", Letterhead(("DINAS PMD",), ("Samarinda",), str(logo)))
    builder.title_block("SURAT")
    result = builder.write(report_dir / "with-logo.pdf")
    assert result.warnings == []
    png = render_pages(report_dir / "with-logo.pdf", report_dir / "png")[0]
    red, _green, blue = Image.open(png).convert("RGB").split()
    bluish = Image.eval(blue, lambda v: 255 if v > 120 else 0)
    reddish = Image.eval(red, lambda v: 255 if v < 60 else 0)
    both = Image.composite(bluish, Image.new("L", bluish.size, 0), reddish)
    assert sum(both.histogram()[255:]) > 300  # the logo's blue block is on the page


def test_unknown_paper_is_refused():
    with pytest.raises(ValueError, match="Ukuran kertas B5"):
        ReportBuilder("x", None, "B5")

"""A monitored village for report tests and the bench: a 2024 budget imported from a real
realisation sheet, visits, findings along their follow-up, and photos in the blob store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PIL import Image

from desktop_app.core.apbdes.importing import import_realisation
from desktop_app.core.attachments.blobs import BlobStore
from desktop_app.core.attachments.records import attach
from desktop_app.core.supervision.entry import FindingDraft, VisitDraft
from desktop_app.core.supervision.store import change_status, save_finding, save_visit
from tests.apbdes.test_import import write_report

TODAY = date(2024, 12, 10)
HEADER = ["Kode Rekening", "Uraian", "Anggaran", "Realisasi", "Lebih/(Kurang)", "Sumber Dana"]
ROWS = [
    ["4", "PENDAPATAN", "1.500.000.000,00", "1.350.000.000,00", "150.000.000,00", None],
    ["4.2.1", "Dana Desa", "900.000.000,00", "810.000.000,00", "90.000.000,00", None],
    ["4.2.3", "Alokasi Dana Desa", "600.000.000,00", "540.000.000,00", "60.000.000,00", None],
    ["5", "BELANJA", "1.560.000.000,00", "950.000.000,00", "610.000.000,00", None],
    ["01.01.01", "Penghasilan tetap kepala desa dan perangkat", None, None, None, None],
    ["5.1.1", "Penghasilan tetap", "360.000.000,00", "330.000.000,00", "30.000.000,00", "ADD"],
    ["02.02.01", "Penyelenggaraan posyandu", None, None, None, None],
    ["5.2.1", "Makanan tambahan balita", "180.000.000,00", "150.000.000,00",
     "30.000.000,00", "DD"],
    ["02.03.05", "Pembangunan jalan usaha tani", None, None, None, None],
    ["5.3.1", "Semenisasi jalan 800 m", "700.000.000,00", "250.000.000,00",
     "450.000.000,00", "DD"],
    ["04.01.01", "Pelatihan BUMDes", None, None, None, None],
    ["5.2.2", "Honor pelatih", "80.000.000,00", "60.000.000,00", "20.000.000,00", "ADD"],
    ["05.03.01", "BLT Dana Desa", None, None, None, None],
    ["5.4.1", "Bantuan langsung tunai", "240.000.000,00", "160.000.000,00",
     "80.000.000,00", "DD"],
    ["6.1.1", "SiLPA tahun sebelumnya", "60.000.000,00", "60.000.000,00", "0,00", None],
]
VILLAGE = "64.01.01.2001"  # Desa Batu Kajang, Kecamatan Batu Sopang, Kabupaten Paser


def photo(path: Path, colour=(40, 120, 200), size=(800, 600)) -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG")
    return path


def import_budget(workspace, folder: Path, village: str = VILLAGE, year: int = 2024) -> str:
    path = write_report(folder / f"lra-{village}-{year}.xlsx", ROWS, HEADER)
    return import_realisation(workspace.db, workspace.editor, path, village, year,
                              reported_on=date(year, 7, 12)).budget_id


def monitored_village(workspace, folder: Path, findings: int = 3, village: str = VILLAGE,
                      photos: bool = True) -> list[str]:
    """Budget, two visits and ``findings`` findings (the first ones with photos); ids."""
    folder.mkdir(parents=True, exist_ok=True)
    import_budget(workspace, folder, village)
    db, editor = workspace.db, workspace.editor
    first = save_visit(db, editor, VisitDraft(
        village, "15-07-2024", ["Rahmat Hidayat", "Siti Aminah"], "Monitoring Dana Desa tahap II",
        [], "Kas desa, buku kas umum, gedung posyandu", "Kas tunai cocok dengan BKU."))
    save_visit(db, editor, VisitDraft(
        village, "02-10-2024", ["Rahmat Hidayat"], "Pemeriksaan fisik jalan usaha tani", [],
        "Jalan usaha tani RT 05", "Pekerjaan baru 30 %, material menumpuk di lokasi."))
    store = BlobStore(workspace.data_dir)
    ids = []
    for index in range(findings):
        kind = index % 3
        finding_id = save_finding(db, editor, FindingDraft(
            village, "15-07-2024" if kind != 2 else "02-10-2024",
            ("keuangan", "administrasi", "fisik")[kind], ("tinggi", "sedang", "rendah")[kind],
            (f"Temuan {index + 1}: bukti pembayaran honor tidak lengkap",
             f"Temuan {index + 1}: Perdes APBDes belum diunggah ke Siskeudes",
             f"Temuan {index + 1}: retak pada lantai posyandu")[kind],
            ("Lengkapi SPJ dan kuitansi", "Unggah Perdes", "Perbaiki lantai")[kind],
            ("Kaur Keuangan", "Sekretaris Desa", "TPK Desa")[kind],
            ("31-08-2024", "30-11-2024", "31-12-2024")[kind], visit_id=first),
            date(2024, 7, 15))
        if kind == 1:
            change_status(db, editor, finding_id, "in_progress", date(2024, 11, 1),
                          "Perdes sedang dipindai")
        if kind == 2:
            change_status(db, editor, finding_id, "resolved", date(2024, 11, 20),
                          "Lantai sudah diperbaiki")
        if photos and index < 3:
            for number in range(1 + index):
                attach(db, editor, store, photo(folder / f"temuan{index + 1}-{number}.jpg",
                                                (40 + 60 * number, 120, 200 - 50 * index)),
                       village, "supervision_finding", finding_id)
        ids.append(finding_id)
    return ids

"""The printed Matriks Rencana Aksi Percepatan, read back with pdftotext."""

from datetime import date

from desktop_app.core.reports.action_matrix import action_matrix_for
from tests.action_plan.conftest import plan
from tests.idm.factories import add_official, uniform
from tests.reports.pdfcheck import in_order, page_sizes_mm, page_texts

A, B = "64.01.01.2001", "64.01.02.2001"


def test_matrix_is_landscape_one_page_group_per_actor(workspace, actors, tmp_path):
    with workspace.db.writing() as session:
        add_official(session, A, 2025, uniform(3, i48=1))
    plan(workspace, A, "48", 2026, actors["dlh"], "disepakati",
         activity="Bank sampah dan pengangkutan sampah terpadu", budget="125.000.000",
         budget_source="apbd_provinsi", planned_end="30-09-2026")
    plan(workspace, B, "1", 2026, actors["dinkes"], "berjalan", activity="Poskesdes",
         budget="80.000.000,50", budget_source="apbd_kabupaten")
    plan(workspace, A, "5", 2026, actors["dinkes"], "batal")
    plan(workspace, A, "6", 2026, None, activity="Usulan warga: PAUD")
    plan(workspace, A, "7", 2025, actors["dinkes"])  # another year
    plan(workspace, "64.07.05.2001", "7", 2026, actors["dinkes_kubar"])  # another kabupaten
    result = action_matrix_for(workspace.db, 2026, "64.01", "Kabupaten Paser",
                               printed_on=date(2026, 11, 26))
    pdf = result.write(tmp_path / "matriks.pdf")
    pages = page_texts(pdf)
    assert {size for size in page_sizes_mm(pdf)} == {(297.0, 210.0)}
    assert len(pages) == 3  # Dinkes, DLH, not yet assigned: each on its own pages
    dinkes, dlh, nobody = pages
    assert in_order(dinkes, "Matriks Rencana Aksi Percepatan", "Kabupaten Paser — Tahun 2026",
                    "Dinas Kesehatan Kabupaten Paser (OPD kabupaten/kota)", "Tanjung Aru",
                    "Poskesdes", "Rp 80.000.001", "APBD Kabupaten/Kota", "Berjalan",
                    "1 intervensi, anggaran Rp 80.000.001",
                    "Pimpinan Dinas Kesehatan Kabupaten Paser,")
    assert in_order(dlh, "Dinas Lingkungan Hidup Provinsi Kaltim", "Batu Kajang",
                    "(1)", "Bank sampah", "Rp 125.000.000", "APBD Provinsi",
                    "30-09-2026", "Disepakati", "26 November 2026")
    assert in_order(nobody, "Pelaku belum ditentukan", "Usulan warga: PAUD", "Diusulkan",
                    "1 intervensi, anggaran Rp 0.",
                    "1 intervensi yang dibatalkan tidak dicantumkan.")
    assert "Pimpinan" not in nobody
    whole = "".join(pages)
    assert "Long Iram" not in whole and "Kutai Barat" not in whole


def test_village_idm_report_lists_its_interventions(workspace, actors, tmp_path):
    from desktop_app.core.reports.idm_report import idm_report_for

    with workspace.db.writing() as session:
        add_official(session, A, 2025, uniform(3))
    plan(workspace, A, "48", 2026, actors["dlh"], "selesai", activity="Bank sampah desa",
         budget="125.000.000", budget_source="apbd_provinsi")
    plan(workspace, A, "1", 2025, actors["dinkes"], "batal", activity="Poskesdes")
    pdf = idm_report_for(workspace.db, A, printed_on=date(2026, 11, 26)).write(
        tmp_path / "idm.pdf")
    whole = "\n".join(page_texts(pdf))
    assert in_order(whole, "Riwayat intervensi (rencana aksi)", "2026", "48.",
                    "Dinas Lingkungan", "Bank sampah desa", "Rp 125.000.000",
                    "Selesai", "2025", "Poskesdes", "Batal")
    other = idm_report_for(workspace.db, "64.01.01.2002", printed_on=date(2026, 11, 26))
    assert "Riwayat intervensi" not in "\n".join(page_texts(other.write(tmp_path / "b.pdf")))

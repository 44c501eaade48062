"""``--demo``: a separate data folder filled with clearly fictional data ("Desa Contoh …";
the list stores the bare name, the screens add "Desa"/"Kampung")
so that a newcomer can try every screen without touching real data."""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.core.first_run import FirstRunAnswers, save_first_run
from desktop_app.core.idm.scoring import published_form, score_village
from desktop_app.core.ids import new_id
from desktop_app.core.meetings.entry import (
    ActionEntry,
    AgendaEntry,
    AgreementEntry,
    MeetingDraft,
    ParticipantEntry,
)
from desktop_app.core.meetings.store import save_meeting
from desktop_app.core.models import OFFICIAL, IdmAssessment, Village
from desktop_app.core.regions.wilayah_import import import_wilayah
from desktop_app.core.reports.document import Letterhead
from desktop_app.core.reports.settings import ReportSettings
from desktop_app.core.villages.profile import save_profile
from desktop_app.core.workspace import Workspace

DEMO_FOLDER = "SinergiDesa-contoh"
DEMO_USER = "Pengguna Contoh (data fiktif)"

DEMO_WILAYAH = {
    "provinces.csv": "code,name\n64,Kalimantan Timur\n",
    "regencies.csv": "code,province_code,name\n64.01,64,Kabupaten Contoh Hulu\n"
                     "64.07,64,Kabupaten Contoh Hilir\n",
    "districts.csv": "code,regency_code,name\n64.01.01,64.01,Contoh Satu\n"
                     "64.01.02,64.01,Contoh Dua\n64.07.05,64.07,Contoh Tiga\n",
    "villages.csv": "code,district_code,name\n"
                    "64.01.01.2001,64.01.01,Contoh Sejahtera\n"
                    "64.01.01.2002,64.01.01,Contoh Makmur\n"
                    "64.01.01.2003,64.01.01,Contoh Harapan\n"
                    "64.01.02.2001,64.01.02,Contoh Sungai Jernih\n"
                    "64.01.02.2002,64.01.02,Contoh Bukit Indah\n"
                    "64.07.05.2001,64.07.05,Contoh Long Lestari\n"
                    "64.07.05.2002,64.07.05,Contoh Batu Putih\n",
}
# village -> (score of most indicators, lower scores) per year: a spread of statuses
DEMO_SCORES = {
    "64.01.01.2001": {2022: (3, {1: 0, 30: 0, 48: 2}), 2023: (3, {1: 1, 30: 0}),
                      2024: (4, {30: 2})},
    "64.01.01.2002": {2022: (2, {5: 1}), 2023: (2, {}), 2024: (2, {5: 3})},
    "64.01.01.2003": {2022: (3, {}), 2023: (4, {}), 2024: (5, {48: 3})},
    "64.01.02.2001": {2022: (3, {40: 2}), 2023: (3, {40: 1}), 2024: (3, {})},
    "64.07.05.2001": {2022: (2, {12: 1}), 2023: (2, {12: 0}), 2024: (3, {12: 1})},
}


def demo_dir(real_data_dir: Path) -> Path:
    """A folder beside the real data folder, never inside it."""
    return real_data_dir.parent / DEMO_FOLDER


def fill_demo_data(workspace: Workspace) -> bool:
    """Fill an empty workspace with the fictional examples; False if it holds villages."""
    with workspace.db.reading() as session:
        if session.scalar(select(func.count()).select_from(Village)):
            return False
    with tempfile.TemporaryDirectory(prefix="sinergi-contoh-") as scratch:
        for name, text in DEMO_WILAYAH.items():
            (Path(scratch) / name).write_text(text, encoding="utf-8")
        import_wilayah(workspace.db, Path(scratch), clock=workspace.clock)
    save_first_run(workspace.db, FirstRunAnswers(
        DEMO_USER, "pendamping", "DPMD Kabupaten Contoh Hulu (fiktif)",
        ReportSettings(Letterhead(("PEMERINTAH KABUPATEN CONTOH HULU (DATA CONTOH)",
                                   "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"),
                                  ("Jalan Contoh No. 1, Contoh Hulu",)), "A4"),
        "64.01", "Contoh Satu"))
    workspace.editor.user = workspace.person_name = DEMO_USER
    _profiles(workspace)
    _idm(workspace)
    _meeting(workspace)
    _apbdes(workspace)
    _action_plan(workspace)
    return True


def _action_plan(workspace: Workspace) -> None:
    """Actors and about 20 interventions a village over five years (fictional)."""
    from desktop_app.core.action_plan.actors import save_actor
    from desktop_app.core.action_plan.entry import ActorDraft
    from desktop_app.core.action_plan.samples import plan_rows, sample_actors, sample_plans
    from desktop_app.core.models import ActionIntervention, InterventionStatusChange
    from desktop_app.core.sync.changes import record_inserts

    db, editor = workspace.db, workspace.editor
    regencies = {"64.01": "Kabupaten Contoh Hulu", "64.07": "Kabupaten Contoh Hilir"}
    ids = {actor.key: save_actor(db, editor, ActorDraft(
        actor.name, actor.kind, actor.region or "", "", actor.aliases))
        for actor in sample_actors(regencies)}
    this_year = workspace.clock.today().year
    codes = [line.split(",")[0] for line in DEMO_WILAYAH["villages.csv"].splitlines()[1:]]
    plans = sample_plans(codes, sample_actors(regencies),
                         list(range(this_year - 3, this_year + 2)), 4, this_year)
    interventions, steps = plan_rows(plans, ids, DEMO_USER, new_id)
    with db.writing() as session:  # one edit, like an import
        record_inserts(session, editor, ActionIntervention, interventions)
        record_inserts(session, editor, InterventionStatusChange, steps)


DEMO_APBDES = (  # a small fictional realisation report, as the import reads it
    ("Kode Rekening", "Uraian", "Sumber Dana", "Anggaran", "Realisasi"),
    ("4.2.1", "Dana Desa (contoh)", None, "800.000.000,00", "800.000.000,00"),
    ("4.2.3", "Alokasi Dana Desa (contoh)", None, "400.000.000,00", "400.000.000,00"),
    ("01.01.01", "Penghasilan tetap dan tunjangan", None, None, None),
    ("5.1.1", "Penghasilan tetap kepala desa dan perangkat", "ADD", "300.000.000,00",
     "150.000.000,00"),
    ("02.02.01", "Penyelenggaraan posyandu", None, None, None),
    ("5.2.1.01", "Makanan tambahan balita", "DD", "60.000.000,00", "24.000.000,00"),
    ("02.03.01", "Pembangunan jalan usaha tani", None, None, None),
    ("5.3.1.01", "Belanja modal jalan usaha tani", "DD", "450.000.000,00", "90.000.000,00"),
    ("05.03.01", "BLT-Desa", None, None, None),
    ("5.4.1", "BLT-Desa keluarga penerima", "DD", "120.000.000,00", "60.000.000,00"),
)


def _apbdes(workspace: Workspace) -> None:
    """One budget with its semester I report, a visit and two findings (fictional)."""
    from openpyxl import Workbook

    from desktop_app.core.apbdes.importing import import_realisation
    from desktop_app.core.supervision.entry import FindingDraft, VisitDraft
    from desktop_app.core.supervision.store import change_status, save_finding, save_visit

    code = "64.01.01.2001"
    with tempfile.TemporaryDirectory(prefix="sinergi-contoh-") as scratch:
        book = Workbook()
        for row in DEMO_APBDES:
            book.active.append(list(row))
        path = Path(scratch) / f"{code} LRA contoh.xlsx"
        book.save(path)
        import_realisation(workspace.db, workspace.editor, path, code, 2024,
                           reported_on=date(2024, 7, 20))
    db, editor = workspace.db, workspace.editor
    visit = save_visit(db, editor, VisitDraft(
        code, "05-08-2024", [DEMO_USER], "Monitoring Dana Desa tahap II (contoh)", [],
        "Jalan usaha tani, kas desa", "Pekerjaan jalan baru sekitar 20 % (data contoh)."))
    late = save_finding(db, editor, FindingDraft(
        code, "05-08-2024", "fisik", "tinggi",
        "Papan informasi proyek jalan usaha tani belum dipasang (contoh).",
        "Pasang papan informasi proyek.", "TPK Desa Contoh Sejahtera", "31-08-2024",
        visit_id=visit), date(2024, 8, 5))
    change_status(db, editor, late, "in_progress", date(2024, 8, 20), "Papan sedang dibuat.")
    save_finding(db, editor, FindingDraft(
        code, "05-08-2024", "administrasi", "sedang",
        "Buku kas umum belum ditutup setiap bulan (contoh).", "Tutup BKU setiap akhir bulan.",
        "Kaur Keuangan", "30-09-2024", visit_id=visit), date(2024, 8, 5))


def _profiles(workspace: Workspace) -> None:
    for code, head, people in (("64.01.01.2001", "Budi Contoh", 1840),
                               ("64.01.01.2002", "Siti Contoh", 960),
                               ("64.07.05.2001", "Petrus Contoh", 612)):
        save_profile(workspace.db, workspace.editor, code, {
            "head_name": f"{head} (fiktif)", "office_address": "Jalan Poros Desa Contoh",
            "area_km2": "42.5", "electricity": "pln_partial", "internet": "limited",
            "leading_products": "Karet, madu kelulut, ikan sungai",
            "bumdes_name": "BUMDes Contoh Maju",
            "notes": "Data contoh fiktif untuk mencoba Sinergi Desa.",
        }, [("2023", str(people), str(people // 4)), ("2024", str(people + 25),
                                                      str(people // 4 + 6))])


def _idm(workspace: Workspace) -> None:
    with workspace.db.writing() as session:
        for code, years in DEMO_SCORES.items():
            for year, (base, low) in years.items():
                scores = dict.fromkeys(range(1, 51), base) | low
                result = score_village(scores)
                status = result.status.name.upper()
                session.add(IdmAssessment(
                    id=new_id(), hlc="0000000000001-00000-contoh", field_clocks={},
                    deleted=False, updated_at=datetime(year, 6, 1), updated_by=DEMO_USER,
                    village_code=code, regency_code=code[:5], year=year, kind=OFFICIAL,
                    scores={str(n): s for n, s in scores.items()},
                    published_idm=str(published_form(result.value)),
                    published_status=status, status=status, source="data contoh (fiktif)"))


def _meeting(workspace: Workspace) -> None:
    save_meeting(workspace.db, workspace.editor, MeetingDraft(
        title="Rapat Koordinasi Contoh: Rencana Kegiatan Desa (fiktif)",
        meeting_date=date(2024, 10, 23).strftime("%d-%m-%Y"), kind="rapat_koordinasi",
        start_time="09.00", end_time="11.30", place="Balai Desa Contoh Sejahtera",
        chair_name="Budi Contoh", chair_position="Kepala Desa",
        note_taker_name=DEMO_USER, note_taker_position="Pendamping Desa",
        village_codes=["64.01.01.2001", "64.01.01.2002"], agencies=["DPMD (contoh)"],
        participants=[ParticipantEntry("Budi Contoh", "Kepala Desa", "Desa Contoh Sejahtera"),
                      ParticipantEntry("Siti Contoh", "Kepala Desa", "Desa Contoh Makmur"),
                      ParticipantEntry("Andi Contoh", "Ketua BPD", "Desa Contoh Sejahtera")],
        agenda=[AgendaEntry("Indikator IDM yang lemah",
                            "Akses internet dan posyandu masih rendah (data contoh).")],
        agreements=[AgreementEntry("Usulan menara sinyal diajukan ke Diskominfo (contoh).")],
        actions=[ActionEntry("DPMD (contoh)", "Menyusun surat usulan", "30-11-2024")],
    ))

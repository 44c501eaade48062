"""Meetings typed as a facilitator would, for tests and benchmarks."""

from __future__ import annotations

from desktop_app.core.meetings.entry import (
    ActionEntry,
    AgendaEntry,
    AgreementEntry,
    MeetingDraft,
    ParticipantEntry,
)


def coordination_meeting(**overrides: object) -> MeetingDraft:
    """A coordination meeting about two villages of Long Iram (Kutai Barat)."""
    draft = MeetingDraft(
        kind="rapat_koordinasi",
        title="Koordinasi Penanganan Indikator Lemah IDM Kampung Long Iram Bayan",
        meeting_date="23-10-2023", start_time="09.00", end_time="12.30",
        place="Aula Kantor Kecamatan Long Iram",
        chair_name="Drs. Yohanes Asang, M.Si.", chair_position="Camat Long Iram",
        chair_nip="196805121994031007",
        note_taker_name="Rahmat Hidayat", note_taker_position="Pendamping Desa",
        village_codes=["64.07.05.2001", "64.07.05.2002"],
        agencies=["DPMK Kutai Barat", "Dinas Kesehatan"],
        participants=[
            ParticipantEntry("Petrus Ding Lahang", "Petinggi", "Kampung Long Iram Bayan",
                             "0812-5555-0101"),
            ParticipantEntry("Siti Aminah", "Kepala Puskesmas", "Puskesmas Long Iram",
                             "0813-4444-0202"),
            ParticipantEntry("Andreas Lung", "Kasi PMK", "Kecamatan Long Iram", "", False),
        ],
        agenda=[
            AgendaEntry("Air bersih kampung", "Sumur bor di RT 02 belum berfungsi sejak "
                        "Juli; perlu perbaikan pompa dan jaringan pipa."),
            AgendaEntry("Posyandu dan kader kesehatan", "Kader aktif tinggal tiga orang."),
        ],
        agreements=[
            AgreementEntry("Perbaikan pompa sumur bor dianggarkan pada APBKam Perubahan 2023."),
            AgreementEntry("Puskesmas melatih lima kader posyandu baru pada November 2023."),
        ],
        actions=[
            ActionEntry("Pemerintah Kampung Long Iram Bayan", "Menganggarkan perbaikan pompa",
                        "30-11-2023", "village", "64.07.05.2001"),
            ActionEntry("Dinas Kesehatan", "Pelatihan kader posyandu", "15-11-2023",
                        "agency", "", "in_progress"),
        ],
    )
    for name, value in overrides.items():
        setattr(draft, name, value)
    return draft

"""Minutes (notulen) and berita acara of a meeting, with the attendance list.

Standard Indonesian layout (DESIGN §2): kop, title, hari/tanggal, waktu, tempat, pimpinan,
notulis, peserta, agenda, pembahasan, kesepakatan, tindak lanjut, closing time, signature
blocks; the daftar hadir on its own page with a signature column. Anything not filled in
is printed as dots to complete by hand and listed in the result's warnings.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.action_plan.labels import source_labels
from desktop_app.core.action_plan.musdes import (
    MusdesParts,
    attendance_of,
    outcome_labels,
    proposals_of,
)
from desktop_app.core.action_plan.store import InterventionLine, meeting_interventions
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.meetings.entry import (
    CleanAction,
    CleanMeeting,
    kind_labels,
    status_labels,
)
from desktop_app.core.meetings.store import MeetingView, load_meeting
from desktop_app.core.reports.document import (
    Letterhead,
    Progress,
    ReportBuilder,
    ReportResult,
    SignatureBlock,
    blank,
    text,
)
from desktop_app.core.reports.formatting import (
    clock_time,
    date_in_words,
    document_number,
    long_date,
    rupiah,
)
from desktop_app.core.reports.settings import DEFAULT_NUMBER_PATTERN, load_report_settings

ZONE = "WITA"  # Kalimantan Timur keeps Waktu Indonesia Tengah
WALK_IN_ROWS = 3  # blank numbered rows for people who come uninvited
MIN_ATTENDANCE_ROWS = 10


def missing_parts(meeting: CleanMeeting) -> list[str]:
    """What the minutes still lack, in Indonesian (printed as dots to fill by hand)."""
    checks = [
        (meeting.start_time is None, translate("Reports", "Jam mulai rapat belum diisi.")),
        (meeting.end_time is None, translate(
            "Reports", "Jam selesai (rapat ditutup) belum diisi.")),
        (not meeting.place, translate("Reports", "Tempat rapat belum diisi.")),
        (not meeting.chair_name, translate("Reports", "Pimpinan rapat belum diisi.")),
        (not meeting.note_taker_name, translate("Reports", "Notulis belum diisi.")),
        (not meeting.participants, translate("Reports", "Belum ada peserta.")),
        (not meeting.agenda, translate("Reports", "Belum ada agenda.")),
        (not meeting.agreements, translate("Reports", "Belum ada kesepakatan.")),
    ]
    return [message for missing, message in checks if missing]


def _person(name: str | None, position: str | None) -> str:
    if not name:
        return blank()
    return f"{name} ({position})" if position else name


def _time_range(meeting: CleanMeeting) -> str:
    start = clock_time(meeting.start_time) or blank(8)
    end = clock_time(meeting.end_time) or translate("Reports", "selesai")
    return f"{start} – {end} {ZONE}" if meeting.end_time else \
        translate("Reports", "{start} {zone} s.d. selesai").format(start=start, zone=ZONE)


def _participant_count(meeting: CleanMeeting) -> str:
    present = sum(1 for p in meeting.participants if p.present)
    if not meeting.participants:
        return translate("Reports", "{dots} orang (daftar hadir terlampir)").format(dots=blank(6))
    return translate(
        "Reports", "{present} orang hadir dari {invited} undangan (daftar hadir terlampir)").format(
        present=present, invited=len(meeting.participants))


def _place_date(meeting: CleanMeeting) -> str:
    day = long_date(meeting.meeting_date, with_day_name=False)
    place = meeting.place or ""
    # Signed "<town>, <date>": only a short place name reads as a town.
    return f"{place}, {day}" if place and len(place) <= 24 else day


def _signatures(builder: ReportBuilder, meeting: CleanMeeting) -> None:
    builder.signatures([
        SignatureBlock(translate(
            "Reports", "Pimpinan Rapat,"), meeting.chair_name, meeting.chair_position,
                       meeting.chair_nip),
        SignatureBlock(translate(
            "Reports", "Notulis,"), meeting.note_taker_name, meeting.note_taker_position,
                       meeting.note_taker_nip),
    ], _place_date(meeting))


def _concerned(builder: ReportBuilder, view: MeetingView) -> list[tuple[str, str]]:
    meeting = view.meeting
    rows = []
    if meeting.village_codes:
        rows.append((translate("Reports", "Desa terkait"), ", ".join(
            view.village_names.get(code, code) for code in meeting.village_codes)))
    if meeting.agencies:
        rows.append((translate("Reports", "Instansi terkait"), ", ".join(meeting.agencies)))
    return rows


def _actions_table(builder: ReportBuilder, view: MeetingView) -> None:
    statuses = status_labels()
    names = view.village_names

    def who(action: CleanAction) -> str:
        village = names.get(action.village_code or "", action.village_code or "")
        return f"{action.actor} ({village})" if village and village not in action.actor \
            else action.actor

    builder.table(
        [translate("Reports", "No"), translate("Reports", "Siapa"), translate("Reports", "Apa"),
         translate("Reports", "Kapan"), translate("Reports", "Status")],
        [[str(i), who(a), a.description,
          long_date(a.due_date, with_day_name=False) if a.due_date else "—",
          statuses.get(a.status, a.status)]
         for i, a in enumerate(view.meeting.actions, 1)],
        widths=[0.8, 3.2, 6, 2.4, 2.2], align="CLLLL",
        placeholder=translate("Reports", "Tidak ada tindak lanjut yang dicatat."))
    if view.carried:
        builder.heading(translate("Reports", "Tindak Lanjut Rapat Sebelumnya"))
        builder.table(
            [translate("Reports", "No"), translate("Reports", "Rapat"),
             translate("Reports", "Siapa"), translate("Reports", "Apa"),
             translate("Reports", "Kapan"), translate("Reports", "Status")],
            [[str(i), f"{c.meeting_title} ({long_date(c.meeting_date, False)})",
              who(c.action), c.action.description,
              long_date(c.action.due_date, False) if c.action.due_date else "—",
              statuses.get(c.action.status, c.action.status)]
             for i, c in enumerate(view.carried, 1)],
            widths=[0.8, 3.2, 2.8, 4.2, 2.2, 2], align="CLLLLL")


def _attendance(builder: ReportBuilder, view: MeetingView) -> None:
    meeting = view.meeting
    builder.page_break()
    builder.title_block(translate("Reports", "DAFTAR HADIR"), meeting.title)
    builder.key_values([
        (translate("Reports", "Hari/Tanggal"), long_date(meeting.meeting_date)),
        (translate("Reports", "Waktu"), _time_range(meeting)),
        (translate("Reports", "Tempat"), meeting.place or blank()),
    ], label_width_mm=30)
    builder.spacer(3)
    rows = []
    for number, person in enumerate(meeting.participants, 1):
        sign = f"{number}." if person.present else translate("Reports", "(tidak hadir)")
        rows.append([str(number), person.name, person.position, person.institution,
                     person.contact, builder.para(text(sign), "cell" if number % 2 else
                                                  "cell_center")])
    start = len(rows) + 1
    blanks = max(WALK_IN_ROWS, MIN_ATTENDANCE_ROWS - len(rows))
    for number in range(start, start + blanks):
        rows.append([str(number), "", "", "", "",
                     builder.para(f"{number}.", "cell" if number % 2 else "cell_center")])
    builder.table([translate("Reports", "No"), translate("Reports", "Nama"),
                   translate("Reports", "Jabatan"), translate("Reports", "Instansi"),
                   translate("Reports", "Kontak"),
                   translate("Reports", "Tanda Tangan")], rows,
                   widths=[0.8, 3.3, 2.4, 2.8, 2.7, 2.6],
                  align="CLLLLL", min_row_height_mm=11)


def _interventions_table(builder: ReportBuilder,
                         interventions: Sequence[InterventionLine]) -> None:
    """The agreements entered as structured interventions (rencana aksi)."""
    if not interventions:
        return
    builder.heading(translate("Reports", "Kesepakatan Intervensi (Rencana Aksi)"))
    sources = source_labels()
    builder.table(
        [translate("Reports", "No"), translate("Reports", "Desa"),
         translate("Reports", "Indikator"), translate("Reports", "Pelaku"),
         translate("Reports", "Kegiatan"), translate("Reports", "Anggaran"),
         translate("Reports", "Batas waktu")],
        [[str(i), item.village_name, f"{item.element_code}. {item.element}",
          item.actor or "—", item.activity,
          f"{rupiah(item.budget)} ({sources.get(item.budget_source or '', '—')})"
          if item.budget is not None else "—",
          item.planned_end.strftime("%d-%m-%Y") if item.planned_end else "—"]
         for i, item in enumerate(interventions, 1)],
        widths=[0.6, 2.0, 2.4, 2.6, 3.3, 2.6, 2.3], align="CLLLLRL")


def _musdes_section(builder: ReportBuilder, parts: MusdesParts | None) -> None:
    """A musdes or public consultation: attendance by group and sex, and the villagers'
    proposals with what became of each."""
    if parts is None or not (parts.attendance or parts.proposals):
        return
    if parts.attendance:
        builder.heading(translate("Reports", "Kehadiran menurut kelompok dan jenis kelamin"))
        men = sum(a.men for a in parts.attendance)
        women = sum(a.women for a in parts.attendance)
        builder.table(
            [translate("Reports", "Kelompok"), translate("Reports", "Laki-laki"),
             translate("Reports", "Perempuan"), translate("Reports", "Jumlah")],
            [[a.group_name, str(a.men), str(a.women), str(a.men + a.women)]
             for a in parts.attendance]
            + [[translate("Reports", "Jumlah"), str(men), str(women), str(men + women)]],
            widths=[5, 2, 2, 2], align="LRRR")
    if parts.proposals:
        builder.heading(translate("Reports", "Usulan Warga"))
        outcomes = outcome_labels()
        builder.table(
            [translate("Reports", "No"), translate("Reports", "Usulan"),
             translate("Reports", "Pengusul"), translate("Reports", "Tanggapan")],
            [[str(i), p.text, p.proposer or "—",
              outcomes.get(p.outcome, p.outcome) + (f": {p.answer}" if p.answer else "")]
             for i, p in enumerate(parts.proposals, 1)],
            widths=[0.7, 6, 2.6, 4.5], align="CLLL")


def build_minutes(view: MeetingView, letterhead: Letterhead | None = None, paper: str = "A4",
                  progress: Progress | None = None,
                  interventions: Sequence[InterventionLine] = (),
                  musdes: MusdesParts | None = None) -> ReportResult:
    """The notulen of ``view``, with the daftar hadir on its own page."""
    meeting = view.meeting
    kind = kind_labels().get(meeting.kind, meeting.kind)
    builder = ReportBuilder(translate(
        "Reports", "Notulen {title}").format(title=meeting.title), letterhead,
                            paper, progress, footer_note=translate(
                                "Reports", "Notulen · {title}").format(
                                title=meeting.title))
    builder.title_block(translate(
        "Reports", "NOTULEN {kind}").format(kind=kind.upper()), meeting.title)
    builder.key_values([
        (translate("Reports", "Hari/Tanggal"), long_date(meeting.meeting_date)),
        (translate("Reports", "Waktu"), _time_range(meeting)),
        (translate("Reports", "Tempat"), meeting.place or blank()),
        (translate(
            "Reports", "Pimpinan Rapat"), _person(meeting.chair_name, meeting.chair_position)),
        (translate(
            "Reports", "Notulis"), _person(meeting.note_taker_name, meeting.note_taker_position)),
        (translate("Reports", "Peserta"), _participant_count(meeting)),
        *_concerned(builder, view),
    ])
    builder.heading(translate("Reports", "Agenda"))
    builder.numbered([a.title for a in meeting.agenda], translate("Reports", "Agenda belum diisi."))
    builder.heading(translate("Reports", "Pembahasan"))
    if not meeting.agenda:
        builder.paragraph(translate("Reports", "Pembahasan belum diisi."), style="muted")
    for number, item in enumerate(meeting.agenda, 1):
        builder.add(builder.para(f"{number}.&nbsp;<b>{text(item.title)}</b>", "numbered"))
        builder.add(builder.para(text(item.discussion, translate(
            "Reports", "(tidak ada catatan pembahasan)")),
                                 "indented"))
    if meeting.notes:
        builder.heading(translate("Reports", "Catatan"))
        builder.paragraph(meeting.notes)
    builder.heading(translate("Reports", "Kesepakatan"))
    builder.numbered([a.text for a in meeting.agreements], translate(
        "Reports", "Belum ada kesepakatan."))
    _interventions_table(builder, interventions)
    _musdes_section(builder, musdes)
    builder.heading(translate("Reports", "Tindak Lanjut"))
    _actions_table(builder, view)
    builder.spacer(3)
    builder.paragraph(translate("Reports", "Rapat ditutup pukul {time} {zone}.").format(
        time=clock_time(meeting.end_time) or blank(8), zone=ZONE), style="left")
    _signatures(builder, meeting)
    _attendance(builder, view)
    builder.warnings.extend(missing_parts(meeting))
    return builder.build()


def _record_subtitle(kind: str, title: str) -> str:
    """``RAPAT KOORDINASI: Air Bersih``; the title alone when it already names the kind."""
    if " ".join(title.lower().split()).startswith(kind.lower()):
        return title
    return f"{kind.upper()}: {title}"


def build_official_record(view: MeetingView, letterhead: Letterhead | None = None,
                          paper: str = "A4", progress: Progress | None = None,
                          number_pattern: str = DEFAULT_NUMBER_PATTERN,
                          interventions: Sequence[InterventionLine] = (),
                          musdes: MusdesParts | None = None) -> ReportResult:
    """The berita acara of ``view``, numbered, with the daftar hadir on its own page."""
    meeting = view.meeting
    kind = kind_labels().get(meeting.kind, meeting.kind)
    builder = ReportBuilder(translate(
        "Reports", "Berita Acara {title}").format(title=meeting.title), letterhead,
                            paper, progress, footer_note=translate(
                                "Reports", "Berita Acara · {title}").format(
                                title=meeting.title))
    builder.add(builder.para(text(translate("Reports", "BERITA ACARA")), "title"),
                builder.para(text(_record_subtitle(kind, meeting.title)), "subtitle"),
                builder.para(text(translate("Reports", "Nomor: {number}").format(
                    number=document_number(number_pattern, meeting.meeting_date))), "center"))
    builder.spacer(4)
    present = sum(1 for p in meeting.participants if p.present)
    opening = translate("Reports",
        "Pada hari ini {date_words} ({date}), pukul {time} {zone}, bertempat di {place}, "
        "telah dilaksanakan {kind} dengan tema “{title}”, dipimpin oleh {chair}, dan "
        "dihadiri oleh {present} orang peserta sebagaimana tercantum dalam daftar hadir "
        "terlampir."
    ).format(
        date_words=date_in_words(meeting.meeting_date),
        date=meeting.meeting_date.strftime("%d-%m-%Y"),
        time=clock_time(meeting.start_time) or blank(8), zone=ZONE,
        place=meeting.place or blank(), kind=kind.lower(), title=meeting.title,
        chair=_person(meeting.chair_name, meeting.chair_position),
        present=present if meeting.participants else blank(6),
    )
    builder.paragraph(opening)
    concerned = _concerned(builder, view)
    if concerned:
        builder.key_values(concerned, label_width_mm=35)
    builder.heading(translate("Reports", "Pokok bahasan"))
    builder.numbered([a.title for a in meeting.agenda], translate("Reports", "Agenda belum diisi."))
    builder.heading(translate("Reports", "Kesepakatan"))
    builder.paragraph(translate(
        "Reports", "Dari pembahasan tersebut telah disepakati hal-hal sebagai berikut:"))
    builder.numbered([a.text for a in meeting.agreements], translate(
        "Reports", "Belum ada kesepakatan."))
    _interventions_table(builder, interventions)
    _musdes_section(builder, musdes)
    builder.heading(translate("Reports", "Tindak Lanjut"))
    _actions_table(builder, view)
    builder.spacer(3)
    builder.paragraph(translate("Reports",
        "Demikian berita acara ini dibuat dengan sebenar-benarnya untuk dipergunakan "
        "sebagaimana mestinya. Rapat ditutup pukul {time} {zone}."
    ).format(time=clock_time(meeting.end_time) or blank(8), zone=ZONE))
    _signatures(builder, meeting)
    _attendance(builder, view)
    builder.warnings.extend(missing_parts(meeting))
    return builder.build()


def meeting_report_for(db: Database, meeting_id: str, official_record: bool = False,
                       progress: Progress | None = None) -> ReportResult:
    """Load the meeting and the report settings, then build (run in a worker thread)."""
    with db.reading() as session:
        view = load_meeting(session, meeting_id)
        settings = load_report_settings(session)
        agreed = meeting_interventions(session, meeting_id)
        musdes = MusdesParts(attendance_of(session, meeting_id),
                             proposals_of(session, meeting_id))
    if official_record:
        return build_official_record(view, settings.letterhead, settings.paper, progress,
                                     settings.number_pattern or DEFAULT_NUMBER_PATTERN,
                                     agreed, musdes)
    return build_minutes(view, settings.letterhead, settings.paper, progress, agreed, musdes)


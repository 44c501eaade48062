"""A meeting as typed in the form, its checks and the cleaned shape reports print.

Input is text as typed. ``clean_meeting`` returns the cleaned meeting or raises
MeetingValidationError listing every fault in Indonesian; nothing is saved half-checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from desktop_app.core.i18n import translate
from desktop_app.core.models.meeting import ACTION_STATUSES, ACTOR_KINDS, MEETING_KINDS
from desktop_app.core.villages.profile_fields import FieldError


def kind_labels() -> dict[str, str]:
    return {
        "rapat_teknis": translate("Meetings", "Rapat teknis"),
        "rapat_koordinasi": translate("Meetings", "Rapat koordinasi"),
        "musyawarah_desa": translate("Meetings", "Musyawarah desa"),
        "konsultasi_publik": translate("Meetings", "Konsultasi publik"),
        "fgd": translate("Meetings", "Diskusi kelompok terarah (FGD)"),
        "lainnya": translate("Meetings", "Lainnya"),
    }


def status_labels() -> dict[str, str]:
    return {"open": translate("Meetings", "Belum dikerjakan"),
            "in_progress": translate("Meetings", "Sedang dikerjakan"),
            "done": translate("Meetings", "Selesai")}


def actor_kind_labels() -> dict[str, str]:
    return {"agency": translate("Meetings", "Instansi"), "village": translate("Meetings", "Desa")}


@dataclass
class ParticipantEntry:
    name: str = ""
    position: str = ""
    institution: str = ""
    contact: str = ""
    present: bool = True
    id: str | None = None


@dataclass
class AgendaEntry:
    title: str = ""
    discussion: str = ""
    id: str | None = None


@dataclass
class AgreementEntry:
    text: str = ""
    id: str | None = None


@dataclass
class ActionEntry:
    actor: str = ""
    description: str = ""
    due_date: str = ""  # as typed; a date once cleaned (see CleanAction)
    actor_kind: str = "agency"
    village_code: str = ""
    status: str = "open"
    id: str | None = None


@dataclass
class MeetingDraft:
    """Everything the form holds, as text; ``id`` None for a new meeting."""

    title: str = ""
    meeting_date: str = ""
    kind: str = "rapat_koordinasi"
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    chair_name: str = ""
    chair_position: str = ""
    chair_nip: str = ""
    note_taker_name: str = ""
    note_taker_position: str = ""
    note_taker_nip: str = ""
    village_codes: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    notes: str = ""
    participants: list[ParticipantEntry] = field(default_factory=list)
    agenda: list[AgendaEntry] = field(default_factory=list)
    agreements: list[AgreementEntry] = field(default_factory=list)
    actions: list[ActionEntry] = field(default_factory=list)
    # New statuses for open action items of earlier meetings: action id -> status.
    carried_status: dict[str, str] = field(default_factory=dict)
    id: str | None = None


@dataclass(frozen=True)
class CleanAction:
    actor_kind: str
    actor: str
    description: str
    due_date: date | None
    village_code: str | None
    status: str
    id: str | None = None


@dataclass(frozen=True)
class CleanMeeting:
    """A checked meeting: stored values, dates and times as objects."""

    id: str | None
    kind: str
    title: str
    meeting_date: date
    start_time: time | None
    end_time: time | None
    place: str | None
    chair_name: str | None
    chair_position: str | None
    chair_nip: str | None
    note_taker_name: str | None
    note_taker_position: str | None
    note_taker_nip: str | None
    village_codes: list[str]
    agencies: list[str]
    notes: str | None
    participants: list[ParticipantEntry]
    agenda: list[AgendaEntry]
    agreements: list[AgreementEntry]
    actions: list[CleanAction]
    carried_status: dict[str, str]


class MeetingValidationError(ValueError):
    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("\n".join(e.message for e in errors))


_DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d")
_TIME = re.compile(r"(\d{1,2})[.:](\d{2})")


def parse_date(text: str) -> date:
    """``23-10-2023``, ``23/10/2023`` or ``2023-10-23``; ValueError otherwise."""
    cleaned = text.strip()
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_time(text: str) -> time:
    """``09.00`` or ``9:00``; ValueError otherwise."""
    match = _TIME.fullmatch(text.strip())
    if not match:
        raise ValueError(text)
    return time(int(match.group(1)), int(match.group(2)))


def _optional(value: str, limit: int, label: str, errors: list[FieldError],
              name: str) -> str | None:
    cleaned = value.strip()
    if len(cleaned) > limit:
        errors.append(FieldError(name, translate("Meetings",
            "{label} terlalu panjang ({length} karakter, paling banyak {max})."
        ).format(label=label, length=len(cleaned), max=limit)))
    return cleaned or None


def _nip(value: str, label: str, errors: list[FieldError], name: str) -> str | None:
    cleaned = re.sub(r"\s", "", value)
    if cleaned and not re.fullmatch(r"\d{18}", cleaned):
        errors.append(FieldError(name, translate(
            "Meetings", "{label}: NIP harus 18 angka, bukan '{text}'.").format(
            label=label, text=value.strip())))
    return cleaned or None


def clean_meeting(draft: MeetingDraft) -> CleanMeeting:
    """The checked meeting; MeetingValidationError lists every fault."""
    errors: list[FieldError] = []
    title = draft.title.strip()
    if not title:
        errors.append(FieldError("title", translate(
            "Meetings", "Judul atau tema rapat wajib diisi.")))
    elif len(title) > 300:
        errors.append(FieldError("title", translate(
            "Meetings", "Judul rapat terlalu panjang (paling banyak 300 "
                        "karakter).")))
    if draft.kind not in MEETING_KINDS:
        errors.append(FieldError("kind", translate(
            "Meetings", "Jenis rapat '{kind}' tidak dikenal.").format(
            kind=draft.kind)))
    meeting_date = None
    if not draft.meeting_date.strip():
        errors.append(FieldError("meeting_date", translate(
            "Meetings", "Tanggal rapat wajib diisi.")))
    else:
        try:
            meeting_date = parse_date(draft.meeting_date)
        except ValueError:
            errors.append(FieldError("meeting_date", translate("Meetings",
                "Tanggal rapat '{text}' tidak dikenal; tulis seperti 23-10-2023.").format(
                text=draft.meeting_date.strip())))
    times: dict[str, time | None] = {}
    for name, label in (("start_time", translate("Meetings", "Jam mulai")),
                        ("end_time", translate("Meetings", "Jam selesai"))):
        raw = getattr(draft, name).strip()
        times[name] = None
        if raw:
            try:
                times[name] = parse_time(raw)
            except ValueError:
                errors.append(FieldError(name, translate("Meetings",
                    "{label} '{text}' tidak dikenal; tulis seperti 09.00.").format(
                    label=label, text=raw)))
    if times["start_time"] and times["end_time"] and times["end_time"] < times["start_time"]:
        errors.append(FieldError("end_time", translate(
            "Meetings", "Jam selesai lebih awal dari jam mulai.")))
    texts = {
        name: _optional(getattr(draft, name), limit, label, errors, name)
        for name, limit, label in (
            ("place", 300, translate("Meetings", "Tempat")),
            ("chair_name", 200, translate("Meetings", "Nama pimpinan rapat")),
            ("chair_position", 200, translate("Meetings", "Jabatan pimpinan rapat")),
            ("note_taker_name", 200, translate("Meetings", "Nama notulis")),
            ("note_taker_position", 200, translate("Meetings", "Jabatan notulis")),
            ("notes", 20_000, translate("Meetings", "Catatan")),
        )
    }
    chair_nip = _nip(draft.chair_nip, translate("Meetings", "Pimpinan rapat"), errors, "chair_nip")
    note_taker_nip = _nip(draft.note_taker_nip, translate(
        "Meetings", "Notulis"), errors, "note_taker_nip")
    participants = _participants(draft.participants, errors)
    agenda = _agenda(draft.agenda, errors)
    agreements = [AgreementEntry(a.text.strip(), a.id) for a in draft.agreements
                  if a.text.strip()]
    actions = _actions(draft.actions, errors)
    for status in draft.carried_status.values():
        if status not in ACTION_STATUSES:
            errors.append(FieldError("carried", translate(
                "Meetings", "Status '{status}' tidak dikenal.").format(
                status=status)))
    if errors:
        raise MeetingValidationError(errors)
    assert meeting_date is not None
    return CleanMeeting(
        id=draft.id, kind=draft.kind, title=title, meeting_date=meeting_date,
        start_time=times["start_time"], end_time=times["end_time"], place=texts["place"],
        chair_name=texts["chair_name"], chair_position=texts["chair_position"],
        chair_nip=chair_nip, note_taker_name=texts["note_taker_name"],
        note_taker_position=texts["note_taker_position"], note_taker_nip=note_taker_nip,
        village_codes=list(dict.fromkeys(c.strip() for c in draft.village_codes if c.strip())),
        agencies=list(dict.fromkeys(a.strip() for a in draft.agencies if a.strip())),
        notes=texts["notes"], participants=participants, agenda=agenda,
        agreements=agreements, actions=actions, carried_status=dict(draft.carried_status),
    )


def _participants(rows: list[ParticipantEntry], errors: list[FieldError]
                  ) -> list[ParticipantEntry]:
    kept = []
    for number, row in enumerate(rows, 1):
        values = [row.name.strip(), row.position.strip(), row.institution.strip(),
                  row.contact.strip()]
        if not any(values):
            continue
        if not values[0]:
            errors.append(FieldError(f"participants[{number}]", translate("Meetings",
                "Peserta baris {n}: nama wajib diisi.").format(n=number)))
        for value, limit, label in ((values[0], 200, translate("Meetings", "nama")),
                                    (values[1], 200, translate("Meetings", "jabatan")),
                                    (values[2], 300, translate("Meetings", "instansi")),
                                    (values[3], 100, translate("Meetings", "kontak"))):
            if len(value) > limit:
                errors.append(FieldError(f"participants[{number}]", translate("Meetings",
                    "Peserta baris {n}: {label} terlalu panjang (paling banyak {max} karakter)."
                ).format(n=number, label=label, max=limit)))
        kept.append(ParticipantEntry(*values, present=row.present, id=row.id))
    return kept


def _agenda(rows: list[AgendaEntry], errors: list[FieldError]) -> list[AgendaEntry]:
    kept = []
    for number, row in enumerate(rows, 1):
        title, discussion = row.title.strip(), row.discussion.strip()
        if not (title or discussion):
            continue
        if not title:
            errors.append(FieldError(f"agenda[{number}]", translate("Meetings",
                "Agenda {n}: pokok bahasan wajib diisi bila ada pembahasan.").format(n=number)))
        kept.append(AgendaEntry(title, discussion, row.id))
    return kept


def _actions(rows: list[ActionEntry], errors: list[FieldError]) -> list[CleanAction]:
    kept = []
    for number, row in enumerate(rows, 1):
        actor, description = row.actor.strip(), row.description.strip()
        due_text, village = row.due_date.strip(), row.village_code.strip()
        if not (actor or description or due_text or village):
            continue
        where = f"actions[{number}]"
        if not actor:
            errors.append(FieldError(where, translate("Meetings",
                "Tindak lanjut {n}: siapa (instansi atau desa) wajib diisi.").format(n=number)))
        if not description:
            errors.append(FieldError(where, translate("Meetings",
                "Tindak lanjut {n}: apa yang dikerjakan wajib diisi.").format(n=number)))
        if len(actor) > 300:
            errors.append(FieldError(where, translate("Meetings",
                "Tindak lanjut {n}: nama pelaksana terlalu panjang (paling banyak 300 "
                "karakter).").format(n=number)))
        due = None
        if due_text:
            try:
                due = parse_date(due_text)
            except ValueError:
                errors.append(FieldError(where, translate("Meetings",
                    "Tindak lanjut {n}: batas waktu '{text}' tidak dikenal; tulis seperti "
                    "30-11-2023.").format(n=number, text=due_text)))
        if row.actor_kind not in ACTOR_KINDS:
            errors.append(FieldError(where, translate("Meetings",
                "Tindak lanjut {n}: jenis pelaksana '{kind}' tidak dikenal.").format(
                n=number, kind=row.actor_kind)))
        if row.status not in ACTION_STATUSES:
            errors.append(FieldError(where, translate("Meetings",
                "Tindak lanjut {n}: status '{status}' tidak dikenal.").format(
                n=number, status=row.status)))
        kept.append(CleanAction(row.actor_kind, actor, description, due, village or None,
                                row.status, row.id))
    return kept

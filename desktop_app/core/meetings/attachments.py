"""Photos and scanned signed attendance lists attached to a meeting.

Attachments are stored per village (they sync within a village's scope), so a meeting's
files go under its first village; a meeting without a village is refused until one is set.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.attachments.blobs import AttachmentError, BlobStore
from desktop_app.core.attachments.records import AttachedFile, attach_all, attachments_of
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.models import Meeting
from desktop_app.core.sync.changes import Editor

MEETING_TABLE = "meeting"


def meeting_village(db: Database, meeting_id: str) -> str:
    """The village the meeting's files belong to, or ``AttachmentError`` saying what to do."""
    with db.reading() as session:
        row = session.get(Meeting, meeting_id)
        if row is None or row.deleted:
            raise AttachmentError(translate(
                "Meetings", "Rapat belum disimpan atau sudah dihapus: simpan rapat "
                            "dulu, lalu tambahkan lampiran."))
        codes = [c for c in (row.village_codes or []) if c]
    if not codes:
        raise AttachmentError(translate(
            "Meetings", "Pilih dulu desa rapat ini (isian Desa terkait) dan simpan: "
                        "lampiran disimpan per desa."))
    return codes[0]


def attach_to_meeting(db: Database, editor: Editor, store: BlobStore, meeting_id: str,
                      sources: list[Path]) -> tuple[list[AttachedFile], list[str]]:
    """Attach each file; returns what was attached and, per refused file, why."""
    return attach_all(db, editor, store, sources, meeting_village(db, meeting_id),
                      MEETING_TABLE, meeting_id)


def meeting_files(db: Database, meeting_id: str) -> list[AttachedFile]:
    return attachments_of(db, meeting_id)

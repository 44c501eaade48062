"""Attach files to records (findings, visits, meetings) through the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.core.attachments.blobs import AttachmentError, BlobStore
from desktop_app.core.db import Database
from desktop_app.core.models import Attachment
from desktop_app.core.sync.changes import Editor, record_delete, record_upsert


@dataclass(frozen=True)
class AttachedFile:
    id: str
    sha256: str
    file_name: str
    mime_type: str
    size: int

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")


def _view(row: Attachment) -> AttachedFile:
    return AttachedFile(row.id, row.sha256, row.file_name or row.sha256[:12],
                        row.mime_type or "", row.size or 0)


def attach(db: Database, editor: Editor, store: BlobStore, source: Path, village_code: str,
           record_table: str, record_id: str) -> AttachedFile:
    """Store ``source`` once and link it to the record; attaching the same bytes to the same
    record again returns the existing link. Bad files raise ``AttachmentError``."""
    blob = store.put(source)
    with db.writing() as session:
        existing = session.scalars(select(Attachment).where(
            Attachment.record_id == record_id, Attachment.sha256 == blob.sha256,
            Attachment.deleted.is_(False))).first()
        if existing is not None:
            return _view(existing)
        row = Attachment()
        record_upsert(session, editor, row, {
            "village_code": (None, village_code), "record_table": (None, record_table),
            "record_id": (None, record_id), "sha256": (None, blob.sha256),
            "file_name": (None, source.name[:200]), "mime_type": (None, blob.mime_type),
            "size": (None, blob.size)}, village_code)
        session.flush()
        return _view(row)


def attach_all(db: Database, editor: Editor, store: BlobStore, sources: list[Path],
               village_code: str, record_table: str,
               record_id: str) -> tuple[list[AttachedFile], list[str]]:
    """Attach each file on its own; returns what was attached and, per refused file, why."""
    attached, refused = [], []
    for source in sources:
        try:
            attached.append(attach(db, editor, store, source, village_code, record_table,
                                   record_id))
        except AttachmentError as error:
            refused.append(str(error))
    return attached, refused


def attachments_of(db: Database, record_id: str) -> list[AttachedFile]:
    with db.reading() as session:
        rows = session.scalars(select(Attachment).where(
            Attachment.record_id == record_id, Attachment.deleted.is_(False))
            .order_by(Attachment.id)).all()
        return [_view(r) for r in rows]


def detach(db: Database, editor: Editor, attachment_id: str) -> None:
    """Remove the link (a tombstone that syncs); the bytes stay for other links."""
    with db.writing() as session:
        row = session.get(Attachment, attachment_id)
        if row is not None and not row.deleted:
            record_delete(session, editor, row, row.village_code)

"""Photos and scans: resumable chunked uploads after their records, lazy downloads.

Uploads ask the server how much of a file it holds (``HEAD``) and send the rest in
chunks, so a cut link costs at most one chunk. Downloads fetch small files first (images
before scans, smallest first, so thumbnails appear soon) up to a size the user chooses;
bigger files are fetched when opened. Every file is checked against its SHA-256 name.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.attachments.blobs import BlobStore
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.models import Attachment, SyncFile
from desktop_app.core.sync import errors
from desktop_app.core.sync.client import ServerClient
from desktop_app.core.sync.tables import in_regions

CHUNK_BYTES = 256 * 1024
DEFAULT_DOWNLOAD_CAP = 2 * 1024 * 1024
_READ = 1 << 20

Retry = Callable[[Callable[[], Any]], Any]


@dataclass(frozen=True)
class FileJob:
    sha256: str
    size: int
    mime_type: str


def _mark(session: Session, sha256: str, **stamps: datetime) -> None:
    row = session.get(SyncFile, sha256)
    if row is None:
        session.add(SyncFile(sha256=sha256, **stamps))
    else:
        for name, value in stamps.items():
            setattr(row, name, value)


def uploads_waiting(db: Database, store: BlobStore) -> list[FileJob]:
    """Files of live attachments that this device holds and the server may lack."""
    with db.reading() as session:
        done = set(session.scalars(select(SyncFile.sha256).where(
            SyncFile.uploaded_at.is_not(None))))
        rows = session.execute(select(Attachment.sha256, Attachment.size, Attachment.mime_type)
                               .where(Attachment.deleted.is_(False))).all()
    jobs = {sha: FileJob(sha, size or 0, mime or "") for sha, size, mime in rows
            if sha not in done and store.has(sha)}
    return sorted(jobs.values(), key=lambda job: job.size)


def downloads_wanted(db: Database, store: BlobStore, cap_bytes: int,
                     regions: list[str]) -> list[FileJob]:
    """Files of live attachments missing here, up to ``cap_bytes`` each: images first,
    smallest first."""
    with db.reading() as session:
        rows = session.execute(select(Attachment.sha256, Attachment.size, Attachment.mime_type,
                                      Attachment.village_code)
                               .where(Attachment.deleted.is_(False))).all()
    jobs = {sha: FileJob(sha, size or 0, mime or "") for sha, size, mime, code in rows
            if (size or 0) <= cap_bytes and in_regions(code, regions) and not store.has(sha)}
    return sorted(jobs.values(), key=lambda j: (not j.mime_type.startswith("image/"), j.size))


class FileSync:
    """Moves blobs between the local store and the server."""

    def __init__(self, db: Database, store: BlobStore, client: ServerClient, retry: Retry,
                 now: Callable[[], datetime], on_bytes: Callable[[int], None] = lambda n: None,
                 chunk_bytes: int = CHUNK_BYTES) -> None:
        self.db, self.store, self.client = db, store, client
        self.retry, self.now, self.on_bytes = retry, now, on_bytes
        self.chunk_bytes = chunk_bytes

    def upload(self, job: FileJob) -> None:
        """Send what the server lacks of one file, chunk by chunk, resuming after a cut."""
        path = self.store.path_of(job.sha256)
        size = path.stat().st_size
        offset, complete = self.retry(lambda: self.client.blob_offset(job.sha256))
        with path.open("rb") as source:
            while not complete:
                def send(start: int) -> tuple[int, bool]:
                    source.seek(start)
                    chunk = source.read(self.chunk_bytes)
                    answer = self.client.blob_put(job.sha256, start, size, chunk)
                    return answer["received"], answer["complete"]

                def send_from_server_offset() -> tuple[int, bool]:
                    # After a failure the server says where it stands; never guess.
                    start, done = self.client.blob_offset(job.sha256)
                    return (start, True) if done else send(start)

                before = offset
                try:
                    offset, complete = send(offset)
                except errors.TransientError:
                    offset, complete = self.retry(send_from_server_offset)
                self.on_bytes(max(0, offset - before))
        with self.db.writing() as session:
            _mark(session, job.sha256, uploaded_at=self.now())

    def download(self, job: FileJob) -> Path:
        """Fetch one file into the store, verified against its name."""
        return self.retry(lambda: self._download_once(job.sha256))

    def _download_once(self, sha256: str) -> Path:
        target = self.store.path_of(sha256)
        if target.is_file():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".unduh-")
        try:
            with os.fdopen(handle, "wb") as out, self.client.blob_stream(sha256) as response:
                for chunk in response.iter_bytes(_READ):
                    digest.update(chunk)
                    out.write(chunk)
                    self.on_bytes(len(chunk))
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != sha256:
                raise errors.TransientError(translate(
                    "Sync", "Berkas {name} rusak dalam perjalanan; diunduh ulang.").format(
                        name=sha256[:12]))
            os.replace(temporary, target)
        finally:
            Path(temporary).unlink(missing_ok=True)
        with self.db.writing() as session:
            _mark(session, sha256, uploaded_at=self.now(), downloaded_at=self.now())
        return target

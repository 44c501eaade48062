"""A content-addressed file store in the data folder: ``lampiran/ab/abcd…`` by SHA-256.

The same bytes are stored once however often they are attached. Files are written to a
temporary name and renamed into place, so a power cut never leaves a half file under a
hash name. Thumbnails (JPEG, longest side ``THUMB_SIZE``) are made on demand and cached.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from desktop_app.core.i18n import translate

FOLDER = "lampiran"
THUMB_SIZE = 240
MAX_BYTES = 25 * 1024 * 1024
IMAGE_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp",
               "TIFF": "image/tiff", "BMP": "image/bmp", "GIF": "image/gif"}
PDF_MIME = "application/pdf"
_CHUNK = 1 << 20


class AttachmentError(ValueError):
    """A file that cannot be attached; the message names it and says why."""


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    mime_type: str


def sniff_type(path: Path) -> str:
    """The MIME type of an image or PDF file, or ``AttachmentError`` naming the file."""
    with path.open("rb") as handle:
        head = handle.read(5)
    if head == b"%PDF-":
        return PDF_MIME
    try:
        with Image.open(path) as image:
            image.verify()
            kind = image.format or ""
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise AttachmentError(translate(
            "Attachments", "{name}: bukan foto (JPEG/PNG) atau pindaian PDF yang "
                           "dapat dibaca").format(name=path.name)) from error
    if kind not in IMAGE_TYPES:
        raise AttachmentError(translate(
            "Attachments", "{name}: jenis gambar {kind} tidak didukung").format(
            name=path.name, kind=kind))
    return IMAGE_TYPES[kind]


class BlobStore:
    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir / FOLDER

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def put(self, source: Path, max_bytes: int = MAX_BYTES) -> StoredBlob:
        """Check ``source`` (size, image or PDF) and store its bytes once."""
        try:
            size = source.stat().st_size
        except OSError as error:
            raise AttachmentError(translate(
                "Attachments", "{name}: berkas tidak dapat dibaca ({reason})").format(
                name=source.name, reason=error.strerror or error)) from error
        if size == 0:
            raise AttachmentError(translate(
                "Attachments", "{name}: berkas kosong").format(name=source.name))
        if size > max_bytes:
            raise AttachmentError(translate(
                "Attachments", "{name}: terlalu besar ({size} MB; batas {limit} MB)")
                                  .format(name=source.name, size=f"{size / 2**20:.1f}",
                                          limit=max_bytes // 2**20))
        mime = sniff_type(source)
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        handle, temporary = tempfile.mkstemp(dir=self.root, prefix=".masuk-")
        try:
            with os.fdopen(handle, "wb") as out, source.open("rb") as inp:
                while chunk := inp.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_of(sha)
            if target.is_file():
                os.unlink(temporary)
            else:
                target.parent.mkdir(exist_ok=True)
                os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return StoredBlob(sha, size, mime)

    def thumbnail(self, sha256: str) -> Path | None:
        """A cached JPEG thumbnail of an image blob; None for PDFs and missing blobs."""
        thumb = self.root / "thumb" / f"{sha256}.jpg"
        if thumb.is_file():
            return thumb
        source = self.path_of(sha256)
        if not source.is_file():
            return None
        try:
            with Image.open(source) as image:
                image.thumbnail((THUMB_SIZE, THUMB_SIZE))
                thumb.parent.mkdir(parents=True, exist_ok=True)
                partial = thumb.with_suffix(".part")
                image.convert("RGB").save(partial, "JPEG", quality=80)
                os.replace(partial, thumb)
        except (UnidentifiedImageError, OSError):
            return None
        return thumb

    def export(self, sha256: str, target: Path) -> None:
        shutil.copyfile(self.path_of(sha256), target)

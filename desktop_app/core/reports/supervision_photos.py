"""Attached photos as printed thumbnails, three to a row; a short note for any that cannot be
shown (blob missing from the data folder, bytes that are not a readable image), so one bad
file never stops a report."""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image as PilImage
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Table, TableStyle

from desktop_app.core.attachments.blobs import BlobStore
from desktop_app.core.attachments.records import AttachedFile
from desktop_app.core.i18n import translate
from desktop_app.core.reports.document import ReportBuilder, text

PER_ROW = 3
BOX = (38 * mm, 30 * mm)  # the largest a thumbnail is printed


def thumbnail_image(store: BlobStore, sha256: str) -> Image | str:
    """A printable thumbnail, or the reason (Indonesian) why there is none."""
    if not store.has(sha256):
        return translate("Reports", "berkas tidak ada di folder lampiran")
    try:
        path = store.thumbnail(sha256)
        if path is None:
            return translate("Reports", "bukan gambar yang dapat dibaca")
        data = path.read_bytes()
        with PilImage.open(io.BytesIO(data)) as image:
            image.load()
            width, height = image.size
    except Exception:  # any decoder failure of a damaged file: print the note instead
        return translate("Reports", "bukan gambar yang dapat dibaca")
    scale = min(BOX[0] / width, BOX[1] / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def _photo_cell(builder: ReportBuilder, file: AttachedFile, image: Image) -> list[Flowable]:
    return [image, builder.para(text(file.file_name), "center_small")]


def photo_rows(builder: ReportBuilder, files: Sequence[AttachedFile], store: BlobStore,
               warnings: list[str], owner: str) -> list[list]:
    """``[label, content]`` rows for a two-column table: the photos, then other files."""
    rows: list[list] = []
    images: list[tuple[AttachedFile, Image]] = []
    notes: list[str] = []
    for file in files:
        if not file.is_image:
            continue
        shown = thumbnail_image(store, file.sha256)
        if isinstance(shown, str):
            notes.append(translate(
                "Reports", "Foto '{name}' tidak dapat ditampilkan ({reason}).").format(
                name=file.file_name, reason=shown))
        else:
            images.append((file, shown))
    warnings.extend(f"{owner}: {note}" for note in notes)
    others = [f for f in files if not f.is_image]
    cell_width = (builder.width * 3.4 / 4.4 - 8) / PER_ROW
    for start in range(0, len(images), PER_ROW):
        cells: list = [_photo_cell(builder, f, image)
                       for f, image in images[start:start + PER_ROW]]
        cells += [""] * (PER_ROW - len(cells))
        grid = Table([cells], colWidths=[cell_width] * PER_ROW, hAlign="LEFT")
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 1),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 1)]))
        rows.append([translate("Reports", "Foto") if start == 0 else "", grid])
    if notes:
        rows.append(["" if images else translate("Reports", "Foto"), "\n".join(notes)])
    if others:
        rows.append([translate("Reports", "Lampiran lain"), "\n".join(
            translate("Reports", "{name} (pindaian PDF, tidak dicetak)").format(name=f.file_name)
            if f.mime_type == "application/pdf" else f.file_name for f in others)])
    return rows

from datetime import date

import pytest
from PIL import Image
from sqlalchemy import func, select

from desktop_app.core.attachments.blobs import AttachmentError, BlobStore
from desktop_app.core.attachments.records import attach, attachments_of, detach
from desktop_app.core.models import Attachment
from desktop_app.core.supervision.entry import FindingDraft
from desktop_app.core.supervision.store import save_finding
from desktop_app.core.workspace import open_workspace


def photo(path, colour=(200, 30, 30), size=(800, 600)):
    Image.new("RGB", size, colour).save(path, "JPEG")
    return path


def new_finding(workspace) -> str:
    return save_finding(workspace.db, workspace.editor, FindingDraft(
        "64.01.01.2001", "10-11-2026", "fisik", "sedang", "Retak pada lantai posyandu"),
        date(2026, 11, 26))


def test_same_photo_twice_is_stored_once_and_survives_a_restart(workspace, tmp_path):
    store = BlobStore(workspace.data_dir)
    finding_id = new_finding(workspace)
    first = attach(workspace.db, workspace.editor, store, photo(tmp_path / "IMG_1.jpg"),
                   "64.01.01.2001", "supervision_finding", finding_id)
    again = attach(workspace.db, workspace.editor, store, photo(tmp_path / "salinan.jpg"),
                   "64.01.01.2001", "supervision_finding", finding_id)
    other_id = new_finding(workspace)
    attach(workspace.db, workspace.editor, store, tmp_path / "salinan.jpg", "64.01.01.2001",
           "supervision_finding", other_id)
    assert again.id == first.id and first.mime_type == "image/jpeg"
    blobs = [p for p in store.root.rglob("*") if p.is_file() and p.parent.name != "thumb"]
    assert blobs == [store.path_of(first.sha256)]
    data_dir = workspace.data_dir
    workspace.close()
    reopened = open_workspace(data_dir)
    try:
        [stored] = attachments_of(reopened.db, finding_id)
        assert stored.sha256 == first.sha256 and stored.file_name == "IMG_1.jpg"
        thumb = BlobStore(data_dir).thumbnail(stored.sha256)
        with Image.open(thumb) as image:
            assert max(image.size) <= 240
    finally:
        reopened.close()


def test_pdf_scan_is_accepted_and_detach_keeps_the_bytes(workspace, tmp_path):
    store = BlobStore(workspace.data_dir)
    scan = tmp_path / "daftar-hadir.pdf"
    scan.write_bytes(b"%PDF-1.4\n% scanned\n%%EOF\n")
    finding_id = new_finding(workspace)
    attached = attach(workspace.db, workspace.editor, store, scan, "64.01.01.2001",
                      "supervision_finding", finding_id)
    assert attached.mime_type == "application/pdf" and not attached.is_image
    assert store.thumbnail(attached.sha256) is None
    detach(workspace.db, workspace.editor, attached.id)
    assert attachments_of(workspace.db, finding_id) == []
    assert store.has(attached.sha256)


@pytest.mark.parametrize("content, message", [
    (b"MZ\x90\x00 not a photo", "bukan foto"),
    (b"", "berkas kosong"),
    (b"\xff\xd8\xff\xe0 broken jpeg", "bukan foto"),
])
def test_non_images_are_refused_by_name_and_nothing_written(workspace, tmp_path, content,
                                                              message):
    store = BlobStore(workspace.data_dir)
    bad = tmp_path / "foto-lapangan.jpg"
    bad.write_bytes(content)
    with pytest.raises(AttachmentError, match=message) as raised:
        attach(workspace.db, workspace.editor, store, bad, "64.01.01.2001",
               "supervision_finding", new_finding(workspace))
    assert "foto-lapangan.jpg" in str(raised.value)
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0
    assert not store.root.exists() or not any(p.is_file() for p in store.root.rglob("*"))


def test_oversized_photo_is_refused(workspace, tmp_path):
    big = photo(tmp_path / "besar.png", size=(50, 50))
    with pytest.raises(AttachmentError, match="terlalu besar"):
        BlobStore(workspace.data_dir).put(big, max_bytes=100)

"""Photos and scanned attendance attached to a meeting, on the real meetings page."""

from pathlib import Path

import pytest
from PIL import Image

from desktop_app.core.attachments.blobs import AttachmentError, BlobStore
from desktop_app.core.meetings.attachments import attach_to_meeting, meeting_files
from desktop_app.core.meetings.store import save_meeting
from desktop_app.ui.app import create_application
from desktop_app.ui.meetings.page import MeetingsPage
from desktop_app.ui.tasks import TaskRunner
from tests.meetings.samples import coordination_meeting


@pytest.fixture
def page(qtbot, workspace):
    create_application()
    runner = TaskRunner()
    widget = MeetingsPage(workspace, runner)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    runner.wait_idle()


def files(tmp_path: Path) -> dict[str, Path]:
    photo = tmp_path / "foto-musyawarah.jpg"
    Image.new("RGB", (1200, 800), (30, 140, 60)).save(photo, "JPEG")
    long_name = tmp_path / ("daftar_hadir_musyawarah_desa_" * 6 + ".png")
    Image.new("RGB", (300, 420), (240, 240, 240)).save(long_name, "PNG")
    scan = tmp_path / "daftar-hadir-bertanda-tangan.pdf"
    scan.write_bytes(b"%PDF-1.4\n% scanned\n%%EOF\n")
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not a photo at all")
    return {"photo": photo, "long": long_name, "scan": scan, "broken": broken}


def show(qtbot, page: MeetingsPage, meeting_id: str) -> None:
    with qtbot.waitSignal(page.form.attachments.shown, timeout=10_000):
        page.form.open_meeting(meeting_id)


def test_attach_photos_and_scans_then_remove_one(qtbot, page, workspace, tmp_path):
    meeting_id = save_meeting(workspace.db, workspace.editor, coordination_meeting())
    show(qtbot, page, meeting_id)
    panel = page.form.attachments
    assert panel.add_button.isEnabled() and panel.files.count() == 0
    given = files(tmp_path)
    with qtbot.waitSignal(panel.refused, timeout=10_000) as refused, \
            qtbot.waitSignal(panel.shown, timeout=10_000) as listed:
        panel.add_files([given["photo"], given["long"], given["scan"], given["broken"]])
    assert listed.args == [3]
    assert len(refused.args[0]) == 1 and "rusak.jpg" in refused.args[0][0]
    assert not panel.message.isHidden() and "rusak.jpg" in panel.message.text()
    names = [panel.files.item(i).toolTip() for i in range(panel.files.count())]
    assert sorted(names) == sorted([given["photo"].name, given["long"].name[:200],
                                    given["scan"].name])
    icon_sizes = {panel.files.item(i).toolTip(): panel.files.item(i).icon().availableSizes()
                  for i in range(panel.files.count())}
    assert icon_sizes[given["photo"].name][0].width() == 240  # the thumbnail, not a file icon
    long_item = next(panel.files.item(i) for i in range(panel.files.count())
                     if panel.files.item(i).toolTip() == given["long"].name)
    assert len(long_item.text()) <= 40 and long_item.text().endswith("…")
    stored = meeting_files(workspace.db, meeting_id)
    assert {f.mime_type for f in stored} == {"image/jpeg", "image/png", "application/pdf"}
    assert all(BlobStore(workspace.data_dir).has(f.sha256) for f in stored)

    scan_item = next(panel.files.item(i) for i in range(panel.files.count())
                     if panel.files.item(i).toolTip() == given["scan"].name)
    scan_item.setSelected(True)
    with qtbot.waitSignal(panel.shown, timeout=10_000) as listed:
        panel.remove_selected()
    assert listed.args == [2]
    assert [f.file_name for f in meeting_files(workspace.db, meeting_id)
            if f.mime_type == "application/pdf"] == []

    show(qtbot, page, meeting_id)  # shown again after reopening the meeting
    assert panel.files.count() == 2 and panel.message.isHidden()


def test_meeting_without_a_village_is_refused_with_what_to_do(qtbot, page, workspace,
                                                              tmp_path):
    draft = coordination_meeting(village_codes=[])
    for action in draft.actions:
        action.village_code = ""
        action.actor_kind = "agency"
    meeting_id = save_meeting(workspace.db, workspace.editor, draft)
    with pytest.raises(AttachmentError, match="Pilih dulu desa rapat ini"):
        attach_to_meeting(workspace.db, workspace.editor, BlobStore(workspace.data_dir),
                          meeting_id, [files(tmp_path)["photo"]])
    show(qtbot, page, meeting_id)
    panel = page.form.attachments
    with qtbot.waitSignal(panel.refused, timeout=10_000) as refused:
        panel.add_files([tmp_path / "foto-musyawarah.jpg"])
    assert "Pilih dulu desa rapat ini" in refused.args[0][0]
    assert not panel.message.isHidden() and panel.files.count() == 0
    assert panel.add_button.isEnabled()


def test_new_meeting_has_no_attachment_buttons(page):
    assert page.form.current_id is None
    assert not page.form.attachments.add_button.isEnabled()

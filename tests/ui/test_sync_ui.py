"""The Sinkronisasi section against a real server: enrol, sync with progress, cancel,
decide a conflict, fix and resend a refused change, start by itself."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop_app.core.backup import DATABASE_MEMBER, create_backup, read_backup
from desktop_app.core.sync.client import ServerClient
from desktop_app.core.sync.credentials import SECRETS_FILE
from desktop_app.core.sync.outbox import refused_operations
from desktop_app.core.sync.sequence import mark_restored
from desktop_app.core.sync.service import SyncService
from desktop_app.core.workspace import open_workspace
from tests.server.conftest import PASSWORD
from tests.sync.conftest import prepare_server
from tests.sync.laptop import Laptop, MockWall, server_state
from tests.sync.proxy import FaultProxy

BATU = "64.01.01.2001"
ARU = "64.01.02.2001"


@pytest.fixture
def server(tmp_path):
    running = prepare_server(tmp_path / "server").start()
    yield running
    running.stop()


def wait_done(qtbot, page) -> str:
    qtbot.waitUntil(lambda: not page.running, timeout=30_000)
    return page.progress_label.text()


def test_sync_section_end_to_end(qtbot, open_window, workspace, server, tmp_path,
                                 monkeypatch):
    import keyring
    from keyring.backends import fail

    # A headless machine has no OS keyring: the token must go to the 0600 file.
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    window = open_window(workspace)
    page = window.sync_page
    assert "Belum terhubung" in page.status_label.text() or page.status_label.text() == ""
    dialog = page.open_settings()
    dialog.address.setText(server.url)
    dialog.username.setText("fac_paser")
    dialog.password.setText(PASSWORD)
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: "terdaftar" in dialog.message.text(), timeout=20_000)
    assert dialog.password.text() == ""  # never kept
    secrets = workspace.data_dir / SECRETS_FILE
    if page.service.credentials.where == "keyring":  # a desktop with a real keyring
        assert not secrets.exists()
    else:
        assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    dialog.close()

    budi = Laptop.create(tmp_path / "budi", server.url, "fac_paser")
    try:
        row = budi.set_population(BATU, 2024, population=100)
        budi.sync()
        page.sync_now()
        assert wait_done(qtbot, page).startswith("Selesai")
        # Both edit the same field offline; this laptop then syncs last.
        with workspace.db.writing() as session:
            from desktop_app.core.models import VillagePopulation
            from desktop_app.core.sync.changes import record_upsert

            mine = session.get(VillagePopulation, row)
            record_upsert(session, workspace.editor, mine, {"population": (100, 111)}, BATU)
            poison = VillagePopulation(village_code=BATU, year=2025, field_clocks={},
                                       deleted=False)
            record_upsert(session, workspace.editor, poison, {
                "village_code": (None, BATU), "year": (None, 2025),
                "population": (None, "seribu")}, BATU)
        budi.edit("village_population", row, population=222)
        budi.sync()
        page.sync_now()
        assert wait_done(qtbot, page).startswith("Selesai")
        qtbot.waitUntil(lambda: page.conflicts.rowCount() == 1 and page.refused.rowCount() == 1,
                        timeout=10_000)
        assert "bilangan bulat" in page.refused.item(0, 3).text()
        # Read as words, never as raw JSON (issue 15).
        assert page.refused.item(0, 1).text() == "Penduduk desa"
        shown_change = page.refused.item(0, 2).text()
        assert "Jumlah penduduk: seribu" in shown_change and "Tahun: 2025" in shown_change
        assert not any(c in shown_change for c in '{}"')
        assert {page.conflicts.item(0, 3).text(), page.conflicts.item(0, 4).text()} == \
            {"111", "222"}

        page.conflicts.selectRow(0)
        page.decide("local")  # keep this laptop's 111, wherever it stands now
        qtbot.waitUntil(lambda: page.conflicts.rowCount() == 0, timeout=10_000)
        page.refused.selectRow(0)
        asked = []

        def correct(_parent, _title, label, text):
            asked.append((label, text))
            return text.replace("population: seribu", "population: 1000"), True

        monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(correct))
        page.resend(edit=True)
        qtbot.waitUntil(lambda: page.refused.rowCount() == 0, timeout=10_000)
        label, offered = asked[0]
        assert "bilangan bulat" in label and "{" not in offered
        assert "year: 2025" in offered.splitlines()

        page.probe()  # what the timer does: work is waiting, the server answers
        qtbot.waitUntil(lambda: page.running, timeout=10_000)
        assert wait_done(qtbot, page).startswith("Selesai")
        budi.sync()
        expected = server_state(server.database_url, "village_population", budi.regions)
        assert budi.state("village_population") == expected
        assert expected["live"][row]["population"] == 111
        assert sorted(v["population"] for v in expected["live"].values()) == [111, 1000]
        qtbot.waitUntil(lambda: "Menunggu dikirim: 0" in page.status_label.text(),
                        timeout=10_000)

        page.sync_now()
        page.cancel()  # stops at the first safe point; nothing half-written
        assert "dibatalkan" in wait_done(qtbot, page)
    finally:
        budi.close()


# -- a restore while a sync is in flight -------------------------------------------------------

def _dump(database: Path) -> list[str]:
    with sqlite3.connect(database) as conn:
        return list(conn.iterdump())


def _expected_after_restore(backup: Path, safety_copy: Path, scratch: Path) -> Path:
    """The backup's database with what the restore adds (the outbox sequence continued
    above the replaced database's, as found in the safety copy taken at the swap)."""
    read_backup(backup, scratch / "backup")
    read_backup(safety_copy, scratch / "replaced")
    database = Path(DATABASE_MEMBER)
    mark_restored(scratch / "backup" / database, scratch / "replaced" / database)
    return scratch / "backup" / database


@pytest.mark.parametrize("in_flight", ["pull", "push", "unread push"])
def test_a_restore_during_a_sync_waits_for_it_and_the_next_sync_loses_nothing(
        qtbot, open_window, workspace, server, tmp_path, in_flight):
    """``unread push``: the restore cuts the push off before the server has read it. The
    edit then was never sent: like any edit made after the backup and not yet sent, it is
    replaced by the restore and kept in the safety copy."""
    proxy = FaultProxy(server.port).start()
    budi = Laptop.create(tmp_path / "budi", server.url, "fac_paser")
    amir: Laptop | None = None
    try:
        window = open_window(workspace)
        service = SyncService(workspace, use_keyring=False)
        credentials = service.enrol(proxy.url, "fac_paser", PASSWORD, "Laptop Rahmat")
        window._sync_service = service
        page = window.sync_page
        amir = Laptop(tmp_path, workspace, ServerClient(server.url, credentials.token),
                      "fac_paser", MockWall(), regions=budi.regions)
        made = [amir.set_population(BATU, 2000, population=1)]
        page.sync_now()
        assert wait_done(qtbot, page).startswith("Selesai")
        backup = tmp_path / "sebelum.sdbackup"
        create_backup(workspace.data_dir, backup)
        # Work synced after the backup, both ways.
        made += [amir.set_population(BATU, 2001 + i, population=10 + i) for i in range(3)]
        made += [budi.set_population(ARU, 2001 + i, population=20 + i) for i in range(3)]
        budi.sync()
        page.sync_now()
        assert wait_done(qtbot, page).startswith("Selesai")
        # The sync in flight: budi's new row waits to be pulled, or this laptop's to be
        # pushed (the server applies it; its answer never comes back).
        if in_flight == "pull":
            made.append(budi.set_population(ARU, 2010, population=30))
            budi.sync()
        else:
            made.append(amir.set_population(BATU, 2010, population=40))
        unread = in_flight == "unread push"
        proxy.hold_responses_after(b"/sync/pull" if in_flight == "pull" else b"/sync/push",
                                   body_too=unread)
        page.sync_now()
        # Until the server has answered (the push applied and committed): ``holding`` alone
        # comes as the request leaves, and a cancel then may cut it before the server reads it.
        qtbot.waitUntil(lambda: proxy.holding if unread else proxy.answer_held,
                        timeout=10_000)

        with qtbot.waitSignal(window.backups.restored, timeout=20_000) as restored:
            window.backups.start_restore(backup)
        proxy.release()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)  # once work ended

        assert page.progress_label.text() == "Sinkronisasi dibatalkan."
        assert not [box.text() for box in window.findChildren(QMessageBox)
                    if box.icon() != QMessageBox.Icon.Information]
        report = restored.args[0]
        assert _dump(workspace.db.path) == _dump(
            _expected_after_restore(backup, report.safety_copy, tmp_path / "expected"))
        if unread:  # the edit never sent stays in the safety copy, its operation pending
            unsent = made.pop()
            replaced = tmp_path / "expected" / "replaced" / DATABASE_MEMBER
            with sqlite3.connect(replaced) as conn:
                assert conn.execute("SELECT population FROM village_population WHERE id = ?",
                                    (unsent,)).fetchall() == [(40,)]
                assert conn.execute("SELECT status FROM sync_outbox WHERE row_id = ?",
                                    (unsent,)).fetchall() == [("pending",)]

        data_dir = workspace.data_dir
        workspace.close()
        amir.workspace = open_workspace(data_dir)  # as run_gui does after a restore
        amir.sync()
        budi.sync()
        expected = server_state(server.database_url, "village_population", budi.regions)
        assert amir.state("village_population") == budi.state("village_population") == expected
        assert set(made) <= set(expected["live"])
        if unread:
            assert unsent not in expected["live"]
        with amir.db.reading() as session:
            assert refused_operations(session) == []
    finally:
        proxy.stop()
        budi.close()
        if amir is not None:
            amir.close()


def test_refusal_reasons_and_changes_read_as_words():
    from desktop_app.ui.sync.review_tables import parse_editable, payload_text, reason_text

    body = json.dumps({"detail": "target kabupaten hanya untuk operator kabupaten atau admin"})
    assert reason_text(body) == "target kabupaten hanya untuk operator kabupaten atau admin"
    assert reason_text(json.dumps([{"msg": "tahun tidak sah"}, {"msg": "desa tidak ada"}])) \
        == "tahun tidak sah; desa tidak ada"
    assert reason_text("kode desa tidak dikenal") == "kode desa tidak dikenal"
    assert reason_text(None) == "(server tidak menyebut alasannya)"
    change = {"year": 2024, "regency_code": "64.01", "villages_to_lift": 5, "notes": None}
    assert payload_text(change) == ("Tahun: 2024; Kabupaten/kota: 64.01; "
                                    "Jumlah desa yang dientaskan: 5; Catatan: —")
    assert parse_editable("year: 2025\nregency_code: 64.01\nnotes: 12", "idm_target") == {
        "year": 2025, "regency_code": "64.01", "notes": "12"}

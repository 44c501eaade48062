"""USB-stick sync: export the outbox, the server imports it and writes a reply; the reply
imported twice, truncated or tampered with."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop_app.core.attachments.records import attach
from desktop_app.core.sync.bundle_format import BundleError
from desktop_app.core.sync.bundles import export_bundle, files_waiting, import_return_bundle
from tests.sync.laptop import server_state
from tests.sync.test_sync_faults import server_sql
from tests.sync.test_sync_files import photo

BATU = "64.01.01.2001"
ARU = "64.01.02.2001"
TABLE = "village_population"


def dump(laptop) -> list:
    """Everything the laptop's database holds, table by table."""
    with sqlite3.connect(laptop.folder / "data" / "sinergi-desa.sqlite") as raw:
        names = [n for (n,) in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
            "AND name NOT LIKE 'village_name_fts%' ORDER BY name")]
        return [(n, sorted(map(repr, raw.execute(f'SELECT * FROM "{n}"')))) for n in names]


def rezip(data: bytes, change) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            target.writestr(name, change(name, source.read(name)))
    return out.getvalue()


def test_bundle_round_trip_by_usb_stick(sync_server, laptops, tmp_path: Path):
    amir = laptops("amir", sync_server.url)  # enrolled once, then never online again
    budi = laptops("budi", sync_server.url)
    shared = budi.set_population(ARU, 2023, population=10)
    budi.sync()
    rows = [amir.set_population(BATU, 2000 + i, population=i) for i in range(4)]
    scan = photo(tmp_path / "berita-acara.png", 50_000, 9)
    rows.append(attach(amir.db, amir.workspace.editor, amir.store, scan, BATU,
                       "village_population", rows[0]).id)
    stick = tmp_path / "stick"
    stick.mkdir()
    report = export_bundle(amir.db, amir.device_id, amir.bundle_key, stick / "amir.zip",
                           files_waiting(amir.db, amir.store))
    assert (report.operations, report.files) == (5, 1)
    reply = stick / "balasan.zip"
    assert sync_server.cli("import-bundle", str(stick / "amir.zip"), "--reply", str(reply)) == 0
    logged = server_sql(sync_server, "SELECT count(*) FROM change_log")
    assert sync_server.cli("import-bundle", str(stick / "amir.zip")) == 0  # again: no change
    assert server_sql(sync_server, "SELECT count(*) FROM change_log") == logged

    first = import_return_bundle(amir.db, amir.workspace.editor, amir.bundle_key, reply)
    assert (first.results, first.changes) == (5, 6)  # Budi's row and Amir's five
    assert amir.state(TABLE) == server_state(sync_server.database_url, TABLE, amir.regions)
    assert shared in amir.state(TABLE)["live"] and set(rows[:4]) <= set(amir.state(TABLE)["live"])
    assert budi.sync().downloaded == 1  # the scan came to the server on the stick
    before = dump(amir)
    again = import_return_bundle(amir.db, amir.workspace.editor, amir.bundle_key, reply)
    assert again.already_imported and dump(amir) == before

    # The next round trip carries only changes after the cursor the first reply gave.
    budi.edit(TABLE, shared, households=3)
    budi.sync()
    amir.edit(TABLE, rows[0], households=9)
    export_bundle(amir.db, amir.device_id, amir.bundle_key, stick / "amir2.zip")
    assert sync_server.cli("import-bundle", str(stick / "amir2.zip"), "--reply",
                           str(stick / "balasan2.zip")) == 0
    second = import_return_bundle(amir.db, amir.workspace.editor, amir.bundle_key,
                                  stick / "balasan2.zip")
    assert second.snapshot_rows == 0 and second.changes >= 2
    assert amir.state(TABLE) == server_state(sync_server.database_url, TABLE, amir.regions)
    assert amir.state(TABLE)["live"][shared]["households"] == 3

    # History purged on the server: the reply carries the whole scope instead.
    budi.delete(TABLE, shared)
    budi.sync()
    assert sync_server.cli("purge-changes", "--upto", "1000000") == 0
    export_bundle(amir.db, amir.device_id, amir.bundle_key, stick / "amir3.zip")
    assert sync_server.cli("import-bundle", str(stick / "amir3.zip"), "--reply",
                           str(stick / "balasan3.zip")) == 0
    third = import_return_bundle(amir.db, amir.workspace.editor, amir.bundle_key,
                                 stick / "balasan3.zip")
    assert third.snapshot_rows >= 6
    assert amir.state(TABLE) == server_state(sync_server.database_url, TABLE, amir.regions)
    assert shared in amir.state(TABLE)["deleted"]


def test_truncated_or_tampered_reply_is_refused_before_any_write(sync_server, laptops,
                                                                 tmp_path: Path):
    amir = laptops("amir", sync_server.url)
    amir.set_population(BATU, 2000, population=1)
    export_bundle(amir.db, amir.device_id, amir.bundle_key, tmp_path / "amir.zip")
    reply = tmp_path / "balasan.zip"
    assert sync_server.cli("import-bundle", str(tmp_path / "amir.zip"), "--reply",
                           str(reply)) == 0
    good = reply.read_bytes()
    before = dump(amir)
    bad = {
        "terpotong": good[: len(good) // 2],
        "isi diubah": rezip(good, lambda n, d: d.replace(b"64.01.01.2001", b"64.01.01.2002")
                            if n == "payload.json" else d),
        "manifes diubah": rezip(good, lambda n, d: d.replace(b'"version": 1', b'"version": 1 ')
                                if n == "manifest.json" else d),
    }
    for label, data in bad.items():
        (tmp_path / "bad.zip").write_bytes(data)
        with pytest.raises(BundleError):
            import_return_bundle(amir.db, amir.workspace.editor, amir.bundle_key,
                                 tmp_path / "bad.zip")
        assert dump(amir) == before, label
    budi = laptops("budi", sync_server.url)
    with pytest.raises(BundleError, match=r"perangkat lain|Tanda tangan"):
        import_return_bundle(budi.db, budi.workspace.editor, budi.bundle_key, reply)
    # The device bundle cut on the stick is refused by the server, nothing written.
    data = (tmp_path / "amir.zip").read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) - 7])
    logged = server_sql(sync_server, "SELECT count(*) FROM change_log")
    assert sync_server.cli("import-bundle", str(tmp_path / "cut.zip")) == 2
    assert server_sql(sync_server, "SELECT count(*) FROM change_log") == logged

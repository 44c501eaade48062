"""docs/server.md copied literally: a SQLite path in a folder that does not exist yet."""

from __future__ import annotations

from provincial_server.cli import main as server_cli


def test_init_db_makes_the_folder_of_a_relative_sqlite_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = "sqlite:///srv/sinergi/server.sqlite"  # three slashes: relative to the folder
    assert server_cli(["init-db", "--database-url", url,
                       "--data-dir", str(tmp_path / "data")]) == 0
    assert (tmp_path / "srv" / "sinergi" / "server.sqlite").is_file()


def test_a_folder_that_cannot_be_made_is_named_without_a_traceback(tmp_path, capsys):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder", encoding="utf-8")
    url = f"sqlite:///{blocker}/sinergi/server.sqlite"
    assert server_cli(["init-db", "--database-url", url,
                       "--data-dir", str(tmp_path / "data")]) == 1
    err = capsys.readouterr().err
    assert f"Folder basis data {blocker / 'sinergi'} tidak dapat dibuat" in err
    assert "SINERGI_SERVER_DATABASE_URL" in err
    assert "Traceback" not in err

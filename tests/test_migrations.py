import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop_app.core.db import create_sqlite_engine
from desktop_app.core.migrate import (
    BACKUPS_KEPT,
    DatabaseOpenError,
    DatabaseTooNewError,
    backup_database,
    head_revision,
    prepare_database,
    scanned_head,
)
from desktop_app.core.models import Base
from desktop_app.core.workspace import open_workspace
from tests.conftest import database_at_first_revision


def test_empty_file_migrates_to_head_and_matches_the_models(tmp_path):
    path = tmp_path / "new.sqlite"
    report = prepare_database(path, tmp_path / "backups")
    assert (report.from_revision, report.to_revision, report.backup) == (None, head_revision(),
                                                                         None)
    engine = create_sqlite_engine(path)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        drift = [
            diff for diff in compare_metadata(context, Base.metadata)
            if not (diff[0] == "remove_table" and diff[1].name.startswith("village_name_fts"))
        ]
        journal = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        foreign_keys = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
    engine.dispose()
    assert drift == []
    assert (journal, foreign_keys) == ("wal", 1)


def test_upgrade_from_previous_revision_keeps_data_and_backs_up_first(tmp_path):
    path = tmp_path / "old.sqlite"
    database_at_first_revision(path)

    report = prepare_database(path, tmp_path / "backups")
    assert report.from_revision == "0001"
    assert report.backup is not None and report.backup.exists()
    with sqlite3.connect(report.backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT name FROM province").fetchall() == [("Kalimantan Timur",)]
    with sqlite3.connect(path) as upgraded:
        assert upgraded.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            head_revision()
        assert upgraded.execute("SELECT name FROM province").fetchall() == [("Kalimantan Timur",)]
        upgraded.execute("SELECT village_code FROM village_profile").fetchall()


def test_database_from_a_newer_program_is_refused_untouched(tmp_path):
    workspace = open_workspace(tmp_path)
    path = workspace.db.path
    workspace.close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="versi Sinergi Desa yang lebih baru"):
        open_workspace(tmp_path)
    assert path.read_bytes() == before


def test_a_foreign_or_corrupt_file_is_refused(tmp_path):
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (x)")
    with pytest.raises(DatabaseOpenError, match="bukan basis data Sinergi Desa"):
        prepare_database(foreign, tmp_path / "b")
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseOpenError, match="tidak dapat dibaca"):
        prepare_database(corrupt, tmp_path / "b")
    assert corrupt.read_bytes() == b"this is not a database" * 100


def test_backups_rotate(tmp_path):
    path = tmp_path / "db.sqlite"
    prepare_database(path, tmp_path / "b")
    made = [backup_database(path, tmp_path / "b", "x") for _ in range(BACKUPS_KEPT + 3)]
    kept = sorted((tmp_path / "b").iterdir())
    assert kept == made[-BACKUPS_KEPT:]


def test_a_migration_backup_is_one_self_contained_file(tmp_path):
    """Made by the same copy as backup files: no WAL mode, so no file beside it is needed."""
    path = tmp_path / "db.sqlite"
    prepare_database(path, tmp_path / "b")
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    copy = backup_database(path, tmp_path / "b", "x")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_the_start_up_head_check_agrees_with_alembic():
    """Start-up reads the head from the version files; Alembic must see the same head."""
    assert scanned_head() == head_revision()


def test_a_database_at_head_opens_without_a_backup(tmp_path):
    path = tmp_path / "db.sqlite"
    prepare_database(path, tmp_path / "b")
    report = prepare_database(path, tmp_path / "b")
    assert (report.from_revision, report.to_revision, report.backup) == (
        head_revision(), head_revision(), None)
    assert not (tmp_path / "b").exists()

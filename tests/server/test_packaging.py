"""The server runs without Qt, and its migrations match its models."""

from __future__ import annotations

import subprocess
import sys

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from provincial_server.db import create_server_engine, migrate
from provincial_server.models import metadata


def test_server_imports_no_qt():
    code = ("import sys, provincial_server.app, provincial_server.cli; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_migrations_match_models(tmp_path):
    engine = create_server_engine(f"sqlite:///{tmp_path / 'm.sqlite'}")
    try:
        migrate(engine)
        with engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), metadata)
    finally:
        engine.dispose()
    assert diff == []

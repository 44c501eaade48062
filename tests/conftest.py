"""Shared fixtures: an isolated environment, small region files, an opened workspace."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

import pytest

# Before Qt or the program read them: no screen, and logs/settings in a scratch folder.
_SCRATCH = Path(tempfile.mkdtemp(prefix="sinergi-tests-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SINERGI_DESA_LOG_DIR"] = str(_SCRATCH / "logs")
os.environ["XDG_CONFIG_HOME"] = str(_SCRATCH / "config")
os.environ.pop("SINERGI_DESA_DATA_DIR", None)

pytest_plugins = ["tests.idm.factories"]  # the idm_data fixture, for IDM and UI tests

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def require_shared_data(folder: Path = SHARED_DATA) -> Path:
    """Return ``folder``; skip when it is absent, but fail when CI=true."""
    if not folder.is_dir():
        reason = f"reference data folder {folder} is absent (see shared/data/README.md)"
        if os.environ.get("CI", "").strip().lower() == "true":
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    return folder


@pytest.fixture(scope="session")
def shared_data_dir() -> Path:
    """../shared/data beside the repository."""
    return require_shared_data()


SMALL_WILAYAH = {
    "provinces.csv": "code,name\n64,Kalimantan Timur\n63,Kalimantan Selatan\n",
    "regencies.csv": (
        "code,province_code,name\n64.01,64,Kabupaten Paser\n64.07,64,Kabupaten Kutai Barat\n"
        "64.72,64,Kota Samarinda\n63.01,63,Kabupaten Tanah Laut\n"
    ),
    "districts.csv": (
        "code,regency_code,name\n64.01.01,64.01,Batu Sopang\n64.01.02,64.01,Tanjung Harapan\n"
        "64.07.05,64.07,Long Iram\n64.72.01,64.72,Palaran\n63.01.01,63.01,Takisung\n"
    ),
    "villages.csv": (
        "code,district_code,name\n"
        "64.01.01.2001,64.01.01,Batu Kajang\n"
        "64.01.01.2002,64.01.01,Kasungai\n"
        "64.01.01.2003,64.01.01,Sungai Terik\n"
        "64.01.02.2001,64.01.02,Tanjung Aru\n"
        "64.01.02.2004,64.01.02,Random\n"
        "64.07.05.2001,64.07.05,Long Iram Bayan\n"
        "64.07.05.2002,64.07.05,Sukomulyo\n"
        "64.72.01.1001,64.72.01,Rawa Makmur\n"
        "64.72.01.1002,64.72.01,Simpang Pasir\n"
        "63.01.01.2001,63.01.01,Takisung\n"
    ),
}


def write_wilayah(folder: Path, files: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (files or SMALL_WILAYAH).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def database_at_first_revision(path: Path) -> None:
    """A data file migrated only to schema revision 0001, holding one province."""
    from alembic import command

    from desktop_app.core.db import create_sqlite_engine
    from desktop_app.core.migrate import alembic_config

    config = alembic_config()
    engine = create_sqlite_engine(path)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql("INSERT INTO province VALUES ('64', 'Kalimantan Timur')")
    engine.dispose()


@pytest.fixture
def small_wilayah(tmp_path: Path) -> Path:
    return write_wilayah(tmp_path / "wilayah")


# "Now" in every test: no test may depend on the real date (CI also runs the suite with the
# real clock moved years ahead).
PINNED_NOW = datetime(2026, 11, 26, 9, 30)


@pytest.fixture
def clock():
    """The program's clock, pinned to :data:`PINNED_NOW` (it runs on from there)."""
    from desktop_app.core.clock import PinnedClock

    return PinnedClock(PINNED_NOW)


@pytest.fixture
def workspace(tmp_path: Path, small_wilayah: Path, clock):
    from desktop_app.core.regions.wilayah_import import import_wilayah
    from desktop_app.core.workspace import open_workspace

    opened = open_workspace(tmp_path / "data", clock)
    import_wilayah(opened.db, small_wilayah)
    opened.set_user("Rahmat (pendamping)")
    yield opened
    opened.close()

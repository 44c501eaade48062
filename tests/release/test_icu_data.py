"""The bundle's cut-down ICU data (desktop_app/tools/icu_data.py): the package format is
written back exactly, the kept items are the English/Indonesian ones, and Qt works on it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from desktop_app.tools.icu_data import (
    _symbol_bytes,
    build_trimmed_library,
    kept,
    read_package,
    trimmed,
    write_package,
)

LIBRARY = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"), None)
pytestmark = pytest.mark.skipif(LIBRARY is None, reason="Qt ships its own ICU on Linux only")


def test_items_kept():
    assert kept("coll/id.res", 5_000) and kept("zone/en_GB.res", 5_000)
    assert kept("root.res", 50_000) and kept("coll/ucadata.icu", 600_000)
    assert kept("coll/root.res", 300_000) and kept("zone/res_index.res", 1_000)
    assert kept("ibm-5348_P100-1997.cnv", 3_000)  # windows-1252
    assert not kept("coll/de.res", 5_000) and not kept("zh_Hant_TW.res", 5_000)
    assert not kept("gb18030.cnv", 230_000)
    assert not kept("brkitr/cjdict.dict", 2_000_000) and not kept("translit/root.res", 10)


def test_package_round_trip_and_trimmed_items_unchanged():
    assert LIBRARY is not None
    data = _symbol_bytes(LIBRARY, f"icudt{LIBRARY.name.rsplit('.', 1)[1]}_dat")
    header, items = read_package(data)
    again = read_package(write_package(header, items))
    assert again[0] == header and [n for n, _ in again[1]] == [n for n, _ in items]
    # Each item is read back with the padding up to the next 16-byte boundary.
    assert all(blob.startswith(old.rstrip(b"\xaa")) for (_, blob), (_, old)
               in zip(again[1], items, strict=True))
    small, before, after = trimmed(data)
    assert len(small) < len(data) / 4 and after < before
    _, kept_items = read_package(small)
    names = [name.split("/", 1)[1] for name, _ in kept_items]
    assert names == sorted(names)  # ICU looks items up by binary search
    assert {"coll/id.res", "id.res", "en.res", "zone/id.res"} <= set(names)
    assert "coll/de.res" not in names
    original = dict(items)
    assert all(original[name] == blob for name, blob in kept_items)


def test_qt_collates_and_names_time_zones_on_the_trimmed_library(tmp_path):
    assert LIBRARY is not None
    library = build_trimmed_library(LIBRARY, tmp_path)
    script = (
        "from PySide6.QtCore import QCollator, QLocale, QStringDecoder\n"
        "c = QCollator(QLocale('id_ID')); c.setNumericMode(True)\n"
        "print(sorted(['Desa 10', 'desa 2', 'Desa 1'], key=c.sortKey))\n"
        "print(QStringDecoder('windows-1252').isValid())\n")
    env = {**os.environ, "LD_PRELOAD": str(library), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["['Desa 1', 'desa 2', 'Desa 10']", "True"]

"""``sinergi-desa --self-check``: every step passes from source, and an old database given
to it is migrated (CI runs the same check in the frozen bundle)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OLDEST = ROOT / "tests" / "fixtures" / "old_databases" / "desktop_0001.sqlite"
STEPS = ["database migrated", "old database migrated", "region list imported",
         "village boundaries imported", "spreadsheet written and read", "photos stored",
         "worker process started", "HTTPS and keyring modules loaded", "PDF built",
         "backup made and verified", "English catalogue loaded",
         "Qt's Indonesian catalogue loaded", "PDF opened",
         "images read by Qt", "chart drawn", "text collated", "page printed to PDF",
         "main window built"]


def test_self_check_passes_every_step_and_migrates_an_old_database(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--self-check", str(OLDEST)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    passed = [line[4:] for line in done.stdout.splitlines() if line.startswith("ok  ")]
    for step in STEPS:
        assert any(line.startswith(step) for line in passed), (step, done.stdout)
    assert "old database migrated" in done.stdout and "0001 -> " in done.stdout
    assert "map painted" in done.stdout
    assert done.stdout.rstrip().endswith("SELF-CHECK PASSED")


def test_self_check_fails_on_a_file_that_is_no_database(tmp_path):
    broken = tmp_path / "rusak.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--self-check", str(broken)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert "SELF-CHECK FAILED" in done.stdout

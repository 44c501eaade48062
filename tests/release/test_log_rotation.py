"""The log file rotates as it grows: newest in the file, older ones numbered, the oldest
dropped."""

from __future__ import annotations

import logging

from desktop_app.logging_setup import RotatingLog


def test_the_log_rotates_and_keeps_a_fixed_number_of_old_files(tmp_path):
    path = tmp_path / "app.log"
    handler = RotatingLog(path, max_bytes=200, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("test-rotation")
    log.propagate = False
    log.addHandler(handler)
    try:
        for number in range(40):
            log.warning("record %02d %s", number, "x" * 30)
    finally:
        log.removeHandler(handler)
        handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "app.log", "app.log.1", "app.log.2", "app.log.3"]
    assert all(p.stat().st_size < 200 for p in tmp_path.iterdir())
    newest = path.read_text(encoding="utf-8").splitlines()
    assert newest[-1].startswith("record 39")
    previous = (tmp_path / "app.log.1").read_text(encoding="utf-8").splitlines()
    assert int(previous[-1].split()[1]) + 1 == int(newest[0].split()[1])  # nothing lost between

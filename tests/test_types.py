"""mypy over the core and the server: no error beyond the committed baseline, which may only
shrink.

The baseline (``mypy-baseline.txt``) lists today's errors as ``path: message  [code]``
without line numbers, so that moving code does not disturb it. After fixing errors or moving
files, rewrite it with ``python -m tests.test_types --update`` (it must only get shorter).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "mypy-baseline.txt"
CHECKED = ("desktop_app/core", "provincial_server")
CACHE = ROOT / "build" / "mypy-cache"
ERROR = re.compile(r"^(?P<path>[^:\s]+\.py):\d+: error: (?P<message>.*)$")


def mypy_errors() -> Counter[str]:
    """Today's errors, each as ``path: message  [code]`` (with how often it occurs)."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(CACHE), "--no-error-summary",
         "--no-pretty", "--show-error-codes", "--no-color-output", *CHECKED],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)
    if result.returncode not in (0, 1) or result.stderr.strip():
        raise RuntimeError(f"mypy did not run: {result.stderr or result.stdout}")
    errors: Counter[str] = Counter()
    for line in result.stdout.splitlines():
        match = ERROR.match(line)
        if match:
            errors[f"{match['path']}: {match['message']}"] += 1
    return errors


def read_baseline() -> Counter[str]:
    lines = BASELINE.read_text(encoding="utf-8").splitlines()
    return Counter(line for line in lines if line and not line.startswith("#"))


def write_baseline(errors: Counter[str]) -> None:
    header = ("# mypy errors accepted for now (tests/test_types.py); this list may only shrink.\n"
              "# Rewrite with: python -m tests.test_types --update\n")
    BASELINE.write_text(header + "".join(f"{line}\n" for line in sorted(errors.elements())),
                        encoding="utf-8")


def test_no_type_errors_beyond_the_baseline():
    found, accepted = mypy_errors(), read_baseline()
    new = found - accepted
    assert not new, ("new mypy errors (fix them; the baseline may not grow):\n"
                     + "\n".join(sorted(new.elements())))
    gone = accepted - found
    assert not gone, ("these baseline errors are gone: shrink the baseline with "
                      "`python -m tests.test_types --update`:\n" + "\n".join(sorted(gone)))


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python -m tests.test_types --update")
    write_baseline(mypy_errors())
    print(f"{BASELINE.name}: {sum(read_baseline().values())} errors")

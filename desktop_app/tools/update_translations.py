"""Refresh ``resources/i18n/sinergi_en.ts`` with Qt's own ``pyside6-lupdate``:

    python -m desktop_app.tools.update_translations          # write the .ts
    python -m desktop_app.tools.update_translations --check  # exit 1 if out of date

The same as ``pyside6-lupdate <every .py under desktop_app> -ts resources/i18n/sinergi_en.ts
-no-obsolete -locations none``: lupdate reads ``self.tr``, ``QCoreApplication.translate``,
the core's ``translate("Context", …)`` and ``QT_TRANSLATE_NOOP``. Locations are left out
so that moving code does not touch the .ts. Existing English is kept; new strings are
marked unfinished.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "desktop_app"
TS_FILE = ROOT / "resources" / "i18n" / "sinergi_en.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?:[:!][^{}]*)?\}|%(?:\d+|n|L\d+)")


def placeholders(text: str) -> list[str]:
    """``{name}``, ``%1`` and ``%n`` markers, sorted, for comparing source and translation."""
    return sorted(PLACEHOLDER.findall(text))


def lupdate_command() -> list[str]:
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lupdate"
    for candidate in (bundled, bundled.with_suffix(".exe")):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-lupdate")
    if found is None:
        raise FileNotFoundError("pyside6-lupdate not found (it ships with PySide6)")
    return [found]


def run_lupdate(ts: Path, sources: Path = SOURCES) -> None:
    """Merge the strings of ``sources`` into ``ts`` (created when missing)."""
    files = sorted(str(path) for path in sources.rglob("*.py"))
    done = subprocess.run(
        [*lupdate_command(), "-silent", "-no-obsolete", "-locations", "none",
         "-source-language", "id_ID", "-target-language", "en_US", *files, "-ts", str(ts)],
        capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"lupdate failed: {done.stderr or done.stdout}")


def read_ts(path: Path = TS_FILE) -> dict[tuple[str, str], str | None]:
    """(context, source) -> English, or None where it is still unfinished."""
    if not path.exists():
        return {}
    known: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None \
                and (translation.text or "")
            known[(name, message.findtext("source") or "")] = \
                translation.text if done and translation is not None else None
    return known


def refreshed(ts: Path = TS_FILE) -> str:
    """The text the .ts would have after lupdate, leaving the file itself alone."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / ts.name
        if ts.exists():
            shutil.copyfile(ts, copy)
        run_lupdate(copy)
        return copy.read_text(encoding="utf-8")


def untranslated(ts_text: str) -> list[tuple[str, str]]:
    """(context, source) of every message without finished English."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "check.ts"
        path.write_text(ts_text, encoding="utf-8")
        return sorted(key for key, english in read_ts(path).items() if not english)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report; exit 1 when the .ts is out of date or unfinished")
    args = parser.parse_args(argv)
    text = refreshed()
    missing = untranslated(text)
    if args.check:
        current = TS_FILE.read_text(encoding="utf-8") if TS_FILE.exists() else ""
        for context, source in missing:
            print(f"untranslated: [{context}] {source!r}")
        stale = current != text
        if stale:
            print(f"{TS_FILE.relative_to(ROOT)} is out of date: run "
                  "python -m desktop_app.tools.update_translations")
        return 1 if missing or stale else 0
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    TS_FILE.write_text(text, encoding="utf-8")
    print(f"{TS_FILE.relative_to(ROOT)}: {len(read_ts())} strings, "
          f"{len(missing)} without English")
    return 0


if __name__ == "__main__":
    sys.exit(main())

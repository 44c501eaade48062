"""Loading the English translation.

The bundle carries ``resources/i18n/sinergi_en.qm``, compiled by build_installer.spec.
From a source checkout the ``.ts`` is compiled with PySide6's lrelease into the user
cache folder the first time (and again whenever the ``.ts`` changes), so no binary
``.qm`` is committed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_app import APP_NAME
from desktop_app.core.preferences import ENGLISH
from desktop_app.paths import resources_dir

log = logging.getLogger(__name__)
BASENAME = "sinergi_en"


# hashlib, shutil, subprocess and platformdirs are imported where used: only in English,
# not on every start-up.


def lrelease_command() -> list[str] | None:
    import shutil

    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    for candidate in (bundled, bundled.with_suffix(".exe")):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease")
    return [found] if found else None


def compile_ts(ts: Path, qm: Path) -> bool:
    import subprocess

    command = lrelease_command()
    if command is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        log.warning("lrelease failed: %s", done.stderr)
    return done.returncode == 0 and qm.exists()


def english_qm() -> Path | None:
    """The compiled English catalogue: shipped, or compiled into the cache."""
    import hashlib

    import platformdirs

    folder = resources_dir() / "i18n"
    shipped = folder / f"{BASENAME}.qm"
    if shipped.exists():
        return shipped
    ts = folder / f"{BASENAME}.ts"
    if not ts.exists():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / \
        f"{BASENAME}-{digest}.qm"
    if cached.exists() or compile_ts(ts, cached):
        return cached
    return None


def install_translations(app: QCoreApplication, language: str) -> QTranslator | None:
    """English when chosen (applies to windows made afterwards); Indonesian is the source."""
    if language != ENGLISH:
        return None
    qm = english_qm()
    translator = QTranslator(app)
    if qm is None or not translator.load(str(qm)):
        log.warning("English translation not found; staying in Indonesian")
        return None
    app.installTranslator(translator)
    return translator

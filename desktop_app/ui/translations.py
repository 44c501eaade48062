"""Loading the translations: the program's English, and Qt's own texts in Indonesian.

The program's strings are Indonesian, with an English catalogue (``sinergi_en``). Qt's own
strings (text fields' context menus, its file dialog, message boxes' details, standard
buttons) are English and Qt ships no Indonesian: ``qt_id`` gives them Indonesian when the
program speaks Indonesian. It is installed once the workspace is open (off the start-up
path, before any menu's dialog can show): see :func:`prepare_qt_indonesian`.

The bundle carries the ``.qm`` files, compiled by build_installer.spec. From a source
checkout each ``.ts`` is compiled with PySide6's lrelease into the user cache folder the
first time (and again whenever the ``.ts`` changes), so no binary ``.qm`` is committed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_app import APP_NAME
from desktop_app.core.preferences import ENGLISH, INDONESIAN
from desktop_app.paths import resources_dir

log = logging.getLogger(__name__)
BASENAME = "sinergi_en"
QT_BASENAME = "qt_id"  # Qt's own texts in Indonesian
CATALOGUES = (BASENAME, QT_BASENAME)  # compiled into the bundle


class TranslationState:
    """The language the program was started in and Qt's Indonesian catalogue, once in."""

    def __init__(self) -> None:
        self.language: str | None = None
        self.qt: QTranslator | None = None


_state = TranslationState()


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


def compiled_qm(basename: str) -> Path | None:
    """A compiled catalogue: shipped, or compiled into the cache."""
    import hashlib

    import platformdirs

    folder = resources_dir() / "i18n"
    shipped = folder / f"{basename}.qm"
    if shipped.exists():
        return shipped
    ts = folder / f"{basename}.ts"
    if not ts.exists():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / \
        f"{basename}-{digest}.qm"
    if cached.exists() or compile_ts(ts, cached):
        return cached
    return None


def english_qm() -> Path | None:
    """The compiled English catalogue of the program's strings."""
    return compiled_qm(BASENAME)


def install_translations(app: QCoreApplication, language: str) -> QTranslator | None:
    """English when chosen (applies to windows made afterwards); Indonesian is the source.
    The language is remembered for Qt's own texts (:func:`prepare_qt_indonesian`)."""
    _state.language = language
    if language != ENGLISH:
        return None
    qm = english_qm()
    translator = QTranslator(app)
    if qm is None or not translator.load(str(qm)):
        log.warning("English translation not found; staying in Indonesian")
        return None
    app.installTranslator(translator)
    return translator


def prepare_qt_indonesian() -> Path | None:
    """Any thread: Qt's Indonesian catalogue when it is due (the program was started in
    Indonesian and it is not installed yet), compiled if need be; else None."""
    if _state.language != INDONESIAN or _state.qt is not None:
        return None
    try:
        qm = compiled_qm(QT_BASENAME)
    except OSError as error:  # an unwritable cache: the program goes on, Qt in English
        log.warning("Qt's Indonesian catalogue could not be compiled: %s", error)
        return None
    if qm is None:
        log.warning("Qt's Indonesian catalogue not found; Qt's own texts stay English")
    return qm


def install_qt_indonesian(qm: Path | None) -> QTranslator | None:
    """GUI thread: Qt's own texts in Indonesian from ``qm`` (from
    :func:`prepare_qt_indonesian`), for the widgets and dialogs made afterwards."""
    app = QCoreApplication.instance()
    if qm is None or app is None or _state.qt is not None:
        return _state.qt
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        log.warning("Qt's Indonesian catalogue %s could not be loaded", qm)
        return None
    app.installTranslator(translator)
    _state.qt = translator
    return translator


def ensure_qt_indonesian() -> None:
    """GUI thread, where no worker waits on the way (the first run's wizard, once shown):
    Qt's own texts in Indonesian now, if due. In the bundle only a load of the shipped
    file; from a checkout lrelease runs once per version of the catalogue."""
    install_qt_indonesian(prepare_qt_indonesian())

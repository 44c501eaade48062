"""The Qt user interface.

Importing it first tells PySide6 that no module of this program selects a ``__feature__``
(see :func:`skip_feature_scan`).
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook, patched below)


def _default_features(_module: object) -> bool:
    return True


def skip_feature_scan() -> None:
    """PySide6 replaces ``__import__`` to support ``from __feature__ import snake_case``:
    after every import it reads the new module's whole source (``inspect.getsource``) to
    decide whether it uses PySide6. Here that was 322 modules and ~64 ms of a start, most
    of it while the workspace imports in its worker, holding the interpreter. This program
    selects no feature, so every module gets the default selection without its source
    being read. (Internal to PySide6: when the hook is not where 6.11 has it, nothing
    changes.)"""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _default_features


skip_feature_scan()

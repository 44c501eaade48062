"""Translation hook for the Qt-free core.

The core must not import Qt, yet its user-visible messages must go through Qt's
translation machinery. Core code calls ``translate(context, text)``; the Qt layer
installs ``QCoreApplication.translate`` at start-up. Without Qt the Indonesian source
text is returned unchanged, Indonesian being the default language.

Call it with a literal context and text, ``translate("Backup", "Data dipulihkan.")``, never
through a wrapper: pyside6-lupdate finds strings by that call (the name ``translate``) alone.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def set_translator(translator: Callable[[str, str], str]) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    return _translator(context, text)

"""PySide6 does not read the source of each module imported after it (start-up cost)."""

from __future__ import annotations

import linecache
import sys

import desktop_app.ui  # noqa: F401  (patches PySide6's scan on import)


def test_a_module_imported_after_pyside6_is_not_read_for_its_source(tmp_path, monkeypatch):
    source = tmp_path / "freshly_imported_module.py"
    source.write_text("from PySide6.QtCore import QObject\nVALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.checkcache()
    try:
        module = __import__("freshly_imported_module")  # through PySide6's hook
        assert module.VALUE == 1
        # PySide6's own hook would have read the file through inspect/linecache.
        assert str(source) not in linecache.cache
        feature = sys.modules["shibokensupport.feature"]
        assert feature.pyside_feature_dict["freshly_imported_module"] == 0  # no feature
    finally:
        sys.modules.pop("freshly_imported_module", None)

"""The IDM core stays Qt-free and database-free; shared-data tests skip only outside CI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require_shared_data

REPO = Path(__file__).resolve().parents[2]




def test_core_imports_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "import desktop_app.core.idm.consistency, desktop_app.core.idm.weak_indicators\n"
        "from desktop_app.core.idm.catalogue import idm_catalogue\n"
        "idm_catalogue()\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)


def test_missing_shared_data_skips_outside_ci(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="is absent"):
        require_shared_data(tmp_path / "nowhere")


def test_missing_shared_data_fails_in_ci(monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        require_shared_data(tmp_path / "nowhere")
    assert require_shared_data(tmp_path) == tmp_path

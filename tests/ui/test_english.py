"""The program in English: the compiled catalogue reaches the window and the core."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.tools.update_translations import TS_FILE


@pytest.fixture
def english(qapp, tmp_path: Path):
    from PySide6.QtCore import QTranslator

    from desktop_app.ui.translations import compile_ts

    qm = tmp_path / "sinergi_en.qm"
    assert compile_ts(TS_FILE, qm), "pyside6 lrelease could not compile the .ts"
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_window_and_the_core_speak_english_once_loaded(english, workspace, open_window):
    from desktop_app.core.backup import BackupError, read_backup
    from desktop_app.core.idm.rumusan import normalise_village_code

    window = open_window(workspace)
    sections = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert sections == ["Villages & Profiles", "IDM Recap", "Action Plan", "Map",
                        "Meetings & Minutes",
                        "Supervision Findings", "Sync"]
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Sync", "&Help"]
    with pytest.raises(BackupError, match="cannot be used to restore data"):
        read_backup(Path(__file__))  # the core's messages come through the same hook
    with pytest.raises(ValueError, match="is not a Kemendagri code"):
        normalise_village_code("12345")  # a core string once missed by the extractor

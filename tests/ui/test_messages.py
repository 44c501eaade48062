"""Messages say why and what to do, in Indonesian; standard buttons speak Indonesian."""

from __future__ import annotations

import zipfile

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop_app.core.problems import InputFileError, Problem


def test_library_english_becomes_the_programs_indonesian():
    from desktop_app.ui.messages import plain_cause

    for error in (zipfile.BadZipFile("File is not a zip file"),
                  InputFileError([Problem("idm.xlsx", None, "bukan lembar kerja yang dapat "
                                          "dibaca: invalid Zip archive: Could not find EOCD")])):
        said = plain_cause(error)
        assert "berkas rusak atau terpotong" in said
        assert "zip" not in said.lower()


def test_an_error_message_shows_its_cause_and_what_to_do(qtbot):
    from desktop_app.ui.app import create_application
    from desktop_app.ui.messages import report_error

    create_application()
    problem = InputFileError([Problem("provinces.csv", None, "berkas tidak ditemukan di /x")])
    box = report_error(None, problem, "Impor daftar wilayah (tidak ada yang disimpan)")
    qtbot.addWidget(box)
    assert "provinces.csv: berkas tidak ditemukan" in box.informativeText()
    assert "coba lagi" in box.informativeText()
    assert box.detailedText() == ""  # nothing hides behind "Show Details..."
    box.close()


def test_standard_buttons_speak_indonesian_in_every_dialog(qtbot):
    from desktop_app.ui.app import create_application
    from desktop_app.ui.import_wilayah_dialog import ImportWilayahDialog

    create_application()
    dialog = ImportWilayahDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.findChild(QDialogButtonBox)
    assert sorted(b.text() for b in box.buttons()) == ["Batal", "OK"]
    question = QMessageBox(QMessageBox.Icon.Question, "Perubahan belum disimpan", "Simpan?",
                           QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Close)
    qtbot.addWidget(question)
    question.open()
    assert sorted(b.text() for b in question.buttons()) == [
        "Batal", "Buang perubahan", "Simpan", "Tutup"]
    question.close()
    dialog.close()

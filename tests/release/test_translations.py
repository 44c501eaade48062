"""Every Indonesian string has English with the same placeholders, and Qt loads it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from desktop_app.tools.update_translations import (
    TS_FILE,
    placeholders,
    read_ts,
    refreshed,
    run_lupdate,
    untranslated,
)


def test_every_source_string_has_an_english_translation():
    missing = [f"[{context}] {source!r}" for context, source in untranslated(refreshed())]
    assert not missing, (
        f"{len(missing)} strings lack English; run python -m "
        "desktop_app.tools.update_translations and translate them in "
        f"{TS_FILE.name}:\n" + "\n".join(missing[:40]))


def test_the_ts_file_is_up_to_date_with_the_sources():
    assert TS_FILE.read_text(encoding="utf-8") == refreshed(), (
        "run python -m desktop_app.tools.update_translations")


def test_translations_keep_the_placeholders_of_their_source():
    wrong = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            english = message.findtext("translation") or ""
            if english and placeholders(source) != placeholders(english):
                wrong.append(f"[{context.findtext('name')}] {source!r} -> {english!r}")
    assert not wrong, "\n".join(wrong)


def test_the_placeholder_check_sees_what_differs():
    assert placeholders("{count} desa, %1 dari %n") == ["%1", "%n", "{count}"]
    assert placeholders("{count} villages") != placeholders("{jumlah} villages")
    assert placeholders("{size:.1f} MB") == ["{size:.1f}"]


def test_stock_lupdate_finds_ui_and_core_strings():
    found = set(read_ts())
    assert ("MainWindow", "&Pulihkan data…") in found  # self.tr
    assert ("Backup", "Data dipulihkan.") in found  # translate("Backup", …) in the core
    assert ("StandardButtons", "Simpan semua") in found  # QCoreApplication.translate
    assert ("App", "Data tidak dapat dibuka") in found  # QT_TRANSLATE_NOOP


def test_a_new_string_is_reported_without_english(tmp_path: Path):
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "module.py").write_text(
        "from desktop_app.core.i18n import translate\n\n"
        "def label() -> str:\n"
        '    return translate("Demo", "Kata baru {count}")\n', encoding="utf-8")
    ts = tmp_path / "demo.ts"
    run_lupdate(ts, sources)
    assert untranslated(ts.read_text(encoding="utf-8")) == [("Demo", "Kata baru {count}")]

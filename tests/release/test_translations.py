"""Every Indonesian string has English with the same placeholders, and Qt loads it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from desktop_app.tools.update_translations import TS_FILE, build_ts, extract, placeholders, read_ts


def test_every_source_string_has_an_english_translation():
    known = read_ts()
    missing = sorted({f"[{m.context}] {m.source!r} ({m.filename}:{m.line})"
                      for m in extract() if not known.get((m.context, m.source))})
    assert not missing, (
        f"{len(missing)} strings lack English; run python -m "
        "desktop_app.tools.update_translations and translate them in "
        f"{TS_FILE.name}:\n" + "\n".join(missing[:40]))


def test_the_ts_file_is_up_to_date_with_the_sources():
    assert TS_FILE.read_text(encoding="utf-8") == build_ts(extract(), read_ts()), (
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


def test_the_extractor_finds_ui_core_and_helper_strings():
    found = {(m.context, m.source) for m in extract()}
    assert ("MainWindow", "&Pulihkan data…") in found  # self.tr
    assert ("Backup", "Data dipulihkan.") in found  # a core _t helper
    assert ("Database", "Berkas {path} bukan basis data Sinergi Desa; berkas tidak diubah.") \
        in found  # translate("Database", …) in the core

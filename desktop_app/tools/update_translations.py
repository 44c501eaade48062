"""Refresh ``resources/i18n/sinergi_en.ts`` from the sources (one command for everyone):

    python -m desktop_app.tools.update_translations          # write the .ts
    python -m desktop_app.tools.update_translations --check  # exit 1 if out of date

pyside6-lupdate does not see the core's ``_t("…")`` helpers (aliases of
``translate(context, text)``), so the strings are found here with ``ast``: ``self.tr``,
``QCoreApplication.translate``, ``translate``, ``QT_TRANSLATE_NOOP`` and one-line helpers
that return one of those. Existing English is kept; new strings are marked unfinished.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "desktop_app"
TS_FILE = ROOT / "resources" / "i18n" / "sinergi_en.ts"
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?:[:!][^{}]*)?\}|%(?:\d+|n|L\d+)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    filename: str
    line: int


def placeholders(text: str) -> list[str]:
    """``{name}``, ``%1`` and ``%n`` markers, sorted, for comparing source and translation."""
    return sorted(PLACEHOLDER.findall(text))


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
        else None


def _callee(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _translate_context(call: ast.Call) -> str | None:
    """``translate("Ctx", …)`` (any spelling): the context, else None."""
    if _callee(call) in TRANSLATE_NAMES and len(call.args) >= 2:
        return _literal(call.args[0])
    return None


def _helpers(tree: ast.Module) -> dict[str, str]:
    """One-line helpers: ``def _t(text): return translate("Ctx", text)`` -> {"_t": "Ctx"}."""
    found: dict[str, str] = {}
    for node in tree.body:
        if (isinstance(node, ast.FunctionDef) and node.args.args
                and isinstance(node.body[-1], ast.Return)
                and isinstance(node.body[-1].value, ast.Call)):
            call = node.body[-1].value
            context = _translate_context(call)
            param = node.args.args[0].arg
            if (context and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == param):
                found[node.name] = context
    return found


class _Collector(ast.NodeVisitor):
    def __init__(self, filename: str, helpers: dict[str, str]) -> None:
        self.filename, self.helpers = filename, helpers
        self.classes: list[str] = []
        self.messages: list[Message] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _callee(node)
        context: str | None = None
        text: str | None = None
        if name == "tr" and isinstance(node.func, ast.Attribute) and self.classes:
            context, text = self.classes[-1], (node.args and _literal(node.args[0])) or None
        elif name in TRANSLATE_NAMES:
            context = _translate_context(node)
            text = _literal(node.args[1]) if context else None
        elif isinstance(node.func, ast.Name) and name in self.helpers and node.args:
            context, text = self.helpers[name], _literal(node.args[0])
        if context and text:
            self.messages.append(Message(context, text, self.filename, node.lineno))
        self.generic_visit(node)


def extract(sources: Path = SOURCES) -> list[Message]:
    """Every translatable string of the desktop program, in file and line order."""
    messages: list[Message] = []
    for path in sorted(sources.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        collector = _Collector(path.relative_to(ROOT).as_posix(), _helpers(tree))
        collector.visit(tree)
        messages.extend(collector.messages)
    return messages


def read_ts(path: Path = TS_FILE) -> dict[tuple[str, str], str | None]:
    """(context, source) -> English, or None where it is still unfinished."""
    if not path.exists():
        return {}
    known: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None \
                and (translation.text or "")
            known[(name, message.findtext("source") or "")] = \
                translation.text if done and translation is not None else None
    return known


def build_ts(messages: list[Message], known: dict[tuple[str, str], str | None]) -> str:
    root = ET.Element("TS", version="2.1", language="en_US", sourcelanguage="id_ID")
    contexts: dict[str, ET.Element] = {}
    seen: dict[tuple[str, str], ET.Element] = {}
    for message in sorted(messages, key=lambda m: (m.context, m.filename, m.line)):
        key = (message.context, message.source)
        if message.context not in contexts:
            contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[message.context], "name").text = message.context
        location = ET.Element("location", filename=f"../../{message.filename}")
        if key in seen:  # another file with the same string: locations come before <source>
            files = {e.get("filename") for e in seen[key].iter("location")}
            if location.get("filename") not in files:
                index = list(seen[key]).index(seen[key].find("source"))
                seen[key].insert(index, location)
            continue
        element = ET.SubElement(contexts[message.context], "message")
        seen[key] = element
        element.append(location)  # files only: moving code does not touch the .ts
        ET.SubElement(element, "source").text = message.source
        english = known.get(key)
        translation = ET.SubElement(element, "translation")
        if english:
            translation.text = english
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            + ET.tostring(root, encoding="unicode") + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report; exit 1 when the .ts is out of date or unfinished")
    args = parser.parse_args(argv)
    messages = extract()
    known = read_ts()
    text = build_ts(messages, known)
    missing = sorted({(m.context, m.source) for m in messages if not known.get(
        (m.context, m.source))})
    if args.check:
        current = TS_FILE.read_text(encoding="utf-8") if TS_FILE.exists() else ""
        for context, source in missing:
            print(f"untranslated: [{context}] {source!r}")
        stale = current != text
        if stale:
            print(f"{TS_FILE.relative_to(ROOT)} is out of date: run "
                  "python -m desktop_app.tools.update_translations")
        return 1 if missing or stale else 0
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    TS_FILE.write_text(text, encoding="utf-8")
    print(f"{TS_FILE.relative_to(ROOT)}: {len({(m.context, m.source) for m in messages})} "
          f"strings, {len(missing)} without English")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build tool (Linux bundle): Qt's ICU data library cut down to what the program can use.

PySide6's Linux wheels ship ICU's full data (``libicudata.so.NN``, ~31 MB: every locale,
every legacy character set, the Chinese/Japanese/Thai word-break dictionaries). Qt uses ICU
for collation, case mapping, time-zone names and text codecs. The program is in Indonesian
and English, so the bundle keeps the root data, the ``en``/``id`` locales (with their
``in`` aliases), normalisation, break rules, time zones and every single-byte character set,
and drops the other locales, the multi-byte (CJK) character sets, transliteration and the
word-break dictionaries; ICU falls back to the root locale for anything else (~4 MB left).

The data is read from the ``icudtNN_dat`` symbol of the wheel's library, rewritten in ICU's
common-data package format (header, table of contents sorted by name, 16-byte-aligned
items) without the dropped items, and linked into a new library of the same name and
symbol with the C compiler. Not used on Windows or macOS, whose Qt uses the system's ICU.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

# Locales kept in every locale tree (root.res and res_index.res are always kept).
KEPT_LOCALES = re.compile(r"(en|en_US|en_GB|en_001|en_150|id|id_ID|in|in_ID)\.res")
# Locale trees: one .res per locale in each (the package's top level is one too).
LOCALE_TREES = {"", "brkitr", "coll", "curr", "lang", "rbnf", "region", "unit", "zone"}
LOCALE_NAME = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res")
SMALL_CHARSET = 20_000  # bytes: single-byte character sets are 1–10 KB, CJK ones 100 KB+


def kept(item: str, size: int) -> bool:
    """Whether the bundle keeps one item (``coll/id.res``, ``ibm-5348_P100-1997.cnv``)."""
    folder, _, name = item.rpartition("/")
    if name.endswith(".cnv"):
        return size < SMALL_CHARSET
    if folder == "translit" or (folder == "brkitr" and name.endswith(".dict")):
        return False
    if folder in LOCALE_TREES and LOCALE_NAME.fullmatch(name) and name not in (
            "root.res", "pool.res", "res_index.res"):
        return KEPT_LOCALES.fullmatch(name) is not None
    return True


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name with its package prefix, item bytes)]) of a common-data file."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27":
        raise ValueError("not an ICU data package")
    toc = data[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset:toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The common-data file of ``items`` (kept in the order given: sorted by name)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    names_start = 4 + 8 * len(items)
    data_start = -(-(names_start + len(names)) // 16) * 16
    toc = [struct.pack("<I", len(items))]
    name_offset, data_offset = names_start, data_start
    for name, blob in items:
        toc.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        data_offset += -(-len(blob) // 16) * 16
    body = b"".join(toc) + names
    body += b"\0" * (data_start - len(body))
    for _, blob in items:
        body += blob + b"\0" * (-len(blob) % 16)
    return header + body


def trimmed(data: bytes) -> tuple[bytes, int, int]:
    """(the package without the dropped items, items before, items after)."""
    header, items = read_package(data)
    kept_items = [(name, blob) for name, blob in items
                  if kept(name.split("/", 1)[1], len(blob))]
    return write_package(header, kept_items), len(items), len(kept_items)


def _symbol_bytes(library: Path, symbol: str) -> bytes:
    """The bytes of one data symbol of an ELF library (read with ``nm`` and the file)."""
    listing = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)],
                             capture_output=True, text=True, check=True).stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[3] == symbol:
            address, size = int(fields[0], 16), int(fields[1], 16)
            break
    else:
        raise ValueError(f"{library.name} has no symbol {symbol}")
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], capture_output=True,
                              text=True, check=True).stdout
    for match in re.finditer(r"\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)",
                             sections):
        start, offset, length = (int(group, 16) for group in match.groups())
        if start and start <= address < start + length:
            with library.open("rb") as file:
                file.seek(offset + address - start)
                return file.read(size)
    raise ValueError(f"{symbol} lies in no section of {library.name}")


def build_trimmed_library(library: Path, work: Path) -> Path:
    """A smaller copy of Qt's ``libicudataNN`` (same file name, soname and symbol) in
    ``work``; raises ``OSError``/``ValueError``/``CalledProcessError`` when it cannot."""
    version = re.search(r"\.so\.(\d+)", library.name)
    if version is None:
        raise ValueError(f"no ICU version in {library.name}")
    symbol = f"icudt{version.group(1)}_dat"
    package, before, after = trimmed(_symbol_bytes(library, symbol))
    work.mkdir(parents=True, exist_ok=True)
    (work / "icudata.dat").write_bytes(package)
    (work / "icudata.S").write_text(
        f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n'
        f'{symbol}:\n.incbin "icudata.dat"\n.size {symbol}, . - {symbol}\n'
        '.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise OSError("no C compiler (cc) to link the ICU data")
    output = work / library.name
    subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}",
                    "-o", output.name, "icudata.S"], cwd=work, check=True)
    print(f"ICU data: {before} items -> {after}, {library.stat().st_size / 1e6:.1f} MB -> "
          f"{output.stat().st_size / 1e6:.1f} MB")
    return output

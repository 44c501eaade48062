"""Read generated PDFs back with poppler (pdftotext, pdfinfo, pdftoppm) and Pillow."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PIL import Image

MM = 72 / 25.4


def page_texts(pdf: Path) -> list[str]:
    """``pdftotext -layout`` text, one string per page."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    count = int(re.search(r"Pages:\s+(\d+)", _info(pdf)).group(1))
    text = _info(pdf, "-f", "1", "-l", str(count))
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", text)
    return [(round(float(w) / MM, 1), round(float(h) / MM, 1)) for w, h in sizes]


def _info(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdfinfo", *args, str(pdf)], check=True, capture_output=True,
                          text=True).stdout


def in_order(text: str, *parts: str) -> bool:
    """Whether every part occurs in ``text``, each after the previous one."""
    position = 0
    for part in parts:
        found = text.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def render_pages(pdf: Path, folder: Path, resolution: int = 50) -> list[Path]:
    """``pdftoppm -r 50`` PNGs of every page (kept for a person to look at)."""
    folder.mkdir(parents=True, exist_ok=True)
    prefix = folder / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(resolution), "-png", str(pdf), str(prefix)],
                   check=True)
    return sorted(folder.glob(f"{pdf.stem}-*.png"))


def ink_outside_text_area(png: Path, right_mm: float = 12, resolution: int = 50) -> int:
    """Dark pixels in the outer right strip (text running off the page lands there)."""
    image = Image.open(png).convert("L")
    width, height = image.size
    strip = int(right_mm / 25.4 * resolution)
    box = image.crop((width - strip, 0, width, height))
    return sum(box.histogram()[:128])


def has_ink(png: Path) -> bool:
    image = Image.open(png).convert("L")
    return image.getextrema()[0] < 128


def overlapping_words(pdf: Path) -> list[tuple[int, str, str]]:
    """Pairs of words whose boxes overlap on a page (text drawn over text)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    found = []
    for number, page in enumerate(html.split("<page ")[1:], 1):
        words = [
            (float(x0), float(y0), float(x1), float(y1), word)
            for x0, y0, x1, y1, word in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                r"([^<]*)</word>", page)
        ]
        words.sort(key=lambda w: w[1])
        for i, (ax0, ay0, ax1, ay1, a) in enumerate(words):
            for bx0, by0, bx1, by1, b in words[i + 1:]:
                if by0 >= ay1 - 1:
                    break
                if bx0 < ax1 - 1 and ax0 < bx1 - 1 and by0 < ay1 - 1 and ay0 < by1 - 1:
                    found.append((number, a, b))
    return found


def _text_boxes(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Every word's box per page, from ``pdftotext -bbox``."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [[(float(x0), float(y0), float(x1), float(y1), word)
             for x0, y0, x1, y1, word in re.findall(
                 r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                 r"([^<]*)</word>", page)]
            for page in html.split("<page ")[1:]]


def overlapping_text_boxes(pdf: Path) -> list[str]:
    """``page N: 'a' over 'b'`` for every two text boxes that overlap, anywhere on a page
    (the footer note running into ``Halaman x dari y``, a cell over its neighbour...)."""
    found = []
    for number, boxes in enumerate(_text_boxes(pdf), 1):
        boxes.sort(key=lambda box: box[1])
        for i, (ax0, _ay0, ax1, ay1, a) in enumerate(boxes):
            for bx0, by0, bx1, _by1, b in boxes[i + 1:]:
                if by0 >= ay1 - 0.5:
                    break
                if bx0 < ax1 - 0.5 and ax0 < bx1 - 0.5:
                    found.append(f"page {number}: {a!r} over {b!r}")
    return found


# "Batu Sopang, 10 Desember 2024" alone on a line: the place and date above signatures.
PLACE_DATE = re.compile(r"(?:[^,]+, )?\d{1,2} [A-Z][a-z]+ \d{4}")


def signature_only_pages(pdf: Path, first_lines: tuple[str, ...],
                         company: int = 3) -> list[int]:
    """Pages where the signature block has fewer than ``company`` lines of the report
    above it (a closing formula alone does not count as company): signatures cut off
    from what they sign."""
    lonely = []
    for number, page in enumerate(page_texts(pdf), 1):
        lines = [line.strip() for line in page.splitlines()
                 if line.strip() and not re.search(r"Halaman \d+ dari \d+", line)]
        start = next((i for i, line in enumerate(lines)
                      if any(line.startswith(s) for s in first_lines)
                      or PLACE_DATE.fullmatch(line)), None)
        if start is None:
            continue
        above = [line for line in lines[:start] if not line.startswith("Demikian")]
        if len(above) < company:
            lonely.append(number)
    return lonely


def assert_clean_layout(pdf: Path, signature_starts: tuple[str, ...] = ()) -> None:
    """No text drawn over text, and no page holding only a signature block."""
    assert overlapping_text_boxes(pdf) == []
    if signature_starts:
        assert signature_only_pages(pdf, signature_starts) == []

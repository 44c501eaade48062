"""The report builder every printed document uses: kop, page numbers, paper, wrapping tables.

Reports are plain ReportLab flowables laid out on A4 or F4/Folio. User text is always
escaped and wraps inside its cell or paragraph; tables split across pages and repeat
their header rows. Building is pure computation: it runs in a worker thread and reports
progress through a callback.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.core.i18n import translate
from desktop_app.core.reports.fonts import BOLD, REGULAR, register_fonts

F4 = (215 * mm, 330 * mm)
PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "F4": F4}
MARGINS = {"left": 25 * mm, "right": 20 * mm, "top": 18 * mm, "bottom": 20 * mm}
LOGO_SIZE = 22 * mm

Progress = Callable[[int, int, str], None]


class ReportCancelled(Exception):
    """Raised from a progress callback to stop building a report the user closed."""


def paper_names() -> list[tuple[str, str]]:
    return [("A4", translate("Reports", "A4 (210 × 297 mm)")),
            ("F4", translate("Reports", "F4/Folio (215 × 330 mm)"))]


@dataclass(frozen=True)
class Letterhead:
    """The kop: institution lines (largest first), address lines and an optional logo."""

    institution_lines: tuple[str, ...] = ()
    address_lines: tuple[str, ...] = ()
    logo_path: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.institution_lines or self.address_lines or self.logo_path)


@dataclass
class ReportResult:
    pdf: bytes
    page_count: int
    warnings: list[str] = field(default_factory=list)

    def write(self, path: Path) -> Path:
        path.write_bytes(self.pdf)
        return path


def text(value: Any, placeholder: str = "") -> str:
    """User text made safe for a Paragraph; line breaks kept; ``placeholder`` if empty."""
    if value is None or str(value).strip() == "":
        return escape(placeholder)
    return escape(str(value).strip()).replace("\r\n", "\n").replace("\n", "<br/>")


def blank(width: int = 30) -> str:
    """Dots to fill in by hand, as on paper forms."""
    return "." * width


class ReportBuilder:
    """Collects flowables, then lays them out into PDF bytes.

    Add content with the helper methods (or append flowables to ``story``) and call
    ``build()``. ``warnings`` collects what could not be printed (a missing logo...).
    """

    def __init__(
        self,
        title: str,
        letterhead: Letterhead | None = None,
        paper: str = "A4",
        progress: Progress | None = None,
        footer_note: str = "",
        landscape: bool = False,
    ) -> None:
        register_fonts()
        if paper not in PAPER_SIZES:
            raise ValueError(translate(
                "Reports", "Ukuran kertas {paper} tidak dikenal.").format(paper=paper))
        self.title = title
        self.paper = paper
        width, height = PAPER_SIZES[paper]
        self.page_size = (height, width) if landscape else (width, height)
        self.progress = progress
        self.footer_note = footer_note
        self.warnings: list[str] = []
        self.story: list[Flowable] = []
        self.width = self.page_size[0] - MARGINS["left"] - MARGINS["right"]
        self._estimated_rows = 0
        self.styles = _styles()
        if letterhead is not None and not letterhead.empty:
            self.story.extend(self._letterhead(letterhead))

    # -- content helpers -----------------------------------------------------------
    def style(self, name: str) -> ParagraphStyle:
        return self.styles[name]

    def para(self, markup: str, style: str = "body") -> Paragraph:
        """A paragraph of ready markup (escape user text with ``text()`` first)."""
        return Paragraph(markup, self.styles[style])

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def title_block(self, title: str, subtitle: str = "") -> None:
        self.add(self.para(text(title), "title"))
        if subtitle:
            self.add(self.para(text(subtitle), "subtitle"))
        self.add(Spacer(1, 4 * mm))

    def heading(self, label: str) -> None:
        """A section heading that never sits alone at the foot of a page."""
        self.add(CondPageBreak(25 * mm), self.para(text(label), "heading"))

    def paragraph(self, value: Any, placeholder: str = "", style: str = "body") -> None:
        self.add(self.para(text(value, placeholder), style))

    def spacer(self, height_mm: float = 4) -> None:
        self.add(Spacer(1, height_mm * mm))

    def page_break(self) -> None:
        self.add(PageBreak())

    def numbered(self, items: Sequence[str], placeholder: str) -> None:
        """``1. first``, ``2. second`` with hanging indent; the placeholder when empty."""
        if not items:
            self.paragraph(placeholder, style="muted")
            return
        for index, item in enumerate(items, 1):
            self.add(self.para(f"{index}.&nbsp;{text(item)}", "numbered"))

    def key_values(self, rows: Sequence[tuple[str, str]], label_width_mm: float = 40,
                   markup: bool = False) -> None:
        """``Label : value`` lines (values escaped unless ``markup``)."""
        data = [
            [self.para(text(label), "left"), self.para(":", "left"),
             self.para(value if markup else text(value), "left")]
            for label, value in rows
        ]
        widths = [label_width_mm * mm, 4 * mm, self.width - label_width_mm * mm - 4 * mm]
        table = Table(data, colWidths=widths, hAlign="LEFT", splitInRow=1)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        self.add(table)

    def table(
        self,
        header: Sequence[str],
        rows: Iterable[Sequence[Any]],
        widths: Sequence[float],
        align: str = "",
        min_row_height_mm: float = 0,
        placeholder: str = "",
    ) -> Table | None:
        """A grid table of user values, split across pages with the header repeated.

        ``widths`` are relative; ``align`` is one letter per column (L, R, C). Cells
        that are already flowables are used as they are.
        """
        align = align.ljust(len(header), "L")
        cell_styles = [self.styles[{"R": "cell_right", "C": "cell_center"}.get(a, "cell")]
                       for a in align]
        total = sum(widths)
        col_widths = [self.width * w / total for w in widths]
        room = [width - 6.5 for width in col_widths]  # inside the cell padding
        cell = self.styles["cell"]

        def value_cell(column: int, value: Any) -> Any:
            # Short one-line text is drawn as a plain string (much faster than a
            # Paragraph); anything that might not fit wraps as a Paragraph.
            if isinstance(value, Flowable | list):
                return value
            plain = "" if value is None else str(value).strip()
            if "\n" not in plain and stringWidth(plain, cell.fontName, cell.fontSize) \
                    <= room[column]:
                return plain
            return Paragraph(text(value), cell_styles[column])

        data: list[list[Any]] = [[self.para(text(h), "cell_header") for h in header]]
        for row in rows:
            data.append([value_cell(i, value) for i, value in enumerate(row)])
        if len(data) == 1 and placeholder:
            self.paragraph(placeholder, style="muted")
            return None
        if min_row_height_mm:
            # A strut in the first cell: rows are at least this tall, and grow with their text.
            strut = Spacer(1, max(0.0, min_row_height_mm * mm - 5 * mm))
            for row in data[1:]:
                first = row[0] if isinstance(row[0], Flowable) else \
                    Paragraph(text(row[0]), cell_styles[0])
                row[0] = [first, strut]
        frame_height = self.page_size[1] - MARGINS["top"] - MARGINS["bottom"]
        table = grid_table_class(frame_height)(data, colWidths=col_widths, repeatRows=1,
                                               splitInRow=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("FONT", (0, 1), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
            *(("ALIGN", (i, 1), (i, -1), {"R": "RIGHT", "C": "CENTER"}[a])
              for i, a in enumerate(align) if a in "RC"),
        ]))
        self._estimated_rows += len(data)
        self.add(table)
        return table

    def signatures(self, blocks: Sequence[SignatureBlock], place_date: str = "") -> None:
        """Signature blocks, two per row, kept together; ``place_date`` above the right one."""
        cells: list[Any] = [self._signature_cell(block) for block in blocks]
        columns = 1 if len(cells) == 1 else 2
        rows: list[list[Any]] = []
        if place_date:
            rows.append([""] * (columns - 1) + [self.para(text(place_date), "center")])
        for start in range(0, len(cells), columns):
            pair = cells[start:start + columns]
            rows.append(pair + [""] * (columns - len(pair)))
        table = Table(rows, colWidths=[self.width / columns] * columns, hAlign="CENTER")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        self.add(KeepTogether([*self._take_last_lines(), Spacer(1, 6 * mm), table]))

    def _take_last_lines(self, count: int = 2, share: float = 0.7) -> list[Flowable]:
        """The last ``count`` paragraphs or tables (with the spaces between them, at most
        ``share`` of a page), taken off the story to be kept with the signatures: a page
        never holds the signatures alone, cut off from what they sign."""
        frame_height = self.page_size[1] - MARGINS["top"] - MARGINS["bottom"]
        taken: list[Flowable] = []
        height = 0.0
        content = 0
        while self.story and content < count:
            last = self.story[-1]
            if isinstance(last, Spacer) and not isinstance(last, CondPageBreak):
                taken.insert(0, self.story.pop())
                continue
            if not isinstance(last, Paragraph | Table):
                break
            last_height = last.wrap(self.width, frame_height)[1]
            if content and height + last_height > share * frame_height:
                break
            taken.insert(0, self.story.pop())
            height += last_height
            content += 1
        while taken and isinstance(taken[0], Spacer):  # leading space stays in the story
            self.story.append(taken.pop(0))
        if taken and self.story and isinstance(self.story[-1], Paragraph) \
                and self.story[-1].style.name == "heading":
            taken.insert(0, self.story.pop())  # a heading goes with what it heads
        return taken

    def _signature_cell(self, block: SignatureBlock) -> list[Flowable]:
        name = text(block.name) or blank(32)
        parts: list[Flowable] = [self.para(text(block.role), "center"),
                                 Spacer(1, 20 * mm),
                                 self.para(f"<u><b>{name}</b></u>", "center")]
        if block.position:
            parts.append(self.para(text(block.position), "center_small"))
        if block.nip:
            parts.append(self.para(text(f"NIP. {block.nip}"), "center_small"))
        return parts

    # -- kop -----------------------------------------------------------------------
    def _letterhead(self, letterhead: Letterhead) -> list[Flowable]:
        lines: list[Flowable] = []
        for index, line in enumerate(letterhead.institution_lines):
            lines.append(self.para(text(line), "kop_main" if index else "kop_top"))
        for line in letterhead.address_lines:
            lines.append(self.para(text(line), "kop_address"))
        logo = self._logo(letterhead.logo_path) if letterhead.logo_path else None
        if logo is not None:
            # A third, empty column as wide as the logo keeps the text centred on the page.
            side = LOGO_SIZE + 4 * mm
            block = Table([[logo, lines, ""]], colWidths=[side, self.width - 2 * side, side])
        else:
            block = Table([[lines]], colWidths=[self.width])
        block.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        return [block,
                HRFlowable(width="100%", thickness=2, color=colors.black, spaceBefore=2,
                           spaceAfter=1),
                HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceAfter=6)]

    def _logo(self, path: str) -> Image | None:
        name = Path(path).name or path
        try:
            reader = ImageReader(path)
            width, height = reader.getSize()
        except Exception as error:  # missing, unreadable or not an image
            reason = (translate("Reports", "berkas tidak ada")
                      if isinstance(error, FileNotFoundError) or not Path(path).exists()
                      else translate("Reports", "bukan gambar yang dapat dibaca"))
            self.warnings.append(translate("Reports",
                "Logo kop '{name}' tidak dapat dipakai ({reason}); laporan dicetak tanpa logo."
            ).format(name=name, reason=reason))
            return None
        scale = LOGO_SIZE / max(width, height)
        return Image(path, width=width * scale, height=height * scale)

    # -- output --------------------------------------------------------------------
    def build(self) -> ReportResult:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer, pagesize=self.page_size, title=self.title, author="Sinergi Desa",
            leftMargin=MARGINS["left"], rightMargin=MARGINS["right"],
            topMargin=MARGINS["top"], bottomMargin=MARGINS["bottom"],
        )
        estimate = max(1, len(self.story) // 40 + self._estimated_rows // 30 + 1)
        pages = [0]

        def on_progress(kind: str, value: int) -> None:
            if kind == "PAGE":
                pages[0] = value
                if self.progress is not None:
                    total = max(estimate, value + 1)
                    self.progress(value, total, translate(
                        "Reports", "Menyusun halaman {page}").format(page=value))

        doc.setProgressCallBack(on_progress)
        footer = self.footer_note
        canvas_class = _numbered_canvas(footer)
        doc.build(list(self.story), canvasmaker=canvas_class)
        result = ReportResult(buffer.getvalue(), canvas_class.page_count, self.warnings)
        if self.progress is not None:
            self.progress(result.page_count, result.page_count, translate("Reports", "Selesai"))
        return result

    def write(self, path: Path) -> ReportResult:
        result = self.build()
        result.write(path)
        return result


class GridTable(Table):
    """A table that splits between rows, and inside a row only when it must.

    A row too tall for the space left on a page moves to the next page whole; only a
    row taller than the space of a mostly empty page is cut inside (so a page never ends
    with a repeated header over a sliver of a row).
    """

    frame_height: float = 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        result = self._splitRows(availHeight, doInRowSplit=False)
        if result and not self._next_row_needs_cutting(result[0], availHeight):
            return result
        if availHeight >= 0.6 * self.frame_height:
            return self._splitRows(availHeight, doInRowSplit=True) or result
        return result

    def _next_row_needs_cutting(self, first_part: Table, availHeight: float) -> bool:
        """Whether the row after ``first_part`` gets cut anyway: taller than a whole page,
        or the rest would be cut on this same page. Cut it here, then, rather than repeat
        the header above it."""
        limit = 0.6 * self.frame_height
        following = len(first_part._rowHeights)
        if availHeight < limit or following >= len(self._rowHeights):
            return False
        header = sum(self._rowHeights[:self.repeatRows])
        return self._rowHeights[following] > self.frame_height - header or \
            availHeight - sum(self._rowHeights[:following]) >= limit


@functools.cache
def grid_table_class(frame_height: float) -> type[GridTable]:
    """GridTable for one page height (the pieces of a split table keep the class)."""
    return type("GridTable", (GridTable,), {"frame_height": frame_height})


@dataclass(frozen=True)
class SignatureBlock:
    role: str  # "Pimpinan Rapat," / "Notulis,"
    name: str | None
    position: str | None = None
    nip: str | None = None


FOOTER_GAP = 5 * mm  # between the footer note and the page number


def elide(value: str, width: float, size: float, font: str = REGULAR) -> str:
    """``value`` on one line, cut with ``…`` to at most ``width`` points."""
    value = " ".join(value.split())
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value.rstrip() + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def _numbered_canvas(footer_note: str) -> type[Canvas]:
    """A canvas class that prints ``Halaman x dari y`` once the page count is known."""

    class NumberedCanvas(Canvas):
        page_count = 0

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            type(self).page_count = total
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize
            self.setFont(REGULAR, 8)
            label = translate("Reports", "Halaman {page} dari {total}").format(
                page=self._pageNumber, total=total)
            self.drawRightString(width - MARGINS["right"], 10 * mm, label)
            if footer_note:
                room = width - MARGINS["left"] - MARGINS["right"] \
                    - stringWidth(label, REGULAR, 8) - FOOTER_GAP
                self.drawString(MARGINS["left"], 10 * mm, elide(footer_note, room, 8))

    return NumberedCanvas


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5,
                          alignment=TA_JUSTIFY, splitLongWords=1, spaceAfter=2)

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "left": derive("left", alignment=TA_LEFT),
        "muted": derive("muted", alignment=TA_LEFT, textColor=colors.HexColor("#555555")),
        "numbered": derive("numbered", alignment=TA_LEFT, leftIndent=6 * mm,
                           firstLineIndent=-6 * mm),
        "indented": derive("indented", leftIndent=6 * mm, spaceAfter=5),
        "title": derive("title", fontName=BOLD, fontSize=13, leading=17, alignment=TA_CENTER,
                        spaceAfter=1),
        "subtitle": derive("subtitle", fontName=BOLD, fontSize=11, leading=14.5,
                           alignment=TA_CENTER),
        "heading": derive("heading", fontName=BOLD, fontSize=10.5, leading=14,
                          alignment=TA_LEFT, spaceBefore=6, spaceAfter=3),
        "center": derive("center", alignment=TA_CENTER),
        "center_small": derive("center_small", alignment=TA_CENTER, fontSize=9, leading=12),
        "cell": derive("cell", alignment=TA_LEFT, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_right": derive("cell_right", alignment=TA_RIGHT, fontSize=8.5, leading=10.5,
                             spaceAfter=0),
        "cell_center": derive("cell_center", alignment=TA_CENTER, fontSize=8.5, leading=10.5,
                              spaceAfter=0),
        "cell_header": derive("cell_header", fontName=BOLD, alignment=TA_CENTER, fontSize=8.5,
                              leading=10.5, spaceAfter=0),
        "kop_top": derive("kop_top", fontName=BOLD, fontSize=12, leading=15,
                          alignment=TA_CENTER, spaceAfter=0),
        "kop_main": derive("kop_main", fontName=BOLD, fontSize=12.5, leading=15.5,
                           alignment=TA_CENTER, spaceAfter=0),
        "kop_address": derive("kop_address", fontSize=8.5, leading=11, alignment=TA_CENTER,
                              spaceAfter=0),
    }

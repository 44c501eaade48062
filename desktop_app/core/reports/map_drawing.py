"""Draw map layers, a legend, a scale bar and a north arrow on a ReportLab canvas
(vector paths, so the map prints sharp at any size)."""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from desktop_app.core.i18n import translate
from desktop_app.core.maps.geometry import Box, x_scale
from desktop_app.core.maps.store import MapData
from desktop_app.core.maps.themes import NO_DATA_COLOUR, ThemeData
from desktop_app.core.reports.fonts import BOLD, REGULAR

KM_PER_DEGREE = 111.2  # of latitude
LAND = colors.HexColor("#f7f4ea")
Progress = Callable[[int, int, str], None]


class MapFrame:
    """Degrees to points inside a rectangle of the page: equirectangular, true to scale
    at the middle latitude of ``box``, centred, north up."""

    def __init__(self, box: Box, x: float, y: float, width: float, height: float) -> None:
        self.k = x_scale((box.min_y + box.max_y) / 2)
        span_x = max(box.max_x - box.min_x, 1e-6) * self.k
        span_y = max(box.max_y - box.min_y, 1e-6)
        self.scale = min(width / span_x, height / span_y)  # points per degree latitude
        self.x0 = x + (width - span_x * self.scale) / 2 - box.min_x * self.k * self.scale
        self.y0 = y + (height - span_y * self.scale) / 2 - box.min_y * self.scale
        self.box = box

    def point(self, lon: float, lat: float) -> tuple[float, float]:
        return self.x0 + lon * self.k * self.scale, self.y0 + lat * self.scale

    def km_per_point(self) -> float:
        return KM_PER_DEGREE / self.scale


def _ring_path(canvas: Canvas, frame: MapFrame, rings: list, path=None):
    path = path or canvas.beginPath()
    a, b = frame.k * frame.scale, frame.scale
    x0, y0 = frame.x0, frame.y0
    for ring in rings:
        xs, ys = ring[0::2], ring[1::2]
        path.moveTo(x0 + xs[0] * a, y0 + ys[0] * b)
        for x, y in zip(xs[1:], ys[1:], strict=True):
            path.lineTo(x0 + x * a, y0 + y * b)
        path.close()
    return path


def draw_layers(canvas: Canvas, data: MapData, theme: ThemeData | None, frame: MapFrame,
                codes: set[str] | None = None, progress: Progress | None = None) -> None:
    """Villages filled by theme class (one path per class), then kecamatan and kabupaten
    borders; ``codes`` limits the villages drawn (a region's recap)."""
    villages = [shape for shape in data.layers.get("village", [])
                if codes is None or shape.code in codes]
    prefixes = tuple({code[:5] for code in codes}) if codes is not None else ("",)
    canvas.saveState()
    if villages:
        by_class: dict[int, list] = {}
        for shape in villages:
            index = theme.class_of(shape.code) if theme is not None else -1
            by_class.setdefault(index, []).append(shape)
        for done, (index, shapes) in enumerate(sorted(by_class.items()), start=1):
            colour = theme.classes[index].colour if theme is not None else "#f7f4ea"
            path = canvas.beginPath()
            for shape in shapes:
                _ring_path(canvas, frame, shape.rings, path)
            canvas.setFillColor(colors.HexColor(colour))
            canvas.setStrokeColor(colors.HexColor("#9a9a9a"))
            canvas.setLineWidth(0.15)
            canvas.drawPath(path, fill=1, stroke=1, fillMode=0)  # even-odd: holes stay
            if progress is not None:
                progress(done, len(by_class) + 2, "")
    else:
        for level in ("district", "regency"):
            shapes = [s for s in data.layers.get(level, []) if s.code.startswith(prefixes)]
            if shapes:
                path = canvas.beginPath()
                for shape in shapes:
                    _ring_path(canvas, frame, shape.rings, path)
                canvas.setFillColor(LAND)
                canvas.drawPath(path, fill=1, stroke=0, fillMode=0)
                break
    canvas.setLineJoin(1)
    for level, width, colour in (("district", 0.5, "#5f5f5f"), ("regency", 1.2, "#202020")):
        shapes = [s for s in data.layers.get(level, []) if s.code.startswith(prefixes)]
        if not shapes:
            continue
        path = canvas.beginPath()
        for shape in shapes:
            _ring_path(canvas, frame, shape.rings, path)
        canvas.setStrokeColor(colors.HexColor(colour))
        canvas.setLineWidth(width)
        canvas.drawPath(path, fill=0, stroke=1)
    _labels(canvas, data, frame, prefixes)
    canvas.restoreState()


def _labels(canvas: Canvas, data: MapData, frame: MapFrame, prefixes: tuple[str, ...]) -> None:
    """Kabupaten names (kecamatan names for a single kabupaten), where they fit."""
    regencies = [s for s in data.layers.get("regency", []) if s.code.startswith(prefixes)]
    level = "district" if len(regencies) <= 1 else "regency"
    shapes = [s for s in data.layers.get(level, []) if s.code.startswith(prefixes)]
    size = 7 if level == "regency" else 5.5
    canvas.setFont(BOLD if level == "regency" else REGULAR, size)
    for shape in shapes:
        width = canvas.stringWidth(shape.name, BOLD if level == "regency" else REGULAR, size)
        box_width = (shape.box.max_x - shape.box.min_x) * frame.k * frame.scale
        if width > box_width * 1.1:
            continue
        x, y = frame.point(*shape.label)
        canvas.setFillColor(colors.white)
        canvas.setFillAlpha(0.7)
        canvas.roundRect(x - width / 2 - 1.5, y - size / 2 - 1, width + 3, size + 2, 1.5,
                         fill=1, stroke=0)
        canvas.setFillAlpha(1)
        canvas.setFillColor(colors.HexColor("#101010"))
        canvas.drawCentredString(x, y - size / 3, shape.name)


def draw_legend(canvas: Canvas, theme: ThemeData, counts: list[int], x: float, top: float,
                width: float, total_label: str | None = None) -> float:
    """The classes with their colours and village counts; returns the bottom y."""
    canvas.saveState()
    canvas.setFont(BOLD, 9)
    canvas.setFillColor(colors.black)
    canvas.drawString(x, top - 9, theme.title)
    y = top - 24
    canvas.setFont(REGULAR, 8)
    for item, count in zip(theme.classes, counts, strict=True):
        canvas.setFillColor(colors.HexColor(item.colour))
        canvas.setStrokeColor(colors.HexColor("#606060"))
        canvas.setLineWidth(0.4)
        canvas.rect(x, y - 2, 10, 8, fill=1, stroke=1)
        canvas.setFillColor(colors.black)
        canvas.drawString(x + 14, y, item.label)
        canvas.drawRightString(x + width, y, str(count))
        y -= 13
    canvas.setFont(BOLD, 8)
    canvas.drawString(x + 14, y, total_label or translate_total())
    canvas.drawRightString(x + width, y, str(sum(counts)))
    canvas.restoreState()
    return y - 6


def translate_total() -> str:
    return translate("MapReport", "Jumlah desa/kelurahan")


def nice_length(km: float) -> float:
    """The round length (1, 2 or 5 × 10ⁿ km) not above ``km``."""
    power = 10 ** math.floor(math.log10(km))
    return max(step * power for step in (1, 2, 5) if step * power <= km)


def draw_scale_bar(canvas: Canvas, frame: MapFrame, x: float, y: float,
                   max_width: float) -> None:
    km = nice_length(max_width * frame.km_per_point())
    width = km / frame.km_per_point()
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.setStrokeColor(colors.black)
    half = width / 2
    canvas.setFillColor(colors.black)
    canvas.rect(x, y, half, 4, fill=1, stroke=1)
    canvas.setFillColor(colors.white)
    canvas.rect(x + half, y, half, 4, fill=1, stroke=1)
    canvas.setFillColor(colors.black)
    canvas.setFont(REGULAR, 7)
    canvas.drawString(x, y + 7, "0")
    canvas.drawCentredString(x + half, y + 7, f"{km / 2:g}")
    canvas.drawString(x + width + 3, y, f"{km:g} km")
    canvas.restoreState()


def draw_north_arrow(canvas: Canvas, x: float, y: float, size: float = 22) -> None:
    """An arrow pointing up with U (utara) above it; ``x, y`` is its foot."""
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.setStrokeColor(colors.black)
    path = canvas.beginPath()
    path.moveTo(x, y + size)
    path.lineTo(x - size / 3, y)
    path.lineTo(x, y + size / 4)
    path.close()
    canvas.drawPath(path, fill=1, stroke=1)
    canvas.setFillColor(colors.white)
    path = canvas.beginPath()
    path.moveTo(x, y + size)
    path.lineTo(x + size / 3, y)
    path.lineTo(x, y + size / 4)
    path.close()
    canvas.drawPath(path, fill=1, stroke=1)
    canvas.setFillColor(colors.black)
    canvas.setFont(BOLD, 10)
    canvas.drawCentredString(x, y + size + 4, "U")
    canvas.restoreState()


__all__ = ["NO_DATA_COLOUR", "MapFrame", "draw_layers", "draw_legend", "draw_north_arrow",
           "draw_scale_bar"]

"""The map as a flowable for multi-page reports (the regional IDM recap's map page)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop_app.core.i18n import translate
from desktop_app.core.maps.geometry import Box
from desktop_app.core.maps.store import MapData
from desktop_app.core.maps.themes import ThemeData
from desktop_app.core.reports.map_drawing import (
    MapFrame,
    draw_layers,
    draw_legend,
    draw_north_arrow,
    draw_scale_bar,
)


@dataclass
class MapExtract:
    """A themed map limited to the villages whose codes start with ``prefix``."""

    map: MapData
    theme: ThemeData
    prefix: str = ""  # "" for every village, "64.01." for a kabupaten, …

    def codes(self) -> set[str] | None:
        if not self.prefix:
            return None
        return {code for code in self.map.village_codes() if code.startswith(self.prefix)}

    def box(self) -> Box | None:
        boxes = [shape.box for shape in self.map.layers.get("village", [])
                 if shape.code.startswith(self.prefix)]
        if not boxes:
            return None
        total = boxes[0]
        for box in boxes[1:]:
            total = total.union(box)
        return total

    def counts(self) -> list[int]:
        codes = self.codes()
        return self.theme.counts(self.map.village_codes() if codes is None else codes)


class MapFlowable(Flowable):
    def __init__(self, extract: MapExtract, width: float, height: float) -> None:
        super().__init__()
        self.extract, self.width, self.height = extract, width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#eaf2f8"))
        canvas.setStrokeColor(colors.HexColor("#808080"))
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, fill=1, stroke=1)
        box = self.extract.box()
        if box is not None:
            frame = MapFrame(box, 3 * mm, 3 * mm, self.width - 6 * mm, self.height - 6 * mm)
            clip = canvas.beginPath()
            clip.rect(0, 0, self.width, self.height)
            canvas.clipPath(clip, stroke=0, fill=0)
            draw_layers(canvas, self.extract.map, self.extract.theme, frame,
                        self.extract.codes())
            draw_north_arrow(canvas, self.width - 10 * mm, self.height - 14 * mm, 16)
            draw_scale_bar(canvas, frame, 4 * mm, 4 * mm, self.width / 4)
            self._legend(canvas)
        canvas.restoreState()

    def _legend(self, canvas) -> None:
        """The colours (and counts) in the top left corner, on white."""
        theme = self.extract.theme
        width, height = 52 * mm, 30 + 13 * (len(theme.classes) + 1)
        top = self.height - 2 * mm
        canvas.setFillColor(colors.white)
        canvas.setFillAlpha(0.85)
        canvas.rect(2 * mm, top - height, width, height, fill=1, stroke=0)
        canvas.setFillAlpha(1)
        draw_legend(canvas, theme, self.extract.counts(), 4 * mm, top - 3, width - 4 * mm,
                    translate("MapReport", "Jumlah"))

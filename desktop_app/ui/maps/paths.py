"""Stored shapes as QPainterPaths (built once, in a worker).

Paths are in degrees (x = longitude, y = latitude); the view's transform projects them:
equirectangular, x stretched by cos(middle latitude) so that the map is true to scale at
its middle, north up.
"""

from __future__ import annotations

import sys
from array import array
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QDataStream, QPointF, QRectF
from PySide6.QtGui import QPainterPath

from desktop_app.core.maps.geometry import x_scale
from desktop_app.core.maps.store import LEVELS, MapData, StoredShape


@dataclass
class DrawnShape:
    code: str
    name: str
    level: str
    path: QPainterPath
    rect: QRectF  # degrees
    label: QPointF  # degrees


@dataclass
class MapScene:
    """Every layer's shapes, and each layer's outlines as one path (fast to stroke)."""

    data: MapData
    k: float  # the x stretch, cos(middle latitude)
    shapes: dict[str, list[DrawnShape]] = field(default_factory=dict)
    outlines: dict[str, QPainterPath] = field(default_factory=dict)
    by_code: dict[str, DrawnShape] = field(default_factory=dict)
    rect: QRectF = field(default_factory=QRectF)  # degrees
    typical_width: dict[str, float] = field(default_factory=dict)  # median, degrees

    @property
    def empty(self) -> bool:
        return not self.by_code


def build_scene(data: MapData) -> MapScene:
    box = data.box
    k = x_scale((box.min_y + box.max_y) / 2) if box else 1.0
    scene = MapScene(data, k)
    for level in LEVELS:
        shapes = data.layers.get(level, [])
        outline = QPainterPath()
        drawn = []
        for shape, path in zip(shapes, layer_paths(shapes), strict=True):
            box_ = shape.box
            rect = QRectF(box_.min_x, box_.min_y, box_.max_x - box_.min_x,
                          box_.max_y - box_.min_y)
            item = DrawnShape(shape.code, shape.name, level, path, rect,
                              QPointF(*shape.label))
            drawn.append(item)
            outline.addPath(path)
            scene.by_code[shape.code] = item
        scene.shapes[level] = drawn
        scene.outlines[level] = outline
        if drawn:
            widths = sorted(item.rect.width() for item in drawn)
            scene.typical_width[level] = widths[len(widths) // 2]
    if box:
        scene.rect = QRectF(box.min_x, box.min_y, box.max_x - box.min_x, box.max_y - box.min_y)
    return scene


def layer_paths(shapes: list[StoredShape]) -> list[QPainterPath]:
    """One path of closed rings (odd-even fill) per shape, read from Qt's serialised form
    of a path (little-endian, single-precision): the element count; per element its type
    (int32: 0 move to, 1 line to) and x, y (float32); the start of the last subpath; the
    fill rule. The stored float32 coordinates are laid into it for a whole layer at once
    by strided slices, so no Python code runs per vertex."""
    coordinates = array("f")
    for shape in shapes:
        for ring in shape.rings:
            coordinates.extend(ring)
    if sys.byteorder != "little":
        coordinates.byteswap()
    raw = coordinates.tobytes()
    count = len(coordinates) // 2
    elements = bytearray(12 * count)
    elements[0::12] = b"\x01" * count
    for byte in range(8):
        elements[4 + byte::12] = raw[byte::8]
    paths, position = [], 0
    for shape in shapes:
        first = last_start = position
        for ring in shape.rings:
            elements[12 * position] = 0
            last_start = position
            position += len(ring) // 2
        data = b"".join([(position - first).to_bytes(4, "little"),
                         elements[12 * first:12 * position],
                         (last_start - first).to_bytes(4, "little"), b"\x00\x00\x00\x00"])
        stream = QDataStream(QByteArray(data))
        stream.setByteOrder(QDataStream.ByteOrder.LittleEndian)
        stream.setFloatingPointPrecision(QDataStream.FloatingPointPrecision.SinglePrecision)
        path = QPainterPath()
        stream >> path
        paths.append(path)
    return paths

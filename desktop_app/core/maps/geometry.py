"""Polygon geometry in a compact stored form, and its simplification for display.

A shape is a list of rings (exterior rings and holes alike: they are drawn with the
odd-even rule); a ring is a flat ``array('d')`` of ``x0, y0, x1, y1, …`` in degrees
(longitude, latitude). Stored, a shape is one blob: the ring count and the ring lengths
(uint32), then every coordinate as float32 (about 1 m at these longitudes).
"""

from __future__ import annotations

import math
import struct
import sys
from array import array
from dataclasses import dataclass

Ring = array  # array('d'): x0, y0, x1, y1, …
_LITTLE = sys.byteorder == "little"


@dataclass(frozen=True)
class Box:
    min_x: float
    min_y: float
    max_x: float
    max_y: float

    def union(self, other: Box) -> Box:
        return Box(min(self.min_x, other.min_x), min(self.min_y, other.min_y),
                   max(self.max_x, other.max_x), max(self.max_y, other.max_y))


def bounds(rings: list[Ring]) -> Box:
    xs = [v for ring in rings for v in ring[0::2]]
    ys = [v for ring in rings for v in ring[1::2]]
    return Box(min(xs), min(ys), max(xs), max(ys))


def ring_area(ring: Ring) -> float:
    """Signed area (shoelace), positive when counter-clockwise."""
    xs, ys = ring[0::2], ring[1::2]
    total = 0.0
    for i in range(len(xs) - 1):
        total += xs[i] * ys[i + 1] - xs[i + 1] * ys[i]
    return total / 2


def simplify(ring: Ring, tolerance: float) -> Ring:
    """Douglas–Peucker on a closed ring; the first and last points are kept."""
    count = len(ring) // 2
    if count <= 4 or tolerance <= 0:
        return ring
    keep = bytearray(count)
    keep[0] = keep[count - 1] = 1
    # A closed ring starts and ends on the same point: split it at its farthest point.
    x0, y0 = ring[0], ring[1]
    far = max(range(count), key=lambda i: (ring[2 * i] - x0) ** 2 + (ring[2 * i + 1] - y0) ** 2)
    keep[far] = 1
    stack = [(0, far), (far, count - 1)]
    tol2 = tolerance * tolerance
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        ax, ay, bx, by = ring[2 * first], ring[2 * first + 1], ring[2 * last], ring[2 * last + 1]
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        worst, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = ring[2 * i] - ax, ring[2 * i + 1] - ay
            if length2 == 0:
                d2 = px * px + py * py
            else:
                cross = px * dy - py * dx
                d2 = cross * cross / length2
            if d2 > worst:
                worst, index = d2, i
        if worst > tol2:
            keep[index] = 1
            stack.append((first, index))
            stack.append((index, last))
    out = array("d")
    for i in range(count):
        if keep[i]:
            out.append(ring[2 * i])
            out.append(ring[2 * i + 1])
    return out


def simplify_shape(rings: list[Ring], tolerance: float) -> list[Ring]:
    """Simplified rings; a ring that collapses (fewer than four points or next to no
    area) is dropped, but the largest ring of a shape always stays."""
    largest = max(rings, key=lambda ring: abs(ring_area(ring)))
    kept = []
    for ring in rings:
        small = simplify(ring, tolerance)
        if ring is largest:
            kept.append(small if len(small) >= 8 else ring)
        elif len(small) >= 8 and abs(ring_area(small)) > tolerance * tolerance:
            kept.append(small)
    return kept


def label_point(rings: list[Ring]) -> tuple[float, float]:
    """A point for the label: the centre of the largest ring's area, or its box's centre
    when the centroid falls outside (a crescent)."""
    ring = max(rings, key=lambda r: abs(ring_area(r)))
    area = ring_area(ring)
    xs, ys = ring[0::2], ring[1::2]
    if area == 0:
        return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    cx = cy = 0.0
    for i in range(len(xs) - 1):
        cross = xs[i] * ys[i + 1] - xs[i + 1] * ys[i]
        cx += (xs[i] + xs[i + 1]) * cross
        cy += (ys[i] + ys[i + 1]) * cross
    cx, cy = cx / (6 * area), cy / (6 * area)
    if contains(ring, cx, cy):
        return cx, cy
    return _inside_point(ring, cy)


def _inside_point(ring: Ring, y: float) -> tuple[float, float]:
    """The middle of the widest span of ``ring`` on the horizontal line at ``y``."""
    xs, ys = ring[0::2], ring[1::2]
    hits = sorted(xs[i] + (y - ys[i]) * (xs[i + 1] - xs[i]) / (ys[i + 1] - ys[i])
                  for i in range(len(xs) - 1) if (ys[i] > y) != (ys[i + 1] > y))
    spans = [(hits[i + 1] - hits[i], (hits[i] + hits[i + 1]) / 2)
             for i in range(0, len(hits) - 1, 2)]
    return (max(spans)[1], y) if spans else (xs[0], ys[0])


def contains(ring: Ring, x: float, y: float) -> bool:
    """Even-odd point-in-ring test."""
    inside = False
    xs, ys = ring[0::2], ring[1::2]
    for i in range(len(xs) - 1):
        if (ys[i] > y) != (ys[i + 1] > y):
            cross_x = xs[i] + (y - ys[i]) * (xs[i + 1] - xs[i]) / (ys[i + 1] - ys[i])
            if x < cross_x:
                inside = not inside
    return inside


def vertex_count(rings: list[Ring]) -> int:
    return sum(len(ring) // 2 for ring in rings)


def pack(rings: list[Ring]) -> bytes:
    """The stored form of a shape (see the module docstring)."""
    header = array("I", [len(rings), *(len(ring) // 2 for ring in rings)])
    coordinates = array("f")
    for ring in rings:
        coordinates.extend(array("f", ring))
    if not _LITTLE:
        header.byteswap()
        coordinates.byteswap()
    return header.tobytes() + coordinates.tobytes()


def unpack(blob: bytes) -> list[array]:
    """The rings of a stored shape, as ``array('f')`` of x, y pairs."""
    (count,) = struct.unpack_from("<I", blob)
    lengths = struct.unpack_from(f"<{count}I", blob, 4)
    offset = 4 + 4 * count
    coordinates = array("f")
    coordinates.frombytes(blob[offset:])
    if not _LITTLE:
        coordinates.byteswap()
    rings, start = [], 0
    for length in lengths:
        rings.append(coordinates[start:start + 2 * length])
        start += 2 * length
    return rings


def x_scale(latitude: float) -> float:
    """East–west stretch of a degree of longitude against one of latitude, used to draw
    in an equirectangular projection centred on the map (true scale at its middle)."""
    return math.cos(math.radians(latitude))


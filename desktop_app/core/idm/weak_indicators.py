"""IDM weak indicators and the path up: the index engine's weak items
(:mod:`desktop_app.core.index.weak_items`) applied to IDM indicators."""

from desktop_app.core.index.weak_items import (
    Improvement,
    StatusPath,
    WeakIndicator,
    path_to_next_status,
    points_to_next_status,
    rank_weak_indicators,
)

__all__ = [
    "Improvement",
    "StatusPath",
    "WeakIndicator",
    "path_to_next_status",
    "points_to_next_status",
    "rank_weak_indicators",
]

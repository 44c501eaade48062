"""Timing helpers and the row every scenario reports (a figure against its target)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Figure:
    """One measured figure; ``target`` bounds ``value``, or ``ratio`` when ``on_ratio``."""

    scenario: str
    name: str
    value: float
    unit: str = "s"
    target: float | None = None
    on_ratio: bool = False
    floor: float | None = None
    floor_name: str = ""
    runs: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return None if not self.floor else self.value / self.floor

    def verdict(self, enforce: bool) -> str:
        if self.target is None:
            return ""
        if not enforce:
            return "-"
        measured = self.ratio if self.on_ratio else self.value
        return "pass" if measured is not None and measured <= self.target else "FAIL"

    def as_json(self, enforce: bool) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio, "verdict": self.verdict(enforce)}


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def sample(action: Callable[[], object], runs: int, warm_up: bool = True) -> list[float]:
    """Seconds of ``runs`` calls of ``action``, after one untimed warm-up call."""
    if warm_up:
        action()
    return [timed(action) for _ in range(runs)]


def median(samples: list[float]) -> float:
    return statistics.median(samples)

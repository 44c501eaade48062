"""Hybrid logical clock (wall-clock milliseconds + counter + device id).

Clock values are fixed-width text, so comparing two values as strings orders them by
time, then counter, then device: the order per-field last-writer-wins uses in sync.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    device_id: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}-{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """Issues strictly increasing timestamps even when the wall clock steps back."""

    def __init__(
        self,
        device_id: str,
        last: str | None = None,
        wall_ms: Callable[[], int] = wall_clock_ms,
    ) -> None:
        self.device_id = device_id
        self._wall_ms = wall_ms
        self._last = Timestamp.parse(last) if last else Timestamp(0, 0, device_id)
        self._lock = threading.Lock()

    def now(self) -> str:
        """A new timestamp for a local event."""
        with self._lock:
            wall = self._wall_ms()
            if wall > self._last.wall_ms:
                self._last = Timestamp(wall, 0, self.device_id)
            else:
                self._last = Timestamp(self._last.wall_ms, self._last.counter + 1, self.device_id)
            return str(self._last)

    def observe(self, remote: str) -> None:
        """Move past a timestamp received from elsewhere (sync)."""
        other = Timestamp.parse(remote)
        with self._lock:
            if (other.wall_ms, other.counter) > (self._last.wall_ms, self._last.counter):
                self._last = Timestamp(other.wall_ms, other.counter, self.device_id)

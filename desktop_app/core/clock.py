"""The program's one clock, and the hybrid logical clock that stamps edits for sync.

Every "now" and "today" of the core and the UI comes from a :class:`Clock`; the program
runs on :data:`SYSTEM_CLOCK` and tests pin a :class:`PinnedClock`, so no behaviour depends on
the real date.

Hybrid logical clock values are fixed-width text (wall-clock milliseconds + counter +
device id), so comparing two values as strings orders them by time, then counter, then
device: the order per-field last-writer-wins uses in sync.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta


class Clock:
    """Local wall time as the program sees it; subclasses say where it comes from."""

    def now(self) -> datetime:
        """The local date and time, naive (the laptop's time zone)."""
        raise NotImplementedError

    def today(self) -> date:
        return self.now().date()

    def utcnow(self) -> datetime:
        """UTC, naive: what the server stores."""
        return datetime.fromtimestamp(self.wall_ms() / 1000, UTC).replace(tzinfo=None)

    def wall_ms(self) -> int:
        """Milliseconds since the Unix epoch (for the hybrid logical clock)."""
        raise NotImplementedError


class SystemClock(Clock):
    """The operating system's clock."""

    def now(self) -> datetime:
        return datetime.now()

    def wall_ms(self) -> int:
        return time.time_ns() // 1_000_000


class PinnedClock(Clock):
    """Starts at a chosen local moment and runs on at the real pace (tests, demos).

    It keeps moving so that edits still get increasing timestamps, but what day it is
    depends only on the moment chosen, never on the real calendar.
    """

    def __init__(self, start: datetime) -> None:
        self._lock = threading.Lock()
        self.set(start)

    def set(self, moment: datetime) -> None:
        with self._lock:
            self._start, self._started = moment, time.monotonic_ns()

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self._start += delta

    def now(self) -> datetime:
        with self._lock:
            elapsed = time.monotonic_ns() - self._started
            return self._start + timedelta(microseconds=elapsed // 1000)

    def wall_ms(self) -> int:
        return int(self.now().timestamp() * 1000)


SYSTEM_CLOCK: Clock = SystemClock()


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


class HybridLogicalClock:
    """Issues strictly increasing timestamps even when the wall clock steps back."""

    def __init__(
        self,
        device_id: str,
        last: str | None = None,
        wall_ms: Callable[[], int] = SYSTEM_CLOCK.wall_ms,
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

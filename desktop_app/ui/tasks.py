"""Background work for the GUI: readers in a small pool, writers strictly one at a time.

Results come back to the GUI thread as queued signals; the GUI thread never waits on the
disk (DESIGN §3).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskControl:
    """Handed to long tasks: report progress, ask whether the user cancelled."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def progress(self, done: int, total: int, phase: str) -> None:
        self._signals.progress.emit(done, total, phase)

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()


class _TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[TaskControl], Any], signals: _TaskSignals) -> None:
        super().__init__()
        self.work, self.signals = work, signals
        self.control = TaskControl(signals)

    def run(self) -> None:
        try:
            result = self.work(self.control)
        except Exception as error:
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts tasks; keeps their signal objects alive until they report."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(2)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self._live: set[_TaskSignals] = set()

    def submit(
        self,
        work: Callable[[TaskControl], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_progress: Callable[[int, int, str], None] | None = None,
        writes: bool = False,
    ) -> TaskControl:
        signals = _TaskSignals()
        self._live.add(signals)

        def done(result: Any) -> None:
            self._live.discard(signals)
            on_done(result)

        def failed(error: Exception) -> None:
            self._live.discard(signals)
            on_error(error)

        signals.finished.connect(done)
        signals.failed.connect(failed)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        task = _Task(work, signals)
        (self.writer if writes else self.readers).start(task)
        return task.control

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """For shutdown: let running work finish."""
        return self.readers.waitForDone(msecs) and self.writer.waitForDone(msecs)

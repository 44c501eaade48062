"""Background work for the GUI: readers in a small pool, writers strictly one at a time.

Results come back to the GUI thread as queued signals; the GUI thread never waits on the
disk (DESIGN §3). A task submitted as *exclusive* (a restore replacing the database) starts
only once every running task has ended, and tasks submitted meanwhile wait until it has.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app.ui.changes import Changes, ChangeSet

log = logging.getLogger(__name__)


class TaskControl:
    """Handed to long tasks: report progress, ask whether the user cancelled."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._on_cancel: list[Callable[[], None]] = []

    def progress(self, done: int, total: int, phase: str) -> None:
        self._signals.progress.emit(done, total, phase)

    def cancel(self) -> None:
        with self._lock:
            self._cancelled.set()
            hooks, self._on_cancel = self._on_cancel, []
        for hook in hooks:
            hook()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def on_cancel(self, hook: Callable[[], None]) -> None:
        """Call ``hook`` (in the cancelling thread) when the task is cancelled, e.g. to
        interrupt a network request at once; called now if it already was."""
        with self._lock:
            if not self._cancelled.is_set():
                self._on_cancel.append(hook)
                return
        hook()


class _TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[TaskControl], Any], signals: _TaskSignals,
                 ended: Callable[[], None]) -> None:
        super().__init__()
        self.work, self.signals, self.ended = work, signals, ended
        self.control = TaskControl(signals)

    def run(self) -> None:
        try:
            result = self.work(self.control)
        except Exception as error:
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)
        finally:
            self.ended()


@dataclass
class _Waiting:
    task: _Task
    pool: QThreadPool
    exclusive: bool


class TaskRunner(QObject):
    """Starts tasks; keeps their signal objects alive until they report. ``changes`` is
    the window's one change signal (see :mod:`desktop_app.ui.changes`)."""

    idle = Signal()  # the last running task has ended and none waits
    _ended = Signal()  # from a worker thread: one task's work has returned

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(2)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self._live: dict[_TaskSignals, TaskControl] = {}
        self._waiting: deque[_Waiting] = deque()
        self._count_lock = threading.Lock()
        self._running = 0  # started tasks whose work has not returned (any thread)
        self._exclusive_running = False
        self._shut = False
        self.changes = Changes(self)
        self._ended.connect(self._pump)

    def submit(
        self,
        work: Callable[[TaskControl], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_progress: Callable[[int, int, str], None] | None = None,
        writes: bool = False,
        exclusive: bool = False,
        changes: ChangeSet | None = None,
        owner: QObject | None = None,
    ) -> TaskControl:
        """Run ``work`` in a worker; ``exclusive``: alone, after every running task ended;
        ``changes``: what the work changes, reported to every screen once it has succeeded
        (after ``on_done``); ``owner``: the widget the callbacks show the result in, which
        may be closed and deleted while the work runs: then they are not called (the
        changes are still reported).

        After :meth:`shut_down` nothing runs any more: the control returned is cancelled.
        """
        signals = _TaskSignals()
        task = _Task(work, signals, self._task_ended)
        if self._shut:
            task.control.cancel()
            return task.control
        self._live[signals] = task.control

        def alive() -> bool:
            return owner is None or shiboken6.isValid(owner)

        def done(result: Any) -> None:
            self._live.pop(signals, None)
            if alive():
                on_done(result)
            if changes is not None:
                self.changes.changed.emit(changes)

        def failed(error: Exception) -> None:
            self._live.pop(signals, None)
            if alive():
                on_error(error)
            else:
                log.warning("task failed after its owner was deleted", exc_info=error)

        def progressed(done: int, total: int, phase: str) -> None:
            if alive() and on_progress is not None:
                on_progress(done, total, phase)

        signals.finished.connect(done)
        signals.failed.connect(failed)
        if on_progress is not None:
            signals.progress.connect(progressed)
        self._waiting.append(_Waiting(task, self.writer if writes else self.readers, exclusive))
        self._pump()
        return task.control

    @property
    def busy(self) -> bool:
        """Whether some task's work is still running in a worker."""
        with self._count_lock:
            return self._running > 0

    @property
    def quiet(self) -> bool:
        """Whether no task is running, waiting, or with its answer still on its way to the
        GUI thread (``idle`` follows once it is not)."""
        return not self._live and not self.busy

    def cancel_running(self) -> None:
        """Ask every task to stop at its next safe point (those that look at the control)."""
        for control in list(self._live.values()):
            control.cancel()

    def shut_down(self) -> None:
        """For closing: drop the tasks not yet started, cancel the running ones and refuse
        new ones; ``idle`` tells when the last one has ended."""
        self._shut = True
        for waiting in self._waiting:
            self._live.pop(waiting.task.signals, None)
        self._waiting.clear()
        self.cancel_running()
        if not self.busy:
            self.idle.emit()

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """For the end of the program, after the window has closed: let work finish."""
        return self.readers.waitForDone(msecs) and self.writer.waitForDone(msecs)

    # -- scheduling (GUI thread) ---------------------------------------------------------

    def _task_ended(self) -> None:
        """In the worker thread, after the task's result was sent."""
        with self._count_lock:
            self._running -= 1
        try:
            self._ended.emit()
        except RuntimeError:  # the runner was deleted with its window meanwhile
            log.debug("task ended after its runner")

    def _pump(self) -> None:
        """Start what may start; say ``idle`` when nothing runs or waits."""
        with self._count_lock:
            running = self._running
            if running == 0:
                self._exclusive_running = False
            while self._waiting and not self._exclusive_running:
                head = self._waiting[0]
                if head.exclusive and running > 0:
                    break  # starts when the running tasks have ended
                self._waiting.popleft()
                self._exclusive_running = head.exclusive
                self._running = running = running + 1
                head.pool.start(head.task)
        if running == 0 and not self._waiting:
            self.idle.emit()

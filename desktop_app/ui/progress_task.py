"""Long work in the writer thread with a progress dialog, cancel, and a closing message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.core.problems import Cancelled
from desktop_app.ui.changes import ChangeSet
from desktop_app.ui.messages import notify, report_error
from desktop_app.ui.tasks import TaskControl, TaskRunner


def close_for_good(dialog: QProgressDialog) -> None:
    """Close a progress window so that it cannot come back. QProgressDialog shows itself
    from its own timer (minimumDuration) unless cancel()/reset() stopped it; its close()
    does that only through its canceled→cancel connection, which a bare
    ``canceled.disconnect()`` removed: the window came back, window-modal, over the
    closing message, and the program no longer answered. reset() stops the timer; the
    close itself must not say "canceled" (that would cancel work that has just ended)."""
    dialog.reset()
    dialog.blockSignals(True)
    dialog.close()
    dialog.deleteLater()


class ProgressTask(QObject):
    """Runs ``work(control)``; ``finished`` carries its result, or None if it failed."""

    finished = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.runner, self.parent_widget, self.title = runner, parent, title
        self.control: TaskControl | None = None
        self.progress: QProgressDialog | None = None

    def start(self, work: Callable[[TaskControl], Any],
              describe: Callable[[Any], tuple[str, str]], failure_text: str,
              exclusive: bool = False, changes: ChangeSet | None = None) -> None:
        """``describe(result)`` gives the closing message and its details; ``exclusive``
        work waits until every other task has ended (see TaskRunner) and cannot be
        cancelled; ``changes`` is reported to every screen once the work has succeeded."""
        self.describe, self.failure_text = describe, failure_text
        label = self.tr("Menunggu pekerjaan lain berhenti…") if exclusive else \
            self.tr("Menyiapkan…")
        self.progress = QProgressDialog(label, self.tr("Batal"), 0, 0, self.parent_widget)
        self.progress.setWindowTitle(self.title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        if exclusive:
            self.progress.setCancelButton(None)
        self.control = self.runner.submit(work, self._done, self._failed, self._progress,
                                          writes=True, exclusive=exclusive,
                                          changes=changes)
        self.progress.canceled.connect(self.control.cancel)
        self.progress.show()

    def _progress(self, done: int, total: int, phase: str) -> None:
        dialog = self.progress
        if dialog is not None:
            dialog.setLabelText(phase)
            dialog.setMaximum(total)
            dialog.setValue(done)  # last: a modal dialog handles pending events here

    def _close_progress(self) -> None:
        dialog, self.progress = self.progress, None
        if dialog is not None:
            close_for_good(dialog)

    def _done(self, result: Any) -> None:
        self._close_progress()
        text, detail = self.describe(result)
        notify(self.parent_widget, self.title, text, detail)
        self.finished.emit(result)

    def _failed(self, error: Exception) -> None:
        self._close_progress()
        if isinstance(error, Cancelled):
            notify(self.parent_widget, self.title,
                   self.tr("Dibatalkan; tidak ada yang disimpan."))
        else:
            report_error(self.parent_widget, error, self.failure_text)
        self.finished.emit(None)

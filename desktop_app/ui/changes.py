"""One change signal for every screen (the model of Anki's operation runner).

An edit that succeeds says which kinds of data it changed: a :class:`ChangeSet` reported
through the window's :class:`Changes` hub (``runner.changes``, or ``changes=`` on
``TaskRunner.submit`` for a write). Every section follows the kinds that concern it with
:func:`follow_changes` and refreshes itself: at once, or (``lazy``) at once when it is in
view and else once it is shown again. The main window only reports; it never refreshes a
section by hand, so a new section needs nothing in ``main_window.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget


class Change(StrEnum):
    """A kind of data an edit can change."""

    VILLAGES = "villages"  # the region registry (an import of the region list)
    PROFILE = "profile"  # a village's profile
    IDM = "idm"  # IDM results, drafts and targets
    INDEKS_DESA = "indeks-desa"  # questionnaires, official results, the definition in use
    APBDES = "apbdes"  # budgets and realisation
    SUPERVISION = "supervision"  # visits, findings and their status steps
    MEETINGS = "meetings"
    ACTION_PLAN = "action-plan"  # actors, interventions, kerja sama, musdes records
    SYNC_PULL = "sync-pull"  # anything a sync brought from the server
    WORKING_AREA = "working-area"  # the settings' working area (lists open on it)
    MAP = "map"  # boundary layers (an import of a boundary file)


@dataclass(frozen=True)
class ChangeSet:
    """What one operation changed; ``source`` (the widget that made the change, which has
    already shown it) is not asked to refresh."""

    kinds: frozenset[Change]
    source: object | None = None

    @classmethod
    def of(cls, *kinds: Change, source: object | None = None) -> ChangeSet:
        return cls(frozenset(kinds), source)

    def touches(self, kinds: Iterable[Change]) -> bool:
        return not self.kinds.isdisjoint(kinds)


class Changes(QObject):
    """The hub: ``changed`` tells every follower what an operation changed."""

    changed = Signal(object)  # ChangeSet

    def report(self, *kinds: Change, source: object | None = None) -> None:
        self.changed.emit(ChangeSet.of(*kinds, source=source))


class _Follower(QObject):
    """Calls ``refresh`` for the changes that concern ``widget``; if ``lazy``, while the
    widget is hidden it gathers them and refreshes once, when it is shown."""

    def __init__(self, hub: Changes, widget: QWidget, kinds: Iterable[Change],
                 refresh: Callable[[ChangeSet], None], lazy: bool) -> None:
        super().__init__(widget)
        self.widget, self.kinds, self.refresh = widget, frozenset(kinds), refresh
        self.lazy = lazy
        self.pending: frozenset[Change] = frozenset()
        hub.changed.connect(self._changed)
        if lazy:
            widget.installEventFilter(self)

    def _changed(self, changes: ChangeSet) -> None:
        if changes.source is self.widget or not changes.touches(self.kinds):
            return
        if not self.lazy or _in_view(self.widget):
            self.refresh(changes)
        else:
            self.pending |= changes.kinds

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() in _SHOWN and watched is self.widget and self.pending
                and _in_view(self.widget)):
            pending, self.pending = self.pending, frozenset()
            self.refresh(ChangeSet(pending))
        return False


_SHOWN = (QEvent.Type.Show, QEvent.Type.ShowToParent)


def _in_view(widget: QWidget) -> bool:
    """Shown in its window, or will be when the window shows (a window not yet shown, as
    in tests, still counts); a section behind another in the stack does not."""
    return widget.isWindow() or widget.isVisibleTo(widget.window())


def follow_changes(hub: Changes, widget: QWidget, kinds: Iterable[Change],
                   refresh: Callable[[ChangeSet], None], lazy: bool = False) -> None:
    """Have ``widget`` refreshed by ``refresh`` whenever a change of ``kinds`` is reported
    (``lazy``: not while it is hidden, but once when it is shown again); the follower lives
    and dies with the widget."""
    _Follower(hub, widget, kinds, refresh, lazy)

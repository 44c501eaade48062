"""What the Rencana Aksi screens report to the one change signal after a write."""

from __future__ import annotations

from desktop_app.ui.changes import Change, ChangeSet

PLAN_CHANGED = ChangeSet.of(Change.ACTION_PLAN)

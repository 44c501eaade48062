"""First-run wizard (filled in a later step)."""

from __future__ import annotations

from desktop_app.core.workspace import Workspace


def run_first_run_if_needed(workspace: Workspace) -> bool:
    return False

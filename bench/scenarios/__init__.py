"""The suite's scenarios, in the order they run; each module has ``run(ctx) -> [Figure]``."""

from __future__ import annotations

NAMES = ["startup", "memory", "search", "idm_import", "indeks_desa", "apbdes", "register",
         "local_writes", "reports", "action_plan", "maps", "sync", "push", "restore",
         "bundle", "devices", "nation"]

"""A laptop's sync run in its own process, killed (SIGKILL) at a chosen point.

``python -m tests.sync.crashing_client DATA_DIR URL TOKEN [POINT K]``: sync the workspace in
DATA_DIR; with POINT and K, kill -9 itself at the K-th time the engine reaches POINT.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from desktop_app.core.sync.client import ServerClient
from desktop_app.core.sync.engine import RetryPolicy, SyncEngine
from desktop_app.core.workspace import open_workspace


def main(argv: list[str]) -> int:
    data_dir, url, token = Path(argv[0]), argv[1], argv[2]
    point, k = (argv[3], int(argv[4])) if len(argv) > 4 else (None, 0)
    seen = 0

    def checkpoint(name: str) -> None:
        nonlocal seen
        if name == point:
            seen += 1
            if seen == k:
                os.kill(os.getpid(), signal.SIGKILL)

    workspace = open_workspace(data_dir)
    engine = SyncEngine(workspace.db, workspace.editor, ServerClient(url, token),
                        retry=RetryPolicy(attempts=20, base_s=0.01, cap_s=0.2),
                        checkpoint=checkpoint)
    engine.push_batch, engine.pull_page = 15, 15
    engine.sync()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

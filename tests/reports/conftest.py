import os
from pathlib import Path

import pytest


@pytest.fixture
def report_dir(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """Where a test writes its PDF and PNGs; $SINERGI_REPORT_OUT keeps them for reading."""
    keep = os.environ.get("SINERGI_REPORT_OUT")
    folder = Path(keep) / request.node.name if keep else tmp_path / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder

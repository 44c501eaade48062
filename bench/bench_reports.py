"""Report figures: now the suite's ``reports`` scenario (bench/scenarios/reports.py).

Usage: python bench/bench_reports.py [--scale full] [--runs 5]   (= python -m bench --only reports)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if __name__ == "__main__":
    from bench.suite import main

    sys.exit(main(["--only", "reports", *sys.argv[1:]]))

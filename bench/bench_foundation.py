"""Foundation figures: now the suite's ``search``, ``startup`` and ``memory`` scenarios.

Usage: python bench/bench_foundation.py [--scale full] [--runs 5]
(= python -m bench --only search startup memory)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

if __name__ == "__main__":
    from bench.suite import main

    sys.exit(main(["--only", "search", "startup", "memory", *sys.argv[1:]]))

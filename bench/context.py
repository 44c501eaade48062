"""What every scenario gets: the scale, the run count, a scratch folder and the datasets
(each built once per suite run and shared)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from bench.dataset import Dataset, build
from bench.scales import Scale


@dataclass
class Context:
    scale: Scale
    runs: int
    scratch: Path
    log: object = print
    _datasets: dict[str, Dataset] = field(default_factory=dict)

    def dataset(self, level: str) -> Dataset:
        """The workspace of ``level`` (built on first use); scenarios must not change it."""
        if level not in self._datasets:
            self.log(f"  building the {level} dataset …")
            self._datasets[level] = build(level, self.scratch / f"dataset-{level}", self.scale)
        return self._datasets[level]

    def copy(self, dataset: Dataset, name: str) -> Path:
        """A fresh copy of ``dataset``'s workspace folder, for a scenario that writes."""
        target = self.scratch / name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(dataset.data_dir, target)
        return target

    def folder(self, name: str) -> Path:
        path = self.scratch / name
        path.mkdir(parents=True, exist_ok=True)
        return path

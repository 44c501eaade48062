"""The index definitions the program knows, by code: IDM and Indeks Desa.

The IDM catalogue is fixed by its regulation (``resources/idm``). The Indeks Desa definition
and its dated status rules ship in ``resources/indeks_desa``; an administrator may replace
either with a corrected file (the official annex, a decree's cut-offs), installed into the data
folder's ``definisi/indeks_desa`` (:mod:`desktop_app.core.index.definition_files`), which then
takes precedence over the shipped file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from desktop_app.core.index.catalogue import IndexCatalogue, load_catalogue, resources_dir
from desktop_app.core.index.indeks_desa import (
    CATALOGUE_FILE,
    STATUS_FOLDER,
    catalogue_from_definition,
    read_json,
)

IDM = "IDM"
INDEKS_DESA = "INDEKS_DESA"
OVERRIDE_FOLDER = Path("definisi") / "indeks_desa"


@cache
def idm_catalogue() -> IndexCatalogue:
    """The IDM (Permendesa PDTT 2/2016) catalogue shipped in ``resources/idm``."""
    return load_catalogue(resources_dir() / "idm" / "indicators.json")


def shipped_folder() -> Path:
    return resources_dir() / "indeks_desa"


def definition_folders(data_dir: Path | None) -> list[Path]:
    """Where Indeks Desa definition files are looked for, the administrator's first."""
    folders = [shipped_folder()]
    if data_dir is not None:
        folders.insert(0, data_dir / OVERRIDE_FOLDER)
    return folders


def status_rule_files(data_dir: Path | None) -> dict[int, Path]:
    """The status rule file of each year (an installed file replaces the shipped one)."""
    found: dict[int, Path] = {}
    for folder in reversed(definition_folders(data_dir)):
        for path in sorted((folder / STATUS_FOLDER).glob("*.json")):
            if path.stem.isdigit():
                found[int(path.stem)] = path
    return found


def rule_year_for(year: int, data_dir: Path | None = None) -> int:
    """The rule that applies in ``year``: the latest one dated no later (else the first)."""
    years = sorted(status_rule_files(data_dir))
    if not years:
        raise FileNotFoundError("no Indeks Desa status rule")
    earlier = [y for y in years if y <= year]
    return earlier[-1] if earlier else years[0]


def definition_file(data_dir: Path | None) -> Path:
    for folder in definition_folders(data_dir):
        if (folder / CATALOGUE_FILE).is_file():
            return folder / CATALOGUE_FILE
    return shipped_folder() / CATALOGUE_FILE


@cache
def _indeks_desa(definition: Path, rule: Path, stamp: tuple[float, float]) -> IndexCatalogue:
    return catalogue_from_definition(read_json(definition), read_json(rule), definition.name)


def indeks_desa_catalogue(year: int, data_dir: Path | None = None) -> IndexCatalogue:
    """The Indeks Desa catalogue with the status rule that applies in ``year``."""
    definition = definition_file(data_dir)
    rule = status_rule_files(data_dir)[rule_year_for(year, data_dir)]
    return _indeks_desa(definition, rule, (definition.stat().st_mtime, rule.stat().st_mtime))


def catalogue_for(index: str, year: int, data_dir: Path | None = None) -> IndexCatalogue:
    if index == IDM:
        return idm_catalogue()
    if index == INDEKS_DESA:
        return indeks_desa_catalogue(year, data_dir)
    raise KeyError(index)

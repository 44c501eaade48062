"""The index definitions the program knows, by code: IDM and Indeks Desa."""

from __future__ import annotations

from functools import cache

from desktop_app.core.index.catalogue import IndexCatalogue, load_catalogue, resources_dir

IDM = "IDM"
INDEKS_DESA = "INDEKS_DESA"


@cache
def idm_catalogue() -> IndexCatalogue:
    """The IDM (Permendesa PDTT 2/2016) catalogue shipped in ``resources/idm``."""
    return load_catalogue(resources_dir() / "idm" / "indicators.json")

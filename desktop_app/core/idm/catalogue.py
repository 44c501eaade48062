"""The IDM catalogue: one definition on the index engine (:mod:`desktop_app.core.index`).

Kept so that IDM code goes on importing from here; the engine lives in
:mod:`desktop_app.core.index.catalogue`.
"""

from desktop_app.core.index.catalogue import (
    ACTOR_LEVELS,
    CatalogueError,
    IndexCatalogue,
    IndicatorDefinition,
    ScoreCriterion,
    StatusBand,
    SubIndexDefinition,
    catalogue_from_dict,
    load_catalogue,
    resources_dir,
    round_half_up,
)
from desktop_app.core.index.definitions import idm_catalogue

__all__ = [
    "ACTOR_LEVELS",
    "CatalogueError",
    "IndexCatalogue",
    "IndicatorDefinition",
    "ScoreCriterion",
    "StatusBand",
    "SubIndexDefinition",
    "catalogue_from_dict",
    "idm_catalogue",
    "load_catalogue",
    "resources_dir",
    "round_half_up",
]

"""All tables of the desktop database; importing this module registers them."""

from desktop_app.core.models.base import Base, SyncedRow
from desktop_app.core.models.local import FieldChange, LocalSetting, OutboxOperation
from desktop_app.core.models.region import District, Province, Regency, Village
from desktop_app.core.models.village_profile import VillagePopulation, VillageProfile

__all__ = [
    "Base",
    "District",
    "FieldChange",
    "LocalSetting",
    "OutboxOperation",
    "Province",
    "Regency",
    "SyncedRow",
    "Village",
    "VillagePopulation",
    "VillageProfile",
]

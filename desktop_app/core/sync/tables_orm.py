"""ORM classes of the synced tables, by table name."""

from __future__ import annotations

from functools import cache

from desktop_app.core.models import Base, SyncedRow


@cache
def model_for(table_name: str) -> type[SyncedRow]:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == table_name and issubclass(cls, SyncedRow):
            return cls
    raise KeyError(table_name)

"""Boundary files the province admin publishes for every laptop (issue 18).

A published file is a blob like a photo (content-addressed, ``blobs/``); the list of
published files, one per level, is ``peta/terbit.json`` in the data folder, replaced
atomically. Boundary files are readable by every enrolled device of the province (they
carry no village data), so ``blobs.readable`` lets anyone read a published one. The file
is checked with the desktop's own reader before it is published: a file the laptops could
not import is refused here, with the reason.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from desktop_app.core.maps.fields import choose_fields
from desktop_app.core.maps.sources import read_boundary_file
from desktop_app.core.problems import InputFileError
from provincial_server.blobs import BlobStore
from provincial_server.timeutil import utcnow

MANIFEST = Path("peta") / "terbit.json"
SUFFIXES = (".geojson", ".json", ".zip")


class BoundaryRefused(ValueError):
    """The file cannot be published; the message is for the admin."""


def manifest_path(store: BlobStore) -> Path:
    return store.root.parent / MANIFEST


def published(store: BlobStore) -> list[dict[str, Any]]:
    """The published files, one per level (regency, district, village)."""
    path = manifest_path(store)
    if not path.is_file():
        return []
    return json.loads(path.read_text(encoding="utf-8"))


def is_published(store: BlobStore, sha256: str) -> bool:
    return any(entry["sha256"] == sha256 for entry in published(store))


def publish(store: BlobStore, data: bytes, file_name: str, credit: str | None,
            published_by: str) -> dict[str, Any]:
    """Check, store and list a boundary file; it replaces the file of its level."""
    name = Path(file_name or "batas.geojson").name
    if not name.lower().endswith(SUFFIXES):
        raise BoundaryRefused("Nama berkas harus berakhiran .geojson, .json atau .zip")
    level = _level_of(data, name)
    sha256 = hashlib.sha256(data).hexdigest()
    store.store_bytes(sha256, data)
    entry = {"level": level, "sha256": sha256, "size": len(data), "file_name": name,
             "credit": (credit or "").strip()[:500] or None,
             "published_at": utcnow().isoformat(timespec="seconds"),
             "published_by": published_by}
    entries = [e for e in published(store) if e["level"] != level] + [entry]
    _write(manifest_path(store), sorted(entries, key=lambda e: e["level"]))
    return entry


def _level_of(data: bytes, name: str) -> str:
    with tempfile.TemporaryDirectory(prefix="batas-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            source = read_boundary_file(path)
        except InputFileError as error:
            raise BoundaryRefused(error.summary()) from error
    choice = choose_fields([feature.properties for feature in source.features])
    if choice is None:
        raise BoundaryRefused(f"{name}: tidak ada kolom berisi kode wilayah Kemendagri pada "
                              "setiap fitur")
    return choice.level_key


def _write(path: Path, entries: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)

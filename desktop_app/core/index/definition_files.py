"""Replace the Indeks Desa definition or a year's status cut-offs with a corrected file.

An administrator who has the official annex or the decree's cut-offs installs the file into
the data folder; it is checked first (a definition that does not add up is refused with the
reason), then every questionnaire's computed total and status are recomputed. Official
published results are a different table and are never touched.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.core.i18n import translate
from desktop_app.core.index.catalogue import CatalogueError
from desktop_app.core.index.definitions import (
    OVERRIDE_FOLDER,
    definition_file,
    status_rule_files,
)
from desktop_app.core.index.indeks_desa import (
    CATALOGUE_FILE,
    STATUS_FOLDER,
    catalogue_from_definition,
    check_status_rule,
    read_json,
)


def install_definition(data_dir: Path, source: Path) -> Path:
    """Check ``source`` against every status rule, then make it the definition in use."""
    data = read_json(source)
    for rule in status_rule_files(data_dir).values():
        catalogue_from_definition(data, read_json(rule), source.name)
    target = data_dir / OVERRIDE_FOLDER / CATALOGUE_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def install_status_rule(data_dir: Path, source: Path) -> Path:
    """Check a status rule file (``year`` inside) and install it for its year."""
    rule = read_json(source)
    check_status_rule(rule, source.name)
    if rule.get("index", "INDEKS_DESA") != "INDEKS_DESA":
        raise CatalogueError(translate("IndeksDesaDefinition",
                                       "Berkas {source} bukan batas status Indeks Desa")
                             .format(source=source.name))
    catalogue_from_definition(read_json(definition_file(data_dir)), rule, source.name)
    target = data_dir / OVERRIDE_FOLDER / STATUS_FOLDER / f"{int(rule['year'])}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target

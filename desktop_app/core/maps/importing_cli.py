"""``sinergi-desa import-peta``: boundary files (GeoJSON or zipped Shapefile)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.core.command_line import (
    EXIT_NO_DATA_FOLDER,
    EXIT_OK,
    EXIT_REFUSED,
    closing_line,
    exit_codes_help,
    open_for_command,
    print_progress,
)
from desktop_app.core.i18n import translate
from desktop_app.core.problems import InputFileError


def add_map_command(commands: Any) -> None:
    command = commands.add_parser(
        "import-peta",
        help="impor batas wilayah untuk peta (GeoJSON atau Shapefile dalam "
        "ZIP; tingkat kabupaten, kecamatan atau desa)",
        epilog=exit_codes_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument(
        "files", type=Path, nargs="+", help="berkas batas wilayah; tingkatnya dikenali dari kodenya"
    )
    command.add_argument(
        "--sumber",
        metavar="TEKS",
        help="sumber data batas yang dicantumkan di peta (bawaan: yang disebut berkasnya)",
    )


def run_map_command(folder: Path, args: argparse.Namespace) -> int:
    """Each file replaces its level's layer, all or nothing: 1 if any file was refused."""
    from desktop_app.core.maps.importing import import_boundaries

    workspace = open_for_command(folder)
    if workspace is None:
        return EXIT_NO_DATA_FOLDER
    refused = 0
    try:
        for path in args.files:
            try:
                report = import_boundaries(
                    workspace.db, path, args.sumber, progress=print_progress, clock=workspace.clock
                )
            except InputFileError as error:
                refused += 1
                print(
                    "\n"
                    + translate("CommandLine", "Berkas ditolak, tidak ada yang disimpan darinya:"),
                    file=sys.stderr,
                )
                print(error, file=sys.stderr)
                continue
            print(f"\n{report.summary()}")
    finally:
        workspace.close()
    if refused:
        print(
            translate(
                "CommandLine", "Selesai, tetapi {count} berkas ditolak seluruhnya (kode keluar 1)."
            ).format(count=refused)
        )
        return EXIT_REFUSED
    print(closing_line(0))
    return EXIT_OK

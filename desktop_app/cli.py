"""Command line: ``sinergi-desa`` starts the program; subcommands do batch work."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from desktop_app import __version__
from desktop_app.core.data_folder import DataFolderError, lock_data_folder
from desktop_app.core.problems import InputFileError
from desktop_app.logging_setup import configure_logging
from desktop_app.paths import DATA_DIR_ENV, data_dir

log = logging.getLogger(__name__)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without ``commands``, only the options of a plain start (no
    subcommands, no ``--help``): registering the import commands loads the data layer
    (SQLAlchemy, the models, ~0.35 s), which the window's start does not need first."""
    parser = argparse.ArgumentParser(
        prog="sinergi-desa",
        description="Sinergi Desa: profil desa, IDM, pengawasan APBDes dan notulen rapat.",
        formatter_class=argparse.RawDescriptionHelpFormatter, add_help=commands,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", metavar="FOLDER",
        help=f"folder data (bawaan: ${DATA_DIR_ENV}, pilihan di Pengaturan, atau folder "
        "data pengguna)",
    )
    parser.add_argument("--demo", action="store_true",
                        help="buka folder data contoh (fiktif) yang terpisah dari data asli")
    parser.add_argument("--self-check", nargs="?", const="", metavar="BASIS_DATA_LAMA",
                        help="periksa program (folder sementara, migrasi, impor, PDF, "
                        "jendela), lalu keluar; dengan berkas basis data versi lama, "
                        "salinannya juga dimigrasi")
    # The bundle's start-up measurement (bench/scenarios/bundle.py): the benchmark's own probe
    # (bench/startup_probe.py) run by the frozen program. Not for users, so not listed.
    parser.add_argument("--startup-probe", nargs="+", metavar="ARG", help=argparse.SUPPRESS)
    if not commands:
        return parser
    from desktop_app.core.command_line import exit_codes_help

    parser.epilog = exit_codes_help()
    subcommands = parser.add_subparsers(dest="command")
    wilayah = subcommands.add_parser(
        "import-wilayah", help="impor daftar wilayah Kemendagri (provinces/regencies/"
        "districts/villages.csv)", epilog=exit_codes_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    wilayah.add_argument("folder", type=Path, help="folder berisi keempat berkas CSV")
    wilayah.add_argument("--province", metavar="KODE",
                         help="hanya satu provinsi, misalnya 64 (Kalimantan Timur)")
    from desktop_app.core.idm.imports.cli import add_idm_commands

    add_idm_commands(subcommands)
    from desktop_app.core.apbdes.importing_cli import add_apbdes_command

    add_apbdes_command(subcommands)
    from desktop_app.core.maps.importing_cli import add_map_command

    add_map_command(subcommands)
    return parser


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # the frozen program's worker processes start here
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    args, rest = build_parser(commands=False).parse_known_args(argv)
    if rest:  # a command, --help or a mistake
        args = build_parser().parse_args(argv)
    else:
        args.command = None
    if args.self_check is not None:
        from desktop_app.selfcheck import run_self_check

        return run_self_check(Path(args.self_check) if args.self_check else None)
    if args.startup_probe:
        return _startup_probe(args.startup_probe)
    configure_logging()
    folder = chosen_data_dir(args.data_dir, args.demo)
    if args.command is None:
        from desktop_app.ui.app import run_gui  # Qt only when a window is wanted

        return run_gui(folder, demo=args.demo)
    try:
        lock = lock_data_folder(folder)
    except DataFolderError as error:
        print(error, file=sys.stderr)
        return 2
    try:
        return _run_command(folder, args)
    finally:
        lock.release()


def _startup_probe(arguments: list[str]) -> int:
    """Run bench/startup_probe.py with ``arguments`` (DATA_DIR [mode] or ``bare``)."""
    from bench import startup_probe

    sys.argv = [sys.argv[0], *arguments]
    startup_probe.main()
    return 0


def chosen_data_dir(option: str | None, demo: bool = False) -> Path:
    """``--data-dir``, else $SINERGI_DESA_DATA_DIR, else Settings' choice, else the default;
    ``--demo`` uses a folder of its own beside it."""
    from desktop_app.core.preferences import load_preferences

    folder = data_dir(option or os.environ.get(DATA_DIR_ENV) or load_preferences().data_dir)
    if demo:
        from desktop_app.core.demo import demo_dir

        return demo_dir(folder)
    return folder


def _run_command(folder: Path, args: argparse.Namespace) -> int:
    if args.command == "import-wilayah":
        return _import_wilayah(folder, args.folder, args.province)
    from desktop_app.core.idm.imports.cli import run_idm_command

    if args.command == "import-apbdes":
        from desktop_app.core.apbdes.importing_cli import run_apbdes_command

        return run_apbdes_command(folder, args)
    if args.command == "import-peta":
        from desktop_app.core.maps.importing_cli import run_map_command

        return run_map_command(folder, args)
    return run_idm_command(folder, args)


def _import_wilayah(folder: Path, source: Path, province: str | None) -> int:
    """All or nothing: 0 when imported, 1 when the list is refused (never 3)."""
    from desktop_app.core.command_line import (
        EXIT_NO_DATA_FOLDER,
        EXIT_OK,
        EXIT_REFUSED,
        closing_line,
        open_for_command,
        print_progress,
    )
    from desktop_app.core.regions.wilayah_import import import_wilayah

    workspace = open_for_command(folder)
    if workspace is None:
        return EXIT_NO_DATA_FOLDER
    try:
        report = import_wilayah(workspace.db, source, province, progress=print_progress,
                                clock=workspace.clock)
    except InputFileError as error:
        print(f"\nImpor dibatalkan, tidak ada yang disimpan:\n{error}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        workspace.close()
    print(f"\n{report.summary()}")
    print(closing_line(0))
    return EXIT_OK

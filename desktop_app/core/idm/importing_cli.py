"""Command-line forms of the IDM imports (``import-idm``, ``idm-template``); no Qt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.core.command_line import (
    EXIT_NO_DATA_FOLDER,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_SKIPPED,
    closing_line,
    exit_codes_help,
    open_for_command,
    print_progress,
)
from desktop_app.core.i18n import translate
from desktop_app.core.problems import Cancelled, InputFileError

COMMANDS = frozenset({"import-idm", "idm-template"})


def _t(text: str) -> str:
    return translate("IdmImport", text)


def add_idm_commands(commands: Any) -> None:
    """Add the IDM subcommands to the ``sinergi-desa`` subparsers."""
    importing = commands.add_parser(
        "import-idm", help="impor data IDM resmi: berkas/folder rumusan JSON atau lembar "
        "IDM nasional (XLSX/CSV)", epilog=exit_codes_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    importing.add_argument("paths", type=Path, nargs="+", metavar="PATH",
                           help="berkas .json, folder rumusan, atau lembar .xlsx/.csv")
    importing.add_argument("--province", metavar="KODE",
                           help="lembar nasional: hanya satu provinsi, misalnya 64")
    importing.add_argument("--kabupaten", metavar="KODE",
                           help="lembar nasional: hanya satu kabupaten, misalnya 64.01")
    template = commands.add_parser(
        "idm-template", help="tulis templat skor IDM (XLSX) untuk diisi tanpa jaringan")
    template.add_argument("out", type=Path, metavar="OUT.xlsx")
    template.add_argument("--year", type=int, required=True, help="tahun penilaian")
    scope = template.add_mutually_exclusive_group(required=True)
    scope.add_argument("--kabupaten", metavar="KODE", help="semua desa satu kabupaten")
    scope.add_argument("--kecamatan", metavar="KODE", help="semua desa satu kecamatan")


def run_idm_command(folder: Path, args: argparse.Namespace) -> int:
    workspace = open_for_command(folder)
    if workspace is None:
        return EXIT_NO_DATA_FOLDER
    try:
        if args.command == "import-idm":
            return _import_idm(workspace, args)
        return _write_template(workspace, args)
    finally:
        workspace.close()


def _import_idm(workspace: Any, args: argparse.Namespace) -> int:
    from desktop_app.core.idm.importing import (
        IdmImportReport,
        import_national_sheet,
        import_rumusan,
        is_national_sheet,
    )

    report = IdmImportReport()
    refused = 0
    skipped_files = skipped_rows = 0
    sheets = [path for path in args.paths if is_national_sheet(path)]
    rumusan = [path for path in args.paths if not is_national_sheet(path)]
    if rumusan:
        part = import_rumusan(workspace.db, rumusan, progress=print_progress,
                              editor=workspace.editor)
        skipped_files = len(part.needing_attention)
        report.merge(part)
    for sheet in sheets:
        try:
            part = import_national_sheet(workspace.db, sheet, args.province, args.kabupaten,
                                         progress=print_progress, editor=workspace.editor)
        except (InputFileError, Cancelled) as error:
            refused += 1
            print(_t("\n{file}: impor dibatalkan, tidak ada yang disimpan:\n{error}").format(
                file=sheet, error=error), file=sys.stderr)
            continue
        skipped_rows += len(part.needing_attention)
        report.merge(part)
    print(f"\n{report.summary(details=len(report.outcomes))}")
    if refused:
        print(_t("Selesai, tetapi {count} lembar ditolak seluruhnya dan tidak disimpan: "
                 "alasannya tercetak di atas (kode keluar 1).").format(count=refused))
        return EXIT_REFUSED
    print(closing_line(skipped_files, skipped_rows))
    return EXIT_SKIPPED if skipped_files or skipped_rows else EXIT_OK


def _write_template(workspace: Any, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop_app.core.idm.template import write_score_template
    from desktop_app.core.models import Village
    from desktop_app.core.regions.codes import Level, normalise_code

    level, raw = ((Level.REGENCY, args.kabupaten) if args.kabupaten
                  else (Level.DISTRICT, args.kecamatan))
    try:
        prefix = normalise_code(raw, level)
    except ValueError:
        print(_t("kode wilayah '{code}' tidak sah").format(code=raw), file=sys.stderr)
        return EXIT_REFUSED
    with workspace.db.reading() as session:
        codes = list(session.scalars(
            select(Village.code).where(Village.code.startswith(prefix + "."),
                                       Village.active.is_(True)).order_by(Village.code)))
    if not codes:
        print(_t("tidak ada desa aktif dengan kode {code}").format(code=prefix),
              file=sys.stderr)
        return EXIT_REFUSED
    path = write_score_template(workspace.db, args.out, codes, args.year)
    print(_t("Templat {year} untuk {count} desa ditulis ke {path}").format(
        year=args.year, count=len(codes), path=path))
    return EXIT_OK

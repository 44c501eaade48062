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
    importing.add_argument(
        "--propose-code-map", type=Path, metavar="PETA.csv",
        help="tulis usulan peta kode (old_code,new_code) untuk kode desa yang tidak ada lagi "
        "dalam daftar wilayah: desa bernama sama di kabupaten yang sama; periksa, lalu "
        "pakai dengan --code-map")
    importing.add_argument(
        "--code-map", type=Path, metavar="PETA.csv",
        help="peta kode yang sudah diperiksa (CSV old_code,new_code): data di bawah kode "
        "lama diimpor dengan kode kini, kode lamanya disimpan sebagai kode terbit")
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
    from desktop_app.core.idm.imports import (
        IdmImportReport,
        import_national_sheet,
        import_rumusan,
        is_national_sheet,
    )
    from desktop_app.core.regions.code_changes import load_code_map

    code_map = None
    if args.code_map is not None:
        try:
            code_map = load_code_map(workspace.db, args.code_map)
        except InputFileError as error:
            print(translate(
                "IdmImport", "Peta kode {file} ditolak:\n{error}").format(file=args.code_map,
                                                                 error=error), file=sys.stderr)
            print(translate(
                "IdmImport", "Tidak ada yang diimpor: perbaiki peta kode (alasannya tercetak di "
                             "atas) lalu jalankan lagi (kode keluar 1)."))
            return EXIT_REFUSED
    report = IdmImportReport()
    refused = 0
    skipped_files = skipped_rows = 0
    sheets = [path for path in args.paths if is_national_sheet(path)]
    rumusan = [path for path in args.paths if not is_national_sheet(path)]
    if rumusan:
        part = import_rumusan(workspace.db, rumusan, progress=print_progress,
                              editor=workspace.editor, code_map=code_map)
        skipped_files = len(part.needing_attention)
        report.merge(part)
    for sheet in sheets:
        try:
            part = import_national_sheet(workspace.db, sheet, args.province, args.kabupaten,
                                         progress=print_progress, editor=workspace.editor,
                                         code_map=code_map)
        except (InputFileError, Cancelled) as error:
            refused += 1
            print(translate(
                "IdmImport", "\n{file}: impor dibatalkan, tidak ada yang disimpan:\n{error}"
            ).format(file=sheet, error=error), file=sys.stderr)
            continue
        skipped_rows += len(part.needing_attention)
        report.merge(part)
    print(f"\n{report.summary(details=len(report.outcomes))}")
    then = ""
    if args.propose_code_map is not None:
        then = _propose(report, args.propose_code_map)
        if then is None:
            return EXIT_REFUSED
    elif report.code_proposals:
        then = translate(
            "IdmImport", "; untuk kode desa yang tidak dikenal, tulis usulan peta kode dengan "
                         "--propose-code-map PETA.csv")
    if refused:
        print(translate(
            "IdmImport", "Selesai, tetapi {count} lembar ditolak seluruhnya dan tidak disimpan: "
                         "alasannya tercetak di atas (kode keluar 1).").format(count=refused))
        return EXIT_REFUSED
    print(closing_line(skipped_files, skipped_rows, then=then))
    return EXIT_SKIPPED if skipped_files or skipped_rows else EXIT_OK


def _propose(report: Any, path: Path) -> str | None:
    """Write the code map proposals; the closing line's addition, or None if it failed."""
    from desktop_app.core.regions.code_changes import write_code_map

    if not report.code_proposals:
        print(translate(
            "IdmImport", "Tidak ada kode desa yang tidak dikenal; {path} tidak ditulis.").format(
            path=path))
        return ""
    try:
        count = write_code_map(path, report.code_proposals.values())
    except OSError as error:
        print(translate(
            "IdmImport", "Usulan peta kode tidak dapat ditulis ke {path}: {error}. Impor lainnya "
                         "sudah tersimpan; pilih berkas lain untuk --propose-code-map (kode keluar "
                         "1).").format(path=path, error=error))
        return None
    return translate(
        "IdmImport", "; usulan peta kode untuk {count} kode ditulis ke {path} — periksa (hapus "
                     "baris yang salah, isi new_code yang kosong), lalu jalankan lagi dengan "
                     "--code-map {path}").format(count=count, path=path)


def _write_template(workspace: Any, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop_app.core.idm.imports.score_template import write_score_template
    from desktop_app.core.models import Village
    from desktop_app.core.regions.codes import Level, normalise_code

    level, raw = ((Level.REGENCY, args.kabupaten) if args.kabupaten
                  else (Level.DISTRICT, args.kecamatan))
    try:
        prefix = normalise_code(raw, level)
    except ValueError:
        print(translate(
            "IdmImport", "kode wilayah '{code}' tidak sah").format(code=raw), file=sys.stderr)
        return EXIT_REFUSED
    with workspace.db.reading() as session:
        codes = list(session.scalars(
            select(Village.code).where(Village.code.startswith(prefix + "."),
                                       Village.active.is_(True)).order_by(Village.code)))
    if not codes:
        print(translate("IdmImport", "tidak ada desa aktif dengan kode {code}").format(code=prefix),
              file=sys.stderr)
        return EXIT_REFUSED
    path = write_score_template(workspace.db, args.out, codes, args.year)
    print(translate("IdmImport", "Templat {year} untuk {count} desa ditulis ke {path}").format(
        year=args.year, count=len(codes), path=path))
    return EXIT_OK

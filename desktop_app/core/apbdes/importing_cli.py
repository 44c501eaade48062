"""``sinergi-desa import-apbdes``: many villages' realisation reports at once; no Qt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.core.i18n import translate

COMMAND = "import-apbdes"


def add_apbdes_command(commands: Any) -> None:
    from desktop_app.core.command_line import exit_codes_help

    parser = commands.add_parser(
        COMMAND, help="impor laporan realisasi APBDes (XLSX/CSV); nama berkas memuat kode "
        "desa, mis. '64.01.01.2001 LRA.xlsx'", epilog=exit_codes_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", type=Path, nargs="+", metavar="PATH",
                        help="berkas laporan atau folder berisi laporan")
    parser.add_argument("--year", type=int, required=True, help="tahun anggaran")
    parser.add_argument("--semester", type=int, choices=(1, 2), default=1,
                        help="1 = semester I, 2 = laporan akhir tahun (bawaan: 1)")
    parser.add_argument("--perubahan", action="store_true",
                        help="APBDes perubahan (bawaan: murni)")


def run_apbdes_command(folder: Path, args: argparse.Namespace) -> int:
    from desktop_app.core.apbdes.folder_import import import_folder
    from desktop_app.core.command_line import (
        EXIT_NO_DATA_FOLDER,
        EXIT_OK,
        EXIT_SKIPPED,
        closing_line,
        open_for_command,
        print_progress,
    )

    workspace = open_for_command(folder)
    if workspace is None:
        return EXIT_NO_DATA_FOLDER
    try:
        report = import_folder(workspace.db, workspace.editor, args.paths, args.year,
                               "perubahan" if args.perubahan else "murni", args.semester,
                               workspace.clock.today(), progress=print_progress)
    finally:
        workspace.close()
    imported = report.imported.values()
    print(translate(
        "ApbdesImport", "\n{files} laporan diimpor: {added} baris baru, {changed} berubah, "
                        "{removed} dihapus; {findings} hasil pemeriksaan perlu perhatian.").format(
        files=len(report.imported), added=sum(r.added for r in imported),
        changed=sum(r.changed for r in imported), removed=sum(r.removed for r in imported),
        findings=sum(len(r.findings) for r in imported)))
    if report.refused:
        print(translate(
            "ApbdesImport", "Ditolak (tidak ada yang disimpan dari berkas ini):"), file=sys.stderr)
        for problem in report.refused:
            print(f"  {problem}", file=sys.stderr)
    skipped = len({problem.file for problem in report.refused})
    print(closing_line(skipped, where=translate("ApbdesImport",
        "daftarnya tercetak di atas (galat standar), di bawah judul 'Ditolak'")))
    return EXIT_SKIPPED if skipped else EXIT_OK

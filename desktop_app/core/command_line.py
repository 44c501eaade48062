"""What the batch commands share: opening the data folder, progress, exit codes and the
closing line."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.core.i18n import translate
from desktop_app.core.migrate import DatabaseOpenError
from desktop_app.core.workspace import Workspace, open_workspace

# Exit codes of every import command (documented in README.md and in --help).
EXIT_OK = 0  # finished: everything given was imported (or was already there)
EXIT_REFUSED = 1  # an input was refused as a whole: nothing of it was saved
EXIT_NO_DATA_FOLDER = 2  # the data folder could not be opened (or the command line is wrong)
EXIT_SKIPPED = 3  # finished, but some files (or sheet rows) were skipped: listed above


def exit_codes_help() -> str:
    """The exit codes, for the ``--help`` epilog of the import commands."""
    return translate("CommandLine",
        "kode keluar:\n"
        "  0  selesai: semua berkas diimpor (atau sudah ada)\n"
        "  1  masukan ditolak seluruhnya (mis. lembar atau daftar wilayah yang salah): "
        "tidak ada yang disimpan darinya\n"
        "  2  folder data tidak dapat dibuka (dipakai program lain, rusak, versi lebih "
        "baru) atau perintah salah\n"
        "  3  selesai, tetapi ada berkas atau baris yang dilewati; daftarnya tercetak di atas "
        "baris terakhir")


def closing_line(skipped_files: int, skipped_rows: int = 0, where: str | None = None,
                 then: str = "") -> str:
    """The last line of an import: all imported, or how many were skipped and where the list
    is (``where`` replaces the default "listed above under 'Dilewati'"; ``then`` follows it,
    e.g. "; then run again with …")."""
    if not skipped_files and not skipped_rows:
        return translate("CommandLine", "Selesai: semua berkas diimpor.")
    parts = []
    if skipped_files:
        parts.append(translate("CommandLine", "{count} berkas").format(count=skipped_files))
    if skipped_rows:
        parts.append(translate("CommandLine", "{count} baris lembar").format(count=skipped_rows))
    return translate(
        "CommandLine", "Selesai dengan {what} dilewati: {where}{then} (kode keluar 3).").format(
        what=translate("CommandLine", " dan ").join(parts),
        where=where or translate(
            "CommandLine", "daftarnya ada di atas, di bawah judul 'Dilewati:'"), then=then)


def print_progress(done: int, total: int, phase: str) -> None:
    if total:
        print(f"\r{phase} {done}/{total}", end="", file=sys.stderr, flush=True)


def open_for_command(folder: Path) -> Workspace | None:
    """The migrated workspace, or None after printing why it cannot be opened."""
    try:
        return open_workspace(folder)
    except DatabaseOpenError as error:
        print(error, file=sys.stderr)
        return None

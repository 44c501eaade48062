"""A plain start reads its options without loading the data layer; commands still parse."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]


def test_a_plain_start_parses_its_options_without_sqlalchemy():
    script = ("import sys\nfrom desktop_app.cli import build_parser\n"
              "args, rest = build_parser(commands=False).parse_known_args("
              "['--data-dir', 'x', '--demo'])\n"
              "assert args.data_dir == 'x' and args.demo and rest == [], (args, rest)\n"
              "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', "
              "'desktop_app.core.models'))))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_commands_and_their_options_still_parse():
    args = build_parser().parse_args(["--data-dir", "d", "import-wilayah", "folder",
                                      "--province", "64"])
    assert (args.command, str(args.folder), args.province) == ("import-wilayah", "folder",
                                                               "64")
    _light, rest = build_parser(commands=False).parse_known_args(
        ["--data-dir", "d", "import-wilayah", "folder"])
    assert rest == ["import-wilayah", "folder"]  # main() then parses with the commands

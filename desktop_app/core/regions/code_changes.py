"""Villages whose Kemendagri code changed: propose the current code, apply a confirmed map.

Kemendagri moves villages between kecamatan and renumbers them (DESIGN §2: Kecamatan Kota
Bangun's villages moved to Kota Bangun Darat, so Kedang Ipil 64.02.08.2001 is now
64.02.19.2001), and official files under the old codes go on circulating. When a file names
a village code that is not (or no longer) in the region list, :class:`CurrentVillages`
proposes the active village of the same name in the same kabupaten; names are compared
without case, extra spaces or a leading "Desa"/"Kampung"/"Kelurahan". Nothing is imported
under a proposed code until a person confirms it: on the command line through a code map
(CSV with columns ``old_code,new_code``; :func:`write_code_map` writes the proposals for
review, :func:`load_code_map` reads the reviewed file back), in the program through a
confirmation dialog.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.models import Village
from desktop_app.core.problems import InputFileError, Problem
from desktop_app.core.regions.codes import Level, normalise_code

NAME_PREFIXES = ("desa", "kampung", "kelurahan")
MAP_COLUMNS = ("old_code", "new_code", "nama_terbit", "kecamatan_terbit", "nama_kini",
               "kecamatan_kini", "catatan")

PROPOSED = "proposed"  # exactly one current village of that name
AMBIGUOUS = "ambiguous"  # two or more
NOT_FOUND = "not_found"  # none
NO_REGION_LIST = "no_region_list"  # the region list has no village of that kabupaten


def village_name_key(name: str | None) -> str:
    """'Desa  KEDANG ipil ' -> 'kedang ipil': what two names must share to match."""
    words = (name or "").casefold().split()
    if len(words) > 1 and words[0] in NAME_PREFIXES:
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class CurrentVillage:
    """An active village of the region list."""

    code: str
    name: str
    district_name: str

    def __str__(self) -> str:
        return translate("CodeChanges", "{code} {name}, Kecamatan {district}").format(
            code=self.code, name=self.name, district=self.district_name)


@dataclass
class CodeProposal:
    """What the region list offers for one unknown village code."""

    old_code: str
    published_name: str | None  # as the file spells it
    published_district: str | None
    regency_code: str
    regency_name: str | None
    candidates: tuple[CurrentVillage, ...]
    region_list_has_regency: bool
    sources: list[str] = field(default_factory=list)  # the files or rows under this code
    paths: list[str] = field(default_factory=list)  # their files, to import them again

    @property
    def kind(self) -> str:
        if not self.region_list_has_regency:
            return NO_REGION_LIST
        if not self.candidates:
            return NOT_FOUND
        return PROPOSED if len(self.candidates) == 1 else AMBIGUOUS

    @property
    def proposed(self) -> CurrentVillage | None:
        """The one current village of that name, or None (none, or several)."""
        return self.candidates[0] if self.kind == PROPOSED else None

    def regency(self) -> str:
        return f"{self.regency_code} ({self.regency_name})" if self.regency_name \
            else self.regency_code

    def reason(self) -> str:
        """Why the file is skipped and what to do, in Indonesian."""
        head = translate("CodeChanges", "kode desa {code} tidak ada dalam daftar wilayah").format(
            code=self.old_code)
        kind = self.kind
        if kind == NO_REGION_LIST:
            return head + translate(
                "CodeChanges", "; kabupaten {regency} belum ada dalam daftar: impor daftar "
                               "wilayah Kemendagri dulu").format(regency=self.regency_code)
        if kind == PROPOSED:
            return head + translate("CodeChanges",
                "; desa bernama '{name}' di kabupaten {regency} kini {village} — kodenya "
                "tampaknya berubah. Periksa, lalu setujui peta kode {old} → {new} dan impor "
                "lagi (baris perintah: tulis usulan dengan --propose-code-map, lalu "
                "--code-map)").format(name=self.published_name, regency=self.regency(),
                                      village=self.proposed, old=self.old_code,
                                      new=self.candidates[0].code)
        if kind == AMBIGUOUS:
            return head + translate("CodeChanges",
                "; di kabupaten {regency} ada {count} desa bernama '{name}' (kecamatan di "
                "berkas: {district}): {villages}. Tulis kode yang benar di kolom new_code peta "
                "kode, lalu impor lagi dengan --code-map").format(
                regency=self.regency(), count=len(self.candidates), name=self.published_name,
                district=self.published_district or "-",
                villages="; ".join(map(str, self.candidates)))
        if not self.published_name:
            return head + translate("CodeChanges",
                ", dan berkas tidak memuat nama desa untuk mencari kode kininya. Bila desa "
                "ini pindah, tulis kode kininya di peta kode (--code-map) lalu impor lagi")
        return head + translate("CodeChanges",
            "; di kabupaten {regency} juga tidak ada desa bernama '{name}'. Periksa kode dan "
            "nama di berkas; bila desa ini pindah atau berganti nama, tulis kode kininya di "
            "peta kode (--code-map); bila daftar wilayah sudah lama, impor daftar wilayah "
            "Kemendagri terbaru").format(regency=self.regency(), name=self.published_name)


class CurrentVillages:
    """Active villages by kabupaten and name key, read from the database per kabupaten."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._by_regency: dict[str, tuple[str | None, dict[str, list[CurrentVillage]]]] = {}

    def _regency(self, regency_code: str) -> tuple[str | None, dict[str, list[CurrentVillage]]]:
        found = self._by_regency.get(regency_code)
        if found is None:
            names: dict[str, list[CurrentVillage]] = {}
            regency_name = None
            with self.db.reading() as session:
                rows = session.execute(
                    select(Village.code, Village.name, Village.district_name,
                           Village.regency_name)
                    .where(Village.regency_code == regency_code, Village.active.is_(True))
                    .order_by(Village.code))
                for code, name, district, regency in rows:
                    regency_name = regency
                    names.setdefault(village_name_key(name), []).append(
                        CurrentVillage(code, name, district))
            found = self._by_regency[regency_code] = (regency_name, names)
        return found

    def propose(self, old_code: str, name: str | None,
                district: str | None = None) -> CodeProposal:
        """The active villages of the same name in the kabupaten of ``old_code``."""
        regency_code = old_code[:5]
        regency_name, names = self._regency(regency_code)
        key = village_name_key(name)
        candidates = tuple(v for v in names.get(key, ()) if v.code != old_code) if key else ()
        return CodeProposal(old_code, name, district, regency_code, regency_name, candidates,
                            bool(names))


@dataclass(frozen=True)
class CodeMap:
    """Confirmed old code -> current code, each current code an active village."""

    new_codes: dict[str, str]  # old -> new
    regencies: dict[str, str]  # new -> its kabupaten
    source: str = ""

    @classmethod
    def confirmed(cls, choices: dict[str, str], source: str = "") -> CodeMap:
        """A map of choices a person confirmed among proposals (their candidates are active
        villages; a village code's kabupaten is its first 5 characters)."""
        return cls(dict(choices), {new: new[:5] for new in choices.values()}, source)

    def get(self, old_code: str) -> str | None:
        return self.new_codes.get(old_code)

    def __len__(self) -> int:
        return len(self.new_codes)


def _village_code(text: str) -> str:
    try:
        return normalise_code(text, Level.VILLAGE)
    except ValueError:
        raise ValueError(translate(
            "CodeChanges", "'{code}' bukan kode desa Kemendagri (64.02.19.2001 atau "
                           "6402192001)").format(code=text)) from None


def _rows(path: Path) -> list[list[str]]:
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputFileError([Problem(name, None, translate(
            "CodeChanges", "berkas tidak dapat dibaca: {detail}")
                                      .format(detail=error))]) from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","  # Excel in Indonesian
    try:
        return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as error:
        raise InputFileError([Problem(name, None, translate(
            "CodeChanges", "format CSV rusak: {detail}")
                                      .format(detail=error))]) from error


def load_code_map(db: Database, path: Path) -> CodeMap:
    """Read and check a code map (CSV: old_code,new_code; other columns are ignored, rows
    with an empty new_code are not confirmed and ignored). InputFileError lists every
    problem, by line."""
    name = path.name
    rows = _rows(path)
    header = [cell.strip().casefold() for cell in rows[0]] if rows else []
    if "old_code" not in header or "new_code" not in header:
        raise InputFileError([Problem(name, 1, translate("CodeChanges",
            "judul kolom old_code dan new_code tidak ada; peta kode adalah CSV dengan kolom "
            "old_code,new_code (tulis contohnya dengan --propose-code-map)"))])
    old_at, new_at = header.index("old_code"), header.index("new_code")
    problems: list[Problem] = []
    new_codes: dict[str, str] = {}
    lines: dict[str, int] = {}
    for line, row in enumerate(rows[1:], start=2):
        cells = [cell.strip() for cell in row] + [""] * len(header)
        old_text, new_text = cells[old_at], cells[new_at]
        if not old_text and not new_text:
            continue
        if not new_text:
            continue  # a proposal not (yet) confirmed
        try:
            old, new = _village_code(old_text), _village_code(new_text)
        except ValueError as error:
            problems.append(Problem(name, line, str(error)))
            continue
        if old in new_codes and new_codes[old] != new:
            problems.append(Problem(name, line, translate("CodeChanges",
                "kode lama {old} sudah dipetakan ke {new} di baris {first}").format(
                old=old, new=new_codes[old], first=lines[old])))
            continue
        new_codes[old], lines[old] = new, line
    with db.reading() as session:
        wanted = set(new_codes) | set(new_codes.values())
        active = {code: regency for code, regency in session.execute(
            select(Village.code, Village.regency_code)
            .where(Village.code.in_(wanted), Village.active.is_(True)))}
    for old, new in new_codes.items():
        if old in active:
            problems.append(Problem(name, lines[old], translate("CodeChanges",
                "kode lama {old} masih berlaku dalam daftar wilayah; peta kode hanya untuk "
                "kode yang sudah tidak ada. Hapus baris ini").format(old=old)))
        if new not in active:
            problems.append(Problem(name, lines[old], translate("CodeChanges",
                "kode baru {new} tidak ada dalam daftar wilayah (atau tidak aktif); tulis kode "
                "desa yang berlaku, atau impor daftar wilayah Kemendagri terbaru").format(
                new=new)))
    if problems:
        raise InputFileError(sorted(problems, key=lambda p: p.line or 0))
    return CodeMap(new_codes, {new: active[new] for new in new_codes.values()}, name)


def write_code_map(path: Path, proposals: Iterable[CodeProposal]) -> int:
    """Write the proposals as a code map to review (UTF-8 with BOM, for Excel): new_code is
    filled only where exactly one village matches; codes of a kabupaten the region list
    lacks are left out (the list is missing, not the code). Returns the number of rows."""
    rows = []
    for proposal in sorted(proposals, key=lambda p: p.old_code):
        if proposal.kind == NO_REGION_LIST:
            continue
        chosen = proposal.proposed
        if chosen is not None:
            note = translate(
                "CodeChanges", "usulan: nama sama di kabupaten yang sama; periksa, hapus barisnya "
                               "bila salah")
        elif proposal.kind == AMBIGUOUS:
            note = translate("CodeChanges", "pilih salah satu: {villages}").format(
                villages="; ".join(map(str, proposal.candidates)))
        else:
            note = translate("CodeChanges", "tidak ada desa bernama sama di kabupaten ini")
        rows.append([proposal.old_code, chosen.code if chosen else "",
                     proposal.published_name or "", proposal.published_district or "",
                     chosen.name if chosen else "", chosen.district_name if chosen else "",
                     note])
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(MAP_COLUMNS)
        writer.writerows(rows)
    return len(rows)

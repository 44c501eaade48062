"""What an IDM import did: per file (or per sheet row) added, updated, unchanged or skipped.

Shared by the rumusan, national-sheet and score-template imports, so the UI and the command
line show one kind of report. Every published-versus-recomputed disagreement found while
importing is listed with it (see :mod:`desktop_app.core.idm.consistency`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.clock import SYSTEM_CLOCK, HybridLogicalClock
from desktop_app.core.i18n import translate
from desktop_app.core.idm.consistency import Disagreement
from desktop_app.core.models import Village
from desktop_app.core.regions.code_changes import NO_REGION_LIST, CodeProposal
from desktop_app.core.sync.changes import Editor

Progress = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]

ADDED = "added"
UPDATED = "updated"
UNCHANGED = "unchanged"
SKIPPED = "skipped"
OUTCOMES = (ADDED, UPDATED, UNCHANGED, SKIPPED)

IMPORT_DEVICE = "impor-resmi"  # clock device of reference-data imports without an editor
IMPORT_USER = "impor data resmi"


def no_progress(done: int, total: int, phase: str) -> None:
    """The default progress callback: report nothing."""


def never_cancelled() -> bool:
    return False


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file (rumusan), one sheet row or one template column."""

    source: str  # file name, "file, baris 12" or "file, kolom E"
    outcome: str  # one of OUTCOMES
    village_code: str | None = None
    year: int | None = None
    reasons: tuple[str, ...] = ()  # why it was skipped, in Indonesian
    # Skipped because the publisher gave a reason instead of values (sheet rows marked as
    # not scored): nothing is wrong with the file and there is nothing to fix.
    not_scored: bool = False
    # The code the file published when it was imported under the current one (code map).
    published_code: str | None = None

    def __str__(self) -> str:
        label = {ADDED: translate("IdmImport", "baru"),
                 UPDATED: translate("IdmImport", "diperbarui"),
                 UNCHANGED: translate("IdmImport", "tetap"),
                 SKIPPED: translate("IdmImport", "dilewati")}[self.outcome]
        what = " ".join(str(part) for part in (self.village_code, self.year) if part)
        if self.published_code:
            what += translate("IdmImport", ", kode terbit {code}").format(code=self.published_code)
        head = f"{self.source}: {label}" + (f" ({what})" if what else "")
        return "\n".join([head, *(f"  - {reason}" for reason in self.reasons)])


@dataclass
class IdmImportReport:
    """The outcome of one import run."""

    outcomes: list[ImportOutcome] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    out_of_scope: int = 0  # sheet rows outside the chosen province/kabupaten
    cancelled: bool = False
    # Unknown village codes (skipped) and what the region list offers, by old code.
    code_proposals: dict[str, CodeProposal] = field(default_factory=dict)

    def propose(self, proposal: CodeProposal, source: str, path: str | None = None) -> None:
        """Record an unknown code's proposal (once per code) and the file or row under it;
        not where the region list lacks the whole kabupaten (no code changed there)."""
        if proposal.kind == NO_REGION_LIST:
            return
        known = self.code_proposals.setdefault(proposal.old_code, proposal)
        known.sources.append(source)
        if path is not None and path not in known.paths:
            known.paths.append(path)

    @property
    def remapped(self) -> list[ImportOutcome]:
        """Files or rows imported under the current code of a code map."""
        return [item for item in self.outcomes if item.published_code]

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(outcome.outcome for outcome in self.outcomes)
        return {name: found.get(name, 0) for name in OUTCOMES}

    @property
    def changed(self) -> bool:
        counts = self.counts
        return bool(counts[ADDED] or counts[UPDATED])

    def of(self, outcome: str) -> list[ImportOutcome]:
        return [item for item in self.outcomes if item.outcome == outcome]

    @property
    def needing_attention(self) -> list[ImportOutcome]:
        """Skipped items the operator should look at (all but rows marked not scored)."""
        return [item for item in self.of(SKIPPED) if not item.not_scored]

    def merge(self, other: IdmImportReport) -> None:
        self.outcomes.extend(other.outcomes)
        self.disagreements.extend(other.disagreements)
        self.out_of_scope += other.out_of_scope
        self.cancelled = self.cancelled or other.cancelled
        for code, proposal in other.code_proposals.items():
            known = self.code_proposals.setdefault(code, proposal)
            if known is not proposal:
                known.sources.extend(proposal.sources)
                known.paths.extend(p for p in proposal.paths if p not in known.paths)

    def summary(self, details: int = 50) -> str:
        """A readable report: counts, skipped items with reasons, every disagreement."""
        lines = [translate(
            "IdmImport", "{added} baru, {updated} diperbarui, {unchanged} tetap, {skipped} "
                         "dilewati").format(**self.counts)]
        if self.out_of_scope:
            lines.append(translate(
                "IdmImport", "{count} baris di luar wilayah yang dipilih").format(
                count=self.out_of_scope))
        if self.cancelled:
            lines.append(translate(
                "IdmImport", "Impor dibatalkan; berkas yang belum selesai tidak disimpan."))
        skipped = self.of(SKIPPED)
        if skipped:
            lines.append(translate("IdmImport", "Dilewati:"))
            lines.extend(str(item) for item in skipped[:details])
            if len(skipped) > details:
                lines.append(translate(
                    "IdmImport", "… dan {count} lainnya").format(count=len(skipped) - details))
        proposed = [p for p in self.code_proposals.values() if p.proposed is not None]
        if proposed:
            lines.append(translate(
                "IdmImport", "Usulan peta kode, belum diimpor (kode lama → kode kini, nama, "
                             "kecamatan kini):"))
            lines.extend(translate("IdmImport", "  {old} {name} → {village} [{sources}]").format(
                old=p.old_code, name=p.published_name or "", village=p.proposed,
                sources=", ".join(p.sources)) for p in proposed[:details])
        remapped = self.remapped
        if remapped:
            lines.append(translate(
                "IdmImport", "Diimpor di bawah kode kini (peta kode): {count}").format(
                count=len(remapped)))
            lines.extend(translate("IdmImport", "  {old} → {new} [{source}]").format(
                old=item.published_code, new=item.village_code, source=item.source)
                for item in remapped[:details])
        if self.disagreements:
            lines.append(translate(
                "IdmImport", "Nilai terbit berbeda dengan hasil hitung ulang ({count}):").format(
                count=len(self.disagreements)))
            lines.extend(describe_disagreement(d) for d in self.disagreements)
        return "\n".join(lines)


def describe_disagreement(item: Disagreement) -> str:
    """'64.01.02.2002 2024 IKS: terbit 0.7, hitung ulang 0.69…, selisih 0.0029 poin'."""
    text = translate(
        "IdmImport", "{village} {year} {index}: terbit {published}, hitung ulang {recomputed}")
    line = text.format(village=item.village_code, year=item.year, index=item.index,
                       published=item.published, recomputed=item.recomputed)
    if item.difference_points is not None:
        line += translate(
            "IdmImport", ", selisih {points} poin").format(points=item.difference_points)
    if item.score_points is not None:
        line += translate("IdmImport", " ({score} poin skor)").format(score=item.score_points)
    if item.source:
        line += f" [{item.source}]"
    return line


@dataclass(frozen=True)
class ImportStamp:
    """Sync metadata of rows written by one reference-data import run (no outbox)."""

    hlc: str
    user: str
    at: datetime

    @classmethod
    def for_run(cls, editor: Editor | None) -> ImportStamp:
        if editor is not None:
            return cls(editor.clock.now(), editor.user, editor.now())
        return cls(HybridLogicalClock(IMPORT_DEVICE).now(), IMPORT_USER, SYSTEM_CLOCK.now())


def village_regencies(session: Session, prefix: str | None = None) -> dict[str, str]:
    """Village code -> regency code of the registry's active villages (optionally codes
    under ``prefix``); a code retired from the official list is no longer known."""
    query = select(Village.code, Village.regency_code).where(Village.active.is_(True))
    if prefix:
        query = query.where(Village.code.startswith(prefix + "."))
    return {code: regency for code, regency in session.execute(query)}

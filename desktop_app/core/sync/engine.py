"""One sync run: check the scope, push the outbox, pull (or re-download) the scope.

Every step commits what it learnt before the next request, so a run killed at any point
resumes where it stopped: an operation sent but not marked is sent again (the server
answers "duplicate"), a page applied is never applied twice (page and cursor share one
transaction), a re-download resumes at its last table and row.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.core.attachments.blobs import BlobStore
from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.local_settings import LAST_HLC, get_setting, set_setting
from desktop_app.core.models import Attachment
from desktop_app.core.sync import errors, state
from desktop_app.core.sync.changes import Editor
from desktop_app.core.sync.client import ServerClient
from desktop_app.core.sync.files import (
    DEFAULT_DOWNLOAD_CAP,
    FileJob,
    FileSync,
    downloads_wanted,
    uploads_waiting,
)
from desktop_app.core.sync.merge import RemoteApplier
from desktop_app.core.sync.outbox import (
    PendingOperation,
    pending_batch,
    pending_count,
    record_results,
    replay_all,
    wire_operation,
)
from desktop_app.core.sync.sequence import continue_after
from desktop_app.core.sync.tables import SYNCED_TABLES

log = logging.getLogger(__name__)

PUSH_BATCH = 500
PULL_PAGE = 2000
SNAPSHOT_PAGE = 1000
MIN_PAGE = 10
BACKOFF_BASE_S = 1.0
BACKOFF_CAP_S = 180.0


@dataclass
class Progress:
    """What a run has done so far (for the progress bar)."""

    phase: str = ""
    records: int = 0
    total: int = 0
    bytes: int = 0


@dataclass
class SyncReport:
    pushed: dict[str, int] = field(default_factory=dict)
    pulled: int = 0
    refetched: bool = False
    uploaded: int = 0
    downloaded: int = 0
    boundaries: int = 0  # published boundary files imported into the map


@dataclass
class RetryPolicy:
    attempts: int = 10  # about seven minutes of trying before a run gives up
    base_s: float = BACKOFF_BASE_S
    cap_s: float = BACKOFF_CAP_S
    sleep: Callable[[float], None] | None = None  # None: wait, but stop on cancel

    def delay(self, attempt: int) -> float:
        """Jittered exponential back-off ("full jitter" on the upper half)."""
        ceiling = min(self.cap_s, self.base_s * 2 ** attempt)
        return ceiling / 2 + random.random() * ceiling / 2


class SyncEngine:
    """Runs sync for one workspace against one server."""

    def __init__(self, db: Database, editor: Editor, client: ServerClient, *,
                 retry: RetryPolicy | None = None,
                 on_progress: Callable[[Progress], None] | None = None,
                 is_cancelled: Callable[[], bool] = lambda: False,
                 checkpoint: Callable[[str], None] = lambda name: None,
                 now: Callable[[], datetime] | None = None,
                 store: BlobStore | None = None) -> None:
        self.db = db
        self.editor = editor
        self.client = client
        self.retry = retry or RetryPolicy()
        self.on_progress = on_progress or (lambda progress: None)
        self.is_cancelled = is_cancelled
        self.checkpoint = checkpoint  # test hook: named points of a run
        self.now = now or editor.now
        self.push_batch = PUSH_BATCH
        self.pull_page = PULL_PAGE
        self.progress = Progress()
        self.store = store
        self.file_bytes = 0

    # -- the run -----------------------------------------------------------------------------

    def sync(self) -> SyncReport:
        """Pull, push, pull our own changes back; raises SyncError (message for the user).

        Pulling first lets a pending local edit meet the server's concurrent value here,
        where the person who made it can review both (a conflict record).
        """
        report = SyncReport()
        try:
            self._with_retry(self._check_scope)
            report.refetched = self._pull_all(report)
            self._push_all(report)
            self._sync_files(report)
            self._sync_boundaries(report)
            if report.pushed:
                # Our own changes come back numbered: the cursor then covers them, so a
                # server restored to before them is noticed (cursor beyond its last change).
                report.refetched |= self._pull_all(report)
        except errors.SyncError as error:
            if not isinstance(error, errors.SyncCancelled):
                self._note_error(str(error))
            raise
        return report

    def _with_retry(self, step: Callable[[], Any]) -> Any:
        attempt = 0
        while True:
            self._check_cancel()
            try:
                return step()
            except errors.TransientError as error:
                self._check_cancel()  # a request cut short by a cancel is no failure
                if isinstance(error, errors.SyncTimeout):
                    self.push_batch = max(MIN_PAGE, self.push_batch // 2)
                    self.pull_page = max(MIN_PAGE, self.pull_page // 2)
                attempt += 1
                if attempt >= self.retry.attempts:
                    raise
                log.info("sync: retry %d after %s", attempt, error)
                self._note_error(str(error))
                delay = self.retry.delay(attempt)
                self._report(translate("Sync", "Mencoba lagi dalam {seconds} detik: {error}")
                             .format(seconds=round(delay), error=error),
                             self.progress.records, self.progress.total)
                self._pause(delay)

    def _pause(self, seconds: float) -> None:
        """Back-off wait that a cancel cuts short."""
        if self.retry.sleep is not None:
            self.retry.sleep(seconds)
            return
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self._check_cancel()
            time.sleep(min(0.2, left))

    def _check_cancel(self) -> None:
        if self.is_cancelled():
            raise errors.SyncCancelled()

    def _report(self, phase: str, records: int = 0, total: int = 0) -> None:
        self.progress.phase, self.progress.records, self.progress.total = phase, records, total
        self.progress.bytes = (self.client.bytes_sent + self.client.bytes_received
                               + self.file_bytes)
        self.on_progress(self.progress)

    # -- scope ---------------------------------------------------------------------------------

    def _check_scope(self) -> None:
        """A changed set of regions (granted or revoked while offline) means re-download;
        the outbox sequence continues above the last one the server holds from us."""
        me = self.client.me()
        regions = sorted(me["regions"])
        with self.db.writing() as session:
            if me.get("last_seq") is not None:
                continue_after(session, int(me["last_seq"]))
            known = state.get_json(session, state.REGIONS)
            if known is not None and known != regions and not state.get_json(
                    session, state.REFETCH):
                self._start_refetch(session)
            state.set_json(session, state.REGIONS, regions)

    def regions(self) -> list[str]:
        with self.db.reading() as session:
            return state.get_json(session, state.REGIONS) or []

    # -- push ----------------------------------------------------------------------------------

    def _push_all(self, report: SyncReport) -> None:
        """Send the outbox in batches, one request at a time and in order.

        Pipelined: while a batch is on its way the next one is read and encoded, and the
        previous answer is recorded, so local work overlaps the server's. An operation is
        marked only from its answer; one sent but not yet marked when a run dies is sent
        again (the server answers "duplicate")."""
        with self.db.reading() as session:
            total = pending_count(session)
        sent = 0
        sender = ThreadPoolExecutor(1, thread_name_prefix="sync-push")
        try:
            self._check_cancel()
            ops, wire = self._next_batch(0)
            in_flight = self._send(sender, wire, sent, total) if ops else None
            while ops:
                assert in_flight is not None
                following, following_wire = self._next_batch(ops[-1].seq)
                results = self._with_retry(_first_then_again(
                    in_flight, partial(self.client.push, wire)))
                self.checkpoint("push.after_response")
                in_flight = None
                if following and not self.is_cancelled():
                    in_flight = self._send(sender, following_wire, sent + len(ops), total)
                with self.db.writing() as session:
                    applier = RemoteApplier(session, self.editor.clock, self.now)
                    counts = record_results(session, ops, results, applier, self.now())
                    state.stamp(session, state.LAST_PUSH_OK, self.now())
                for status, number in counts.items():
                    report.pushed[status] = report.pushed.get(status, 0) + number
                sent += len(ops)
                ops, wire = following, following_wire
                if ops and in_flight is None:  # cancelled: stop once the answer is kept
                    raise errors.SyncCancelled()
        finally:
            sender.shutdown(wait=True)
        self._report(translate("Sync", "Mengirim perubahan"), sent, total)
        if sent == 0:
            with self.db.writing() as session:
                state.stamp(session, state.LAST_PUSH_OK, self.now())

    def _next_batch(self, after: int) -> tuple[list[PendingOperation], list[dict[str, Any]]]:
        """The next pending operations after seq ``after``, and their wire form."""
        with self.db.reading() as session:
            ops = pending_batch(session, self.push_batch, after)
        return ops, [wire_operation(op) for op in ops]

    def _send(self, sender: ThreadPoolExecutor, wire: list[dict[str, Any]], sent: int,
              total: int) -> Future:
        self._report(translate("Sync", "Mengirim perubahan"), sent, total)
        self.checkpoint("push.before_send")
        return sender.submit(self.client.push, wire)

    # -- files ---------------------------------------------------------------------------------

    def _files(self) -> FileSync:
        assert self.store is not None

        def on_bytes(count: int) -> None:
            self.file_bytes += count
            self._report(self.progress.phase, self.progress.records, self.progress.total)

        return FileSync(self.db, self.store, self.client, self._with_retry, self.now, on_bytes)

    def _sync_files(self, report: SyncReport) -> None:
        """Upload files after their records; download the small ones of the scope."""
        if self.store is None:
            return
        files = self._files()
        uploads = uploads_waiting(self.db, self.store)
        for number, job in enumerate(uploads):
            self._check_cancel()
            self._report(translate("Sync", "Mengunggah berkas"), number, len(uploads))
            files.upload(job)
            report.uploaded += 1
        with self.db.reading() as session:
            cap = int(get_setting(session, state.DOWNLOAD_CAP) or DEFAULT_DOWNLOAD_CAP)
        downloads = downloads_wanted(self.db, self.store, cap, self.regions())
        for number, job in enumerate(downloads):
            self._check_cancel()
            self._report(translate("Sync", "Mengunduh berkas"), number, len(downloads))
            try:
                files.download(job)
            except errors.FileNotReady:  # its uploader has not finished: next time
                log.info("sync: file %s not on the server yet", job.sha256)
                continue
            report.downloaded += 1

    def _sync_boundaries(self, report: SyncReport) -> None:
        """Boundary files the admin published and this laptop lacks: fetched like any
        file (verified against their SHA-256), then imported into the map layer."""
        if self.store is None:
            return
        from desktop_app.core.maps.published import apply_published, boundaries_wanted

        try:
            entries = self._with_retry(self.client.boundaries)
        except errors.RequestRefused as error:  # a server from before boundary files
            log.info("sync: no boundary files from this server (%s)", error)
            return
        wanted = boundaries_wanted(self.db, entries)
        files = self._files()
        for number, entry in enumerate(wanted):
            self._check_cancel()
            self._report(translate("Sync", "Mengunduh batas wilayah"), number, len(wanted))
            path = files.download(FileJob(entry["sha256"], entry["size"], "application/json"))
            if apply_published(self.db, path, entry, self.now):
                report.boundaries += 1

    def fetch_file(self, sha256: str) -> Path:
        """A file too big for the automatic download, fetched when the user opens it."""
        with self.db.reading() as session:
            row = session.scalars(select(Attachment).where(Attachment.sha256 == sha256)).first()
        if row is None:
            raise LookupError(sha256)
        return self._files().download(FileJob(sha256, row.size or 0, row.mime_type or ""))

    # -- pull ----------------------------------------------------------------------------------

    def _pull_all(self, report: SyncReport) -> bool:
        """Pull pages until the last; the next page is fetched while one is applied."""
        refetched = False
        fetcher = ThreadPoolExecutor(1, thread_name_prefix="sync-pull")
        ahead: tuple[str | None, Future] | None = None  # (cursor, its page on the way)
        try:
            while True:
                self._check_cancel()
                with self.db.reading() as session:
                    cursor = state.get_json(session, state.CURSOR)
                    refetching = state.get_json(session, state.REFETCH) is not None
                if ahead is not None and (refetching or ahead[0] != cursor):
                    _discard(ahead[1])
                    ahead = None
                if refetching:
                    self._refetch()
                    self._push_all(report)
                    refetched = True
                    continue
                # Not a partial: a retry after a timeout asks for a smaller page.
                def again(cursor: str | None = cursor) -> dict[str, Any]:
                    return self.client.pull(cursor, self.pull_page)

                step = again if ahead is None else _first_then_again(ahead[1], again)
                ahead = None
                page = self._with_retry(step)
                if page.get("refetch"):
                    log.info("sync: server asks for a refetch: %s", page.get("reason"))
                    with self.db.writing() as session:
                        self._start_refetch(session)
                    continue
                if page["more"]:
                    ahead = (page["cursor"], fetcher.submit(self.client.pull, page["cursor"],
                                                            self.pull_page))
                needs_refetch = self._apply_page(page)
                report.pulled += len(page["changes"])
                self._report(translate("Sync", "Mengambil perubahan"), report.pulled)
                if needs_refetch:
                    with self.db.writing() as session:
                        self._start_refetch(session)
                    continue
                if not page["more"]:
                    break
        finally:
            if ahead is not None:
                _discard(ahead[1])
            fetcher.shutdown(wait=True)
        with self.db.writing() as session:
            state.stamp(session, state.LAST_PULL_OK, self.now())
            state.clear(session, state.LAST_ERROR)
        return refetched

    def _apply_page(self, page: dict[str, Any]) -> bool:
        """Apply one page and move the cursor, in one transaction."""
        changes = page["changes"]

        def after_each(number: int) -> None:
            self.checkpoint("pull.row")

        with self.db.writing() as session:
            applier = RemoteApplier(session, self.editor.clock, self.now)
            applier.apply_changes(changes, after_each)
            state.set_json(session, state.CURSOR, page["cursor"])
            set_setting(session, LAST_HLC, self.editor.clock.now())
        self.checkpoint("pull.after_page")
        return applier.needs_refetch

    # -- refetch ---------------------------------------------------------------------------------

    def _start_refetch(self, session) -> None:
        """Begin a re-download of the scope; every acknowledged operation is sent again."""
        replay_all(session)
        state.set_json(session, state.REFETCH, {"table": 0, "after": None, "cursor": None})

    def _refetch(self) -> None:
        regions = self.regions()
        while True:
            self._check_cancel()
            with self.db.reading() as session:
                progress = state.get_json(session, state.REFETCH)
            if progress is None:
                return
            index, after = progress["table"], progress["after"]
            if index >= len(SYNCED_TABLES):
                with self.db.writing() as session:
                    state.set_json(session, state.CURSOR, progress["cursor"])
                    state.clear(session, state.REFETCH)
                return
            name = SYNCED_TABLES[index]
            # A lambda, not a partial: a retry after a timeout asks for a smaller page.
            page = self._with_retry(lambda name=name, after=after: self.client.snapshot(
                name, after, min(self.pull_page, SNAPSHOT_PAGE)))
            last = page["rows"][-1]["id"] if page["more"] else None
            with self.db.writing() as session:
                applier = RemoteApplier(session, self.editor.clock, self.now)
                applier.apply_snapshot(name, page["rows"], after, last, regions)
                progress["cursor"] = progress["cursor"] or page["cursor"]
                if page["more"]:
                    progress["after"] = last
                else:
                    progress["table"], progress["after"] = index + 1, None
                state.set_json(session, state.REFETCH, progress)
                set_setting(session, LAST_HLC, self.editor.clock.now())
            self.progress.records += len(page["rows"])
            self._report(translate("Sync", "Mengunduh ulang data wilayah"),
                         self.progress.records)
            self.checkpoint("refetch.after_page")

    # -- status --------------------------------------------------------------------------------

    def _note_error(self, message: str) -> None:
        try:
            with self.db.writing() as session:
                state.set_json(session, state.LAST_ERROR, message)
                state.stamp(session, state.LAST_ERROR_AT, self.now())
        except Exception:  # the error report must never hide the error itself
            log.exception("could not record the sync error")


def _first_then_again(first: Future, again: Callable[[], Any]) -> Callable[[], Any]:
    """A retry step: the answer of the request already sent, then fresh sends."""
    waiting = [first]

    def step() -> Any:
        if waiting:
            return waiting.pop().result()
        return again()

    return step


def _discard(request: Future) -> None:
    """A page fetched ahead but not wanted: let it finish, whatever it answers."""
    try:
        request.result()
    except Exception:  # its answer, error or not, is not used
        log.debug("sync: page fetched ahead was not used")

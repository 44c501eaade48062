"""The Sinkronisasi section: status per direction, sync now with progress and cancel,
conflicts to decide, operations the server refused. Starts by itself when the server
becomes reachable; the GUI thread never waits on the network."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.sync import review
from desktop_app.core.sync.engine import Progress
from desktop_app.core.sync.service import SyncService, SyncStatus
from desktop_app.ui.changes import Change
from desktop_app.ui.sync.review_tables import (
    ConflictTable,
    RefusedTable,
    editable_text,
    parse_editable,
    reason_text,
)
from desktop_app.ui.sync.server_dialog import ServerDialog
from desktop_app.ui.tasks import TaskControl, TaskRunner

PROBE_EVERY_MS = 30_000
STALE_AFTER = timedelta(minutes=15)


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{count / 1024:.0f} KB"


class SyncPage(QWidget):
    synced = Signal(object)  # the SyncReport of a finished run

    def __init__(self, service: SyncService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner = service, runner
        # whatever a sync or a reply bundle brought in: every screen showing it refreshes
        self.synced.connect(lambda _report: runner.changes.report(Change.SYNC_PULL,
                                                                  source=self))
        self.control: TaskControl | None = None
        self._was_reachable = False
        self._probing = False
        self._paused = False
        self.status_label = QLabel()
        self.status_label.setObjectName("syncStatus")
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("syncError")
        self.error_label.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Sinkronkan sekarang"))
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton(self.tr("Batalkan"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        settings = QPushButton(self.tr("Pengaturan server…"))
        settings.clicked.connect(self.open_settings)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("syncProgress")
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.cancel_button, settings):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.conflicts = ConflictTable()
        keep_mine = QPushButton(self.tr("Pakai nilai saya"))
        keep_mine.clicked.connect(lambda: self.decide("local"))
        keep_theirs = QPushButton(self.tr("Pakai nilai server"))
        keep_theirs.clicked.connect(lambda: self.decide("remote"))
        conflict_box = self._box(self.tr("Konflik yang perlu diputuskan"), self.conflicts,
                                 keep_mine, keep_theirs)
        self.refused = RefusedTable()
        resend = QPushButton(self.tr("Kirim ulang"))
        resend.clicked.connect(lambda: self.resend(edit=False))
        fix = QPushButton(self.tr("Perbaiki lalu kirim…"))
        fix.clicked.connect(lambda: self.resend(edit=True))
        refused_box = self._box(self.tr("Perubahan yang ditolak server"), self.refused,
                                fix, resend)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(conflict_box, 1)
        layout.addWidget(refused_box, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(PROBE_EVERY_MS)
        self.timer.timeout.connect(self.probe)
        self.timer.start()
        self.refresh()

    def _box(self, title: str, table: QWidget, *actions: QPushButton) -> QGroupBox:
        box = QGroupBox(title)
        row = QHBoxLayout()
        for action in actions:
            row.addWidget(action)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(table)
        layout.addLayout(row)
        return box

    # -- status --------------------------------------------------------------------------

    def refresh(self) -> None:
        def read(_control):
            return (self.service.status(), review.open_conflicts(self.service.db),
                    review.refused(self.service.db))
        self.runner.submit(read, self._show, self._failed)

    def _show(self, result) -> None:
        status, conflicts, refused = result
        self.conflicts.show_items(conflicts)
        self.refused.show_items(refused)
        self.status_label.setText(self._describe(status))
        newer = status.last_error_at and (status.last_pull_ok is None or
                                          status.last_error_at >= status.last_pull_ok)
        self.error_label.setText(self.tr("Kesalahan terakhir: {text}").format(
            text=status.last_error) if status.last_error and newer else "")

    def _describe(self, status: SyncStatus) -> str:
        def when(moment: datetime | None) -> str:
            return moment.strftime("%d-%m-%Y %H:%M") if moment else self.tr("belum pernah")

        if not status.server_url:
            return self.tr("Belum terhubung ke server. Buka Pengaturan server untuk "
                           "mendaftarkan perangkat ini.")
        return self.tr(
            "Server: {url} ({user}). Terakhir berhasil mengirim: {push}; terakhir berhasil "
            "mengambil: {pull}. Menunggu dikirim: {pending} perubahan. Konflik: {conflicts}. "
            "Ditolak: {refused}.").format(
                url=status.server_url, user=status.username, push=when(status.last_push_ok),
                pull=when(status.last_pull_ok), pending=status.pending,
                conflicts=status.conflicts, refused=status.refused)

    # -- running -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.control is not None

    def sync_now(self) -> None:
        if self.running or self._paused:
            return
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Menghubungi server…"))

        template = self.tr("{phase}: {records} data, {size}")

        service = self.service

        def work(control: TaskControl):
            def report(progress: Progress) -> None:
                text = template.format(phase=progress.phase, records=progress.records,
                                       size=_size(progress.bytes))
                control.progress(progress.records, progress.total, text)
            control.on_cancel(service.interrupt)  # a request waiting on the server ends now
            return service.sync(report, control.is_cancelled)

        self.control = self.runner.submit(work, self._finished, self._stopped, self._moved)

    def _moved(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, total if total > done else 0)
        if total > done:
            self.progress.setValue(done)
        self.progress_label.setText(text)

    def cancel(self) -> None:
        """Stops at once (a request in flight is cut off): everything done so far stays
        committed."""
        if self.control is not None:
            self.control.cancel()
            self.progress_label.setText(self.tr("Membatalkan setelah langkah ini selesai…"))

    def pause(self) -> None:
        """No sync, neither started by the timer nor by hand, until :meth:`resume`; a
        running one (and a probe of the server) is cancelled."""
        self._paused = True
        self.timer.stop()
        self.cancel()
        self.service.interrupt()

    def resume(self) -> None:
        self._paused = False
        self.timer.start()

    def _finished(self, report) -> None:
        self._end()
        self.progress_label.setText(self.tr(
            "Selesai: {sent} perubahan dikirim, {got} diterima, {up} berkas diunggah, "
            "{down} diunduh.").format(sent=sum(report.pushed.values()), got=report.pulled,
                                      up=report.uploaded, down=report.downloaded))
        self.synced.emit(report)

    def _stopped(self, error: Exception) -> None:
        self._end()
        self.progress_label.setText(str(error))

    def _end(self) -> None:
        self.control = None
        self.sync_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        self.refresh()

    def probe(self) -> None:
        """Start a sync by itself when the server has just become reachable, or when there
        is work waiting and the last pull is old."""
        if self.running or self._probing or self._paused:
            return
        self._probing = True

        def look(_control):
            return self.service.reachable(), self.service.status()

        def seen(result) -> None:
            self._probing = False
            reachable, status = result
            came_back = reachable and not self._was_reachable
            self._was_reachable = reachable
            stale = status.last_pull_ok is None or \
                self.service.workspace.clock.now() - status.last_pull_ok > STALE_AFTER
            if reachable and (came_back or status.pending or stale):
                self.sync_now()

        def failed(_error: Exception) -> None:
            self._probing = False

        self.runner.submit(look, seen, failed)

    # -- review --------------------------------------------------------------------------

    def decide(self, choice: str) -> None:
        item = self.conflicts.selected()
        if item is None:
            return
        editor = self.service.workspace.editor
        self.runner.submit(lambda _c: review.resolve_conflict(self.service.db, editor, item.id,
                                                              choice),
                           lambda _r: self.refresh(), self._failed, writes=True)

    def resend(self, edit: bool) -> None:
        item = self.refused.selected()
        if item is None:
            return
        payload = None
        if edit:
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Perbaiki perubahan"),
                self.tr("Alasan server: {reason}\nUbah isiannya (satu baris per isian, "
                        "'isian: nilai'):").format(reason=reason_text(item.reason)),
                editable_text(item.payload))
            if not ok:
                return
            try:
                payload = parse_editable(text, item.table_name)
            except ValueError as error:
                self.error_label.setText(str(error))
                return
        editor = self.service.workspace.editor
        self.runner.submit(lambda _c: review.resend_refused(self.service.db, editor, item.seq,
                                                            payload),
                           lambda _r: self.refresh(), self._failed, writes=True)

    def _failed(self, error: Exception) -> None:
        self.error_label.setText(str(error))

    # -- settings and bundles ------------------------------------------------------------

    def open_settings(self) -> ServerDialog:
        dialog = ServerDialog(self.service, self.runner, self)
        dialog.enrolled.connect(self.refresh)
        dialog.open()
        return dialog

    def export_bundle(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Ekspor paket sinkronisasi"), "paket-sinkron.zip",
                self.tr("Paket sinkronisasi (*.zip)"))
            if not name:
                return
            path = Path(name)
        self.runner.submit(lambda _c: self.service.export_bundle(path), lambda report:
                           self.progress_label.setText(self.tr(
                               "Paket ditulis: {ops} perubahan, {files} berkas, {size}.").format(
                                   ops=report.operations, files=report.files,
                                   size=_size(report.size))), self._failed)

    def import_bundle(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Impor paket balasan"), "", self.tr("Paket sinkronisasi (*.zip)"))
            if not name:
                return
            path = Path(name)

        def done(report) -> None:
            self.progress_label.setText(
                self.tr("Paket ini sudah pernah diimpor; tidak ada yang berubah.")
                if report.already_imported else
                self.tr("Paket diimpor: {results} jawaban, {changes} perubahan, {rows} data "
                        "wilayah.").format(results=report.results, changes=report.changes,
                                           rows=report.snapshot_rows))
            self.refresh()
            self.synced.emit(report)

        self.runner.submit(lambda _c: self.service.import_bundle(path), done, self._failed,
                           writes=True)

"""A kerja sama desa: number, date, kind, parties, scope, period, value, target villages and
indicators, documents, and the interventions carried out under it; printable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.action_plan.cooperation import (
    AgreementDraft,
    CleanAgreement,
    agreement_interventions,
    agreement_kind_labels,
    list_agreements,
    save_agreement,
)
from desktop_app.core.action_plan.store import InterventionLine
from desktop_app.core.models import Village
from desktop_app.core.reports.cooperation import cooperation_report_for
from desktop_app.core.workspace import Workspace
from desktop_app.ui.action_plan.changes import PLAN_CHANGED
from desktop_app.ui.attachment_panel import AttachmentPanel
from desktop_app.ui.messages import report_error
from desktop_app.ui.report_preview import ReportPreview
from desktop_app.ui.tasks import TaskRunner
from desktop_app.ui.villages.picker import VillagePicker


def _dmy(day: Any) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


class CooperationDialog(QDialog):
    saved = Signal(str)
    loaded = Signal()

    def __init__(self, workspace: Workspace, runner: TaskRunner,
                 agreement_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.agreement_id = workspace, runner, agreement_id
        self.previews: list[ReportPreview] = []
        self.setWindowTitle(self.tr("Kerja sama desa"))
        self.resize(1040, 560)
        self.number = QLineEdit()
        self.number.setObjectName("agreementNumber")
        self.signed_on = QLineEdit()
        self.signed_on.setObjectName("agreementDate")
        self.signed_on.setPlaceholderText(self.tr("hh-bb-tttt"))
        self.kind = QComboBox()
        self.kind.setObjectName("agreementKind")
        for code, label in agreement_kind_labels().items():
            self.kind.addItem(label, code)
        self.parties = QPlainTextEdit()
        self.parties.setObjectName("agreementParties")
        self.parties.setPlaceholderText(self.tr("Satu pihak per baris"))
        self.parties.setMaximumHeight(70)
        self.scope = QPlainTextEdit()
        self.scope.setObjectName("agreementScope")
        self.scope.setMaximumHeight(70)
        self.period_start = QLineEdit()
        self.period_start.setPlaceholderText(self.tr("hh-bb-tttt"))
        self.period_end = QLineEdit()
        self.period_end.setPlaceholderText(self.tr("hh-bb-tttt"))
        self.value = QLineEdit()
        self.value.setObjectName("agreementValue")
        self.villages = VillagePicker(workspace, runner, self)
        self.elements = QLineEdit()
        self.elements.setObjectName("agreementElements")
        self.elements.setPlaceholderText(self.tr("Nomor indikator IDM, mis. 8, 48"))
        form = QFormLayout()  # two columns: the agreement, and what it targets
        form.addRow(self.tr("Nomor"), self.number)
        form.addRow(self.tr("Tanggal"), self.signed_on)
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow(self.tr("Para pihak"), self.parties)
        form.addRow(self.tr("Ruang lingkup"), self.scope)
        form.addRow(self.tr("Mulai berlaku"), self.period_start)
        form.addRow(self.tr("Berakhir"), self.period_end)
        form.addRow(self.tr("Nilai"), self.value)
        targets = QFormLayout()
        targets.addRow(self.tr("Desa sasaran"), self.villages)
        targets.addRow(self.tr("Indikator sasaran"), self.elements)
        self.errors = QLabel()
        self.errors.setObjectName("agreementErrors")
        self.errors.setStyleSheet("color: #c0392b")
        self.errors.setWordWrap(True)
        self.attachments = AttachmentPanel(
            workspace, runner, "cooperation_agreement",
            self.tr("Naskah kerja sama dan dokumen lain (PDF, JPEG, PNG)."), parent=self)
        self.attachments.files.setMaximumHeight(90)
        self.interventions = QListWidget()
        self.interventions.setObjectName("agreementInterventions")
        self.interventions.setMaximumHeight(90)
        self.print_button = QPushButton(self.tr("Cetak"))
        self.print_button.clicked.connect(self.print_record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addLayout(targets)
        right.addWidget(QLabel(self.tr("Dokumen")))
        right.addWidget(self.attachments)
        right.addWidget(QLabel(self.tr("Intervensi dalam kerja sama ini")))
        right.addWidget(self.interventions)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.print_button.setEnabled(agreement_id is not None)
        self.attachments.show_record(None, None)
        if agreement_id:
            self.load(agreement_id)

    def load(self, agreement_id: str) -> None:
        db = self.workspace.db

        def work(_control: Any) -> tuple[CleanAgreement, dict[str, str],
                                         list[InterventionLine]]:
            with db.reading() as session:
                item = next(a for a in list_agreements(session) if a.id == agreement_id)
                names = {}
                for code in item.village_codes:
                    village = session.get(Village, code)
                    names[code] = village.name if village else code
                return item, names, agreement_interventions(session, agreement_id)

        self.runner.submit(work, self._show, lambda e: report_error(
            self, e, self.tr("Memuat kerja sama")))

    def _show(self, found: tuple[CleanAgreement, dict[str, str],
                                 list[InterventionLine]]) -> None:
        item, names, done = found
        self.agreement_id = item.id
        self.number.setText(item.number)
        self.signed_on.setText(_dmy(item.signed_on))
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
        self.parties.setPlainText("\n".join(item.parties))
        self.scope.setPlainText(item.scope)
        self.period_start.setText(_dmy(item.period_start))
        self.period_end.setText(_dmy(item.period_end))
        self.value.setText(f"{item.value:.2f}".replace(".", ",") if item.value else "")
        self.villages.set_villages(list(names.items()))
        self.elements.setText(", ".join(c.partition(":")[2] for c in item.element_codes))
        self.interventions.clear()
        for line in done:
            self.interventions.addItem(f"{line.year} · {line.village_name} · "
                                       f"{line.element_code}. {line.activity} "
                                       f"({line.status})")
        self.attachments.show_record(item.id, item.village_codes[0])
        self.print_button.setEnabled(True)
        self.loaded.emit()

    def draft(self) -> AgreementDraft:
        return AgreementDraft(
            number=self.number.text(), signed_on=self.signed_on.text(),
            kind=self.kind.currentData(),
            parties=[p for p in self.parties.toPlainText().splitlines() if p.strip()],
            scope=self.scope.toPlainText(), period_start=self.period_start.text(),
            period_end=self.period_end.text(), value=self.value.text(),
            village_codes=self.villages.codes(),
            element_codes=[f"IDM:{n.strip()}" for n in self.elements.text().split(",")
                           if n.strip()],
            id=self.agreement_id)

    def save(self) -> None:
        db, editor, draft = self.workspace.db, self.workspace.editor, self.draft()
        self.errors.clear()

        def done(agreement_id: str) -> None:
            self.saved.emit(agreement_id)
            self.load(agreement_id)

        def failed(error: Exception) -> None:
            messages = getattr(error, "errors", None)
            if messages is None:
                report_error(self, error, self.tr("Menyimpan kerja sama"))
            else:
                self.errors.setText("\n".join(e.message for e in messages))

        self.runner.submit(lambda _c: save_agreement(db, editor, draft), done, failed,
                           writes=True,
                           changes=PLAN_CHANGED)

    def print_record(self) -> ReportPreview | None:
        if self.agreement_id is None:
            return None
        db, agreement_id, today = self.workspace.db, self.agreement_id, \
            self.workspace.clock.today()
        preview = ReportPreview(
            self.runner, self.tr("Kerja sama {number}").format(number=self.number.text()),
            lambda progress: cooperation_report_for(db, agreement_id, progress, today),
            suggested_name="kerja-sama-desa.pdf", parent=self)
        preview.setWindowFlag(Qt.WindowType.Window)
        preview.show()
        self.previews.append(preview)
        return preview

"""The Indeks Desa questionnaire of one village and year: every aspect with its indicator and
dimension, score, data source and note, evidence files; who filled it and the review trail;
completeness and scores per dimension and in total, updated as the user types, with warnings
where the answers contradict the village profile."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.indeks_desa.answers import (
    Answer,
    live_score,
    provisional_note,
    status_text,
)
from desktop_app.core.indeks_desa.profile_checks import (
    ProfileFacts,
    load_profile_facts,
    warnings_for,
)
from desktop_app.core.indeks_desa.store import (
    APPROVED,
    CHECKED,
    FIRST_YEAR,
    Questionnaire,
    advance_review,
    load_questionnaire,
    save_questionnaire,
    step_name,
)
from desktop_app.core.index.catalogue import IndexCatalogue
from desktop_app.core.index.definitions import indeks_desa_catalogue
from desktop_app.core.workspace import Workspace
from desktop_app.ui.attachment_panel import AttachmentPanel
from desktop_app.ui.changes import Change, ChangeSet
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner

CODE, INDICATOR, ASPECT, SCORE, SOURCE, NOTE = range(6)
WARNING_STYLE = "color: #a04000;"


@dataclass(frozen=True)
class Loaded:
    questionnaire: Questionnaire
    facts: ProfileFacts


def unanswered(spin: QSpinBox) -> bool:
    return spin.value() < spin.minimum() + 1


class QuestionnaireDialog(QDialog):
    saved = Signal(int)  # the year saved
    loaded = Signal()  # the stored questionnaire of the chosen year is on screen

    def __init__(self, workspace: Workspace, runner: TaskRunner, village_code: str,
                 village_label: str, year: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.village_code, self.village_label = village_code, village_label
        self.catalogue: IndexCatalogue = indeks_desa_catalogue(year, workspace.data_dir)
        self.questionnaire: Questionnaire | None = None
        self.facts: ProfileFacts | None = None
        self._shown: tuple[Any, ...] | None = None  # what load showed, to tell edits apart
        self._shown_year = max(year, FIRST_YEAR)
        self.setWindowTitle(self.tr("Kuesioner Indeks Desa — {village}").format(
            village=village_label))
        self.year = QSpinBox()
        self.year.setObjectName("questionnaireYear")
        self.year.setRange(FIRST_YEAR, 2100)
        self.year.setValue(max(year, FIRST_YEAR))
        self.year.valueChanged.connect(self._year_changed)
        self.filled_by = QLineEdit()
        self.filled_by.setObjectName("questionnaireFilledBy")
        self.filled_by.setPlaceholderText(self.tr("Tim data desa (nama)"))
        self.state = QLabel()
        self.state.setObjectName("questionnaireState")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Diisi oleh")))
        top.addWidget(self.filled_by, 1)
        top.addWidget(self.state, 1)

        self.table = QTableWidget(len(self.catalogue.indicators), 6)
        self.table.setObjectName("questionnaireAspects")
        self.table.setHorizontalHeaderLabels([
            self.tr("Kode"), self.tr("Indikator"), self.tr("Aspek"), self.tr("Skor"),
            self.tr("Sumber data"), self.tr("Catatan")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column, mode in ((CODE, QHeaderView.ResizeMode.ResizeToContents),
                             (INDICATOR, QHeaderView.ResizeMode.Interactive),
                             (ASPECT, QHeaderView.ResizeMode.Stretch),
                             (SCORE, QHeaderView.ResizeMode.ResizeToContents),
                             (SOURCE, QHeaderView.ResizeMode.Interactive),
                             (NOTE, QHeaderView.ResizeMode.Interactive)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(INDICATOR, 150)
        header.resizeSection(SOURCE, 110)
        header.resizeSection(NOTE, 110)
        self.spins: dict[str, QSpinBox] = {}
        self._fill_rows()
        self.table.itemSelectionChanged.connect(self._row_chosen)

        self.progress = QGroupBox(self.tr("Kelengkapan dan skor per dimensi"))
        grid = QGridLayout(self.progress)
        self.dimension_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for row, sub in enumerate(self.catalogue.sub_indices):
            name, value = QLabel(sub.name), QLabel()
            value.setObjectName(f"dimension{sub.code}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.dimension_labels[sub.code] = (name, value)
        self.result = QLabel()
        self.result.setObjectName("questionnaireResult")
        self.result.setWordWrap(True)
        font = self.result.font()
        font.setBold(True)
        self.result.setFont(font)
        grid.addWidget(self.result, len(self.catalogue.sub_indices), 0, 1, 2)
        self.note = QLabel(provisional_note(self.catalogue))
        self.note.setObjectName("provisionalNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        self.warnings = QLabel()
        self.warnings.setObjectName("profileWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.evidence = AttachmentPanel(
            workspace, runner, "index_answer",
            self.tr("Bukti aspek terpilih (foto, dokumen). Simpan skor aspek dulu untuk "
                    "melampirkan."), parent=self)
        self.evidence.setObjectName("aspectEvidence")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.progress)
        side_layout.addWidget(self.note)
        side_layout.addWidget(self.warnings)
        side_layout.addWidget(self.evidence, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([820, 380])

        self.reviewer = QLineEdit()
        self.reviewer.setObjectName("reviewerName")
        self.reviewer.setPlaceholderText(self.tr("Nama pemeriksa / kepala desa"))
        self.check_button = QPushButton(self.tr("Catat: diperiksa pendamping"))
        self.check_button.setObjectName("checkButton")
        self.check_button.clicked.connect(lambda: self.review(CHECKED))
        self.approve_button = QPushButton(self.tr("Catat: disahkan kepala desa"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(lambda: self.review(APPROVED))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reviewer, 1)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.approve_button)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1240, 660)
        self._update()
        self.load()

    # -- rows ----------------------------------------------------------------------
    def _fill_rows(self) -> None:
        low, high = self.catalogue.min_score, self.catalogue.max_score
        for row, item in enumerate(self.catalogue.indicators):
            code = QTableWidgetItem(item.key + ("" if item.verified else " †"))
            code.setToolTip(item.dimension + " · " + item.sub_dimension + (
                "" if item.verified else "\n" + self.tr(
                    "† belum terverifikasi dua sumber (definisi sementara)")))
            indicator = QTableWidgetItem(f"{item.group_code} {item.group_name}")
            indicator.setToolTip(f"{item.dimension} › {item.sub_dimension} › "
                                 f"{item.group_code} {item.group_name}")
            aspect = QTableWidgetItem(item.label)
            aspect.setToolTip(item.label)
            for cell in (code, indicator, aspect):
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, CODE, code)
            self.table.setItem(row, INDICATOR, indicator)
            self.table.setItem(row, ASPECT, aspect)
            self.table.setItem(row, SOURCE, QTableWidgetItem(""))
            self.table.setItem(row, NOTE, QTableWidgetItem(""))
            spin = QSpinBox()
            spin.setRange(low - 1, high)  # the value below the range means "not answered"
            spin.setSpecialValueText("—")
            spin.setValue(low - 1)
            spin.setAccessibleName(self.tr("Skor aspek {key}").format(key=item.key))
            spin.valueChanged.connect(self._update)
            self.spins[item.key] = spin
            self.table.setCellWidget(row, SCORE, spin)

    def scores(self) -> dict[str, int | None]:
        return {key: None if unanswered(spin) else spin.value()
                for key, spin in self.spins.items()}

    def answers(self) -> dict[str, Answer]:
        found = {}
        for row, item in enumerate(self.catalogue.indicators):
            spin = self.spins[item.key]
            source = self.table.item(row, SOURCE).text().strip()
            note = self.table.item(row, NOTE).text().strip()
            score = None if unanswered(spin) else spin.value()
            known = self.questionnaire and item.key in self.questionnaire.answers
            if score is not None or source or note or known:
                found[item.key] = Answer(score, source, note)
        return found

    # -- loading -------------------------------------------------------------------
    def load(self) -> None:
        db, code, year = self.workspace.db, self.village_code, self.year.value()
        self.save_button.setEnabled(False)

        def work(_control: Any) -> Loaded:
            questionnaire = load_questionnaire(db, code, year)
            with db.reading() as session:
                return Loaded(questionnaire, load_profile_facts(session, code, year))

        self.runner.submit(work, self._show, lambda e: report_error(
            self, e, self.tr("Memuat kuesioner Indeks Desa")))

    def _show(self, loaded: Loaded) -> None:
        if loaded.questionnaire.year != self.year.value():
            return
        self.questionnaire, self.facts = loaded.questionnaire, loaded.facts
        self.catalogue = indeks_desa_catalogue(self.year.value(), self.workspace.data_dir)
        self.note.setText(provisional_note(self.catalogue))
        answers = loaded.questionnaire.answers
        for row, item in enumerate(self.catalogue.indicators):
            answer = answers.get(item.key, Answer())
            spin = self.spins[item.key]
            spin.blockSignals(True)
            spin.setValue(spin.minimum() if answer.score is None else answer.score)
            spin.blockSignals(False)
            self.table.item(row, SOURCE).setText(answer.data_source)
            self.table.item(row, NOTE).setText(answer.note)
        self.filled_by.setText(loaded.questionnaire.filled_by)
        steps = loaded.questionnaire.steps
        state = step_name(loaded.questionnaire.review_state)
        last = steps[-1] if steps and steps[-1].step == loaded.questionnaire.review_state \
            else None
        self.state.setText(self.tr("Tahap: {state}").format(state=state) + (
            f" ({last.by_name})" if last else ""))
        self.state.setToolTip(" → ".join(f"{step_name(s.step)} ({s.by_name}, "
                                         f"{s.at.replace('T', ' ')})" for s in steps))
        self.save_button.setEnabled(True)
        self._shown, self._shown_year = self._entered(), loaded.questionnaire.year
        self._update()
        self._row_chosen()
        self.loaded.emit()

    # -- live scores ---------------------------------------------------------------
    def _update(self) -> None:
        scores = self.scores()
        live = live_score(self.catalogue, scores)
        for progress in live.dimensions:
            _name, value = self.dimension_labels[progress.code]
            value.setText(self.tr("{answered}/{total} aspek · {score}").format(
                answered=progress.answered, total=progress.total,
                score=f"{progress.percent:.2f}".replace(".", ",")))
        text = self.tr("Indeks Desa {value} · {status}").format(
            value=f"{live.rounded:.2f}".replace(".", ","),
            status=status_text(self.catalogue, live.status))
        if not live.complete:
            text += " · " + self.tr("belum lengkap ({answered} dari {total})").format(
                answered=live.answered, total=live.total_aspects)
        self.result.setText(text)
        if self.facts is not None:
            found = warnings_for(self.catalogue, self.facts, scores)
            self.warnings.setText("\n".join(f"⚠ {w}" for w in found))
            self.warnings.setVisible(bool(found))

    def _row_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.questionnaire is None:
            self.evidence.show_record(None)
            return
        key = self.catalogue.indicators[rows[0].row()].key
        self.evidence.show_record(self.questionnaire.answer_ids.get(key), self.village_code)

    # -- unsaved edits -------------------------------------------------------------
    def _entered(self) -> tuple[Any, ...]:
        answers = sorted((key, a.score, a.data_source, a.note)
                         for key, a in self.answers().items())
        return tuple(answers), self.filled_by.text().strip()

    @property
    def dirty(self) -> bool:
        """Whether what is on screen differs from the questionnaire as loaded."""
        return self._shown is not None and self._entered() != self._shown

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Isian belum disimpan"),
            self.tr("Kuesioner Indeks Desa {village} tahun {year} punya isian yang belum "
                    "disimpan. Simpan sekarang?").format(village=self.village_label,
                                                         year=self._shown_year),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def _year_changed(self, year: int) -> None:
        """Another year: the edits of the one shown are saved, dropped or kept on screen."""
        if year == self._shown_year:
            return
        if self.dirty:
            answer = self._ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                self.year.blockSignals(True)
                self.year.setValue(self._shown_year)
                self.year.blockSignals(False)
                return
            if answer == QMessageBox.StandardButton.Save:
                self._submit(year=self._shown_year)  # then loads the year now chosen
                return
        self.load()

    def reject(self) -> None:
        """Closing (Tutup, Esc, the window's close button) asks first about unsaved edits."""
        if self.dirty:
            answer = self._ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self._submit(after=super().reject)
                return
        super().reject()

    # -- saving --------------------------------------------------------------------
    def _submit(self, then: Any = None, title: str = "", year: int | None = None,
                after: Any = None) -> None:
        """Save what is on screen as ``year`` (the year chosen), then ``then`` in the worker
        and ``after`` once saved (else the year chosen is loaded again)."""
        workspace, code = self.workspace, self.village_code
        year = self.year.value() if year is None else year
        answers, filled_by = self.answers(), self.filled_by.text().strip()
        self.save_button.setEnabled(False)

        def work(_control: Any) -> int:
            save_questionnaire(workspace.db, workspace.editor, code, year, answers, filled_by,
                               workspace.data_dir)
            if then is not None:
                then(workspace, code, year)
            return year

        def done(saved_year: int) -> None:
            self.saved.emit(saved_year)
            if after is not None:
                self._shown = None  # saved: nothing left to ask about
                after()
                return
            self.load()

        def failed(error: Exception) -> None:
            self.save_button.setEnabled(True)
            report_error(self, error, title or self.tr("Menyimpan kuesioner Indeks Desa"))

        self.runner.submit(work, done, failed, writes=True,
                           # the tab that opened the dialog shows the saved year itself (``saved``)
                           changes=ChangeSet.of(Change.INDEKS_DESA,
                                                source=self.parentWidget() or self))

    def save(self) -> None:
        self._submit()

    def review(self, step: str) -> None:
        name = self.reviewer.text().strip()

        def then(workspace: Workspace, code: str, year: int) -> None:
            advance_review(workspace.db, workspace.editor, code, year, step, name,
                           data_dir=workspace.data_dir)

        self._submit(then, self.tr("Mencatat pemeriksaan"))

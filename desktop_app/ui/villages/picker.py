"""Pick villages by typing part of a name or code: suggestions come from SQL (the list can
hold all 83,762 villages of Indonesia), within the working area; the chosen villages are
shown by name. Used for target villages (Rekap IDM) and a meeting's villages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.first_run import working_regency
from desktop_app.core.villages.search import VillageFilter, VillageRow, search_villages
from desktop_app.core.workspace import Workspace
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner

SUGGESTIONS = 20
SEARCH_DELAY_MS = 200


def suggestion_text(row: VillageRow) -> str:
    return f"{row.name} — {row.district}, {row.regency} ({row.code})"


def chosen_text(code: str, name: str) -> str:
    return f"{name} ({code})" if name != code else code


class VillagePicker(QWidget):
    """A search field with suggestions and the list of chosen villages."""

    changed = Signal()  # the user added or removed a village
    suggested = Signal(int)  # suggestions arrived (how many)

    def __init__(self, workspace: Workspace, runner: TaskRunner,
                 parent: QWidget | None = None,
                 regency: Callable[[], str | None] | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        # Where to search: a fixed kabupaten (e.g. the recap's), else the working area.
        self._regency = regency
        self.rows: list[VillageRow] = []
        self._searched = ""
        self.search = QLineEdit()
        self.search.setObjectName("villagePickerSearch")
        self.search.setPlaceholderText(self.tr("Ketik nama atau kode desa, lalu pilih…"))
        self.search.setClearButtonEnabled(True)
        self.suggestions = QStringListModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        self.search.setCompleter(self.completer)
        self.completer.activated[str].connect(self._activated)
        self.remove_button = QPushButton(self.tr("Hapus desa"))
        self.remove_button.setToolTip(self.tr("Hapus desa yang dipilih dari daftar (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.chosen = QListWidget()
        self.chosen.setObjectName("chosenVillages")
        self.chosen.setFlow(QListWidget.Flow.LeftToRight)
        self.chosen.setWrapping(True)
        self.chosen.setSpacing(2)
        self.chosen.setMaximumHeight(self.fontMetrics().height() * 3 + 12)
        self.chosen.setToolTip(self.tr("Desa terpilih; pilih lalu tekan Delete untuk menghapus"))
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.chosen, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.hint = QLabel()
        self.hint.setObjectName("villagePickerHint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.find)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._enter)

    # -- the chosen villages -------------------------------------------------------------------
    def codes(self) -> list[str]:
        return [self.chosen.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.chosen.count())]

    def names(self) -> list[str]:
        return [self.chosen.item(i).data(Qt.ItemDataRole.UserRole + 1)
                for i in range(self.chosen.count())]

    def set_villages(self, villages: list[tuple[str, str]]) -> None:
        """Show ``(code, name)`` pairs as chosen (loading a record: no ``changed``)."""
        self.chosen.clear()
        for code, name in villages:
            self._add_item(code, name)
        self.search.clear()
        self.hint.hide()

    def add(self, code: str, name: str) -> None:
        if code in self.codes():
            return
        self._add_item(code, name)
        self.changed.emit()

    def _add_item(self, code: str, name: str) -> None:
        item = QListWidgetItem(chosen_text(code, name))
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setData(Qt.ItemDataRole.UserRole + 1, name)
        item.setToolTip(code)
        self.chosen.addItem(item)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.chosen.selectedIndexes()}, reverse=True)
        if not rows and self.chosen.currentRow() >= 0:
            rows = [self.chosen.currentRow()]
        for row in rows:
            self.chosen.takeItem(row)
        if rows:
            self.changed.emit()

    # -- suggestions (in SQL, in a worker) -----------------------------------------------------
    def find(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self._searched = text
        if not text:
            self.rows = []
            self.suggestions.setStringList([])
            self.hint.hide()
            return
        db, fixed = self.workspace.db, self._regency() if self._regency else None

        def work(_control: Any) -> tuple[list[VillageRow], str | None]:
            with db.reading() as session:
                regency = fixed or working_regency(session)
                return search_villages(session, VillageFilter(text=text, regency_code=regency),
                                       limit=SUGGESTIONS), regency

        self.runner.submit(work, lambda found: self._show(text, *found),
                           lambda e: report_error(self, e, self.tr("Mencari desa")))

    def _show(self, text: str, rows: list[VillageRow], regency: str | None) -> None:
        if text != self.search.text().strip():
            return  # typed on meanwhile: a newer search follows
        self.rows = rows
        self.suggestions.setStringList([suggestion_text(row) for row in rows])
        if rows:
            self.hint.hide()
            if self.search.hasFocus():
                self._pop_up()
        else:
            where = (self.tr("di kabupaten/kota {code}").format(code=regency) if regency
                     else self.tr("dalam daftar wilayah"))
            self.hint.setText(self.tr("Tidak ada desa \"{text}\" {where}.").format(
                text=text, where=where))
            self.hint.show()
        self.suggested.emit(len(rows))

    def _pop_up(self) -> None:
        """Wide enough for 'name — kecamatan, kabupaten (code)' (Qt keeps it on screen)."""
        popup = self.completer.popup()
        wanted = max(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width()
                     + 8, self.search.width())
        available = self.screen().availableGeometry().width() if self.screen() else wanted
        rect = self.search.rect()
        rect.setWidth(min(wanted, available - 16))
        self.completer.complete(rect)

    def choose(self, index: int) -> None:
        """Add the suggestion at ``index`` and empty the search field."""
        chosen = ""
        if 0 <= index < len(self.rows):
            row = self.rows[index]
            chosen = suggestion_text(row)
            self.add(row.code, row.name)
        self.completer.popup().hide()
        self.search.clear()
        self.rows = []
        self._searched = ""
        # Chosen from the keyboard, the completer writes its text after this slot: clear it
        # then too, unless the user has typed something new meanwhile.
        QTimer.singleShot(0, self, lambda: self._clear_if(chosen))

    def _clear_if(self, chosen: str) -> None:
        if chosen and self.search.text() == chosen:
            self.search.clear()

    def _activated(self, text: str) -> None:
        texts = [suggestion_text(row) for row in self.rows]
        if text in texts:
            self.choose(texts.index(text))

    def _enter(self) -> None:
        """Enter picks the only suggestion, or the exact code typed."""
        text = self.search.text().strip()
        if text != self._searched:
            return
        exact = [i for i, row in enumerate(self.rows)
                 if text in (row.code, row.code.replace(".", ""))]
        if exact:
            self.choose(exact[0])
        elif len(self.rows) == 1:
            self.choose(0)

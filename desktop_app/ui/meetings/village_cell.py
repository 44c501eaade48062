"""The Desa cell of a meeting's follow-up ("Tindak lanjut"): chosen from the meeting's own
villages ("Desa terkait", picked with the village picker) instead of a code typed by heart.
The cell keeps the village code; it shows the village's name."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyledItemDelegate, QWidget

from desktop_app.ui.villages.picker import chosen_text

CODE_AT_END = re.compile(r"\(([\d.]+)\)\s*$")


def code_of(text: str) -> str:
    """'Kasungai (64.01.01.2002)' and '64.01.01.2002' both mean 64.01.01.2002."""
    found = CODE_AT_END.search(text)
    return found.group(1) if found else text.strip()


class VillageCellDelegate(QStyledItemDelegate):
    """Edits with suggestions of the meeting's villages; shows "name (code)"."""

    def __init__(self, villages: Callable[[], list[tuple[str, str]]],
                 names: Callable[[], dict[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.villages, self.names = villages, names  # (code, name) of "Desa terkait"; all known

    def displayText(self, value: Any, locale: Any) -> str:
        code = str(value or "")
        name = dict(self.villages()).get(code) or self.names().get(code)
        return chosen_text(code, name) if code and name else code

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("actionVillageEditor")
        editor.setPlaceholderText(self.tr("Pilih dari Desa terkait…"))
        offered = [chosen_text(code, name) for code, name in self.villages()]
        completer = QCompleter(offered, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        editor.setCompleter(completer)
        editor.textEdited.connect(lambda _text: QTimer.singleShot(  # once the popup is up
            0, editor, lambda: self._widen(editor, completer)))
        return editor

    @staticmethod
    def _widen(editor: QLineEdit, completer: QCompleter) -> None:
        """The suggestions as wide as the names, not the narrow cell (Qt keeps them on
        screen)."""
        popup = completer.popup()
        if not popup.isVisible():
            return
        wanted = popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 8
        rect = editor.rect()
        rect.setWidth(max(rect.width(), min(wanted, 600)))
        completer.complete(rect)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(self.displayText(index.data(Qt.ItemDataRole.EditRole), None))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, code_of(editor.text()), Qt.ItemDataRole.EditRole)

"""The legend beside the map: one row per class with its colour and village count."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.core.maps.themes import ThemeData


class MapLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.rows = QGridLayout()
        self.rows.setColumnStretch(1, 1)
        self.total = QLabel()
        self.note = QLabel()  # e.g. why a status is provisional, naming the cut-offs' source
        self.note.setWordWrap(True)
        self.note.setObjectName("legendNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        layout.addWidget(self.total)
        layout.addWidget(self.note)
        self.entries: list[tuple[str, int]] = []  # (label, count), for tests

    def show_theme(self, theme: ThemeData, counts: list[int]) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.title.setText(theme.title)
        self.entries = []
        for row, (item, count) in enumerate(zip(theme.classes, counts, strict=True)):
            swatch = QPixmap(14, 14)
            swatch.fill(QColor("#606060"))
            painter = QPainter(swatch)
            painter.fillRect(1, 1, 12, 12, QColor(item.colour))
            painter.end()
            square = QLabel()
            square.setPixmap(swatch)
            label = QLabel(item.label)
            label.setWordWrap(True)
            number = QLabel(str(count))
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.rows.addWidget(square, row, 0)
            self.rows.addWidget(label, row, 1)
            self.rows.addWidget(number, row, 2)
            self.entries.append((item.label, count))
        self.total.setText(self.tr("{count} desa/kelurahan di peta").format(count=sum(counts)))
        self.note.setText(theme.note)
        self.note.setVisible(bool(theme.note))

"""The map section: theme and year, layers, search, legend, source credit and print."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.maps.store import load_map
from desktop_app.core.maps.themes import THEMES, ThemeData, available_themes
from desktop_app.core.workspace import Workspace
from desktop_app.ui.changes import Change, follow_changes
from desktop_app.ui.maps.canvas import MapCanvas
from desktop_app.ui.maps.legend import MapLegend
from desktop_app.ui.maps.paths import MapScene, build_scene
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner


@dataclass
class LoadedMap:
    scene: MapScene
    themes: list[tuple[str, str, list[int]]]  # key, label, years
    theme: ThemeData | None  # the one to show first (its latest year)


def load_scene(workspace: Workspace, theme_key: str | None, year: int | None) -> LoadedMap:
    """In a worker: the stored layers as paths, the themes with their years and the first
    theme's data (``theme_key``/``year``, else the first theme's latest year), so that the
    map is painted once, already coloured."""
    with workspace.db.reading() as session:
        data = load_map(session)
        themes = available_themes(session)
        listed = [(theme.key, theme.label, theme.years(session)) for theme in themes]
        first = None
        if not data.empty and themes:
            chosen = next((t for t in themes if t.key == theme_key), themes[0])
            years = dict((key, found) for key, _label, found in listed)[chosen.key]
            if year not in years:
                year = years[-1] if years else None
            first = chosen.compute(session, year, workspace.clock.today())
    scene = build_scene(data)
    for shapes in data.layers.values():  # the paths hold the shapes now
        for shape in shapes:
            shape.rings = []
    return LoadedMap(scene, listed, first)


class MapPage(QWidget):
    village_requested = Signal(str)
    loaded = Signal()
    theme_shown = Signal(object)  # the ThemeData now on the map

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.previews: list[QWidget] = []
        self._theme_token = 0
        self.theme_data: ThemeData | None = None
        self._years: dict[str, list[int]] = {}

        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Tema"))
        self.theme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.theme.setMinimumContentsLength(22)  # the list itself shows whole names
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Tahun"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari wilayah…"))
        self.search.setToolTip(self.tr("Nama atau kode desa, kecamatan atau kabupaten; "
                                       "peta memperbesar ke wilayah itu"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self.search.returnPressed.connect(lambda: self.find(self.search.text()))
        self.layers = {level: QCheckBox(label) for level, label in (
            ("regency", self.tr("Kabupaten")), ("district", self.tr("Kecamatan")),
            ("village", self.tr("Desa")))}
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Kertas"))
        for label, paper in ((self.tr("Kertas sesuai pengaturan"), None),
                             (self.tr("A4 mendatar"), "A4"), (self.tr("F4 mendatar"), "F4"),
                             (self.tr("A3 mendatar"), "A3")):
            self.paper.addItem(label, paper)
        self.print_button = QPushButton(self.tr("Cetak peta…"))
        self.print_button.clicked.connect(self.print_map)
        self.whole = QPushButton(self.tr("Seluruh peta"))
        self.whole.clicked.connect(self.show_whole)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Tema")))
        bar.addWidget(self.theme)
        bar.addWidget(QLabel(self.tr("Tahun")))
        bar.addWidget(self.year)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.whole)

        self.canvas = MapCanvas()
        self.canvas.village_clicked.connect(self.village_requested)
        self.legend = MapLegend()
        self.credit = QLabel()
        self.credit.setWordWrap(True)
        self.credit.setObjectName("mapCredit")
        side = QVBoxLayout()
        side.addWidget(self.legend)
        side.addSpacing(8)
        side.addWidget(QLabel(self.tr("Lapisan")))
        for box in self.layers.values():
            box.setChecked(True)
            side.addWidget(box)
        side.addStretch(1)
        side.addWidget(self.paper)
        side.addWidget(self.print_button)
        side.addWidget(self.credit)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(230)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.canvas, 1)
        body.addWidget(side_widget)
        map_view = QWidget()
        map_view.setLayout(body)

        self.empty = QLabel(self.tr(
            "Belum ada batas wilayah untuk peta.\nImpor berkas batas (GeoJSON atau Shapefile "
            "dalam ZIP) lewat Berkas → Impor batas wilayah…, atau sinkronkan dengan server "
            "provinsi bila admin sudah menerbitkannya."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(QLabel(self.tr("Memuat peta…"),
                                    alignment=Qt.AlignmentFlag.AlignCenter))
        self.stack.addWidget(self.empty)
        self.stack.addWidget(map_view)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.theme.currentIndexChanged.connect(self._theme_changed)
        self.year.currentIndexChanged.connect(lambda _i: self.show_theme())
        for level, box in self.layers.items():
            box.toggled.connect(lambda on, level=level: self.canvas.set_level_visible(level, on))
        # New layers, names or working area: read again; new data of a theme: recolour.
        follow_changes(runner.changes, self, (Change.MAP, Change.VILLAGES, Change.SYNC_PULL,
                                              Change.WORKING_AREA),
                       lambda _changes: self.refresh(), lazy=True)
        follow_changes(runner.changes, self, (Change.IDM, Change.APBDES, Change.SUPERVISION),
                       lambda _changes: self.show_theme(), lazy=True)
        self.refresh()

    # -- loading -------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the layers (and the themes' years) in a worker, then show them."""
        workspace = self.workspace
        key, year = self.theme.currentData(), self.year.currentData()
        self.runner.submit(lambda _control: load_scene(workspace, key, year), self._loaded,
                           lambda error: report_error(self, error, self.tr("Membuka peta")))

    def _loaded(self, loaded: LoadedMap) -> None:
        if not shiboken6.isValid(self):
            return
        scene = loaded.scene
        if scene.empty:
            self.stack.setCurrentWidget(self.empty)
            self.loaded.emit()
            return
        self.stack.setCurrentIndex(2)
        self._years = {key: years for key, _label, years in loaded.themes}
        chosen = self.theme.currentData() or "idm"
        self.theme.blockSignals(True)
        self.theme.clear()
        for key, label, _years in loaded.themes:
            self.theme.addItem(label, key)
        first = loaded.theme
        self.theme.setCurrentIndex(max(0, self.theme.findData(first.key if first else chosen)))
        self.theme.blockSignals(False)
        self._fill_years()
        if first is not None and first.year is not None:
            self.year.blockSignals(True)
            self.year.setCurrentIndex(max(0, self.year.findData(first.year)))
            self.year.blockSignals(False)
        working = scene.data.working_box
        view = (QRectF(working.min_x, working.min_y, working.max_x - working.min_x,
                       working.max_y - working.min_y) if working else None)
        self.canvas.set_scene(scene, view, first)
        self.credit.setText(self.tr("Sumber batas wilayah: {credit}").format(
            credit=scene.data.credit_text()))
        names = [f"{shape.name} ({shape.code})" for level in ("village", "district", "regency")
                 for shape in scene.shapes.get(level, [])]
        completer = QCompleter(names, self.search)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self.find)
        self.search.setCompleter(completer)
        if first is not None:
            self._theme_token += 1  # a theme asked for meanwhile is outdated
            self.apply_theme(first, render=False)
        self.loaded.emit()

    def _fill_years(self) -> None:
        years = self._years.get(self.theme.currentData(), [])
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for year in reversed(years):
            self.year.addItem(str(year), year)
        if current in years:
            self.year.setCurrentIndex(self.year.findData(current))
        self.year.setEnabled(bool(years))
        self.year.blockSignals(False)

    def _theme_changed(self, _index: int) -> None:
        self._fill_years()
        self.show_theme()

    # -- themes ----------------------------------------------------------------------
    def show_theme(self) -> None:
        """Compute the chosen theme in a worker (SQL), then colour the map with it."""
        key = self.theme.currentData()
        if key is None or key not in THEMES or self.canvas.scene is None:
            return
        theme, year = THEMES[key], self.year.currentData()
        db, today = self.workspace.db, self.workspace.clock.today()
        self._theme_token += 1
        token = self._theme_token

        def work(_control: Any) -> ThemeData:
            with db.reading() as session:
                return theme.compute(session, year, today)

        def done(data: ThemeData) -> None:
            if shiboken6.isValid(self) and token == self._theme_token:
                self.apply_theme(data)

        self.runner.submit(work, done, lambda error: report_error(
            self, error, self.tr("Menghitung tema peta")))

    def apply_theme(self, data: ThemeData, render: bool = True) -> None:
        self.theme_data = data
        if render:
            self.canvas.set_theme(data)
        scene = self.canvas.scene
        codes = scene.data.village_codes() if scene else []
        self.legend.show_theme(data, data.counts(codes))
        self.theme_shown.emit(data)

    # -- search, print -----------------------------------------------------------------
    def find(self, text: str) -> bool:
        """Zoom to the region named (or coded) ``text``: "Name (code)", a code, a name."""
        scene = self.canvas.scene
        if scene is None or not text.strip():
            return False
        wanted = text.strip()
        if wanted.endswith(")") and "(" in wanted:
            wanted = wanted[wanted.rindex("(") + 1:-1]
        if wanted in scene.by_code:
            return self.canvas.zoom_to(wanted)
        lowered = wanted.lower()
        for level in ("village", "district", "regency"):
            for shape in scene.shapes.get(level, []):
                if shape.name.lower() == lowered:
                    return self.canvas.zoom_to(shape.code)
        for level in ("village", "district", "regency"):
            for shape in scene.shapes.get(level, []):
                if lowered in shape.name.lower():
                    return self.canvas.zoom_to(shape.code)
        return False

    def show_whole(self) -> None:
        if self.canvas.scene is not None:
            self.canvas.selected = None
            self.canvas.fit(self.canvas.scene.rect)

    def print_regency(self) -> str | None:
        """The kabupaten the view is inside of (printed alone), else None (all)."""
        scene = self.canvas.scene
        if scene is None:
            return None
        view = self.canvas.visible_rect()
        inside = [shape.code for shape in scene.shapes.get("regency", [])
                  if shape.rect.contains(view.center()) and shape.path.contains(view.center())]
        if len(inside) == 1 and view.width() < scene.rect.width() * 0.6:
            return inside[0]
        return None

    def print_map(self) -> Any:
        from desktop_app.ui.maps.printing import open_map_preview

        preview = open_map_preview(self)
        if preview is not None:
            self.previews.append(preview)
        return preview

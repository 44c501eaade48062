"""The map itself: layers painted with QPainter from cached paths; pan, zoom, hover, click.

The scene is rendered into an image for the current view; a pan or zoom frame only
draws that image moved or scaled (a few milliseconds) and the view is rendered anew
once the movement rests. Hover shows name, code and theme value; a click on a village
emits ``village_clicked``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.core.maps.themes import ThemeData
from desktop_app.ui.maps.paths import DrawnShape, MapScene

BACKGROUND = QColor("#eaf2f8")  # sea and land outside the layers
LAYER_FILL = QColor("#f7f4ea")
MIN_SCALE, MAX_SCALE = 20.0, 200_000.0  # pixels per degree
REST_MS = 120  # the view is rendered anew this long after the last pan or zoom step
CLICK_SLOP = 4  # pixels a press may move and still be a click


def _pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour))
    pen.setCosmetic(True)
    pen.setWidthF(width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class MapCanvas(QWidget):
    village_clicked = Signal(str)
    rendered = Signal()  # a full render of the view finished (tests, benchmarks)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(320, 240))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scene: MapScene | None = None
        self.theme: ThemeData | None = None
        self.visible_levels = {"regency": True, "district": True, "village": True}
        self.scale = 100.0  # pixels per degree of latitude
        self.center = QPointF(0, 0)  # degrees (longitude, latitude)
        self.hovered: DrawnShape | None = None
        self.selected: DrawnShape | None = None
        self.hover_text = ""
        self._image: QImage | None = None
        self._image_view: QTransform | None = None  # the view the image was rendered for
        self._brushes: dict[str, QColor] = {}
        self._press: QPoint | None = None
        self._fitted: tuple[QRectF, float] | None = None
        self._dragging = False
        self._drag_center = QPointF()
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(REST_MS)
        self._rest.timeout.connect(self.render_now)
        self.label_font = QFont(self.font())
        self.label_font.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))

    # -- content -------------------------------------------------------------------
    def set_scene(self, scene: MapScene, view: QRectF | None = None,
                  theme: ThemeData | None = None) -> None:
        """Show ``scene`` on ``view`` (degrees; the whole map if None), coloured by
        ``theme``: one render."""
        self.scene = scene
        self.hovered = self.selected = None
        self._set_brushes(theme)
        self.fit(view or scene.rect)

    def set_theme(self, theme: ThemeData | None) -> None:
        self._set_brushes(theme)
        self.render_now()

    def _set_brushes(self, theme: ThemeData | None) -> None:
        self.theme = theme
        self._brushes = {}
        if theme is not None and self.scene is not None:
            colours = [QColor(item.colour) for item in theme.classes]
            self._brushes = {shape.code: colours[theme.class_of(shape.code)]
                             for shape in self.scene.shapes.get("village", [])}

    def set_level_visible(self, level: str, visible: bool) -> None:
        self.visible_levels[level] = visible
        self.render_now()

    # -- the view ------------------------------------------------------------------
    def view_transform(self) -> QTransform:
        """Degrees to pixels: the middle of the widget shows ``center``."""
        k = self.scene.k if self.scene else 1.0
        transform = QTransform()
        transform.translate(self.width() / 2, self.height() / 2)
        transform.scale(self.scale * k, -self.scale)
        transform.translate(-self.center.x(), -self.center.y())
        return transform

    def to_map(self, point: QPointF) -> QPointF:
        return self.view_transform().inverted()[0].map(point)

    def fit(self, rect: QRectF, margin: float = 0.05) -> None:
        """Show ``rect`` (degrees) whole, with a margin."""
        if rect.isEmpty() or self.scene is None:
            return
        k = self.scene.k
        scale_x = self.width() / (rect.width() * k * (1 + 2 * margin))
        scale_y = self.height() / (rect.height() * (1 + 2 * margin))
        self.scale = max(MIN_SCALE, min(MAX_SCALE, scale_x, scale_y))
        self.center = rect.center()
        self._fitted = QRectF(rect), margin  # kept on resizes until the user moves the map
        self.render_now()

    def zoom_to(self, code: str) -> bool:
        """Show the shape of ``code`` (a village, kecamatan or kabupaten) and mark it."""
        if self.scene is None or code not in self.scene.by_code:
            return False
        shape = self.scene.by_code[code]
        self.selected = shape
        self.fit(shape.rect, margin=0.6)
        return True

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the map point under ``anchor`` (pixels) in place."""
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        before = self.to_map(anchor)
        self.scale = max(MIN_SCALE, min(MAX_SCALE, self.scale * factor))
        after = self.to_map(anchor)
        self.center += before - after
        self._moved()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map by (dx, dy) pixels."""
        k = self.scene.k if self.scene else 1.0
        self.center -= QPointF(dx / (self.scale * k), -dy / self.scale)
        self._moved()

    def _moved(self) -> None:
        self._fitted = None
        self.update()
        self._rest.start()

    # -- rendering ---------------------------------------------------------------
    def render_now(self, quick: bool = False) -> None:
        """Render the whole view into the cached image, then show it; ``quick`` fills
        without antialiasing."""
        self._rest.stop()
        ratio = self.devicePixelRatioF()
        size = self.size() * ratio
        image = QImage(max(1, size.width()), max(1, size.height()),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(BACKGROUND)
        if self.scene is not None:
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_layers(painter, quick)
            self._paint_labels(painter)
            painter.end()
        self._image, self._image_view = image, self.view_transform()
        self.update()
        self.rendered.emit()

    def visible_rect(self) -> QRectF:
        """The part of the map in view, in degrees."""
        return self.view_transform().inverted()[0].mapRect(QRectF(self.rect()))

    def _paint_layers(self, painter: QPainter, quick: bool = False) -> None:
        """Fills, then borders: cosmetic pens of at most one pixel (Qt strokes wider pens
        a hundred times slower), the kabupaten border doubled for weight."""
        scene = self.scene
        painter.setTransform(self.view_transform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not quick)
        view = self.visible_rect()
        villages = scene.shapes.get("village", []) if self.visible_levels["village"] else []
        if villages:
            fallback = QColor(LAYER_FILL)
            for shape in villages:
                if shape.rect.intersects(view):
                    painter.fillPath(shape.path, self._brushes.get(shape.code, fallback))
            # Village borders only once they are more than a hair apart.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if self.scale >= 150:
                painter.strokePath(scene.outlines["village"], _pen("#8c8c8c", 0.35))
        elif not self.visible_levels["village"] or not scene.shapes.get("village"):
            for level in ("district", "regency"):
                if scene.shapes.get(level):
                    painter.fillPath(scene.outlines[level], LAYER_FILL)
                    break
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.visible_levels["district"] and scene.shapes.get("district"):
            painter.strokePath(scene.outlines["district"], _pen("#5f5f5f", 0.8))
        if self.visible_levels["regency"] and scene.shapes.get("regency"):
            pen = _pen("#202020", 1)
            view = self.view_transform()
            for dx, dy in ((0, 0), (0.7, 0), (0, 0.7)):  # pixels
                painter.setTransform(view * QTransform.fromTranslate(dx, dy))
                painter.strokePath(scene.outlines["regency"], pen)
            painter.setTransform(view)

    def labelled_levels(self) -> list[str]:
        """The levels named at this zoom: kabupaten until kecamatan are large, kecamatan
        while villages are small, villages once a typical one has room for a name."""
        def typical(level: str) -> float:
            width = self.scene.typical_width.get(level) if self.scene else None
            return width * self.scale * self.scene.k if width else 0.0

        wanted = []
        if typical("regency") >= 60 and typical("district") < 400:
            wanted.append("regency")
        if typical("district") >= 60 and typical("village") < 110:
            wanted.append("district")
        if typical("village") >= 110 or (typical("village") and not typical("district")
                                         and typical("village") >= 60):
            wanted.append("village")
        return [level for level in wanted if self.visible_levels[level]]

    def _paint_labels(self, painter: QPainter) -> None:
        """Names where they fit, none over another, coarser levels first."""
        painter.resetTransform()
        transform = self.view_transform()
        taken: list[QRectF] = []
        bounds = QRectF(self.rect())
        for level in self.labelled_levels():
            font = QFont(self.label_font)
            font.setBold(level != "village")
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            for shape in self.scene.shapes.get(level, []):
                box = transform.mapRect(shape.rect)
                if not box.intersects(bounds):
                    continue
                width = metrics.horizontalAdvance(shape.name)
                if width > box.width() * 0.9 or metrics.height() > box.height() * 0.6:
                    continue
                at = transform.map(shape.label)
                rect = QRectF(at.x() - width / 2, at.y() - metrics.height() / 2, width,
                              metrics.height())
                if not bounds.contains(rect) or any(rect.intersects(r) for r in taken):
                    continue
                taken.append(rect.adjusted(-3, -1, 3, 1))
                self._halo_text(painter, rect, shape.name, level)

    @staticmethod
    def _halo_text(painter: QPainter, rect: QRectF, text: str, level: str) -> None:
        flags = Qt.AlignmentFlag.AlignCenter
        painter.setPen(QColor(255, 255, 255, 210))
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            painter.drawText(rect.translated(dx, dy), flags, text)
        painter.setPen(QColor("#101010" if level != "village" else "#303030"))
        painter.drawText(rect, flags, text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self._image is not None and self._image_view is not None:
            current = self.view_transform()
            if current == self._image_view:
                painter.drawImage(0, 0, self._image)
            else:  # a pan or zoom frame: the last render, moved and scaled
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.setTransform(self._image_view.inverted()[0] * current)
                painter.drawImage(0, 0, self._image)
                painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(self.view_transform())
        if self.selected is not None:
            painter.strokePath(self.selected.path, _pen("#0050d0", 2.5))
        if self.hovered is not None:
            painter.strokePath(self.hovered.path, _pen("#000000", 1.5))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted is not None:
            self.fit(*self._fitted)
        else:
            self.render_now()

    # -- pointer -----------------------------------------------------------------
    def shape_at(self, point: QPointF) -> DrawnShape | None:
        """The village (else kecamatan, else kabupaten) under ``point`` (pixels)."""
        if self.scene is None:
            return None
        where = self.to_map(point)
        for level in ("village", "district", "regency"):
            if not self.visible_levels[level]:
                continue
            for shape in self.scene.shapes.get(level, []):
                if shape.rect.contains(where) and shape.path.contains(where):
                    return shape
        return None

    def describe(self, shape: DrawnShape) -> str:
        """Name, code and the theme's value (villages), for the tooltip."""
        lines = [f"{shape.name} ({shape.code})"]
        if shape.level == "village":
            district = self.scene.data.districts.get(shape.code) if self.scene else None
            if district:
                lines[0] += " – " + self.tr("Kec. {name}").format(name=district)
            if self.theme is not None:
                lines.append(f"{self.theme.title}: {self.theme.value(shape.code)}")
        return "\n".join(lines)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """+ and − zoom, the arrow keys pan: the map without a mouse."""
        key = event.key()
        steps = {Qt.Key.Key_Left: (60, 0), Qt.Key.Key_Right: (-60, 0),
                 Qt.Key.Key_Up: (0, 60), Qt.Key.Key_Down: (0, -60)}
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key in steps:
            self.pan_by(*steps[key])
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25 ** steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._last = event.position()
            self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if (position.toPoint() - self._press).manhattanLength() > CLICK_SLOP:
                self._dragging = True
            if self._dragging:
                delta = position - self._last
                self._last = position
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.pan_by(delta.x(), delta.y())
            return
        self._hover(position, event.globalPosition().toPoint())

    def _hover(self, position: QPointF, global_position: QPoint) -> None:
        shape = self.shape_at(position)
        if shape is not self.hovered:
            self.hovered = shape
            self.update()
        self.hover_text = self.describe(shape) if shape is not None else ""
        if QToolTip.isVisible():  # follow the pointer once the tooltip shows
            if self.hover_text:
                QToolTip.showText(global_position, self.hover_text, self)
            else:
                QToolTip.hideText()

    def event(self, event: QEvent) -> bool:
        """The tooltip appears the usual way (after the hover delay) with the text of
        the shape under the pointer."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            shape = self.shape_at(QPointF(event.pos()))
            if shape is not None:
                QToolTip.showText(event.globalPos(), self.describe(shape), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        was_drag, self._press = self._dragging, None
        self._dragging = False
        self.unsetCursor()
        if was_drag:
            return
        shape = self.shape_at(event.position())
        if shape is not None and shape.level == "village":
            self.village_clicked.emit(shape.code)

    def leaveEvent(self, event: object) -> None:
        if self.hovered is not None:
            self.hovered = None
            self.update()
        self.hover_text = ""

"""The conflicts to decide and the operations the server refused, as tables."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from desktop_app.core.sync.outbox import RefusedOperation
from desktop_app.core.sync.review import ConflictView
from desktop_app.core.sync.tables_orm import model_for


def shown(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def table_label(table: str) -> str:
    labels = {
        "village_profile": QCoreApplication.translate("SyncReview", "Profil desa"),
        "village_population": QCoreApplication.translate("SyncReview", "Penduduk desa"),
        "idm_assessment": QCoreApplication.translate("SyncReview", "Penilaian IDM"),
        "idm_target": QCoreApplication.translate("SyncReview", "Target status IDM"),
        "idm_target_village": QCoreApplication.translate("SyncReview", "Desa sasaran"),
        "apbdes_budget": QCoreApplication.translate("SyncReview", "APBDes"),
        "apbdes_line": QCoreApplication.translate("SyncReview", "Rincian APBDes"),
        "supervision_visit": QCoreApplication.translate("SyncReview", "Kunjungan pengawasan"),
        "supervision_finding": QCoreApplication.translate("SyncReview", "Temuan pengawasan"),
        "supervision_finding_status": QCoreApplication.translate("SyncReview", "Status temuan"),
        "meeting": QCoreApplication.translate("SyncReview", "Rapat"),
        "meeting_participant": QCoreApplication.translate("SyncReview", "Peserta rapat"),
        "meeting_agenda_item": QCoreApplication.translate("SyncReview", "Agenda rapat"),
        "meeting_agreement": QCoreApplication.translate("SyncReview", "Kesepakatan rapat"),
        "meeting_action_item": QCoreApplication.translate("SyncReview", "Tindak lanjut rapat"),
        "attachment": QCoreApplication.translate("SyncReview", "Lampiran"),
    }
    return labels.get(table, table)


def _field_label(field: str) -> str:
    labels = {
        "village_code": QCoreApplication.translate("SyncReview", "Desa"),
        "regency_code": QCoreApplication.translate("SyncReview", "Kabupaten/kota"),
        "year": QCoreApplication.translate("SyncReview", "Tahun"),
        "villages_to_lift": QCoreApplication.translate("SyncReview", "Jumlah desa yang dientaskan"),
        "notes": QCoreApplication.translate("SyncReview", "Catatan"),
        "population": QCoreApplication.translate("SyncReview", "Jumlah penduduk"),
        "title": QCoreApplication.translate("SyncReview", "Judul"),
        "meeting_date": QCoreApplication.translate("SyncReview", "Tanggal"),
        "village_codes": QCoreApplication.translate("SyncReview", "Desa terkait"),
        "description": QCoreApplication.translate("SyncReview", "Uraian"),
        "status": QCoreApplication.translate("SyncReview", "Status"),
        "deleted": QCoreApplication.translate("SyncReview", "Dihapus"),
    }
    return labels.get(field, field.replace("_", " "))


def _value_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return (QCoreApplication.translate("SyncReview", "ya") if value
                else QCoreApplication.translate("SyncReview", "tidak"))
    if isinstance(value, list | tuple):
        return ", ".join(_value_text(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{_field_label(k)}: {_value_text(v)}" for k, v in value.items())
    return str(value)


def payload_text(payload: dict[str, Any]) -> str:
    """What the change said, as 'Field: value' pairs a person can read (never JSON)."""
    return "; ".join(f"{_field_label(field)}: {_value_text(value)}"
                     for field, value in payload.items() if field not in _INTERNAL)


_INTERNAL = frozenset({"id", "field_clocks", "hlc", "updated_at", "updated_by"})


def reason_text(reason: str | None) -> str:
    """The server's reason as text: a reason that arrives as JSON (an error body, a list of
    validation errors) is reduced to its messages."""
    if not reason:
        return QCoreApplication.translate("SyncReview", "(server tidak menyebut alasannya)")
    try:
        parsed = json.loads(reason)
    except ValueError:
        return reason
    messages = list(_messages(parsed))
    return "; ".join(messages) if messages else reason


def _messages(value: Any) -> Any:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _messages(item)
    elif isinstance(value, dict):
        for key in ("detail", "reason", "message", "msg", "error"):
            if key in value:
                yield from _messages(value[key])
                return


class ConflictTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("conflicts")
        self.setHorizontalHeaderLabels([
            self.tr("Desa"), self.tr("Data"), self.tr("Isian"), self.tr("Nilai Anda"),
            self.tr("Nilai server"), self.tr("Dipakai sekarang")])
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items: list[ConflictView] = []

    def show_items(self, items: list[ConflictView]) -> None:
        self.items = items
        self.setRowCount(len(items))
        for row, item in enumerate(items):
            kept = self.tr("nilai Anda") if item.kept == "local" else self.tr("nilai server")
            if item.reason == "deleted":
                kept = self.tr("data dihapus di perangkat lain")
            elif item.reason == "no_parent":
                kept = self.tr("nilai Anda (data induk dari server tidak ada di laptop ini; "
                               "minta operator memeriksanya)")
            for column, text in enumerate([item.village_code or "", item.table_name, item.field,
                                           shown(item.local_value), shown(item.remote_value),
                                           kept]):
                self.setItem(row, column, QTableWidgetItem(text))
        self.resizeColumnsToContents()

    def selected(self) -> ConflictView | None:
        row = self.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None


class RefusedTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("refused")
        self.setHorizontalHeaderLabels([self.tr("No."), self.tr("Data"), self.tr("Isi"),
                                        self.tr("Alasan server")])
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items: list[RefusedOperation] = []

    def show_items(self, items: list[RefusedOperation]) -> None:
        self.items = items
        self.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate([str(item.seq), table_label(item.table_name),
                                           payload_text(item.payload),
                                           reason_text(item.reason)]):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.setItem(row, column, cell)
        self.resizeColumnsToContents()

    def selected(self) -> RefusedOperation | None:
        row = self.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None


def editable_text(payload: dict[str, Any]) -> str:
    """A refused change as 'field: value' lines to correct by hand (no JSON braces)."""
    return "\n".join(f"{field}: {_editable_value(value)}" for field, value in payload.items())


def _editable_value(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _is_text(table: str, field: str) -> bool:
    column = model_for(table).__table__.columns.get(field)
    try:
        return column is not None and column.type.python_type is str
    except NotImplementedError:  # e.g. JSON columns
        return False


def parse_editable(text: str, table: str) -> dict[str, Any]:
    """Back from :func:`editable_text`; a text column stays text, other values are read as
    numbers, true/false or lists. ValueError names a line without the 'field: value' shape."""
    payload: dict[str, Any] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        field, colon, value = line.partition(":")
        field, value = field.strip(), value.strip()
        if not colon or not field:
            raise ValueError(QCoreApplication.translate(
                "SyncReview", "Baris {number} harus berbentuk 'isian: nilai'.").format(
                number=number))
        if _is_text(table, field):
            payload[field] = value
            continue
        try:
            payload[field] = json.loads(value) if value else None
        except ValueError:
            payload[field] = value
    return payload

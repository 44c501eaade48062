"""Confirm the current codes proposed for villages whose code changed, before importing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.regions.code_changes import CodeProposal


class CodeMapDialog(QDialog):
    """One row per unknown code with candidates: old code, name in the file, the current
    village to import under (proposed where exactly one matches; "do not import" otherwise),
    the files. ``choices()`` gives what was confirmed."""

    def __init__(self, proposals: list[CodeProposal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeMapDialog")
        self.setWindowTitle(self.tr("Kode desa berubah"))
        self.proposals = [p for p in proposals if p.candidates]
        intro = QLabel(self.tr(
            "{count} kode desa di berkas resmi tidak ada lagi dalam daftar wilayah. Di bawah "
            "ini desa bernama sama di kabupaten yang sama. Periksa setiap baris: data di bawah "
            "kode lama diimpor dengan kode kini yang dipilih, dan kode lamanya disimpan "
            "sebagai kode terbit. Baris 'jangan impor' tetap dilewati.").format(
            count=len(self.proposals)))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.proposals), 4, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Kode lama"), self.tr("Nama di berkas (kecamatan)"),
            self.tr("Impor sebagai"), self.tr("Berkas")])
        self.table.verticalHeader().hide()
        self.combos: list[QComboBox] = []
        for row, proposal in enumerate(self.proposals):
            self.table.setItem(row, 0, QTableWidgetItem(proposal.old_code))
            name = proposal.published_name or ""
            if proposal.published_district:
                name += f" ({proposal.published_district})"
            self.table.setItem(row, 1, QTableWidgetItem(name))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("— jangan impor —"), None)
            for village in proposal.candidates:
                combo.addItem(str(village), village.code)
            combo.setCurrentIndex(1 if proposal.proposed is not None else 0)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
            self.table.setItem(row, 3, QTableWidgetItem(", ".join(proposal.sources)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("Impor dengan kode kini"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 420)  # fits 1366 × 768

    def choices(self) -> dict[str, str]:
        """Old code -> the current code chosen (rows left on "do not import" are absent)."""
        return {proposal.old_code: combo.currentData()
                for proposal, combo in zip(self.proposals, self.combos, strict=True)
                if combo.currentData()}

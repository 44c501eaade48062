"""Server settings: address, login and device enrolment, size of automatic downloads."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.sync.service import SyncService
from desktop_app.ui.tasks import TaskRunner

MB = 1024 * 1024


class ServerDialog(QDialog):
    """Enrols this laptop on the server; the password is sent once and never stored."""

    enrolled = Signal()

    def __init__(self, service: SyncService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner = service, runner
        self.setWindowTitle(self.tr("Pengaturan server sinkronisasi"))
        status = service.status()
        self.address = QLineEdit(status.server_url or "https://")
        self.username = QLineEdit(status.username or "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.device_name = QLineEdit()
        self.device_name.setPlaceholderText(self.tr("mis. Laptop Pendamping Paser"))
        self.cap = QSpinBox()
        self.cap.setRange(0, 500)
        self.cap.setSuffix(" MB")
        self.cap.setValue(status.download_cap // MB)
        self.cap.setToolTip(self.tr("Berkas yang lebih besar diunduh saat dibuka saja."))
        form = QFormLayout()
        form.addRow(self.tr("Alamat server:"), self.address)
        form.addRow(self.tr("Nama pengguna:"), self.username)
        form.addRow(self.tr("Kata sandi:"), self.password)
        form.addRow(self.tr("Nama perangkat:"), self.device_name)
        form.addRow(self.tr("Unduh otomatis berkas sampai:"), self.cap)
        self.enrol_button = QPushButton(self.tr("Daftarkan perangkat"))
        self.enrol_button.clicked.connect(self.enrol)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("enrolMessage")
        where = service.credentials.where
        self.storage = QLabel(self.tr("Token perangkat disimpan di keyring sistem.")
                              if where == "keyring" else
                              self.tr("Token perangkat disimpan di berkas yang hanya dapat "
                                      "dibaca pengguna ini: {path}").format(path=where))
        self.storage.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.enrol_button)
        layout.addWidget(self.message)
        layout.addWidget(self.storage)
        layout.addWidget(buttons)
        self.cap.valueChanged.connect(lambda mb: self.runner.submit(
            lambda _c: self.service.set_download_cap(mb * MB), lambda _r: None,
            self._failed, writes=True))

    def enrol(self) -> None:
        address, user, password = (self.address.text(), self.username.text(),
                                   self.password.text())
        if not address.strip() or not user.strip() or not password:
            self.message.setText(self.tr("Isi alamat server, nama pengguna dan kata sandi."))
            return
        self.enrol_button.setEnabled(False)
        self.message.setText(self.tr("Menghubungi server…"))
        name = self.device_name.text().strip() or None
        self.runner.submit(lambda _c: self.service.enrol(address, user, password, name),
                           self._done, self._failed)

    def _done(self, credentials) -> None:
        self.password.clear()
        self.enrol_button.setEnabled(True)
        self.message.setText(self.tr("Perangkat terdaftar atas nama {user}.").format(
            user=credentials.username))
        self.enrolled.emit()

    def _failed(self, error: Exception) -> None:
        self.enrol_button.setEnabled(True)
        self.message.setText(str(error))

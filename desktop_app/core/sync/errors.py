"""Sync failures, each with a plain message in Indonesian for the user."""

from __future__ import annotations

from desktop_app.core.i18n import translate


class SyncError(Exception):
    """A sync failure; ``str(error)`` is the message shown to the user."""


class TransientError(SyncError):
    """Worth retrying later: no network, the server busy or restarting."""


class SyncTimeout(TransientError):
    """The server did not answer in time (the next request is made smaller)."""


class AuthError(SyncError):
    """The device token is missing, expired or revoked: enrol the device again."""


class RequestRefused(SyncError):
    """The server refused the request itself (a bug or a version mismatch)."""


class FileNotReady(SyncError):
    """The server does not (yet) hold a whole file: its uploader has not finished."""


class SyncCancelled(SyncError):
    def __init__(self) -> None:
        super().__init__(translate("Sync", "Sinkronisasi dibatalkan."))


def unreachable(detail: str) -> TransientError:
    return TransientError(translate(
        "Sync", "Server tidak dapat dihubungi ({detail}). Sinkronisasi dicoba lagi otomatis."
    ).format(detail=detail))


def timed_out() -> SyncTimeout:
    return SyncTimeout(translate(
        "Sync", "Server tidak menjawab tepat waktu; dicoba lagi dengan kiriman lebih kecil."))


def server_failed(status: int) -> TransientError:
    return TransientError(translate(
        "Sync", "Server sedang bermasalah (kode {status}); dicoba lagi nanti.").format(
            status=status))


def not_authorised(detail: str) -> AuthError:
    return AuthError(translate(
        "Sync", "Perangkat belum terdaftar atau tokennya tidak berlaku lagi ({detail}). "
                "Daftarkan ulang perangkat di Pengaturan server.").format(detail=detail))


def refused(status: int, detail: str) -> RequestRefused:
    return RequestRefused(translate(
        "Sync", "Server menolak permintaan (kode {status}): {detail}").format(
            status=status, detail=detail))


def file_not_ready(sha256: str) -> FileNotReady:
    return FileNotReady(translate(
        "Sync", "Berkas {name} belum lengkap di server (pengirimnya belum selesai "
                "mengunggah); dicoba lagi pada sinkronisasi berikutnya.").format(name=sha256[:12]))

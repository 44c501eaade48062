"""One consistent icon set: the theme's icon where the desktop has one, else Qt's own
standard icons (shipped with Qt, free licence); nothing is downloaded."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

SP = QStyle.StandardPixmap
# name -> (freedesktop theme name, Qt standard pixmap used when the theme lacks it)
ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "import": ("document-import", SP.SP_ArrowDown),
    "backup": ("document-save-as", SP.SP_DialogSaveButton),
    "restore": ("document-revert", SP.SP_BrowserReload),
    "settings": ("preferences-system", SP.SP_FileDialogDetailedView),
    "new": ("document-new", SP.SP_FileIcon),
    "quit": ("application-exit", SP.SP_DialogCloseButton),
    "about": ("help-about", SP.SP_MessageBoxInformation),
    "villages": ("go-home", SP.SP_DirHomeIcon),
    "idm": ("x-office-spreadsheet", SP.SP_FileDialogContentsView),
    "action_plan": ("view-calendar-tasks", SP.SP_FileDialogInfoView),
    "meetings": ("x-office-document", SP.SP_FileDialogListView),
    "findings": ("dialog-warning", SP.SP_MessageBoxWarning),
    "map": ("applications-internet", SP.SP_DriveNetIcon),
    "sync": ("view-refresh", SP.SP_BrowserReload),
    "user": ("system-users", SP.SP_DirIcon),
}


def icon(name: str) -> QIcon:
    theme, fallback = ICONS[name]
    return QIcon.fromTheme(theme, QApplication.style().standardIcon(fallback))

import pytest


@pytest.fixture
def open_window(qtbot):
    """Opens the real main window on a workspace and waits for the first village list."""
    from desktop_app.ui.app import create_application
    from desktop_app.ui.main_window import MainWindow

    create_application()
    windows = []

    def opener(workspace) -> MainWindow:
        window = MainWindow(workspace)
        window.show()
        with qtbot.waitSignal(window.villages.model.loaded, timeout=10_000):
            pass
        windows.append(window)
        return window

    yield opener
    for window in windows:
        window.runner.wait_idle()
        window._closing = True  # a test may leave unsaved edits: close without asking
        window.close()
        window.deleteLater()

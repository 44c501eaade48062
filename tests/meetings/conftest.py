from tests.ui.conftest import open_window  # noqa: F401 - the real main window fixture

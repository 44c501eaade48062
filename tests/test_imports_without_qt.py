"""Every module of the core and of the server imports where Qt cannot be imported."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Runs in a fresh interpreter: PySide6 and shiboken6 refuse to load, then every module of
# the packages is imported; prints the modules that failed with their error.
PROBE = textwrap.dedent("""
    import importlib, importlib.abc, pkgutil, sys

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"Qt is absent here ({name})")
            return None

    sys.meta_path.insert(0, NoQt())
    failed, count = [], 0
    for package_name in sys.argv[1:]:
        try:
            package = importlib.import_module(package_name)
        except Exception as error:  # the package itself needs what is absent
            failed.append(f"{package_name}: {type(error).__name__}: {error}")
            continue
        for info in pkgutil.walk_packages(package.__path__, package_name + "."):
            count += 1
            try:
                importlib.import_module(info.name)
            except Exception as error:  # report them all, not just the first
                failed.append(f"{info.name}: {type(error).__name__}: {error}")
    print(count)
    print("\\n".join(failed))
""")


def _import_all(*packages: str) -> tuple[int, list[str]]:
    result = subprocess.run([sys.executable, "-c", PROBE, *packages], capture_output=True,
                            text=True, check=False, timeout=300)
    assert result.returncode == 0, result.stderr
    count, *failed = result.stdout.strip().splitlines()
    return int(count), [line for line in failed if line]


def test_core_and_server_import_without_qt():
    count, failed = _import_all("desktop_app.core", "provincial_server")
    assert failed == []
    assert count > 100  # the walk really found the modules


def test_the_probe_notices_a_module_that_needs_qt():
    _count, failed = _import_all("desktop_app.ui")
    assert any("Qt is absent here" in line for line in failed)

"""The non-GUI layers never import Qt: import every module of them with PySide6 made unimportable."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import textwrap

import photofollow

QT_FREE_PACKAGES = ("domain", "imaging", "storage", "services")


def test_qt_free_layers_import_without_qt():
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError(f"Qt imported from a Qt-free layer: {name}")
                return None

        sys.meta_path.insert(0, BlockQt())
        import photofollow
        for package in %r:
            root = importlib.import_module("photofollow." + package)
            for info in pkgutil.walk_packages(root.__path__, root.__name__ + "."):
                importlib.import_module(info.name)
        print("ok")
        """
    ).replace("%r", repr(QT_FREE_PACKAGES))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_import_linter_contracts_hold():
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(_pyproject())) == 0


def _pyproject():
    from pathlib import Path

    return Path(photofollow.__file__).resolve().parents[2] / "pyproject.toml"


def test_every_qt_free_package_is_walked():
    # Guards the test above from silently checking nothing.
    names = [m.name for m in pkgutil.iter_modules(photofollow.__path__)]
    for package in QT_FREE_PACKAGES:
        assert package in names

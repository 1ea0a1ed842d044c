"""Build hook: compile the Qt Linguist sources (assets/translations/*.ts) into .qm files at install time.

Everything else about the package is declared in pyproject.toml. The compiled .qm files are build output
(ignored by git); `pyside6-lrelease` comes from PySide6-Essentials, which is a build requirement.
"""

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "assets" / "translations"
COMPILED = ROOT / "src" / "photofollow" / "assets" / "translations"


def lrelease_path() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/bin/lrelease", "Qt/libexec/lrelease"):
        if (folder / name).exists():
            return folder / name
    raise RuntimeError(f"Qt's lrelease was not found in {folder}: cannot compile the translations")


class BuildWithTranslations(build_py):
    def run(self):
        sources = sorted(SOURCES.glob("*.ts"))
        if sources:
            COMPILED.mkdir(parents=True, exist_ok=True)
            lrelease = lrelease_path()
            for source in sources:
                target = COMPILED / f"{source.stem}.qm"
                subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})

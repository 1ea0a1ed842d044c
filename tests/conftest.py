"""Shared fixtures: the shared corpus (skipped cleanly when absent); isolation from the user's real data."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = Path(os.environ.get("PHOTOFOLLOW_SHARED", REPO_ROOT.parent / "shared"))
CORPUS_DIR = SHARED_DIR / "corpus" / "exif"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """No test reads or writes the user's real settings or library."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("PHOTOFOLLOW_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("PHOTOFOLLOW_LIBRARY", str(home / "library"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))


@pytest.fixture
def amsterdam_time(monkeypatch):
    """Local time is Amsterdam's (with DST), whatever the machine says, so local-zone rules are tested."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def pytest_generate_tests(metafunc):
    """A test marked `backends` runs twice: on a SQLite folder library and on a PostgreSQL library."""
    definition = metafunc.definition
    if (
        definition.get_closest_marker("backends")
        and not definition.get_closest_marker("folder_only")
        and "library_backend" in metafunc.fixturenames
    ):
        metafunc.parametrize("library_backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def library_backend(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres_cluster():
    """A throwaway PostgreSQL server for the whole run (tests/postgres_cluster.py); skipped with the reason
    when none can be started here."""
    from postgres_cluster import PASSWORD, Cluster, ClusterUnavailable

    try:
        cluster = Cluster().start()
    except ClusterUnavailable as error:
        pytest.skip(f"no PostgreSQL server can be started: {error}")
    previous = os.environ.get("PGPASSWORD")
    os.environ["PGPASSWORD"] = PASSWORD  # as a clinic passes it; child processes inherit it
    yield cluster
    if previous is None:
        os.environ.pop("PGPASSWORD", None)
    else:
        os.environ["PGPASSWORD"] = previous
    cluster.stop()


@pytest.fixture
def library_location(request, library_backend, tmp_path) -> str:
    """Where a new library goes: a folder, or a fresh database on the test server with its store folder."""
    if library_backend == "sqlite":
        yield str(tmp_path / "library")
        return
    cluster = request.getfixturevalue("postgres_cluster")
    database = cluster.new_database()
    yield cluster.url(database, tmp_path / "store")
    cluster.drop_database(database)


@pytest.fixture
def library(library_location):
    """A new, empty library opened for writing: a real SQLite file and photo store, or (tests marked
    `backends`, run on both) a real PostgreSQL database and store folder."""
    from photofollow.storage.library import Library

    opened = Library.open(library_location, create=True)
    yield opened
    opened.close()


@pytest.fixture
def inline_runner(qapp):
    """GUI operations run at once in the test's thread (Picard's FakeThreadPool): the window is filled
    before the test looks at it."""
    from photofollow.ui.operations import OperationRunner

    runner = OperationRunner(inline=True)
    yield runner
    runner.shutdown()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED_DIR.is_dir():
        pytest.skip(f"the shared folder ({SHARED_DIR}) is absent: corpus tests need it")
    return SHARED_DIR


@pytest.fixture(scope="session")
def corpus_dir(shared_dir) -> Path:
    if not CORPUS_DIR.is_dir():
        pytest.skip(f"the EXIF corpus ({CORPUS_DIR}) is absent")
    return CORPUS_DIR


class SmallDisk:
    """A size-limited tmpfs mounted at `path`: a real file system that really fills up."""

    def __init__(self, path: Path):
        self.path = path

    def fill(self) -> Path:
        """Write a file until the disk refuses (unbuffered: nothing left to flush at close); returns it."""
        filler = self.path / "filler"
        with open(filler, "wb", buffering=0) as handle:
            try:
                while True:
                    handle.write(b"\0" * 65536)
            except OSError:
                pass
        return filler


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MB disk to fill (issue 11's full-disk tests); skipped with the reason where none can be mounted."""
    import subprocess

    if os.geteuid() != 0:
        pytest.skip("mounting a size-limited tmpfs needs root; the full disk cannot be made here")
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({made.stderr.decode().strip()})")
    try:
        size = os.statvfs(mount)
        if size.f_blocks * size.f_frsize > 64 << 20:  # never fill the real disk
            pytest.skip("the size-limited tmpfs did not take effect here")
        yield SmallDisk(mount)
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)

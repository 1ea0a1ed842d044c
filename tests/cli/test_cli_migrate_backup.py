"""Moving a clinic's folder library to a PostgreSQL server (`photofollow library migrate`), and backing up and
restoring a server library (`photofollow backup --library URL ...`), on the real server of the test fixture
(issue 14, point 3)."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import time
from contextlib import redirect_stderr, redirect_stdout
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from cli_helpers import jpeg, photofollow

from photofollow.cli import main

ADMIN = {"PHOTOFOLLOW_USER": "admin", "PHOTOFOLLOW_PASSWORD": "admin-pass-1"}
TABLES_WITH_ROWS = (
    "patients", "treatments", "visits", "photos", "symptom_entries", "visit_assessments", "users",
    "audit_log", "consents", "trash", "erasures", "library_settings",
)  # fmt: skip


@pytest.fixture(autouse=True)
def _local_time_is_amsterdam(amsterdam_time):
    """Local time in Amsterdam (see tests/conftest.py)."""


def _run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _cli(capsys, *args: str) -> SimpleNamespace:
    """The command run in this process (the real `main`), reported as `photofollow(...)` reports a child's."""
    status, out, err = _run(capsys, *args)
    return SimpleNamespace(returncode=status, stdout=out, stderr=err)


def _import(capsys, library: Path, photo: Path, patient: str, chart: str, kind: str = "baseline") -> None:
    status, out, err = _run(
        capsys, "import", "--library", str(library), "--patient", patient, "--chart", chart,
        "--treatment", "2024-03-05T10:00", "--visit", kind, "--no-analysis", str(photo),
    )  # fmt: skip
    assert status == 0, out + err


def _build_clinic(root: Path) -> Path:
    """A folder library as a clinic has it: two patients with treatments, visits and real JPEG photos, symptom
    entries, an assessment, named users and their audit trail, a consent with its signed form, a patient in
    the trash, an erased patient (erasures.json) and an orphan set aside."""
    library = root / "clinic"
    photos = root / "camera"

    def run(*args: str) -> str:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            status = main(list(args))
        assert status == 0, out.getvalue() + err.getvalue()
        return out.getvalue()

    def imported(photo: Path, patient: str, chart: str, kind: str = "baseline") -> None:
        run("import", "--library", str(library), "--patient", patient, "--chart", chart,
            "--treatment", "2024-03-05T10:00", "--visit", kind, "--no-analysis", str(photo))  # fmt: skip

    day = datetime(2024, 3, 5, 9, 30)
    imported(jpeg(photos / "anna-1.jpg", 1, day), "Anna Jansen", "1001")
    imported(jpeg(photos / "anna-2.jpg", 2, day + timedelta(minutes=1)), "Anna Jansen", "1001")
    imported(jpeg(photos / "anna-3.jpg", 3, day + timedelta(days=14)), "Anna Jansen", "1001", "follow-up")
    imported(jpeg(photos / "bram.jpg", 4, day), "Bram de Vries", "1002")
    imported(jpeg(photos / "carl.jpg", 5, day), "Carl Visser", "1003")
    timeline = run("timeline", "--library", str(library), "--patient", "1001", "--json")
    baseline, follow_up = json.loads(timeline)["treatments"][0]["visits"]
    run("visit", "assess", "--library", str(library), "--visit", str(follow_up["id"]), "--gais", "2",
        "--tier", "call", "--findings", "Firm nodule left cheek")  # fmt: skip
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO("admin-pass-1\nadmin-pass-1\n"))
        run("user", "add", "--library", str(library), "admin", "--role", "administrator")
        for key, value in ADMIN.items():
            patch.setenv(key, value)
        form = jpeg(root / "forms" / "signed.jpg", 9)
        run("consent", "add", "--library", str(library), "--patient", "1001", "--scope", "teaching",
            "--form", str(form))  # fmt: skip
        run("delete", "--library", str(library), "--patient", "1002")
        run("erase", "--library", str(library), "--patient", "1003", "--yes")

    from photofollow.domain.model import SymptomEntry, Trend
    from photofollow.storage.library import Library

    with Library.open(library) as opened:
        opened.replace_symptom_entries(
            follow_up["id"],
            [SymptomEntry(follow_up["id"], datetime.fromisoformat(follow_up["visited_at"]), "swelling", 4,
                          Trend.BETTER, "less since Monday")],
        )  # fmt: skip
    (library / "orphans").mkdir()
    (library / "orphans" / "found-on-the-disk.jpg").write_bytes(jpeg(root / "stray.jpg", 7).read_bytes())
    return library


@pytest.fixture(scope="module")
def clinic_template(tmp_path_factory) -> Path:
    """The clinic's library, built once for the module (as tests/conftest.py isolates a test: no real user
    folders, Amsterdam time); each test gets its own copy."""
    root = tmp_path_factory.mktemp("clinic-template")
    with pytest.MonkeyPatch.context() as patch:
        for key, name in (("PHOTOFOLLOW_CONFIG_DIR", "config"), ("PHOTOFOLLOW_LIBRARY", "library"),
                          ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "xdg-config")):  # fmt: skip
            patch.setenv(key, str(root / "user" / name))
        patch.setenv("TZ", "Europe/Amsterdam")
        time.tzset()
        try:
            return _build_clinic(root)
        finally:
            patch.undo()
            time.tzset()


@pytest.fixture
def clinic(clinic_template, tmp_path, monkeypatch) -> Path:
    """A copy of the clinic's library, its administrator signed in for the commands the test runs."""
    for key, value in ADMIN.items():
        monkeypatch.setenv(key, value)
    return Path(shutil.copytree(clinic_template, tmp_path / "clinic"))


def _fingerprint(folder: Path) -> dict[str, str]:
    """Every file of a library folder (its database, originals, forms...) by SHA-256; the lock file and
    SQLite's shared-memory index of readers are not the library's contents."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name not in ("library.lock", "library.sqlite3-shm")
    }


def _counts(folder: Path) -> dict[str, int]:
    connection = sqlite3.connect(folder / "library.sqlite3")
    try:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in TABLES_WITH_ROWS
        }
    finally:
        connection.close()


def _server_counts(url: str) -> dict[str, int]:
    from library_sql import run_sql

    return {table: run_sql(url, f"SELECT count(*) FROM {table}")[0][0] for table in TABLES_WITH_ROWS}


@pytest.fixture
def target(postgres_cluster, tmp_path):
    database = postgres_cluster.new_database()
    yield postgres_cluster.url(database, tmp_path / "share")
    postgres_cluster.drop_database(database)


def _without_library(text: str) -> dict:
    found = json.loads(text)
    found.pop("library", None)
    return found


def test_migrate_copies_every_row_and_original_and_leaves_the_source_as_it_was(clinic, target, capsys):
    reports = [["patients", "--json"], ["timeline", "--patient", "1001", "--json"]]
    source_reports = []
    for command in reports:
        status, out, err = _run(capsys, *command, "--library", str(clinic))
        assert status == 0, err
        source_reports.append(_without_library(out))  # (reading a patient is audited: before the counts)
    from library_sql import run_sql

    # A session that ended without closing left its note: it describes the old workstation, not the library.
    run_sql(clinic, "INSERT INTO library_settings (key, value) VALUES ('session:gone', '{}')")
    source_counts = _counts(clinic)
    source_counts["library_settings"] -= 1
    before = _fingerprint(clinic)
    assert all(source_counts[table] for table in TABLES_WITH_ROWS), source_counts
    originals = sorted(path for path in (clinic / "photos").rglob("*.jpg"))

    moved = photofollow("library", "migrate", "--from", str(clinic), "--to", target, "--json")
    assert moved.returncode == 0, moved.stderr
    report = json.loads(moved.stdout)
    assert report["originals"] == len(originals) == 4  # Carl's photo was erased
    assert report["other_files"] == 3  # the consent form, erasures.json, the orphan
    assert report["bytes"] == sum(p.stat().st_size for p in originals) + sum(
        (clinic / name).stat().st_size for name in ("erasures.json", "orphans/found-on-the-disk.jpg")
    ) + sum(p.stat().st_size for p in (clinic / "consent-forms").iterdir())
    for table in TABLES_WITH_ROWS:
        assert report["tables"][table] == source_counts[table], table

    assert _fingerprint(clinic) == before  # the source, byte for byte
    share = Path(target.split("store=", 1)[1])
    for original in originals:
        copied = share / original.relative_to(clinic)
        assert hashlib.sha256(copied.read_bytes()).hexdigest() == original.stem
    for name in ("erasures.json", "orphans/found-on-the-disk.jpg"):
        assert (share / name).read_bytes() == (clinic / name).read_bytes()
    assert sorted(p.name for p in (share / "consent-forms").iterdir()) == sorted(
        p.name for p in (clinic / "consent-forms").iterdir()
    )
    counts = _server_counts(target)
    for table in TABLES_WITH_ROWS:
        moved_entry = table == "audit_log"  # and the entry that says who moved the library (below)
        assert counts[table] == source_counts[table] + moved_entry, table
    assert run_sql(target, "SELECT count(*) FROM library_settings WHERE key LIKE ?", ("session:%",)) == [(0,)]
    for key in ("library_id", "pseudonym_salt"):
        query = "SELECT value FROM library_settings WHERE key = ?"
        assert run_sql(target, query, (key,)) == run_sql(clinic, query, (key,)) != []
    # The trail goes on where the folder's ended, with who moved the library as its next entry.
    trail = "SELECT id, entry_hash, action, detail FROM audit_log ORDER BY id"
    moved_trail, source_trail = run_sql(target, trail), run_sql(clinic, trail)
    assert moved_trail[:-1] == source_trail
    assert moved_trail[-1][2:] == ("move-library", f"from {clinic}")

    for command in (["verify"], ["audit", "verify"]):
        status, out, err = _run(capsys, *command, "--library", target)
        assert status == 0, out + err
    for command, source_report in zip(reports, source_reports, strict=True):
        status, out, err = _run(capsys, *command, "--library", target)
        assert status == 0, err
        assert _without_library(out) == source_report
    status, out, _ = _run(capsys, "trash", "list", "--library", target, "--json")
    assert status == 0 and "Bram" in out

    # New rows take new ids: the sequences were moved past the copied ones.
    newcomer = jpeg(clinic.parent / "camera" / "dana.jpg", 11, datetime(2024, 3, 5, 9, 45))
    _import(capsys, target, newcomer, "Dana Smit", "1004")  # type: ignore[arg-type]
    status, out, _ = _run(capsys, "patients", "--library", target, "--json")
    ids = [patient["id"] for patient in json.loads(out)["patients"]]
    assert len(ids) == len(set(ids)) == 2  # Anna and Dana (Bram is in the trash)
    status, out, err = _run(capsys, "audit", "verify", "--library", target)
    assert status == 0, out + err
    assert _fingerprint(clinic) == before


def test_migrate_refuses_a_library_in_use_a_share_of_another_library_and_a_database_that_holds_one(
    clinic, target, tmp_path, capsys
):
    from photofollow.storage.library import Library

    with Library.open(clinic):  # PhotoFollow still open on the old workstation
        busy = _cli(capsys, "library", "migrate", "--from", str(clinic), "--to", target)
    assert busy.returncode == 2
    assert "A PhotoFollow is using the library" in busy.stderr

    share = Path(target.split("store=", 1)[1])
    stranger = share / "photos" / "ab" / "cd" / ("abcd" + "0" * 60 + ".jpg")
    stranger.parent.mkdir(parents=True)
    stranger.write_bytes(b"another library's photo")
    mixed = _cli(capsys, "library", "migrate", "--from", str(clinic), "--to", target)
    assert mixed.returncode == 2
    assert "already holds photos of another library" in mixed.stderr and stranger.name in mixed.stderr
    stranger.unlink()

    backwards = _cli(capsys, "library", "migrate", "--from", target, "--to", target)
    assert backwards.returncode == 2 and "Give the library's folder with --from" in backwards.stderr
    not_a_server = _cli(capsys, "library", "migrate", "--from", str(clinic), "--to", str(tmp_path / "x"))
    assert not_a_server.returncode == 2 and "postgresql://USER@HOST:PORT/DATABASE" in not_a_server.stderr

    first = _cli(capsys, "library", "migrate", "--from", str(clinic), "--to", target)
    assert first.returncode == 0, first.stderr
    assert "original(s) copied and checked by SHA-256" in first.stdout
    again = _cli(capsys, "library", "migrate", "--from", str(clinic), "--to", target)
    assert again.returncode == 2
    assert "already holds a PhotoFollow library" in again.stderr


def test_an_older_library_moves_upgraded_and_stays_as_it_was(clinic, target, capsys):
    """A library an older PhotoFollow wrote is upgraded on a copy for the move, never in its folder."""
    import sqlalchemy as sa
    from alembic import command
    from alembic.config import Config
    from library_sql import run_sql

    from photofollow.storage import migrate

    engine = sa.create_engine(f"sqlite:///{clinic / 'library.sqlite3'}")
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(migrate.SCRIPT_LOCATION))
            config.attributes["connection"] = connection
            command.downgrade(config, "0007")
    finally:
        engine.dispose()
    before = _fingerprint(clinic)
    moved = _cli(capsys, "library", "migrate", "--from", str(clinic), "--to", target)
    assert moved.returncode == 0, moved.stderr
    assert _fingerprint(clinic) == before
    assert run_sql(clinic, "SELECT version_num FROM alembic_version") == [("0007",)]
    assert run_sql(target, "SELECT version_num FROM alembic_version") == [(migrate.HEAD_REVISION,)]
    status, out, err = _run(capsys, "verify", "--library", target)
    assert status == 0, out + err

    run_sql(clinic, "UPDATE alembic_version SET version_num = '9999'")  # a newer PhotoFollow's
    newer = _cli(capsys, "library", "migrate", "--from", str(clinic), "--to", target)
    assert newer.returncode == 2 and "written by a newer PhotoFollow (schema revision 9999)" in newer.stderr


def test_a_missing_original_stops_the_move_and_leaves_the_target_empty(clinic, target, capsys):
    from library_sql import run_sql

    victim = next((clinic / "photos").rglob("*.jpg"))
    victim.chmod(0o600)
    victim.unlink()
    moved = _cli(capsys, "library", "migrate", "--from", str(clinic), "--to", target)
    assert moved.returncode == 2
    assert victim.name in moved.stderr and "missing" in moved.stderr
    tables = run_sql(target, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    assert tables == []  # not even the schema: the same command runs again once the photo is back
    share = Path(target.split("store=", 1)[1])
    assert not [p for p in (share / "photos").rglob("*") if p.is_file()]  # copies made before were removed


def test_a_row_the_server_refuses_stops_the_move_naming_its_table(clinic, target, capsys):
    from library_sql import run_sql

    # SQLite keeps a text longer than its column; PostgreSQL does not.
    run_sql(clinic, "UPDATE users SET name = ? WHERE name = 'admin'", ("a" * 80,))
    moved = _cli(capsys, "library", "migrate", "--from", str(clinic), "--to", target)
    assert moved.returncode == 2
    assert "A row of the table users cannot be stored" in moved.stderr and "nothing was kept" in moved.stderr
    assert run_sql(target, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'") == []
    share = Path(target.split("store=", 1)[1])
    assert not [p for p in share.rglob("*") if p.is_file()]


def test_a_photo_folder_that_cannot_be_written_stops_the_move(clinic, target, tmp_path):
    from library_sql import run_sql

    share = Path(target.split("store=", 1)[1])
    (share / "photos").mkdir(parents=True)
    (share / "photos").chmod(0o555)
    try:
        moved = photofollow(
            "library", "migrate", "--from", str(clinic), "--to", target, as_ordinary_user=True
        )
    finally:
        (share / "photos").chmod(0o755)
    assert moved.returncode == 2
    assert "cannot be written" in moved.stderr and str(share) in moved.stderr
    assert run_sql(target, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'") == []


def test_ctrl_c_during_the_move_leaves_the_database_empty_and_removes_the_copies(clinic, target):
    from library_sql import run_sql

    from photofollow.services.moving import migrate_library

    seen: list[int] = []

    def interrupted_at_the_third_file(done: int, total: int, current) -> None:
        seen.append(done)
        if done == 2:
            raise KeyboardInterrupt  # what Ctrl+C raises in the main thread

    with pytest.raises(KeyboardInterrupt):
        migrate_library(clinic, target, progress=interrupted_at_the_third_file)
    assert seen == [0, 1, 2]  # two originals were in the share when it stopped
    assert run_sql(target, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'") == []
    share = Path(target.split("store=", 1)[1])
    assert not [p for p in share.rglob("*") if p.is_file()]
    report = migrate_library(clinic, target)  # the same move, again, from the start
    assert report.originals == 4 and report.originals_already_there == 0


# -- backups of a server library -----------------------------------------------------------------------------


@pytest.fixture
def server_library(target, tmp_path, capsys) -> str:
    """A server library holding one patient with two photos."""
    day = datetime(2024, 3, 5, 9, 30)
    for seed in (1, 2):
        photo = jpeg(tmp_path / "camera" / f"anna-{seed}.jpg", seed, day + timedelta(minutes=seed))
        _import(capsys, target, photo, "Anna Jansen", "1001")  # type: ignore[arg-type]
    return target


def _patient_names(capsys, location: str) -> list[str]:
    status, out, err = _run(capsys, "patients", "--library", location, "--json")
    assert status == 0, err
    return [patient["name"] for patient in json.loads(out)["patients"]]


def test_backup_out_then_restore_takes_back_what_changed_since(server_library, tmp_path, capsys):
    out = tmp_path / "saved" / "clinic.dump"
    out.parent.mkdir()
    made = photofollow("backup", "--library", server_library, "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == str(out)
    assert out.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert [p.name for p in out.parent.iterdir()] == ["clinic.dump"]  # no temporary file left

    newcomer = jpeg(tmp_path / "camera" / "dana.jpg", 11, datetime(2024, 3, 5, 9, 45))
    _import(capsys, server_library, newcomer, "Dana Smit", "1004")  # type: ignore[arg-type]
    assert sorted(_patient_names(capsys, server_library)) == ["Anna Jansen", "Dana Smit"]

    restored = _cli(capsys, "backup", "--library", server_library, "restore", str(out))
    assert restored.returncode == 0, restored.stderr
    assert "1 patient(s), 2 photo(s)" in restored.stdout
    assert "1 photo(s) in the library are unknown to this backup" in restored.stdout  # Dana's: kept, unfiled
    assert _patient_names(capsys, server_library) == ["Anna Jansen"]
    status, text, err = _run(capsys, "verify", "--library", server_library)
    assert status == 0, text + err
    status, text, err = _run(capsys, "audit", "verify", "--library", server_library)
    assert status == 0, text + err

    # What was there before the restore is kept as a dump of its own, and restores Dana again.
    listed = _cli(capsys, "backup", "--library", server_library, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    (before,) = json.loads(listed.stdout)["backups"]
    assert before["kind"] == "before-restore" and before["name"].endswith(".dump")
    again = _cli(capsys, "backup", "--library", server_library, "restore", before["name"])
    assert again.returncode == 0, again.stderr
    assert sorted(_patient_names(capsys, server_library)) == ["Anna Jansen", "Dana Smit"]


def test_restore_is_refused_while_another_workstation_has_the_library_open(server_library, capsys):
    from photofollow.storage.library import Library

    now = _cli(capsys, "backup", "--library", server_library, "now")
    assert now.returncode == 0, now.stderr
    name = Path(now.stdout.strip()).name
    assert name.startswith("library-") and name.endswith("-manual.dump")
    listed = _cli(capsys, "backup", "--library", server_library, "list")
    assert name in listed.stdout

    unmounted = server_library.replace("store=", "store=/nonexistent")
    assert "Is the shared folder mounted" in _cli(capsys, "backup", "--library", unmounted, "list").stderr

    with Library.open(server_library):  # the consulting room's PhotoFollow
        refused = _cli(capsys, "backup", "--library", server_library, "restore", name)
        assert refused.returncode == 2
        assert "open on" in refused.stderr and "--force" in refused.stderr
        forced = _cli(capsys, "backup", "--library", server_library, "restore", name, "--force")
        assert forced.returncode == 0, forced.stderr
    assert _patient_names(capsys, server_library) == ["Anna Jansen"]


def test_a_missing_or_failing_pg_dump_is_named(
    server_library, postgres_cluster, tmp_path, capsys, monkeypatch
):
    out = tmp_path / "clinic.dump"
    monkeypatch.setenv("PHOTOFOLLOW_PG_BINDIR", str(tmp_path))
    missing = _cli(capsys, "backup", "--library", server_library, "--out", str(out))
    monkeypatch.delenv("PHOTOFOLLOW_PG_BINDIR")
    assert missing.returncode == 2
    assert "pg_dump" in missing.stderr and "is not in" in missing.stderr
    assert not out.exists()

    # A database user who may connect but not read the library's tables: pg_dump itself fails, and says why.
    database = server_library.split("?")[0].split("/")[-1]
    postgres_cluster.psql("CREATE ROLE clerk LOGIN PASSWORD 'clerk-pass'")
    try:
        postgres_cluster.psql(f'GRANT CONNECT ON DATABASE "{database}" TO clerk')
        as_clerk = server_library.replace("photofollow_test@", "clerk@")
        with monkeypatch.context() as as_the_clerk:
            as_the_clerk.setenv("PGPASSWORD", "clerk-pass")
            failed = _cli(capsys, "backup", "--library", as_clerk, "--out", str(out))
        assert failed.returncode == 2
        assert "pg_dump failed" in failed.stderr and "permission denied" in failed.stderr
        assert list(tmp_path.glob("*.dump*")) == []  # nothing half-written
    finally:
        postgres_cluster.psql(f'REVOKE CONNECT ON DATABASE "{database}" FROM clerk')
        postgres_cluster.psql("DROP ROLE clerk")


def test_out_writes_a_copy_of_a_folder_library_and_an_action_is_still_needed_without_it(
    clinic, tmp_path, capsys
):
    out = tmp_path / "copy.sqlite3"
    made = _cli(capsys, "backup", "--library", str(clinic), "--out", str(out))
    assert made.returncode == 0, made.stderr
    connection = sqlite3.connect(out)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM photos").fetchone() == (4,)
    finally:
        connection.close()
    nothing = _cli(capsys, "backup", "--library", str(clinic))
    assert nothing.returncode == 2 and "--out FILE" in nothing.stderr
    both = _cli(capsys, "backup", "--library", str(clinic), "--out", str(out), "now")
    assert both.returncode == 2 and "leave out the action now" in both.stderr


def test_a_dump_made_before_a_schema_upgrade_restores_and_is_upgraded_again(target, tmp_path, capsys):
    """pg_restore --clean drops only what the dump holds: the newer revisions' functions (0008's triggers)
    must not stop the upgrade that follows the restore."""
    from alembic import command
    from alembic.config import Config

    from photofollow.storage import migrate, server

    address = server.ServerAddress.parse(target)
    engine = server.create_engine(address)
    try:
        with engine.connect() as connection, connection.begin():
            config = Config()
            config.set_main_option("script_location", str(migrate.SCRIPT_LOCATION))
            config.attributes["connection"] = connection
            command.upgrade(config, "0007")  # a library as an older PhotoFollow left it
    finally:
        engine.dispose()
    for folder in ("photos", "backups"):
        (address.store / folder).mkdir(parents=True)
    old = tmp_path / "before-the-upgrade.dump"
    made = _cli(capsys, "backup", "--library", target, "--out", str(old))
    assert made.returncode == 0, made.stderr

    photo = jpeg(tmp_path / "camera" / "anna.jpg", 1, datetime(2024, 3, 5, 9, 30))
    _import(capsys, target, photo, "Anna Jansen", "1001")  # type: ignore[arg-type]  (upgrades to the head)
    restored = _cli(capsys, "backup", "--library", target, "restore", str(old))
    assert restored.returncode == 0, restored.stderr
    assert "0 patient(s), 0 photo(s)" in restored.stdout
    assert "1 photo(s) in the library are unknown" in restored.stdout
    from library_sql import run_sql

    assert run_sql(target, "SELECT version_num FROM alembic_version") == [(migrate.HEAD_REVISION,)]
    status, out, err = _run(capsys, "verify", "--library", target)
    assert status == 0, out + err

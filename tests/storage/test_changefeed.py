"""Change notifications on a shared library (issue 14): what one workstation commits reaches the others'
change feeds as the Changes their windows refresh from; a server lost is told and reached again. Real
PostgreSQL server (tests/postgres_cluster.py), two Library objects on one database as two workstations."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from photofollow.domain.model import Area, Patient, Treatment, Visit, VisitKind
from photofollow.services import records
from photofollow.services.changes import Changes
from photofollow.services.sharing import changes_of, watch
from photofollow.storage.changefeed import ChangeFeed, Notice
from photofollow.storage.library import Library

TRACKED = (
    "patients",
    "treatments",
    "visits",
    "photos",
    "symptom_entries",
    "visit_assessments",
    "trash",
    "consents",
)
WHEN = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


class Heard:
    """What a feed told, gathered from its thread."""

    def __init__(self) -> None:
        self.changes: list[Changes] = []
        self.connection: list[bool] = []
        self._guard = threading.Lock()

    def changed(self, changes: Changes) -> None:
        with self._guard:
            self.changes.append(changes)

    def connected(self, connected: bool) -> None:
        with self._guard:
            self.connection.append(connected)

    def merged(self) -> Changes:
        with self._guard:
            total = Changes()
            for changes in self.changes:
                total = total | changes
            return total

    def wait_for(self, test, what: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not test():
            assert time.monotonic() < deadline, (
                f"never happened: {what}; heard {self.changes} {self.connection}"
            )
            time.sleep(0.05)


@pytest.fixture
def server_location(postgres_cluster, tmp_path):
    database = postgres_cluster.new_database()
    yield database, postgres_cluster.url(database, tmp_path / "store")
    postgres_cluster.drop_database(database)


@pytest.fixture
def workstations(server_location):
    """Two workstations on one shared library: (this one, the other one)."""
    _database, location = server_location
    here = Library.open(location, create=True)
    there = Library.open(location)
    yield here, there
    there.close()
    here.close()


def _watched(library: Library) -> tuple[Heard, object]:
    heard = Heard()
    feed = watch(library, heard.changed, heard.connected)
    assert feed is not None
    assert feed.listening.wait(30), "the feed never started listening"
    return heard, feed


def test_triggers_notify_on_every_tracked_table(postgres_cluster, workstations, server_location):
    database, _location = server_location
    rows = postgres_cluster.psql(
        "SELECT c.relname || ':' || string_agg(t.tgname, ',' ORDER BY t.tgname) FROM pg_trigger t "
        "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal GROUP BY c.relname",
        database,
    ).splitlines()
    found = dict(row.split(":") for row in rows)
    assert set(found) == set(TRACKED)
    for table in TRACKED:
        assert found[table] == "photofollow_deleted,photofollow_inserted,photofollow_updated"


def test_a_folder_library_has_no_triggers_and_no_feed(tmp_path):
    library = Library.open(tmp_path / "library", create=True)
    try:
        with library.engine.connect() as connection:
            triggers = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            ).all()
        assert triggers == []
        assert watch(library, lambda _c: None, lambda _c: None) is None
    finally:
        library.close()


def test_another_workstations_edits_arrive_as_changes(workstations):
    here, there = workstations
    heard, feed = _watched(here)
    try:
        patient, _ = records.save_patient(there, Patient("Mette Jensen", "C-77"))
        treatment, _ = records.save_treatment(there, Treatment(patient.id, WHEN, Area.FACE))
        visit, _ = records.save_visit(there, Visit(treatment.id, VisitKind.BASELINE, WHEN))
        heard.wait_for(lambda: visit.id in heard.merged().visits, "the new visit")
        merged = heard.merged()
        assert merged.patients == {patient.id}
        assert merged.treatments == {treatment.id}
        assert merged.patient_details  # a new patient: the patient list
        assert not merged.trash

        heard.changes.clear()
        records.edit_visit(there, visit.id, kind=VisitKind.FOLLOW_UP)
        heard.wait_for(lambda: heard.changes, "the edited visit")
        assert heard.merged() == Changes(
            patients=frozenset({patient.id}),
            treatments=frozenset({treatment.id}),
            visits=frozenset({visit.id}),
        )

        heard.changes.clear()
        records.delete(there, "visit", visit.id)
        heard.wait_for(lambda: heard.merged().trash, "the visit in the trash")
        assert visit.id in heard.merged().visits and patient.id in heard.merged().patients
    finally:
        feed.close()


def test_own_changes_are_left_out(workstations):
    """The window that made a change refreshed from it already; notifications arrive in commit order, so once
    the other workstation's later change is heard, ours would have been heard before it."""
    here, there = workstations
    heard, feed = _watched(here)
    try:
        ours, _ = records.save_patient(here, Patient("Ours"))
        theirs, _ = records.save_patient(there, Patient("Theirs"))
        heard.wait_for(lambda: theirs.id in heard.merged().patients, "the other workstation's patient")
        assert ours.id not in heard.merged().patients
    finally:
        feed.close()


def test_bursts_are_merged_and_large_statements_split(postgres_cluster, workstations, server_location):
    database, _location = server_location
    here, there = workstations
    # Quiet for a whole second before a burst is handed over: 60 commits in a row are one or two deliveries.
    notices: list[list[Notice]] = []
    feed = ChangeFeed(here.address, notices.append, lambda _c: None, settle_s=1.0, longest_wait_s=60)
    feed.start()
    try:
        assert feed.listening.wait(30)
        added = [records.save_patient(there, Patient(f"Patient {index}"))[0].id for index in range(60)]
        # One statement of 250 rows, outside PhotoFollow (no session): split into notifications of 100 rows.
        postgres_cluster.psql(
            "INSERT INTO patients (display_name) SELECT 'bulk ' || n FROM generate_series(1, 250) n", database
        )
        bulk = {
            int(value)
            for value in postgres_cluster.psql(
                "SELECT id FROM patients WHERE display_name LIKE 'bulk %'", database
            ).split()
        }

        def told() -> Changes:
            return changes_of(notice for burst in list(notices) for notice in burst)

        deadline = time.monotonic() + 60
        while not (set(added) | bulk) <= told().patients:
            assert time.monotonic() < deadline, "not every patient was told"
            time.sleep(0.05)
        assert len(notices) < 60  # merged, not one delivery per commit
        outside = [notice for burst in notices for notice in burst if notice.session is None]
        assert [len(notice.patients) for notice in outside] == [100, 100, 50]
        assert {notice.session for burst in notices for notice in burst} == {there.session_id, None}
    finally:
        feed.close()


def test_a_lost_server_is_told_and_reached_again(postgres_cluster, workstations, server_location):
    database, _location = server_location
    here, there = workstations
    heard, feed = _watched(here)
    try:
        assert heard.connection == [True]
        postgres_cluster.psql(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' "
            "AND pid <> pg_backend_pid()",
            database,
        )
        heard.wait_for(lambda: heard.connection[-2:] == [False, True], "lost, then connected again")
        # Listening again: and this workstation holds its session again (its presence lock ended with the
        # terminated connection).
        patient, _ = records.save_patient(there, Patient("After the cut"))
        heard.wait_for(lambda: patient.id in heard.merged().patients, "a change after reconnecting")
        with there.engine.connect() as connection:
            from photofollow.storage.server import session_alive

            assert session_alive(connection, here.session_id)
    finally:
        feed.close()


def test_an_unreadable_payload_is_skipped():
    assert Notice.from_payload("not json") is None
    assert Notice.from_payload('{"photos": [1]}') is None
    notice = Notice.from_payload('{"table": "photos", "session": null, "photos": [3], "visits": [2]}')
    assert notice == Notice("photos", None, frozenset(), frozenset(), frozenset({2}), frozenset({3}))


def test_an_older_server_library_gets_its_triggers_when_opened(postgres_cluster, server_location):
    """A library written before 0008 (here: downgraded by the revision itself) is upgraded on opening."""
    from alembic import command
    from alembic.config import Config

    from photofollow.storage import migrate

    database, location = server_location
    Library.open(location, create=True).close()
    config = Config()
    config.set_main_option("script_location", str(migrate.SCRIPT_LOCATION))
    engine = sa.create_engine(f"postgresql+psycopg://{postgres_cluster.url(database).split('://', 1)[1]}")
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0007")
    finally:
        engine.dispose()
    count = "SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'photofollow_%'"
    assert postgres_cluster.psql(count, database) == "0"
    Library.open(location).close()
    assert postgres_cluster.psql(count, database) == str(3 * len(TRACKED))
    assert postgres_cluster.psql("SELECT version_num FROM alembic_version", database) == migrate.HEAD_REVISION

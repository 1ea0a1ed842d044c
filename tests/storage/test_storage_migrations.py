"""Migrations: a library of an older revision opens upgraded (after a backup), a newer one is refused."""

from __future__ import annotations

import re
import shutil
import sqlite3
import textwrap
from datetime import datetime

import pytest
import sqlalchemy as sa

from photofollow.domain.errors import LibraryError, LibraryNewerThanProgram
from photofollow.domain.model import Patient, SymptomEntry, Trend, Visit
from photofollow.storage import migrate, schema
from photofollow.storage.backups import list_backups
from photofollow.storage.library import Library

# A later revision as a future PhotoFollow might write it: a new column, and a table copied by batch mode
# (SQLite's way to alter columns), which would cascade-delete symptom entries if foreign keys were enforced.
REVISION_0002 = '''
"""Test revision: visits get a room; patients get a referral note."""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("patients", sa.Column("referral", sa.Text, nullable=True))
    with op.batch_alter_table("visits", recreate="always") as batch:
        batch.add_column(sa.Column("room", sa.String, nullable=True))
'''


@pytest.fixture
def scripts_with_0002(tmp_path):
    location = tmp_path / "migrations"
    shutil.copytree(migrate.SCRIPT_LOCATION, location, ignore=shutil.ignore_patterns("__pycache__"))
    (location / "versions" / "0002_test.py").write_text(textwrap.dedent(REVISION_0002))
    return location


def _ddl(connection) -> set[str]:
    rows = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'alembic%'"
    )
    return {re.sub(r"\s+", " ", sql).strip() for (sql,) in rows}


def test_head_revision_constant_is_the_scripts_head():
    assert migrate.HEAD_REVISION == migrate.head_revision()


def test_migrations_create_exactly_what_the_schema_declares(library):
    reference = sa.create_engine("sqlite://")
    schema.metadata.create_all(reference)
    with reference.connect() as expected, library.engine.connect() as migrated:
        assert _ddl(migrated) == _ddl(expected)
        assert migrate.current_revision(migrated) == migrate.HEAD_REVISION


def test_older_library_opens_upgraded_after_a_backup_without_losing_rows(library, visit, scripts_with_0002):
    library.add(SymptomEntry(visit.id, datetime(2024, 3, 6, 8, 0), "cheek", 3, Trend.SAME))
    folder = library.folder
    library.close()

    upgraded = Library.open(folder, script_location=scripts_with_0002)
    try:
        assert upgraded.upgraded_from == "0001"
        assert upgraded.get(Patient, 1).display_name == "Anna Jansen"
        assert upgraded.get(Visit, visit.id) == visit
        assert len(upgraded.symptom_entries_of(visit.id)) == 1  # not cascaded away by the table copy
        with upgraded.engine.connect() as connection:
            assert migrate.current_revision(connection) == "0002"
            columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(visits)")}
            assert "room" in columns
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        before = [b for b in list_backups(folder / "backups") if b.kind == "before-0002"]
        assert len(before) == 1 and before[0].path in upgraded.backups_made
    finally:
        upgraded.close()
    # The backup is the library as it was: revision 0001, same rows.
    backup = sqlite3.connect(before[0].path)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert backup.execute("SELECT display_name FROM patients").fetchall() == [("Anna Jansen",)]
    assert backup.execute("SELECT count(*) FROM symptom_entries").fetchone() == (1,)
    backup.close()

    # Opening it again is a no-op; this program's own scripts (head 0001) now find it too new.
    Library.open(folder, script_location=scripts_with_0002).close()
    with pytest.raises(LibraryNewerThanProgram, match="newer PhotoFollow"):
        Library.open(folder)


def test_reader_upgrades_an_older_library_too(library, scripts_with_0002):
    folder = library.folder
    library.close()
    reader = Library.open(folder, write=False, script_location=scripts_with_0002)
    try:
        assert reader.upgraded_from == "0001"
        assert not reader.writable
    finally:
        reader.close()


def test_future_revision_is_refused_and_left_untouched(library):
    folder = library.folder
    library.close()
    connection = sqlite3.connect(folder / "library.sqlite3")
    connection.execute("UPDATE alembic_version SET version_num = '7f3e_future'")
    connection.commit()
    connection.close()
    before = (folder / "library.sqlite3").read_bytes()
    with pytest.raises(LibraryNewerThanProgram) as caught:
        Library.open(folder)
    assert "7f3e_future" in str(caught.value)
    assert (folder / "library.sqlite3").read_bytes() == before
    # The refusal released the lock: a fixed library opens again.
    connection = sqlite3.connect(folder / "library.sqlite3")
    connection.execute("UPDATE alembic_version SET version_num = '0001'")
    connection.commit()
    connection.close()
    Library.open(folder).close()


def test_an_sqlite_file_that_is_not_a_library_is_refused(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    connection = sqlite3.connect(folder / "library.sqlite3")
    connection.execute("CREATE TABLE notes (text)")
    connection.commit()
    connection.close()
    with pytest.raises(LibraryError, match="not a PhotoFollow library"):
        Library.open(folder)

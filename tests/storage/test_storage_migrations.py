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
REVISION_NEXT = '''
"""Test revision: visits get a room; patients get a referral note."""
import sqlalchemy as sa
from alembic import op

revision = "9001_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("patients", sa.Column("referral", sa.Text, nullable=True))
    with op.batch_alter_table("visits", recreate="always") as batch:
        batch.add_column(sa.Column("room", sa.String, nullable=True))
'''


@pytest.fixture
def scripts_with_next(tmp_path):
    location = tmp_path / "migrations"
    shutil.copytree(migrate.SCRIPT_LOCATION, location, ignore=shutil.ignore_patterns("__pycache__"))
    (location / "versions" / "9001_test.py").write_text(
        textwrap.dedent(REVISION_NEXT).replace("{head}", migrate.HEAD_REVISION)
    )
    return location


def _ddl(connection) -> set[str]:
    """Each table's and index's definition, normalised for what SQLite's table copy (Alembic batch mode)
    writes differently without changing the schema: a quoted table name, a parenthesised default, and
    the order of the table constraints (the columns keep their order)."""
    rows = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'alembic%'"
    )
    return {_normalised(re.sub(r"\s+", " ", sql).strip()) for (sql,) in rows}


def _normalised(sql: str) -> str:
    sql = re.sub(r'^CREATE TABLE "(\w+)"', r"CREATE TABLE \1", sql)
    sql = re.sub(r"DEFAULT \(('[^']*')\)", r"DEFAULT \1", sql)
    head, paren, body = sql.partition("(")
    if not head.startswith("CREATE TABLE") or not body.endswith(")"):
        return sql
    parts, depth, current = [], 0, ""
    for char in body[:-1]:
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        current += char
    parts.append(current.strip())
    columns = [part for part in parts if not part.startswith("CONSTRAINT")]
    constraints = sorted(part for part in parts if part.startswith("CONSTRAINT"))
    return f"{head}{paren} {', '.join(columns + constraints)} )"


def test_head_revision_constant_is_the_scripts_head():
    assert migrate.HEAD_REVISION == migrate.head_revision()


def test_migrations_create_exactly_what_the_schema_declares(library):
    reference = sa.create_engine("sqlite://")
    schema.metadata.create_all(reference)
    with reference.connect() as expected, library.engine.connect() as migrated:
        assert _ddl(migrated) == _ddl(expected)
        assert migrate.current_revision(migrated) == migrate.HEAD_REVISION


def test_older_library_opens_upgraded_after_a_backup_without_losing_rows(library, visit, scripts_with_next):
    library.add(SymptomEntry(visit.id, datetime(2024, 3, 6, 8, 0), "cheek", 3, Trend.SAME))
    folder = library.folder
    library.close()

    upgraded = Library.open(folder, script_location=scripts_with_next)
    try:
        assert upgraded.upgraded_from == migrate.HEAD_REVISION
        assert upgraded.get(Patient, 1).display_name == "Anna Jansen"
        assert upgraded.get(Visit, visit.id) == visit
        assert len(upgraded.symptom_entries_of(visit.id)) == 1  # not cascaded away by the table copy
        with upgraded.engine.connect() as connection:
            assert migrate.current_revision(connection) == "9001_test"
            columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(visits)")}
            assert "room" in columns
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        before = [b for b in list_backups(folder / "backups") if b.kind == "before-9001_test"]
        assert len(before) == 1 and before[0].path in upgraded.backups_made
    finally:
        upgraded.close()
    # The backup is the library as it was: this program's head revision, same rows.
    backup = sqlite3.connect(before[0].path)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (migrate.HEAD_REVISION,)
    assert backup.execute("SELECT display_name FROM patients").fetchall() == [("Anna Jansen",)]
    assert backup.execute("SELECT count(*) FROM symptom_entries").fetchone() == (1,)
    backup.close()

    # Opening it again is a no-op; this program's own scripts (one revision older) now find it too new.
    Library.open(folder, script_location=scripts_with_next).close()
    with pytest.raises(LibraryNewerThanProgram, match="newer PhotoFollow"):
        Library.open(folder)


def test_reader_upgrades_an_older_library_too(library, scripts_with_next):
    folder = library.folder
    library.close()
    reader = Library.open(folder, write=False, script_location=scripts_with_next)
    try:
        assert reader.upgraded_from == migrate.HEAD_REVISION
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
    connection.execute("UPDATE alembic_version SET version_num = ?", (migrate.HEAD_REVISION,))
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


def test_a_first_revision_library_gains_trash_and_rotation_keeping_its_rows(tmp_path):
    """0001 -> 0002 on a real file: the tables are recreated, rows and symptom entries survive."""
    from alembic import command
    from alembic.config import Config

    folder = tmp_path / "old"
    folder.mkdir()
    database = folder / "library.sqlite3"
    engine = sa.create_engine(f"sqlite:///{database}")
    config = Config()
    config.set_main_option("script_location", str(migrate.SCRIPT_LOCATION))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO patients (id, display_name, notes) VALUES (1, 'Anna Jansen', '')")
        connection.exec_driver_sql(
            "INSERT INTO treatments (id, patient_id, performed_at, area, goal, product, ingredients, physician)"
            " VALUES (1, 1, '2024-03-05T10:00:00.000000+01:00', 'face', '', '', '', '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO visits (id, treatment_id, kind, visited_at, notes)"
            " VALUES (1, 1, 'baseline', '2024-03-05T09:00:00.000000+01:00', '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO symptom_entries (id, visit_id, area, associated_symptoms) VALUES (1, 1, 'cheek', '')"
        )
    engine.dispose()
    with Library.open(folder) as library:
        assert library.upgraded_from == "0001"
        assert library.get(Patient, 1).display_name == "Anna Jansen"
        assert len(library.symptom_entries_of(1)) == 1
        assert [p.display_name for p in library.patients()] == ["Anna Jansen"]


def test_the_revisions_build_on_a_server_exactly_the_schema_the_program_declares(postgres_cluster, tmp_path):
    """The same revisions run on PostgreSQL: Alembic's own comparison finds nothing between the migrated
    database and storage/schema.py (tables, columns and types, nullability, indexes, unique and foreign keys)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    database = postgres_cluster.new_database()
    try:
        with Library.open(postgres_cluster.url(database, tmp_path / "store"), create=True) as library:
            with library.engine.connect() as connection:
                context = MigrationContext.configure(
                    connection, opts={"compare_type": True, "compare_server_default": False}
                )
                differences = compare_metadata(context, schema.metadata)
                assert migrate.current_revision(connection) == migrate.HEAD_REVISION
        assert differences == []
    finally:
        postgres_cluster.drop_database(database)

"""Schema revisions of the library database, run with Alembic (scripts in `storage/migrations/versions/`).

A library written by any earlier PhotoFollow opens upgraded: `Library.open()` backs the database up, then
upgrades it to `HEAD_REVISION`. A library whose revision this program does not know was written by a newer
PhotoFollow and is refused (`LibraryNewerThanProgram`) rather than misread.

`HEAD_REVISION` is written here so opening an up-to-date library never imports Alembic (start-up time);
tests/storage/test_migrations.py checks that it is the scripts' head.
"""

from __future__ import annotations

import enum
from pathlib import Path

import sqlalchemy as sa

from photofollow.domain.errors import LibraryError, LibraryNewerThanProgram
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase

HEAD_REVISION = "0009"
UPGRADE_LOCK = 0x50_46_00_01  # the advisory lock a server library's upgrade holds (storage/server.py)
SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"


class SchemaState(enum.Enum):
    EMPTY = "empty"  # a new database: create everything
    CURRENT = "current"
    OLDER = "older"  # needs an upgrade (after a backup)


def current_revision(connection: sa.Connection) -> str | None:
    """The revision stamped in the database, or None when it has none."""
    if "alembic_version" not in _table_names(connection):
        return None
    row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row[0] if row else None


def schema_state(
    connection: sa.Connection, database: Path, script_location: Path | None = None
) -> SchemaState:
    """Where the database stands against this program's revisions; raises when it cannot be used."""
    revision = current_revision(connection)
    if revision is None:
        if _table_names(connection):
            raise LibraryError(
                Phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "%1 is an SQLite database, but not a PhotoFollow library. Choose another folder.",
                    ),
                    (str(database),),
                )
            )
        return SchemaState.EMPTY
    if script_location is None and revision == HEAD_REVISION:
        return SchemaState.CURRENT
    scripts = _scripts(script_location)
    if revision == scripts.get_current_head():
        return SchemaState.CURRENT
    try:
        known = scripts.get_revision(revision)
    except Exception:  # alembic raises several types for an unknown id
        known = None
    if known is None:
        raise LibraryNewerThanProgram(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The library at %1 was written by a newer PhotoFollow (schema revision %2). "
                    "Install that version or a later one to open it; this version leaves it untouched.",
                ),
                (str(database.parent), str(revision)),
            )
        )
    return SchemaState.OLDER


def head_revision(script_location: Path | None = None) -> str:
    """The newest revision among the scripts (imports Alembic)."""
    return _scripts(script_location).get_current_head()


def upgrade(engine: sa.Engine, script_location: Path | None = None) -> None:
    """Bring the database to the head revision, with foreign keys checked after, not during, the change.

    SQLite cannot ALTER most columns, so a later revision may copy a table (Alembic batch mode); with foreign
    keys enforced that copy would cascade deletes, so enforcement is off while revisions run and the whole
    database is checked before the change is kept.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or SCRIPT_LOCATION))
    if engine.dialect.name != "sqlite":
        # A server checks foreign keys as each revision runs, and runs DDL inside the transaction too. Several
        # workstations may open an older library at once: the first upgrades, the others wait, then find it
        # current.
        with engine.connect() as connection, connection.begin():
            connection.execute(sa.select(sa.func.pg_advisory_xact_lock(UPGRADE_LOCK)))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        return
    with engine.connect() as connection:
        # PRAGMA foreign_keys is ignored inside a transaction: set it on the driver's connection before BEGIN.
        driver = connection.connection.driver_connection
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise LibraryError(
                        Phrase(
                            "Errors",
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "Upgrading the library left %1 broken references; nothing was changed. "
                                "Please report this, with the library's backups folder.",
                            ),
                            (len(problems),),
                        )
                    )
        finally:
            driver.execute("PRAGMA foreign_keys=ON")


def _table_names(connection: sa.Connection) -> list[str]:
    """The database's own tables (not SQLite's internal ones)."""
    return [name for name in sa.inspect(connection).get_table_names() if not name.startswith("sqlite_")]


def _scripts(script_location: Path | None):
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(script_location or SCRIPT_LOCATION))

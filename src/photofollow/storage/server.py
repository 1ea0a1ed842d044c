"""A library on a PostgreSQL server, shared by several workstations, with its photo store on a shared folder.

Address: `postgresql://USER@HOST:PORT/DATABASE?store=/path/to/share` (PORT, USER and the host may be left out
as libpq allows). The password never appears in it, nor in the program's settings: libpq reads it from the
usual places, `PGPASSWORD` or `~/.pgpass` (and `PGPASSFILE`, `PGSERVICE`, `sslmode` and the like work as
they do for psql). Other query parameters (say `sslmode=require`) are passed to libpq as they are.

What differs from a folder library (storage/library.py):
- Several PhotoFollows write at once. There is no lock file; each open library is a *session* that holds
  a PostgreSQL advisory lock for as long as it is open (`Presence`). An import names its session on its
  pending row and copies into an incoming folder of its own, so one workstation's start-up recovery settles
  only what sessions that are gone left behind, never an import another workstation is in the middle of.
- The store keeps its guarantees on the share (temporary file, fsync, rename); content addressing makes two
  workstations that import the same photo at once store it once.
- Backups of the database are the server's business (`photofollow backup --library URL --out FILE` runs
  pg_dump); SQLite's daily backups and quick check do not apply.
"""

from __future__ import annotations

import hashlib
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.exc import DBAPIError

from photofollow.domain.errors import (
    LibraryDamaged,
    LibraryError,
    LibraryFull,
    LibraryReadOnly,
    LibraryUnavailable,
    PhotoFollowError,
)
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase

SCHEMES = ("postgresql://", "postgres://")
APPLICATION_NAME = "PhotoFollow"
CONNECT_TIMEOUT_S = 10

# Advisory-lock keys (one 64-bit space per database): sessions take their own, derived from their id; the
# schema upgrade and the audit trail each take a fixed one.
UPGRADE_LOCK = 0x50_46_00_01
AUDIT_LOCK = 0x50_46_00_02
SESSION_SETTING = "photofollow.session"  # names the writing session in change notifications (migration 0008)


def is_server_address(text: str | os.PathLike) -> bool:
    return isinstance(text, str) and text.lower().startswith(SCHEMES)


@dataclass(frozen=True)
class ServerAddress:
    """Where a server library lives: the database and the photo store folder."""

    database: str
    store: Path
    host: str | None = None
    port: int | None = None
    user: str | None = None
    options: tuple[tuple[str, str], ...] = field(default=())  # other libpq parameters, as given

    @classmethod
    def parse(cls, text: str) -> ServerAddress:
        parts = urlsplit(text)
        if parts.password is not None:
            raise LibraryError(
                _says(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The library address %1 holds a password. Leave it out: PhotoFollow takes the "
                        "password from "
                        "PGPASSWORD or ~/.pgpass, so it is never stored in its settings.",
                    ),
                    shown_address(text),
                )
            )
        query = parse_qsl(parts.query, keep_blank_values=True)
        store = next((value for key, value in query if key == "store"), "")
        database = unquote(parts.path.lstrip("/"))
        if not database or not store:
            raise LibraryError(
                _says(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The library address %1 is incomplete: it needs the database and the shared photo "
                        "folder, "
                        "as in postgresql://USER@HOST:PORT/DATABASE?store=/path/to/share.",
                    ),
                    text,
                )
            )
        try:
            port = parts.port
        except ValueError as error:
            raise LibraryError(
                _says(QT_TRANSLATE_NOOP("Errors", "The library address %1 has an invalid port."), text)
            ) from error
        return cls(
            database=database,
            store=Path(store).expanduser().absolute(),
            host=parts.hostname,
            port=port,
            user=unquote(parts.username) if parts.username else None,
            options=tuple((key, value) for key, value in query if key != "store"),
        )

    def __str__(self) -> str:
        user = f"{self.user}@" if self.user else ""
        port = f":{self.port}" if self.port else ""
        query = urlencode([*self.options, ("store", str(self.store))], safe="/")
        return f"postgresql://{user}{self.host or ''}{port}/{self.database}?{query}"

    @property
    def server(self) -> str:
        """The server, as a person names it (host:port)."""
        return f"{self.host or 'localhost'}:{self.port or 5432}"

    def engine_url(self) -> sa.URL:
        return sa.URL.create(
            "postgresql+psycopg",
            username=self.user,
            host=self.host,
            port=self.port,
            database=self.database,
            query=dict(self.options),
        )


def shown_address(text: str) -> str:
    """An address with any password replaced, fit for a message or a log."""
    parts = urlsplit(text)
    if parts.password is None:
        return text
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return parts._replace(netloc=netloc).geturl()


def workstation_name() -> str:
    return socket.gethostname() or "?"


def create_engine(
    address: ServerAddress, *, read_only: bool = False, session_id: str | None = None
) -> sa.Engine:
    """The engine of a server library: connections checked before use (a server that restarted is reached
    again without the window closing), libpq's own password sources, errors typed for the user. Its
    connections name `session_id` (the setting `photofollow.session`), so the change notifications of what
    they write say which session wrote it (migration 0008, storage/changefeed.py)."""
    connect_args: dict[str, Any] = {
        "application_name": f"{APPLICATION_NAME} {workstation_name()}"[:63],
        "connect_timeout": CONNECT_TIMEOUT_S,
    }
    if session_id is not None:
        given = dict(address.options).get("options", "")
        connect_args["options"] = f"{given} -c {SESSION_SETTING}={session_id}".strip()
    engine = sa.create_engine(
        address.engine_url(),
        pool_pre_ping=True,
        pool_size=4,
        max_overflow=4,
        connect_args=connect_args,
    )
    if read_only:

        @event.listens_for(engine, "connect")
        def _read_only(dbapi_connection: Any, record: Any) -> None:
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SET default_transaction_read_only = on")
            dbapi_connection.commit()

    @event.listens_for(engine, "handle_error")
    def _typed(context: Any) -> None:
        if context.is_pre_ping:
            return  # a pooled connection the server dropped: the pool opens a new one, nothing to tell
        typed = typed_error(context.original_exception, address, read_only)
        if typed is not None:
            raise typed from context.original_exception

    return engine


# -- errors ------------------------------------------------------------------------------------------------


def typed_error(
    error: BaseException, address: ServerAddress, read_only: bool = False
) -> PhotoFollowError | None:
    """The library error a server error means, or None for those callers handle themselves."""
    import psycopg

    if not isinstance(error, psycopg.Error):
        return None
    state = getattr(error, "sqlstate", None) or ""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if (
        state in ("28P01", "28000")
        or "password authentication failed" in text
        or "no password supplied" in text
    ):
        return LibraryError(
            _says(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database server %1 refused the sign-in (%2). Set the password in PGPASSWORD or "
                    "~/.pgpass "
                    "for this user, then try again.",
                ),
                address.server,
                text,
            )
        )
    if state == "3D000":
        return LibraryError(
            _says(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no database %1 on the server %2. Ask the administrator to create it (createdb "
                    "%1), "
                    "then try again.",
                ),
                address.database,
                address.server,
            )
        )
    if state == "53100":
        return LibraryFull(
            _says(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database server %1 is out of disk space; nothing was changed. Tell the "
                    "administrator.",
                ),
                address.server,
            )
        )
    if state in ("25006", "42501"):
        if read_only:
            return LibraryReadOnly(
                _says(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The library %1 is open for reading only, so this change was not saved.",
                    ),
                    address.database,
                )
            )
        return LibraryReadOnly(
            _says(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database user may not change the library %1 on %2 (%3). Ask the administrator for "
                    "write "
                    "access.",
                ),
                address.database,
                address.server,
                text,
            )
        )
    if state in ("XX001", "XX002"):
        return LibraryDamaged(
            _says(
                QT_TRANSLATE_NOOP(
                    "Errors", "The database of the library %1 on %2 is damaged (%3). Tell the administrator."
                ),
                address.database,
                address.server,
                text,
            )
        )
    if isinstance(error, psycopg.OperationalError) and (not state or state.startswith(("08", "57P"))):
        return LibraryUnavailable(
            _says(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database server %1 cannot be reached (%2). Nothing half-written was kept; check "
                    "the network "
                    "and that the server runs, then try again.",
                ),
                address.server,
                text,
            )
        )
    return None


@contextmanager
def server_errors(address: ServerAddress) -> Iterator[None]:
    """Errors raised outside an engine's own handling (the first connection) as typed library errors."""
    import psycopg

    try:
        yield
    except DBAPIError as error:
        typed = typed_error(error.orig, address)
        if typed is not None:
            raise typed from error
        raise
    except psycopg.Error as error:
        typed = typed_error(error, address)
        if typed is not None:
            raise typed from error
        raise


def holds_library(address: ServerAddress) -> bool:
    """Whether the database holds a PhotoFollow library (its schema revision table)."""
    engine = create_engine(address, read_only=True)
    try:
        with server_errors(address), engine.connect() as connection:
            return sa.inspect(connection).has_table("alembic_version")
    finally:
        engine.dispose()


# -- sessions: who is working on the library now -------------------------------------------------------------


def session_key(session_id: str) -> int:
    """The advisory-lock key of a session: 63 bits of its id's hash (PostgreSQL's bigint is signed)."""
    return named_key(f"session:{session_id}")


def named_key(name: str) -> int:
    """An advisory-lock key for a name (a session, or a job such as "recovery"): 63 bits of its hash."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big") >> 1


class Presence:
    """This session's advisory lock, held on a connection of its own while the library is open: another
    workstation that can take the same lock knows this session is gone (closed, crashed or cut off)."""

    def __init__(self, engine: sa.Engine, session_id: str):
        self.session_id = session_id
        self._engine = engine
        self._connection: sa.Connection | None = None
        self._guard = threading.Lock()
        self.hold()

    def hold(self) -> None:
        """Take (or take again, after the server was lost) this session's lock."""
        with self._guard:
            if self._connection is not None:
                try:
                    self._connection.exec_driver_sql("SELECT 1")
                    return
                except (DBAPIError, PhotoFollowError):  # the engine types a lost server as LibraryUnavailable
                    self._connection.invalidate()
                    self._connection.close()
                    self._connection = None
            connection = self._engine.connect()
            connection.execute(sa.select(sa.func.pg_advisory_lock(session_key(self.session_id))))
            connection.commit()
            self._connection = connection

    def release(self) -> None:
        with self._guard:
            if self._connection is None:
                return
            try:
                self._connection.close()  # closing the connection ends the session, and its lock with it
            except (DBAPIError, PhotoFollowError):  # the server is gone, and the session with it
                pass
            self._connection = None


def session_alive(connection: sa.Connection, session_id: str) -> bool:
    """Whether the session still holds its advisory lock (is open somewhere)."""
    key = session_key(session_id)
    taken = connection.execute(sa.select(sa.func.pg_try_advisory_lock(key))).scalar_one()
    if taken:
        connection.execute(sa.select(sa.func.pg_advisory_unlock(key)))
        return False
    return True


def _says(template: str, *values: object) -> Phrase:
    return Phrase("Errors", template, tuple(str(value) for value in values))

"""A library shared by several workstations (issue 14): what the others change, as the `Changes` every window
already refreshes from, and whether the server can be reached.

`watch(library, on_changes, on_connection)` starts the library's change feed (storage/changefeed.py) on a
shared library and returns it (`close()` it with the library); a folder library has one writer, so there is
nothing to watch and it returns None.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from photofollow.services.changes import Changes

if TYPE_CHECKING:
    from photofollow.storage.changefeed import ChangeFeed, Notice
    from photofollow.storage.library import Library


@dataclass(frozen=True)
class ServerPlace:
    """Where a shared library is, as a person names it: the server (host:port) and the database."""

    server: str
    database: str


def server_place(library: Library) -> ServerPlace | None:
    """The server and database of a shared library; None for a folder library."""
    if library.address is None:
        return None
    return ServerPlace(library.address.server, library.address.database)


def is_server_address(location: str | os.PathLike) -> bool:
    """Whether a library location is the address of a library on a server (postgresql://...), not a folder."""
    from photofollow.storage.server import is_server_address as is_address

    return isinstance(location, str) and is_address(location.strip())


def check_location(text: str) -> None:
    """Raise `LibraryError`, saying why, for a server address that cannot be used (a password in it, no
    database or no photo folder); a folder is checked when it is opened."""
    from photofollow.storage.server import ServerAddress

    if is_server_address(text):
        ServerAddress.parse(text.strip())


def changes_of(notices: Iterable[Notice]) -> Changes:
    """What the notices name, as one `Changes`: a patient's own row changed the patient list too; a record
    under a patient changed that patient's timeline; the trash's rows changed the trash."""
    changes = Changes()
    for notice in notices:
        changes = changes | Changes(
            patients=notice.patients,
            treatments=notice.treatments,
            visits=notice.visits,
            photos=notice.photos,
            patient_details=notice.table == "patients",
            trash=notice.table == "trash",
        )
    return changes


def watch(
    library: Library,
    on_changes: Callable[[Changes], None],
    on_connection: Callable[[bool], None],
) -> ChangeFeed | None:
    """Start telling `on_changes` what other sessions commit to the shared `library` (merged bursts; this
    library's own changes left out: its windows refreshed from them already), and `on_connection` when its
    server is lost (False) and reached again (True: changes made meanwhile were not told, refresh all).
    Both are called on the feed's thread. None for a folder library."""
    if library.address is None:
        return None
    from photofollow.storage.changefeed import ChangeFeed

    def reached(connected: bool) -> None:
        if connected:
            library.hold_presence()  # the server forgot this session while it was cut off
        on_connection(connected)

    def told(notices: list[Notice]) -> None:
        changes = changes_of(notices)
        if not changes.empty:
            on_changes(changes)

    return ChangeFeed(library.address, told, reached, own_session=library.session_id).start()

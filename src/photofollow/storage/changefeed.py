"""What other workstations change in a shared library, as it is committed: PostgreSQL's LISTEN on the channel
the triggers of migration 0008 notify, on a connection and a thread of the feed's own.

- Bursts are merged: notices are handed over once the channel has been quiet for `settle_s`, or every
  `longest_wait_s` while it never is (an import of 500 photos on another workstation is a handful of
  refreshes, not 500).
- The library's own session is skipped (`own_session`): the window that made a change refreshed from it
  already.
- A lost server is reported (`on_connection(False)`) and reached again with growing pauses (up to
  `MAX_RETRY_S`); `on_connection(True)` says it is back, and since notifications sent meanwhile are lost, the
  caller refreshes everything once then.

A notification is delivered only when its transaction commits, so nothing half-written is ever announced.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from photofollow.storage.server import APPLICATION_NAME, workstation_name

if TYPE_CHECKING:
    from photofollow.storage.server import ServerAddress

log = logging.getLogger(__name__)

CHANNEL = "photofollow_changes"  # migration 0008's triggers notify on it
FIRST_RETRY_S = 0.5
MAX_RETRY_S = 10.0
WAKE_EVERY_S = 0.1  # how often the feed's thread looks up from waiting (for a burst to hand over, for close)
PING_EVERY_S = 5.0  # a quiet connection is checked this often, so a server gone is noticed while idle too
CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True)
class Notice:
    """One notification: the table a committed statement changed, the session that wrote it (None when not a
    PhotoFollow session) and the records it touched, by id."""

    table: str
    session: str | None
    patients: frozenset[int]
    treatments: frozenset[int]
    visits: frozenset[int]
    photos: frozenset[int]

    @classmethod
    def from_payload(cls, payload: str) -> Notice | None:
        """The notice a payload holds; None for one this program cannot read (a newer PhotoFollow's)."""
        try:
            data = json.loads(payload)
            return cls(
                table=str(data["table"]),
                session=data.get("session") or None,
                **{key: frozenset(int(value) for value in data.get(key) or ()) for key in _ID_KEYS},
            )
        except (ValueError, TypeError, KeyError):
            return None


_ID_KEYS = ("patients", "treatments", "visits", "photos")


class ChangeFeed:
    """Listens for the changes committed to a shared library; `close()` stops it. Callbacks run on the feed's
    thread: `on_notices(list of Notice)` with each merged burst, `on_connection(bool)` when the server is lost
    and when it is reached again."""

    def __init__(
        self,
        address: ServerAddress,
        on_notices: Callable[[list[Notice]], None],
        on_connection: Callable[[bool], None],
        *,
        own_session: str | None = None,
        settle_s: float = 0.4,
        longest_wait_s: float = 2.0,
    ) -> None:
        self.address = address
        self._on_notices = on_notices
        self._on_connection = on_connection
        self._own_session = own_session
        self._settle_s = settle_s
        self._longest_wait_s = longest_wait_s
        self._stop = threading.Event()
        self.connected: bool | None = None  # None until the first try
        self.listening = threading.Event()  # set once LISTEN is in place (the first time)
        self._thread = threading.Thread(target=self._run, name="photofollow-changefeed", daemon=True)

    def start(self) -> ChangeFeed:
        self._thread.start()
        return self

    def close(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    # -- the feed's thread ---------------------------------------------------------------------------------

    def _run(self) -> None:
        import psycopg

        pause = FIRST_RETRY_S
        while not self._stop.is_set():
            try:
                connection = psycopg.connect(**self._connect_args(), autocommit=True)
            except psycopg.Error:
                self._set_connected(False)
                self._stop.wait(pause)
                pause = min(pause * 2, MAX_RETRY_S)
                continue
            try:
                connection.execute(f"LISTEN {CHANNEL}")
                pause = FIRST_RETRY_S
                self._set_connected(True)
                self.listening.set()
                self._listen(connection)
            except psycopg.Error:
                if not self._stop.is_set():
                    self._set_connected(False)
                    self._stop.wait(pause)
            finally:
                try:
                    connection.close()
                except psycopg.Error:
                    pass

    def _listen(self, connection) -> None:
        pending: list[Notice] = []
        first_at = last_at = quiet_since = time.monotonic()
        while not self._stop.is_set():
            for notify in connection.notifies(timeout=WAKE_EVERY_S):
                notice = Notice.from_payload(notify.payload)
                if notice is None or (self._own_session is not None and notice.session == self._own_session):
                    continue
                if not pending:
                    first_at = time.monotonic()
                pending.append(notice)
                last_at = time.monotonic()
            now = time.monotonic()
            if pending and (now - last_at >= self._settle_s or now - first_at >= self._longest_wait_s):
                burst, pending = pending, []
                self._tell(self._on_notices, burst)
                quiet_since = now
            elif not pending and now - quiet_since >= PING_EVERY_S:
                connection.execute("SELECT 1")  # raises when the server went away meanwhile
                quiet_since = now

    def _set_connected(self, connected: bool) -> None:
        if connected == self.connected:
            return
        self.connected = connected
        self._tell(self._on_connection, connected)

    @staticmethod
    def _tell(callback: Callable, value: object) -> None:
        try:
            callback(value)
        except Exception:  # a listener's bug must not end the feed: the next change is told all the same
            log.exception("A change feed listener failed")

    def _connect_args(self) -> dict:
        args: dict = {
            "dbname": self.address.database,
            "application_name": f"{APPLICATION_NAME} {workstation_name()} (changes)"[:63],
            "connect_timeout": CONNECT_TIMEOUT_S,
            # A cable pulled sends nothing: keepalives notice the silence within seconds.
            "keepalives": 1,
            "keepalives_idle": 5,
            "keepalives_interval": 2,
            "keepalives_count": 3,
            **dict(self.address.options),
        }
        for key, value in (
            ("host", self.address.host),
            ("port", self.address.port),
            ("user", self.address.user),
        ):
            if value is not None:
                args[key] = value
        return args

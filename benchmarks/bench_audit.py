"""The audit trail at clinic scale: one entry appended to a trail of 1,000,000, and the chain checked.

`audit_append_ms`: recording one entry (the service a correction calls: who, where, the patient's
pseudonymous reference, the link to the previous entry, the head) in a library whose trail holds 1,000,000
entries; median of 50. `audit_append_ms_empty`: the same in a new library; `audit_append_ratio` is one over
the other (the trail's length should not matter: target <= 1.5).
`audit_verify_s_per_100k`: `audit verify`'s walk of the chain, per 100,000 entries (measured over the
1,000,000); `audit_verify_ratio` is that against hashing the same entries' text once with SHA-256 (the floor
any check of a hash chain pays).

The long trail is written in bulk by this benchmark with the chain's own hash (storage.audit.entry_hash), in
one transaction; what it measures is the service's append and the check.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import statistics
import time
from datetime import UTC, datetime, timedelta

from bench_common import BenchContext

TRAIL = 1_000_000
ACTIONS = ("open-timeline", "open-comparison", "move", "export", "import", "sign-in")


def run(context: BenchContext) -> dict[str, float]:
    from photofollow.domain.model import Patient
    from photofollow.services import audit
    from photofollow.services.library import open_library

    figures: dict[str, float] = {}
    empty = open_library(context.scratch / "audit-empty", create=True)
    long = open_library(context.scratch / "audit-1m", create=True)
    try:
        for library in (empty, long):
            library.add(Patient("Anna Jansen", chart_number="1001"))
        _fill(long, TRAIL)
        figures["audit_append_ms_empty"] = _append_ms(empty, audit)
        figures["audit_append_ms"] = _append_ms(long, audit)
        figures["audit_append_ratio"] = figures["audit_append_ms"] / figures["audit_append_ms_empty"]
        started = time.perf_counter()
        checked, broken = audit.verify(long)
        verify_s = time.perf_counter() - started
        assert broken is None and checked >= TRAIL, (checked, broken)
        figures["audit_verify_s_per_100k"] = verify_s * 100_000 / checked
        figures["audit_verify_ratio"] = verify_s / _hash_floor_s(long)
    finally:
        empty.close()
        long.close()
    return figures


def _append_ms(library, audit, repeats: int = 50) -> float:
    times = []
    for index in range(repeats):
        started = time.perf_counter()
        audit.record(library, audit.Action.OPEN_TIMELINE, patient_id=1, objects=(f"photo:{index}",))
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _fill(library, count: int) -> None:
    """`count` entries with a correct chain and head, written in one transaction."""
    from photofollow.storage.audit import GENESIS, HEAD_KEY, entry_hash

    start = datetime(2025, 1, 1, tzinfo=UTC)
    previous = GENESIS

    def rows():
        nonlocal previous
        for entry_id in range(1, count + 1):
            moment = start + timedelta(seconds=entry_id * 7)
            fields = (
                moment.isoformat(timespec="microseconds"),
                moment.astimezone().isoformat(timespec="microseconds"),
                "reception-pc",
                f"user{entry_id % 12}",
                ACTIONS[entry_id % len(ACTIONS)],
                hashlib.sha256(str(entry_id % 5000).encode()).hexdigest()[:16],
                json.dumps([f"photo:{entry_id}"]),
                "",
            )
            digest = entry_hash(entry_id, fields, previous)
            yield (entry_id, *fields, previous, digest)
            previous = digest

    connection = sqlite3.connect(library.database_path)
    with connection:
        connection.executemany(
            "INSERT INTO audit_log (id, at_utc, at_local, workstation, user_name, action, patient_reference, "
            "objects, detail, previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows(),
        )
        connection.execute(
            "INSERT INTO library_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (HEAD_KEY, f"{count}:{previous}"),
        )
    connection.close()


def _hash_floor_s(library) -> float:
    """Reading every entry and hashing its text once: what any check of the chain has to do."""
    connection = sqlite3.connect(library.database_path)
    started = time.perf_counter()
    for row in connection.execute("SELECT * FROM audit_log ORDER BY id"):
        hashlib.sha256("\x1f".join(map(str, row)).encode()).hexdigest()
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed

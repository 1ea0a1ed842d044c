"""Several workstations on one PostgreSQL library at once (issue 14, §2 and §4), with real processes running
the real command line: three nurses import overlapping copies of one card for the same patient while a
consulting room reads the timeline; then one importer is killed (-9) in the middle.

What the clinic expects, checked behind the program's back (tests/library_sql.py) and with `photofollow
verify`: one patient, one treatment, one visit per day, one row and one stored file per distinct photo
(however many nurses imported it), nothing pending, no "database is locked" or unique-key error shown to
anyone, a reader that never fails, and every original hashing to its name. A killed importer's leftovers are
settled by the next opening, and importing its card again completes it without a duplicate.

The library exists, but no patient is created beforehand: a new patient's first card is the hardest case
(every importer finds no patient, treatment or visit and would create one).
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cli_helpers import jpeg, photofollow
from library_sql import run_sql

from photofollow.storage.library import Library
from photofollow.storage.store import file_sha256

pytestmark = pytest.mark.slow

PATIENT = ["--patient", "Anna Jansen", "--chart", "1001", "--treatment", "2024-03-05T10:00"]
IMPORT_OPTIONS = ["--view", "frontal", "--no-analysis", "--json"]
# A baseline on the treatment day and two follow-ups: three visits, whoever imports them.
DAYS = [datetime(2024, 3, 5, 9, 0), datetime(2024, 3, 19, 11, 0), datetime(2024, 4, 2, 15, 0)]
NOT_FOR_A_NURSE = (
    "locked", "serializ", "deadlock", "unique", "duplicate key", "unexpected error", "Traceback"
)

# The consulting room: a library opened as the program's window opens it (for writing), reading the patient's
# timeline and the patient list in a loop until told to stop; any failure ends it with a traceback. It checks
# what a physician would notice at once: a day shown twice, a treatment doubled, photos disappearing.
READER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from photofollow.services.library import PatientLookupError, find_patient, open_library, patient_summaries
    from photofollow.services.library import timeline

    url, stop, report = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    reads, most = 0, 0
    with open_library(url) as library:
        while not stop.exists():
            try:
                patient = find_patient(library, "1001")
            except PatientLookupError:
                time.sleep(0.05)  # not imported yet
                continue
            line = timeline(library, patient)
            days = [(v.visit.kind, v.visit.visited_at.date()) for t in line.treatments for v in t.visits]
            assert len(days) == len(set(days)), f"a day shown twice: {days}"
            assert len(line.treatments) == 1, f"treatments: {[t.treatment for t in line.treatments]}"
            photos = sum(v.photo_count for t in line.treatments for v in t.visits)
            assert photos >= most, f"photos went from {most} to {photos}"
            most = photos
            assert [s.patient.chart_number for s in patient_summaries(library)] == ["1001"]
            reads += 1
    report.write_text(json.dumps({"reads": reads, "photos": most}))
    """
)


def _cards(root: Path, count: int, size: tuple[int, int] = (160, 120)) -> list[Path]:
    """`count` distinct photos spread over the three days (small JPEGs with camera dates); the treatment day's
    are all taken before the treatment (10:00): baselines."""
    taken = [DAYS[index % 3] + timedelta(minutes=index % 50) for index in range(count)]
    return [jpeg(root / "card" / f"IMG_{i:04d}.JPG", 1000 + i, taken[i], size) for i in range(count)]


def _folder(root: Path, name: str, photos: list[Path]) -> Path:
    """A nurse's copy of (part of) the card: the same bytes at other paths."""
    folder = root / name
    folder.mkdir()
    for photo in photos:
        shutil.copy2(photo, folder / photo.name)
    return folder


def _importer(url: str, folder: Path) -> subprocess.Popen:
    return photofollow(
        "import", "--library", url, *PATIENT, *IMPORT_OPTIONS, str(folder),
        background=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _reader(url: str, root: Path) -> tuple[subprocess.Popen, Path, Path]:
    script, stop, report = root / "reader.py", root / "stop-reading", root / "reads.json"
    script.write_text(READER)
    process = subprocess.Popen(
        [sys.executable, str(script), url, str(stop), str(report)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    return process, stop, report


def _outcomes(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


def _timeline_while(url: str, running: list[subprocess.Popen]) -> int:
    """`photofollow timeline --json`, again and again while the importers run (once the patient exists):
    every one must succeed. Returns how many ran."""
    runs = 0
    while any(process.poll() is None for process in running):
        if not run_sql(url, "SELECT 1 FROM patients"):
            time.sleep(0.1)
            continue
        shown = photofollow("timeline", "--library", url, "--patient", "1001", "--json", timeout=120)
        assert shown.returncode == 0, shown.stderr
        assert json.loads(shown.stdout)["patient"]["chart_number"] == "1001"
        runs += 1
    return runs


def _assert_sound(url: str, store: Path, distinct: set[str]) -> None:
    """One row and one file per distinct photo, one patient, treatment and visit per day, nothing pending."""
    counted = run_sql(url, "SELECT count(*), count(DISTINCT sha256) FROM photos")
    assert counted == [(len(distinct), len(distinct))]
    assert {sha for (sha,) in run_sql(url, "SELECT sha256 FROM photos")} == distinct
    assert run_sql(url, "SELECT count(*) FROM patients") == [(1,)]
    assert run_sql(url, "SELECT count(*) FROM treatments") == [(1,)]
    visits = run_sql(url, "SELECT kind, visited_at FROM visits")
    days = Counter((kind, datetime.fromisoformat(str(at)).date()) for kind, at in visits)
    assert sorted(days.values()) == [1, 1, 1], days
    assert run_sql(url, "SELECT count(*) FROM pending_imports") == [(0,)]
    files = (store / "photos").rglob("*")
    stored = [path for path in files if path.is_file() and ".incoming" not in path.parts]
    assert sorted(path.stem for path in stored) == sorted(distinct)
    assert all(file_sha256(path) == path.stem for path in stored)
    # No session's incoming folder is left: each closed its own; the killed one's went at the next opening.
    assert list((store / "photos" / ".incoming").glob("*")) == []


def _verify(url: str) -> subprocess.CompletedProcess:
    checked = photofollow("verify", "--library", url, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    return checked


@pytest.fixture
def server_library(postgres_cluster, tmp_path) -> tuple[str, Path]:
    """An empty library, set up beforehand as a clinic's is (its first workstation created it)."""
    database = postgres_cluster.new_database()
    store = tmp_path / "share"
    url = postgres_cluster.url(database, store)
    Library.open(url, create=True).close()
    yield url, store
    postgres_cluster.drop_database(database)


def test_three_importers_and_a_reader_at_once_keep_one_copy_of_each_photo_in_one_visit_per_day(
    server_library, tmp_path
):
    url, store = server_library
    card = _cards(tmp_path, 60)
    # Every photo is on two or three nurses' copies of the card.
    folders = [
        _folder(tmp_path, "nurse-a", card[:40]),
        _folder(tmp_path, "nurse-b", card[20:]),
        _folder(tmp_path, "nurse-c", card[:10] + card[30:60]),
    ]
    reader, stop, reads = _reader(url, tmp_path)
    importers = [_importer(url, folder) for folder in folders]
    try:
        timelines = _timeline_while(url, importers)
        finished = [process.communicate(timeout=300) for process in importers]
    finally:
        stop.touch()
    reader_out, reader_err = reader.communicate(timeout=120)
    assert reader.returncode == 0, reader_err
    for process, (out, err) in zip(importers, finished, strict=True):
        assert process.returncode == 0, out[-3000:] + err[-3000:]
        assert not any(word.lower() in (out + err).lower() for word in NOT_FOR_A_NURSE), out + err
    outcomes = [outcome for out, _ in finished for outcome in _outcomes(out)]
    assert len(outcomes) == 40 + 40 + 40
    assert {outcome["status"] for outcome in outcomes} <= {"imported", "duplicate"}
    # Each photo was imported by exactly one nurse; the others were told it was already there.
    distinct = {file_sha256(photo) for photo in card}
    imported = Counter(file_sha256(Path(o["file"])) for o in outcomes if o["status"] == "imported")
    assert set(imported) == distinct and set(imported.values()) == {1}
    assert len({o["visit_id"] for o in outcomes}) == 3
    _assert_sound(url, store, distinct)
    _verify(url)
    read = json.loads(reads.read_text())
    print(f"reader: {read['reads']} timelines; photofollow timeline ran {timelines} times")
    assert read["reads"] > 0 and read["photos"] <= len(distinct)


def test_an_importer_killed_in_the_middle_is_settled_by_the_next_opening_and_completed_by_importing_again(
    server_library, tmp_path
):
    url, store = server_library
    card = _cards(tmp_path, 90, size=(480, 360))
    victim_card = card[:50]  # the killed nurse's card: 30 photos of its own, 20 shared with the others
    folders = [_folder(tmp_path, "nurse-a", victim_card), _folder(tmp_path, "nurse-b", card[30:70]),
               _folder(tmp_path, "nurse-c", card[40:90])]
    importers = [_importer(url, folder) for folder in folders]
    victim = importers[0]
    try:
        stored_by_victim = 0
        deadline = time.monotonic() + 120
        while stored_by_victim < 5 and victim.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
            (stored_by_victim,), = run_sql(
                url, "SELECT count(*) FROM photos WHERE original_folder = ?", (str(folders[0]),)
            )
        assert victim.poll() is None, "the importer to kill finished first: give it more photos"
        victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=30)
        others = [process.communicate(timeout=300) for process in importers[1:]]
    finally:
        for process in importers:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert victim.returncode == -signal.SIGKILL
    for process, (out, err) in zip(importers[1:], others, strict=True):
        assert process.returncode == 0, out[-3000:] + err[-3000:]
        assert not any(word.lower() in (out + err).lower() for word in NOT_FOR_A_NURSE), out + err
    print(f"killed after it stored {stored_by_victim} photo(s)")

    # The next opening (verify's) settles what the dead session left: its pending row, its incoming copies.
    left = [path.name for path in (store / "photos" / ".incoming").glob("*")]
    (pending,), = run_sql(url, "SELECT count(*) FROM pending_imports")
    print(f"the killed session left {pending} pending import(s) and the incoming folder(s) {left}")
    _verify(url)
    partly = {file_sha256(photo) for photo in card[30:90]}
    by_victim = "SELECT count(*) FROM photos WHERE original_folder = ?"
    (victim_rows,), = run_sql(url, by_victim, (str(folders[0]),))
    assert victim_rows >= stored_by_victim  # what it stored before the kill stays
    held = {sha for (sha,) in run_sql(url, "SELECT sha256 FROM photos")}
    assert partly <= held and len(held) < len(card)  # the victim's own photos were not all imported

    again = photofollow("import", "--library", url, *PATIENT, *IMPORT_OPTIONS, str(folders[0]), timeout=300)
    assert again.returncode == 0, again.stdout[-3000:] + again.stderr[-3000:]
    statuses = Counter(outcome["status"] for outcome in _outcomes(again.stdout))
    victims = {file_sha256(photo) for photo in victim_card}
    assert statuses == {"imported": len(card) - len(held), "duplicate": len(held & victims)}
    _assert_sound(url, store, {file_sha256(photo) for photo in card})
    _verify(url)

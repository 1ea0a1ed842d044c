"""Reaching a library's database behind the program's back, as a person with a database tool would (to tamper
with it in a test, or to read what is really stored): the SQLite file of a folder library, or the database of
a server library through psycopg, with PGPASSWORD as the tests' server set it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path


def _is_server(location: str) -> bool:
    return str(location).startswith(("postgresql://", "postgres://"))


def _conninfo(location: str) -> str:
    return str(location).split("?", 1)[0]


def run_sql(location: str | Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Run one statement (with `?` parameters) and commit; returns its rows, if any."""
    if _is_server(str(location)):
        import psycopg

        with psycopg.connect(_conninfo(str(location)), autocommit=False) as connection:
            cursor = connection.execute(sql.replace("?", "%s"), params)
            rows = cursor.fetchall() if cursor.description else []
            connection.commit()
            return rows
    connection = sqlite3.connect(Path(location) / "library.sqlite3")
    try:
        rows = connection.execute(sql, params).fetchall()
        connection.commit()
        return rows
    finally:
        connection.close()


def dump_text(location: str | Path) -> str:
    """Everything the database holds, as SQL text (sqlite3's iterdump, or pg_dump)."""
    if _is_server(str(location)):
        from postgres_cluster import find_bindir

        result = subprocess.run(
            [str(find_bindir() / "pg_dump"), "--no-owner", "--inserts", "-d", _conninfo(str(location))],
            capture_output=True,
            text=True,
            check=True,
            env=dict(os.environ),
        )
        return result.stdout
    connection = sqlite3.connect(Path(location) / "library.sqlite3")
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()

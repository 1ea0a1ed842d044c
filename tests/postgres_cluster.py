"""A throwaway PostgreSQL cluster for the tests: Debian's `postgresql` package, initdb + pg_ctl on a temporary
folder and a free loopback port, run as a non-root user (PostgreSQL refuses to run as root).

Nothing is mocked: the tests talk to a real server over TCP with a password (scram-sha-256), which they pass
the way a clinic would, through PGPASSWORD.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

SUPERUSER = "photofollow_test"
PASSWORD = "a-throwaway-test-password"


class ClusterUnavailable(RuntimeError):
    """No server can be started here; the reason says why (the tests skip with it)."""


def find_bindir() -> Path:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    raise ClusterUnavailable("PostgreSQL's server programs (Debian package postgresql) are not installed")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """A running cluster; `stop()` ends it and removes its folder."""

    def __init__(self, *, durable: bool = False) -> None:
        """`durable`: every commit flushed to disk, as a clinic's server does (benchmarks/bench_server.py);
        the tests' server skips the flushes, which a throwaway cluster does not need."""
        self.durable = durable
        self.bindir = find_bindir()
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="photofollow-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self._as_user: list[str] = []
        self._owner: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            # Root runs the server as an unprivileged account (the package's own `postgres`, else nobody).
            for name in ("postgres", "nobody"):
                try:
                    self._owner = pwd.getpwnam(name)
                    break
                except KeyError:
                    continue
            if self._owner is None:
                raise ClusterUnavailable("running as root and no unprivileged account to run PostgreSQL as")
            self._as_user = [
                "setpriv",
                f"--reuid={self._owner.pw_uid}",
                f"--regid={self._owner.pw_gid}",
                "--clear-groups",
                "--",
            ]
        self.socket_dir.mkdir()
        if self._owner is not None:
            os.chmod(self.root, 0o755)
            for path in (self.root, self.socket_dir):
                os.chown(path, self._owner.pw_uid, self._owner.pw_gid)
        self._started = False

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        result = subprocess.run([*self._as_user, *args], capture_output=True, text=True, cwd=self.root)
        if result.returncode != 0:
            raise ClusterUnavailable(f"{Path(args[0]).name} failed: {result.stderr.strip() or result.stdout}")
        return result

    def start(self) -> Cluster:
        password_file = self.root / "pwfile"
        password_file.write_text(PASSWORD + "\n")
        if self._owner is not None:
            os.chown(password_file, self._owner.pw_uid, self._owner.pw_gid)
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            f"--pwfile={password_file}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        password_file.unlink()
        return self.resume()

    def halt(self) -> None:
        """Stop the server as a crash or a power cut would, keeping its data: `resume()` starts it again."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def resume(self) -> Cluster:
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.socket_dir} "
            "-c max_connections=100"
        )
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        self._started = True
        return self

    def stop(self) -> None:
        if self._started:
            subprocess.run(
                [
                    *self._as_user,
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                ],
                capture_output=True,
                cwd=self.root,
            )
            self._started = False
        shutil.rmtree(self.root, ignore_errors=True)

    # -- databases ---------------------------------------------------------------------------------------

    def url(self, database: str, store: Path | None = None) -> str:
        """A library address for `database` (no password in it: that comes from PGPASSWORD)."""
        text = f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"
        return f"{text}?store={store}" if store is not None else text

    def psql(self, sql: str, database: str = "postgres") -> str:
        result = subprocess.run(
            [
                str(self.bindir / "psql"),
                "-X",
                "-q",
                "-t",
                "-A",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                SUPERUSER,
                "-d",
                database,
                "-c",
                sql,
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PGPASSWORD": PASSWORD},
        )
        if result.returncode != 0:
            raise RuntimeError(result.stderr)
        return result.stdout.strip()

    def new_database(self) -> str:
        name = f"library_{uuid.uuid4().hex[:12]}"
        self.psql(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        self.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

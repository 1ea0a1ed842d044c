"""The `photofollow` command: no arguments opens the desktop program; subcommands work on files and libraries.

Each subcommand lives in its own module with a `register(subparsers)` that adds its parser and sets
`handler`; handlers return the process exit status. The options, JSON keys and exit codes each subcommand
documents are a contract other tools rely on: extend them, never rename them.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from photofollow import __version__

# Subcommand modules, imported only when the command line is parsed (keeps start-up light).
SUBCOMMAND_MODULES = (
    "photofollow.cli.info",
    "photofollow.cli.importing",
    "photofollow.cli.library",
    "photofollow.cli.backup",
    "photofollow.cli.records",
    "photofollow.cli.visit",
    "photofollow.cli.analysis",
    "photofollow.cli.change",
    "photofollow.cli.export",
    "photofollow.cli.gui",
    "photofollow.cli.demo",
    "photofollow.cli.users",
    "photofollow.cli.audit",
    "photofollow.cli.consent",
)

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_READER_GONE = 141  # as a shell reports a writer ended by SIGPIPE (128 + 13)


def _reader_gone() -> int:
    """The output's reader stopped reading (`photofollow timeline ... | head`): end quietly, as Unix tools
    do, with stdout pointed at nowhere so Python's flush at exit has nothing left to complain about."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor behind stdout (a test's capture)
        pass
    return EXIT_READER_GONE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="photofollow",
        description="Compare a patient's clinical photos over time. Without a command, opens the program.",
    )
    parser.add_argument("--version", action="version", version=f"photofollow {__version__}")
    parser.add_argument("--library", help="library folder for the program (default: in your data folder)")
    parser.add_argument("--user", help="who acts, in a library with named users (default: $PHOTOFOLLOW_USER)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in SUBCOMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from photofollow.app import run_gui

        return run_gui(args.library)
    for stream in (sys.stdout, sys.stderr):
        # A name that is not UTF-8, or a terminal that is not: printed with escapes, never a crash.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    from photofollow.domain.errors import LibraryError

    try:
        status = int(args.handler(args) or 0)
        sys.stdout.flush()  # inside the try: a reader gone (`| head`) is met here, not at exit
        return status
    except BrokenPipeError:
        return _reader_gone()
    except LibraryError as error:
        # The library in trouble (damaged, full disk, read-only, locked) wherever a command meets it: one
        # sentence naming the library and what to do, exit 2, as when the library cannot be opened.
        from photofollow.domain.names import shown

        print(f"photofollow: {shown(error)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130

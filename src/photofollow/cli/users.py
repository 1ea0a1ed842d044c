"""`photofollow user`: a library's named users, and how every command signs in as one.

Contract (other tools rely on it; extend, never rename):

`--user NAME` (any library command, or `PHOTOFOLLOW_USER`) names who acts; the password comes from the
terminal, or from `PHOTOFOLLOW_PASSWORD`. A library without users needs neither. A library with users refuses
a command with exit 2 and one sentence when no user is named, the name or password does not fit, or the
user's role does not allow the command (a nurse exporting).

`photofollow user add --library L NAME --role nurse|physician|administrator [--display-name TEXT]`
  The new user's password from the terminal (asked twice), or, when standard input is not a terminal, the
  same line twice on it (as `passwd` reads it). The first user of a library needs no sign-in and must be
  an administrator; later users are added by an administrator (`--user`).
`photofollow user list --library L [--json]`: name, display name, role, disabled, password set.
`photofollow user disable|enable --library L NAME`, `photofollow user password --library L NAME`,
`photofollow user passwords --library L on|off` (a single-user practice may run without passwords),
`photofollow user lock-after --library L MINUTES` (the program locks after that long without input; 0 never;
default 10). Both an administrator's.
Exit 0 done, 2 refused or unusable arguments.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from photofollow.cli.library import EXIT_OK, EXIT_USAGE, _fail, _open_library, library_option

USER_ENV = "PHOTOFOLLOW_USER"
PASSWORD_ENV = "PHOTOFOLLOW_PASSWORD"


def user_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `photofollow --user NAME COMMAND ...` (the top-level option) keeps working too.
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="who acts, in a library with named users (default: $PHOTOFOLLOW_USER)",
    )


def sign_in_from_args(args: argparse.Namespace, library) -> None:
    """Sign the command's user in to `library`; nothing to do in a library without users. Raises
    AccessRefused (exit 2) when no user is named or the name or password does not fit."""
    from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
    from photofollow.services import users

    if not users.has_users(library) or users.current_user(library) is not None:
        return
    name = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not name:
        raise users.AccessRefused(
            Phrase(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The library at %1 has named users: say who you are with --user NAME (or %2).",
                ),
                (str(library.folder), USER_ENV),
            )
        )
    password = None
    if users.passwords_required(library):
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            if not sys.stdin.isatty():
                raise users.AccessRefused(
                    Phrase(
                        "Errors",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The library at %1 needs %2's password: type it at a terminal, or set %3.",
                        ),
                        (str(library.folder), name, PASSWORD_ENV),
                    )
                )
            password = getpass.getpass(f"Password for {name}: ")
    users.sign_in(library, name, password)


def register(subparsers: argparse._SubParsersAction) -> None:
    user = subparsers.add_parser(
        "user",
        help="the library's named users",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    library_option(user)
    commands = user.add_subparsers(dest="user_command", metavar="COMMAND", required=True)

    parser = commands.add_parser("add", help="add a user (the first is the administrator)")
    library_option(parser)
    parser.add_argument("name", metavar="NAME")
    parser.add_argument("--role", required=True, choices=("nurse", "physician", "administrator"))
    parser.add_argument("--display-name", metavar="TEXT", help="the name sheets show (default: NAME)")
    parser.set_defaults(handler=run_add)

    parser = commands.add_parser("list", help="the users, with their roles")
    library_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead")
    parser.set_defaults(handler=run_list)

    for verb, help_text in (("disable", "a user may no longer sign in"), ("enable", "undo disable")):
        parser = commands.add_parser(verb, help=help_text)
        library_option(parser)
        parser.add_argument("name", metavar="NAME")
        parser.set_defaults(handler=run_disable, disabled=verb == "disable")

    parser = commands.add_parser("password", help="set a user's password (your own, or as administrator)")
    library_option(parser)
    parser.add_argument("name", metavar="NAME")
    parser.set_defaults(handler=run_password)

    parser = commands.add_parser("passwords", help="whether signing in needs a password (administrator)")
    library_option(parser)
    parser.add_argument("state", choices=("on", "off"))
    parser.set_defaults(handler=run_passwords)

    parser = commands.add_parser(
        "lock-after", help="minutes without input before the program locks (administrator)"
    )
    library_option(parser)
    parser.add_argument("minutes", type=int, metavar="MINUTES")
    parser.set_defaults(handler=run_lock_after)


def read_new_password(name: str) -> str | None:
    """The new password: asked twice at a terminal, else the same line twice on standard input; None when
    the two differ or nothing was given."""
    if sys.stdin.isatty():
        first = getpass.getpass(f"New password for {name}: ")
        second = getpass.getpass("Again: ")
    else:
        first = sys.stdin.readline().rstrip("\r\n")
        second = sys.stdin.readline().rstrip("\r\n")
    if first != second:
        return None
    return first or None


def _with_library(args: argparse.Namespace, act, *, create: bool = False) -> int:
    from photofollow.domain.errors import PhotoFollowError
    from photofollow.domain.names import shown

    try:
        library = _open_library(args, create=create)
    except PhotoFollowError as error:
        return _fail(shown(error))
    try:
        return act(library)
    except PhotoFollowError as error:
        return _fail(shown(error))
    finally:
        library.close()


def run_add(args: argparse.Namespace) -> int:
    from photofollow.services import users

    def act(library) -> int:
        first = not users.has_users(library)
        if not first:
            users.require(library, users.Permission.MANAGE_USERS)  # before asking for a password
        password = None
        if users.passwords_required(library):
            password = read_new_password(args.name)
            if password is None:
                return _fail("the two passwords differ, or none was given; nothing changed.")
        added = users.add_user(library, args.name, users.Role(args.role), password, args.display_name)
        print(f"{added.name}: {added.role.value}")
        return EXIT_OK

    return _with_library(args, act, create=True)  # a new library starts with its administrator


def run_list(args: argparse.Namespace) -> int:
    from photofollow.domain.names import shown
    from photofollow.services import users

    def act(library) -> int:
        users.require(library, users.Permission.MANAGE_USERS)
        found = users.users(library)
        if args.json:
            print(
                json.dumps(
                    {
                        "users": [
                            {
                                "name": u.name,
                                "display_name": u.display_name,
                                "role": u.role.value,
                                "disabled": u.disabled,
                                "password": u.has_password,
                            }
                            for u in found
                        ]
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return EXIT_OK
        for u in found:
            state = " (disabled)" if u.disabled else ""
            print(f"{shown(u.name)}\t{shown(u.display_name)}\t{u.role.value}{state}")
        return EXIT_OK

    return _with_library(args, act)


def run_disable(args: argparse.Namespace) -> int:
    from photofollow.services import users

    def act(library) -> int:
        users.set_disabled(library, args.name, args.disabled)
        return EXIT_OK

    return _with_library(args, act)


def run_password(args: argparse.Namespace) -> int:
    from photofollow.services import users

    def act(library) -> int:
        me = users.current_user(library)
        if me is None or me.name != args.name:
            users.require(library, users.Permission.MANAGE_USERS)
        password = read_new_password(args.name)
        if password is None:
            return _fail("the two passwords differ, or none was given; nothing changed.")
        users.set_password(library, args.name, password)
        return EXIT_OK

    return _with_library(args, act)


def run_passwords(args: argparse.Namespace) -> int:
    from photofollow.services import users

    def act(library) -> int:
        users.set_passwords_required(library, args.state == "on")
        return EXIT_OK

    return _with_library(args, act)


def run_lock_after(args: argparse.Namespace) -> int:
    from photofollow.services import users

    if args.minutes < 0:
        return _fail("give the minutes as 0 (never lock) or more.")

    def act(library) -> int:
        users.set_lock_after_minutes(library, args.minutes)
        return EXIT_OK

    return _with_library(args, act)


__all__ = ["EXIT_USAGE", "register", "sign_in_from_args", "user_option"]

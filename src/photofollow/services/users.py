"""Named users with roles, and who is signed in: the one place that says who may do what (issue 13).

A library without users works as it always did: no sign-in, nothing refused (a new library, and every library
made before users existed). Once a library has users, every service that reads or changes a patient's record
asks `require(library, permission)`, whoever the caller (the program, the command line, a script): nobody
signed in, a disabled user, or a role without the permission is refused with `AccessRefused`.

Roles: a nurse imports, edits and compares; a physician also exports, prints, erases and assesses; an
administrator manages users, the policy and settings (and may do all a physician does but assess).

Passwords are hashed with argon2id (argon2-cffi). A single-user practice may run its library without
passwords (`set_passwords_required(library, False)`, an administrator's choice in Settings): then a user
still names themselves, and the audit trail says who.
"""

from __future__ import annotations

import enum
import weakref
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from photofollow.domain.errors import LibraryError
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.storage import schema
from photofollow.storage.library import Library

PASSWORDS_SETTING = "passwords_required"
LOCK_SETTING = "lock_after_minutes"
DEFAULT_LOCK_MINUTES = 10


class Role(enum.StrEnum):
    NURSE = "nurse"
    PHYSICIAN = "physician"
    ADMINISTRATOR = "administrator"


class Permission(enum.StrEnum):
    VIEW = "view"  # a patient's timeline, a comparison
    IMPORT = "import"
    EDIT = "edit"
    EXPORT = "export"
    PRINT = "print"
    ERASE = "erase"
    ASSESS = "assess"
    AUDIT = "audit"  # read the audit trail
    MANAGE_USERS = "manage users"
    SETTINGS = "settings"


_NURSE = {Permission.VIEW, Permission.IMPORT, Permission.EDIT}
_PHYSICIAN = _NURSE | {
    Permission.EXPORT,
    Permission.PRINT,
    Permission.ERASE,
    Permission.ASSESS,
    Permission.AUDIT,
}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.NURSE: frozenset(_NURSE),
    Role.PHYSICIAN: frozenset(_PHYSICIAN),
    Role.ADMINISTRATOR: frozenset(set(Permission) - {Permission.ASSESS}),
}

ROLE_WORDS = {
    Role.NURSE: QT_TRANSLATE_NOOP("Users", "nurse"),
    Role.PHYSICIAN: QT_TRANSLATE_NOOP("Users", "physician"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Users", "administrator"),
}


def role_phrase(role: Role) -> Phrase:
    return Phrase("Users", ROLE_WORDS[Role(role)])


class AccessRefused(LibraryError):
    """Nobody is signed in, the sign-in failed, or the signed-in user's role does not allow what was asked.
    A LibraryError, so every command answers it with its sentence and exit 2."""


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    display_name: str
    role: Role
    disabled: bool
    has_password: bool

    def may(self, permission: Permission) -> bool:
        return not self.disabled and permission in ROLE_PERMISSIONS[self.role]


# Who is signed in to each open library (a Library is one program's, or one command's, handle).
_signed_in: weakref.WeakKeyDictionary[Library, User] = weakref.WeakKeyDictionary()


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def _user(row: sa.Row) -> User:
    return User(
        row.id, row.name, row.display_name, Role(row.role), bool(row.disabled), row.password_hash is not None
    )


def users(library: Library) -> list[User]:
    """Every user of the library, disabled ones too, by name."""
    with library.session() as session:
        rows = session.execute(sa.select(schema.users).order_by(schema.users.c.name)).all()
    return [_user(row) for row in rows]


def has_users(library: Library) -> bool:
    with library.session() as session:
        return session.execute(sa.select(schema.users.c.id).limit(1)).first() is not None


def find_user(library: Library, name: str) -> User | None:
    with library.session() as session:
        row = session.execute(sa.select(schema.users).where(schema.users.c.name == name.strip())).first()
    return _user(row) if row else None


def passwords_required(library: Library) -> bool:
    return library.setting(PASSWORDS_SETTING) != "no"


def lock_after_minutes(library: Library) -> int:
    """Minutes without input after which the program hides patient data (0: never)."""
    value = library.setting(LOCK_SETTING)
    return int(value) if value is not None and value.isdigit() else DEFAULT_LOCK_MINUTES


def current_user(library: Library) -> User | None:
    return _signed_in.get(library)


def _signed(library: Library, user: User | None) -> None:
    """`user` is signed in to `library` (None: no one): the records they change are stamped with their name
    (storage/versions.py), so an edit refused on another workstation can say who changed the record."""
    if user is None:
        _signed_in.pop(library, None)
    else:
        _signed_in[library] = user
    library.acting_name = user.display_name if user is not None else None


def acting_name(library: Library) -> str:
    """Who acts, as sheets and assessments name them: the signed-in user's display name; in a library
    without users, the computer's login name."""
    user = current_user(library)
    if user is not None:
        return user.display_name
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return ""


def _refused(template: str, *args: object) -> AccessRefused:
    return AccessRefused(Phrase("Errors", template, tuple(args)))


def require(library: Library, permission: Permission) -> None:
    """Raise AccessRefused unless the library has no users or the signed-in user's role allows
    `permission`."""
    user = current_user(library)
    if user is None:
        if not has_users(library):
            return
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Sign in first: the library at %1 has named users (on the command line: --user NAME, or "
                "PHOTOFOLLOW_USER).",
            ),
            str(library.folder),
        )
    if not user.may(permission):
        raise _refused(
            QT_TRANSLATE_NOOP("Errors", "%1 (%2) may not %3; ask a colleague whose role allows it."),
            user.display_name,
            role_phrase(user.role),
            Phrase("Users", PERMISSION_WORDS[permission]),
        )


PERMISSION_WORDS = {
    Permission.VIEW: QT_TRANSLATE_NOOP("Users", "see patients' photos"),
    Permission.IMPORT: QT_TRANSLATE_NOOP("Users", "import photos"),
    Permission.EDIT: QT_TRANSLATE_NOOP("Users", "change the record"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("Users", "export sheets"),
    Permission.PRINT: QT_TRANSLATE_NOOP("Users", "print sheets"),
    Permission.ERASE: QT_TRANSLATE_NOOP("Users", "erase patients or empty the trash"),
    Permission.ASSESS: QT_TRANSLATE_NOOP("Users", "record an assessment"),
    Permission.AUDIT: QT_TRANSLATE_NOOP("Users", "read the audit trail"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Users", "manage users"),
    Permission.SETTINGS: QT_TRANSLATE_NOOP("Users", "change the library's settings"),
}


# -- signing in ---------------------------------------------------------------------------------------------


def sign_in(library: Library, name: str, password: str | None = None) -> User:
    """Sign `name` in to this library handle (audited, a failure too); raises AccessRefused with the reason.
    A password is needed when the library requires passwords; a wrong one and an unknown name are refused with
    the same sentence."""
    from photofollow.services import audit

    user = find_user(library, name)
    wrong = _refused(
        QT_TRANSLATE_NOOP("Errors", "The user name or password is wrong for the library at %1."),
        str(library.folder),
    )
    if user is None:
        audit.record(library, audit.Action.SIGN_IN_FAILED, detail=name.strip(), user_name="")
        raise wrong
    if user.disabled:
        audit.record(library, audit.Action.SIGN_IN_FAILED, detail="disabled", user_name=user.name)
        raise _refused(
            QT_TRANSLATE_NOOP("Errors", "%1 is disabled in this library; an administrator can enable them."),
            user.display_name,
        )
    if passwords_required(library) and not _password_fits(library, user, password):
        audit.record(library, audit.Action.SIGN_IN_FAILED, user_name=user.name)
        raise wrong
    _signed(library, user)
    audit.record(library, audit.Action.SIGN_IN)
    return user


def continue_as(library: Library, user: User) -> User:
    """Carry a user signed in on one handle of a library over to another handle of the same library that
    this program opened (the export's read-only one): checked against the library, not recorded as a new
    sign-in."""
    found = find_user(library, user.name)
    if found is None or found.id != user.id or found.disabled:
        raise _refused(
            QT_TRANSLATE_NOOP("Errors", "%1 may no longer sign in to the library at %2."),
            user.display_name,
            str(library.folder),
        )
    _signed(library, found)
    return found


def _password_fits(library: Library, user: User, password: str | None) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    if password is None:
        return False
    with library.session() as session:
        stored = session.execute(
            sa.select(schema.users.c.password_hash).where(schema.users.c.id == user.id)
        ).scalar_one_or_none()
    if stored is None:
        return False
    try:
        return _hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def sign_out(library: Library, *, locked: bool = False) -> None:
    """The user leaves (or the program locks after inactivity: `locked`); audited."""
    from photofollow.services import audit

    if current_user(library) is None:
        return
    audit.record(library, audit.Action.LOCK if locked else audit.Action.SIGN_OUT)
    _signed(library, None)


# -- managing users -----------------------------------------------------------------------------------------


def _check_password(password: str | None, needed: bool) -> str | None:
    if password is None or password == "":
        if needed:
            raise _refused(QT_TRANSLATE_NOOP("Errors", "This library requires a password for every user."))
        return None
    if len(password) < 8:
        raise _refused(QT_TRANSLATE_NOOP("Errors", "A password needs at least 8 characters."))
    return _hasher().hash(password)


def add_user(
    library: Library, name: str, role: Role, password: str | None, display_name: str | None = None
) -> User:
    """Add a user. The library's first user needs no sign-in and must be an administrator; later ones are
    added by a signed-in administrator."""
    from photofollow.services import audit

    name = name.strip()
    role = Role(role)
    first = not has_users(library)
    if first and role is not Role.ADMINISTRATOR:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The first user of a library is its administrator: add %1 with the role administrator.",
            ),
            name,
        )
    if not first:
        require(library, Permission.MANAGE_USERS)
    if not name or len(name) > 64 or any(not char.isprintable() for char in name):
        raise _refused(QT_TRANSLATE_NOOP("Errors", "A user name needs 1 to 64 printable characters."))
    if find_user(library, name) is not None:
        raise _refused(QT_TRANSLATE_NOOP("Errors", "There is a user named %1 already."), name)
    hashed = _check_password(password, passwords_required(library))
    with library.transaction() as session:
        session.execute(
            schema.users.insert().values(
                name=name,
                display_name=(display_name or name).strip(),
                role=role.value,
                password_hash=hashed,
                disabled=False,
                created_at=datetime.now().astimezone(),
            )
        )
    added = find_user(library, name)
    assert added is not None
    if first:  # the administrator who set the library up is the one at the keyboard
        _signed(library, added)
    audit.record(
        library, audit.Action.USER_ADD, objects=(f"user:{added.id}",), detail=f"{name} ({role.value})"
    )
    return added


def _known(library: Library, name: str) -> User:
    user = find_user(library, name)
    if user is None:
        raise _refused(QT_TRANSLATE_NOOP("Errors", "There is no user named %1 in this library."), name)
    return user


def set_disabled(library: Library, name: str, disabled: bool = True) -> User:
    """Disable (or enable again) a user; an administrator's act. The last enabled administrator stays."""
    from photofollow.services import audit

    require(library, Permission.MANAGE_USERS)
    user = _known(library, name)
    if disabled and user.role is Role.ADMINISTRATOR:
        admins = [u for u in users(library) if u.role is Role.ADMINISTRATOR and not u.disabled]
        if len(admins) <= 1:
            raise _refused(
                QT_TRANSLATE_NOOP("Errors", "%1 is the library's last administrator and stays enabled."),
                user.display_name,
            )
    with library.transaction() as session:
        session.execute(schema.users.update().where(schema.users.c.id == user.id).values(disabled=disabled))
    audit.record(
        library,
        audit.Action.USER_DISABLE if disabled else audit.Action.USER_ENABLE,
        objects=(f"user:{user.id}",),
    )
    return _known(library, name)


def set_password(library: Library, name: str, password: str) -> None:
    """A user changes their own password; an administrator may set anyone's."""
    from photofollow.services import audit

    user = _known(library, name)
    me = current_user(library)
    if me is None or me.id != user.id:
        require(library, Permission.MANAGE_USERS)
    hashed = _check_password(password, True)
    with library.transaction() as session:
        session.execute(
            schema.users.update().where(schema.users.c.id == user.id).values(password_hash=hashed)
        )
    audit.record(library, audit.Action.USER_PASSWORD, objects=(f"user:{user.id}",))


def set_passwords_required(library: Library, required: bool) -> None:
    """Whether signing in needs a password (an administrator's choice for a single-user practice)."""
    from photofollow.services import audit

    require(library, Permission.SETTINGS)
    library.set_setting(PASSWORDS_SETTING, "yes" if required else "no")
    audit.record(library, audit.Action.SETTINGS, detail=f"passwords {'required' if required else 'off'}")


def set_lock_after_minutes(library: Library, minutes: int) -> None:
    from photofollow.services import audit

    require(library, Permission.SETTINGS)
    library.set_setting(LOCK_SETTING, str(max(0, int(minutes))))
    audit.record(library, audit.Action.SETTINGS, detail=f"lock after {int(minutes)} min")

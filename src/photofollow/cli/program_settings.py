"""The desktop program's Settings as the CLI reads them: clinic name, logo and language, never fatal."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ProgramDefaults:
    clinic_name: str = ""
    logo: Path | None = None
    language: str = ""  # "" follows the system


def program_defaults() -> ProgramDefaults:
    """What the desktop program's Settings hold for the sheet and the language; empty values when Qt or the
    settings file cannot be read (a damaged settings file must not stop a command: its options still work)."""
    try:
        from photofollow.ui.settings import Settings

        settings = Settings()
        logo = settings.clinic_logo_path
        return ProgramDefaults(
            clinic_name=settings.clinic_name or "",
            logo=Path(logo) if logo else None,
            language=settings.language or "",
        )
    except Exception:  # no Qt, or a damaged settings file
        return ProgramDefaults()

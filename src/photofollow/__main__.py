"""Allows `python -m photofollow`."""

from photofollow.cli import main

raise SystemExit(main())

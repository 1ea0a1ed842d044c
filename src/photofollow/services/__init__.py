"""Use cases that combine storage and imaging: import, check, timeline (no Qt)."""

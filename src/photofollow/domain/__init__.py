"""Plain data and rules of the clinic's follow-up: no Qt, no I/O."""

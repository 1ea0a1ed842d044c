"""PhotoFollow: compare a patient's clinical photos over time, with checks that each follow-up matches its baseline."""

__version__ = "0.1.0"

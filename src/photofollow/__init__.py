"""PhotoFollow: compare a patient's clinical photos over time; check each follow-up against its baseline."""

__version__ = "0.1.0"

"""The comparison view: baseline and follow-ups of one view, synchronised, four modes, the findings."""

from photofollow.ui.compare.images import PhotoImage
from photofollow.ui.compare.pane import Composition, ImagePane, ViewState
from photofollow.ui.compare.view import CompareView, CompareWindow, ComparisonMode, TimePoint

__all__ = [
    "ComparisonMode",
    "CompareView",
    "CompareWindow",
    "Composition",
    "ImagePane",
    "PhotoImage",
    "TimePoint",
    "ViewState",
]

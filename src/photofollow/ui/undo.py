"""The corrections made since the program started, to undo and redo them (no Qt in here).

A correction service returns a `Correction`: what changed, a phrase saying what was done, and how to undo it
(a function of the library returning the opposite `Correction`, itself undoable). This history only keeps
them in order; the window runs `undo(library)` on the serial worker and applies the `Changes` it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol


class Undoable(Protocol):
    """What the history keeps: photofollow.services.records.Correction has these."""

    description: Any  # a Phrase
    undo: Callable[[Any], Undoable] | None


HISTORY_LIMIT = 200  # corrections kept for undo; the oldest are forgotten first


class CorrectionHistory:
    """Two stacks of corrections. `done(c)` records a new correction (and clears the redo stack);
    `take_undo()` / `take_redo()` hand out the one to reverse, and `undone()` / `redone()` record what that
    reversal returned, so redo and undo alternate for as long as each step can be reversed."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self.limit = limit
        self._undo: list[Undoable] = []
        self._redo: list[Undoable] = []

    def done(self, correction: Undoable) -> None:
        """A correction the nurse just made: undoable when it says how; redo starts over."""
        self._redo.clear()
        self._push(self._undo, correction)

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def next_undo(self) -> Undoable | None:
        return self._undo[-1] if self._undo else None

    def next_redo(self) -> Undoable | None:
        return self._redo[-1] if self._redo else None

    def take_undo(self) -> Undoable | None:
        return self._undo.pop() if self._undo else None

    def take_redo(self) -> Undoable | None:
        return self._redo.pop() if self._redo else None

    def undone(self, reverse: Undoable) -> None:
        """What undoing returned (its own undo is the redo)."""
        self._push(self._redo, reverse)

    def redone(self, reverse: Undoable) -> None:
        """What redoing returned (its own undo undoes it again)."""
        self._push(self._undo, reverse)

    def clear(self) -> None:
        """Forget everything (another library was opened, or the trash was emptied)."""
        self._undo.clear()
        self._redo.clear()

    def _push(self, stack: list[Undoable], correction: Undoable) -> None:
        if correction.undo is None:
            # Not reversible (an erasure): nothing before it can be undone safely either.
            stack.clear()
            return
        stack.append(correction)
        del stack[: max(0, len(stack) - self.limit)]

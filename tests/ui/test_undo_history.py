"""The correction history: undo and redo alternate, a new correction clears redo, irreversible ones end it."""

from __future__ import annotations

from dataclasses import dataclass

from photofollow.ui.undo import CorrectionHistory


@dataclass
class Step:
    description: str
    undo: object = None


def reversible(name: str, opposite: str) -> Step:
    """A correction whose undo returns its opposite, whose undo returns it again."""
    step = Step(name)
    step.undo = lambda _library: reversible(opposite, name)
    return step


def test_undo_and_redo_alternate_and_a_new_correction_clears_redo():
    history = CorrectionHistory()
    assert not history.can_undo() and not history.can_redo()
    history.done(reversible("move", "move back"))
    history.done(reversible("rotate", "rotate back"))
    taken = history.take_undo()
    assert taken.description == "rotate"
    history.undone(taken.undo(None))
    assert history.next_redo().description == "rotate back" and history.next_undo().description == "move"
    again = history.take_redo()
    history.redone(again.undo(None))
    assert history.next_undo().description == "rotate" and not history.can_redo()
    history.undone(history.take_undo().undo(None))
    history.done(reversible("delete", "restore"))
    assert not history.can_redo() and history.next_undo().description == "delete"


def test_an_irreversible_correction_ends_the_history_and_the_limit_forgets_the_oldest():
    history = CorrectionHistory(limit=3)
    for index in range(5):
        history.done(reversible(f"move {index}", f"back {index}"))
    assert [history.take_undo().description for _ in range(3)] == ["move 4", "move 3", "move 2"]
    assert not history.can_undo()
    history.done(reversible("move", "back"))
    history.done(Step("erase"))  # undo None: nothing before it can be undone safely
    assert not history.can_undo()

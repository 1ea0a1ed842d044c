"""Sentences that can be translated later, without Qt: an English template with %1, %2, ... and its values.

The check engine (Qt-free) builds each sentence as a `Phrase`; `Phrase.english()` gives the English sentence
(the `message` of the `check --json` contract), and the GUI and the sheets render the same phrase through
Qt's translations with numbers in the user's locale (`reporting.words.phrase_text`).

Templates are marked with `QT_TRANSLATE_NOOP(context, "...")` — this module's no-op of that name — so
`pyside6-lupdate` extracts them into the `.ts` files; lupdate only recognises the name itself (no alias) and
only string literals (implicit concatenation of literals is fine). A singular and a plural are separate
templates chosen by the code (Dutch and Danish, like English, have one form for 1 and one for the rest).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from photofollow.domain.timing import Elapsed, label


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `source` for translation in `context`; returns it unchanged."""
    return source


@dataclass(frozen=True, slots=True)
class Number:
    """A number in a sentence, shown with `decimals` decimals (a decimal comma where the locale has one)."""

    value: float
    decimals: int = 0

    def english(self) -> str:
        text = f"{self.value:.{self.decimals}f}"
        return text[1:] if text.startswith("-") and float(text) == 0 else text  # never "-0.0"


@dataclass(frozen=True, slots=True)
class Day:
    """A calendar date in a sentence: ISO in English (the `--json` contract), the locale's short date on
    screen and on sheets."""

    value: date

    def english(self) -> str:
        return self.value.isoformat()


@dataclass(frozen=True, slots=True)
class Phrase:
    """A translatable sentence or fragment: `source` is the English template, `args` fill %1..%9.

    An argument is a `Number`, a `Day`, an `Elapsed` (time since treatment), a nested `Phrase` (translated
    too), or a plain string shown as it is (a camera model, a file name). A plain int is a `Number` without
    decimals.
    """

    context: str
    source: str
    args: tuple[Number | Day | Elapsed | Phrase | str | int, ...] = ()

    def __post_init__(self) -> None:
        # A plain int is a Number from the start, so a phrase equals itself read back from JSON.
        args = tuple(Number(float(a)) if type(a) is int else a for a in self.args)
        object.__setattr__(self, "args", args)

    def english(self) -> str:
        return self.render(lambda _context, source: source, Number.english, Day.english)

    def render(
        self,
        translate: Callable[[str, str], str],
        number: Callable[[Number], str],
        day: Callable[[Day], str] = Day.english,
        elapsed: Callable[[Elapsed], str] = label,
    ) -> str:
        """The sentence with `translate(context, source)` applied to every template, `number` to numbers,
        `day` to dates and `elapsed` to times since treatment ("Week 2", whose translations use Qt's %n)."""
        values = [_render_arg(arg, translate, number, day, elapsed) for arg in self.args]
        return fill(translate(self.context, self.source), values)

    def templates(self) -> set[tuple[str, str]]:
        """(context, source) of this phrase and of every phrase nested in it."""
        found = {(self.context, self.source)}
        for arg in self.args:
            if isinstance(arg, Phrase):
                found |= arg.templates()
        return found

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready form (for caches of check results); `phrase_from_json` reads it back."""
        return {"context": self.context, "source": self.source, "args": [_arg_to_json(a) for a in self.args]}


def _render_arg(
    arg: object,
    translate: Callable[[str, str], str],
    number: Callable[[Number], str],
    day: Callable[[Day], str],
    elapsed: Callable[[Elapsed], str],
) -> str:
    if isinstance(arg, Phrase):
        return arg.render(translate, number, day, elapsed)
    if isinstance(arg, Number):
        return number(arg)
    if isinstance(arg, Day):
        return day(arg)
    if isinstance(arg, Elapsed):
        return elapsed(arg)
    if isinstance(arg, int) and not isinstance(arg, bool):
        return number(Number(arg))
    return str(arg)


def _arg_to_json(arg: object) -> Any:
    if isinstance(arg, Phrase):
        return {"phrase": arg.to_json()}
    if isinstance(arg, Number):
        return {"number": arg.value, "decimals": arg.decimals}
    if isinstance(arg, Day):
        return {"day": arg.value.isoformat()}
    if isinstance(arg, Elapsed):
        return label(arg)  # kept as its English words: nothing cached holds one today
    if isinstance(arg, int) and not isinstance(arg, bool):
        return {"number": arg, "decimals": 0}
    return str(arg)


def _arg_from_json(data: Any) -> Number | Day | Phrase | str:
    if isinstance(data, dict):
        if "phrase" in data:
            return phrase_from_json(data["phrase"])
        if "number" in data:
            return Number(float(data["number"]), int(data.get("decimals", 0)))
        if "day" in data:
            return Day(date.fromisoformat(data["day"]))
    return str(data)


def phrase_from_json(data: dict[str, Any]) -> Phrase:
    """A phrase from `Phrase.to_json()`; raises ValueError (or KeyError/TypeError) on a malformed one."""
    return Phrase(str(data["context"]), str(data["source"]), tuple(_arg_from_json(a) for a in data["args"]))


def fill(template: str, values: Sequence[object]) -> str:
    """Replace %1..%9 in one pass, as QString::arg does, so a value that contains "%2" is left alone."""
    out: list[str] = []
    i = 0
    while i < len(template):
        if template[i] == "%" and i + 1 < len(template) and template[i + 1].isdigit():
            index = int(template[i + 1]) - 1
            if 0 <= index < len(values):
                out.append(str(values[index]))
                i += 2
                continue
        out.append(template[i])
        i += 1
    return "".join(out)


# Letters Unicode does not decompose into a base letter and an accent, spelled as a keyboard without them
# would ("Sørensen" is found by "sorensen").
_UNDECOMPOSED = str.maketrans({"ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})


def folded(text: str) -> str:
    """Text for matching as a person types: case and accents ignored ("Müller" is found by "muller")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold()).translate(_UNDECOMPOSED)
    return "".join(char for char in decomposed if not unicodedata.combining(char))

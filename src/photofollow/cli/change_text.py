"""`photofollow change --language LANG` as a table in that language: the reason a pair was not measured, the
reminder, column headers, measure and region names, numbers with the language's decimal separator, and
what each unit means, through the program's words.

The English table without `--language` stays as `cli.change.format_change` prints it (a contract, as for
`photofollow check`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from photofollow.domain.change import (
    COLOUR_UNIT_NAME,
    INDEX_NAMES,
    INDEX_UNITS,
    REGION_NAMES,
    UNIT_NAMES,
    ChangeReport,
    IndexId,
    MeasureId,
)

# The unit legend: each index's unit symbol (as `--json` gives it) with its meaning.
_UNIT_MEANINGS = (
    (IndexId.ERYTHEMA, UNIT_NAMES[MeasureId.REDNESS]),
    (IndexId.DARKNESS, UNIT_NAMES[MeasureId.DARK_PATCHES]),
    (IndexId.COLOUR, COLOUR_UNIT_NAME),
    (IndexId.WIDTH, UNIT_NAMES[MeasureId.SWELLING]),
)


def localized_change(report: ChangeReport, baseline: Path, follow_up: Path) -> str:
    """The table of `photofollow change` in the language `ui.i18n.apply_language` installed."""
    from photofollow.cli.change import NOT_A_DIAGNOSIS
    from photofollow.reporting import words

    labels = [
        QCoreApplication.translate("CheckCommand", "Baseline:"),
        QCoreApplication.translate("CheckCommand", "Follow-up:"),
    ]
    width = max(len(label) for label in labels) + 1
    lines = [f"{labels[0]:{width}s}{baseline}", f"{labels[1]:{width}s}{follow_up}"]
    if not report.comparable:
        lines.append(words.phrase_text(report.reason) if report.reason is not None else "")
        return "\n".join(lines)
    lines += [QCoreApplication.translate("Change", NOT_A_DIAGNOSIS), ""]
    header = (
        QCoreApplication.translate("ChangeCommand", "measure"),
        QCoreApplication.translate("ChangeCommand", "region"),
        QCoreApplication.translate("ChangeCommand", "baseline"),
        QCoreApplication.translate("ChangeCommand", "follow-up"),
        QCoreApplication.translate("ChangeCommand", "change"),
        "\u00b1",
        QCoreApplication.translate("ChangeCommand", "unit"),
    )
    rows = [
        (
            QCoreApplication.translate("Change", INDEX_NAMES[m.kind]),
            QCoreApplication.translate("Change", REGION_NAMES[m.region]),
            *(_number(value) for value in (m.baseline, m.follow_up, m.change, m.uncertainty)),
            m.unit,
        )
        for m in report.measures
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(6)]

    def line(row) -> str:
        left = f"{row[0]:{widths[0]}s} {row[1]:{widths[1]}s}"
        numbers = " ".join(f"{row[i]:>{widths[i]}s}" for i in range(2, 6))
        return f"{left} {numbers}  {row[6]}"

    lines.append(line(header))
    lines.append("-" * len(line(header)))
    lines += [line(row) for row in rows]
    lines.append("")
    used = {m.kind for m in report.measures}
    for index, meaning in _UNIT_MEANINGS:
        if index in used:
            lines.append(f"{INDEX_UNITS[index]}: {QCoreApplication.translate('Change', meaning)}")
    lines.append(
        QCoreApplication.translate(
            "ChangeCommand",
            "\u00b1: the uncertainty of the change (about 95 %); a larger change shows in the photos.",
        )
    )
    return "\n".join(lines)


def _number(value: float) -> str:
    import math

    from photofollow.reporting.words import number_text

    return "-" if not math.isfinite(value) else number_text(value, 2)

"""`photofollow check --language LANG` as a table in that language: verdict, column headers, check names,
statuses, values (the language's decimal separator throughout) and sentences, through the program's words.

The English table without `--language` stays as `cli.analysis.format_report` prints it (a contract).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


def localized_report(report, baseline: Path, follow_up: Path) -> str:
    """The table of a check in the language `ui.i18n.apply_language` installed."""
    from photofollow.reporting import words

    labels = [
        QCoreApplication.translate("CheckCommand", "Baseline:"),
        QCoreApplication.translate("CheckCommand", "Follow-up:"),
        QCoreApplication.translate("CheckCommand", "Verdict:"),
    ]
    width = max(len(label) for label in labels) + 1
    lines = [
        f"{labels[0]:{width}s}{baseline}",
        f"{labels[1]:{width}s}{follow_up}",
        f"{labels[2]:{width}s}{words.verdict_word(report.verdict).upper()}",
        "",
    ]
    header = (
        QCoreApplication.translate("CheckCommand", "check"),
        QCoreApplication.translate("CheckCommand", "status"),
        QCoreApplication.translate("CheckCommand", "measured"),
        QCoreApplication.translate("CheckCommand", "limit"),
        QCoreApplication.translate("CheckCommand", "message"),
    )
    rows = [
        (
            words.check_name(result.id),
            words.status_word(result.status),
            _short(words.measured_text(result)),
            _short(words.threshold_text(result)),
            words.message_text(result),
        )
        for result in report.checks
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(4)]

    def line(row) -> str:
        cells = f"{row[0]:{widths[0]}s} {row[1]:{widths[1]}s} {row[2]:>{widths[2]}s} {row[3]:>{widths[3]}s}"
        return f"{cells}  {row[4]}"

    lines.append(line(header))
    lines.append("-" * len(line(header)))
    lines += [line(row) for row in rows]
    return "\n".join(lines)


def _short(text: str, limit: int = 18) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

"""Printing a comparison sheet through the system's print dialog (QtPrintSupport, part of PySide6-Essentials).

Kept apart from `render.py` because QtPrintSupport's dialog is a widget: exports and previews need QtGui only.
The sheet is laid out on the paper the user picks in the dialog, with the sheet's own margins.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from photofollow.reporting.render import page_layout_for, paint_sheet
from photofollow.services.sheets import Sheet


def new_printer(sheet: Sheet) -> QPrinter:
    """A high-resolution printer preset to the sheet's paper and orientation, origin at the paper's corner."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout_for(sheet))
    printer.setFullPage(
        True
    )  # the sheet draws its own 12 mm margins, wider than any printer's hardware margin
    printer.setDocName(QCoreApplication.translate("Sheet", "Photo comparison"))
    return printer


def print_sheet_to_printer(sheet: Sheet, printer: QPrinter) -> int:
    """Print the sheet on an already set-up printer (or a PDF-format QPrinter); returns the pages printed."""
    printer.setFullPage(True)
    paper = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter)
    pages = paint_sheet(
        sheet, printer, printer.resolution(), printer.newPage, page_mm=(paper.width(), paper.height())
    )
    return pages


def print_sheet(sheet: Sheet, parent_widget=None) -> bool:
    """Open the system print dialog for the sheet and print it; False when the user cancels.

    Needs a QApplication (the dialog is a widget). Raises OSError when the printer cannot be started.
    """
    printer = new_printer(sheet)
    dialog = QPrintDialog(printer, parent_widget)
    dialog.setWindowTitle(QCoreApplication.translate("Sheet", "Print comparison sheet"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_sheet_to_printer(sheet, printer)
    return True

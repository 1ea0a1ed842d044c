"""Printing: the sheet laid out on the printer's paper (a PDF-format QPrinter stands in for a real one)."""

from __future__ import annotations

from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from sheet_helpers import PATIENT_NAME, pdf_info, pdf_pages, pdf_text

from photofollow.reporting.printing import new_printer, print_sheet_to_printer
from photofollow.services.sheets import Orientation, PageSize


def test_new_printer_takes_the_sheets_paper(row_sheet):
    printer = new_printer(row_sheet.with_page(PageSize.LETTER, Orientation.PORTRAIT))
    layout = printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.Letter
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    assert printer.fullPage()


def test_printing_lays_the_sheet_out_on_the_paper_the_user_chose(row_sheet, tmp_path):
    printer = new_printer(row_sheet)  # A4 landscape
    # The user switched to Letter portrait in the dialog.
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_sheet_to_printer(row_sheet, printer)
    del printer  # finishes the file
    pdf = tmp_path / "printed.pdf"
    assert pdf_pages(pdf) == pages
    assert "612 x 792" in pdf_info(pdf)
    text = " ".join(pdf_text(pdf).split())
    assert PATIENT_NAME in text and "Day 3" in text and "Pain 4/10" in text
    assert f"Page {pages} of {pages}" in text

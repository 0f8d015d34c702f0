"""Receipts through Qt's print system: printers without ESC/POS, and the on-screen preview.

The page is the roll's width (58 or 80 mm) and as long as the slip; the text lines are the
same ones the ESC/POS path prints, so both say exactly the same.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QWidget

from vipdesk.model.printing import config, receipt
from vipdesk.model.store import settings


def _page(paper_mm: int, n_lines: int) -> QPageLayout:
    height_mm = 12 + n_lines * 4.2
    size = QPageSize(QSizeF(paper_mm, height_mm), QPageSize.Unit.Millimeter, "receipt")
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(2, 2, 2, 2), QPageLayout.Unit.Millimeter)


def paint_receipt(painter: QPainter, lines: list[str], width_px: float) -> None:
    font = QFont("Monospace")
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setPixelSize(max(8, int(width_px / 34)))
    painter.setFont(font)
    fm = QFontMetricsF(font)
    y = fm.ascent()
    for line in lines:
        painter.drawText(0, int(y), line)
        y += fm.height()


def receipt_lines(sale_id: int, paper_mm: int | None = None) -> tuple[int, list[str]]:
    """(paper width mm, text lines) of a sale's slip at the configured roll width."""
    paper = paper_mm or int(settings.get(config.PAPER_MM.key))
    cols = receipt.DOTS.get(paper, 384) // receipt.FONT_A_DOTS
    return paper, receipt.text_lines(receipt.receipt_for_sale(sale_id), cols)


def render_receipt(device: QPagedPaintDevice, sale_id: int, paper_mm: int | None = None) -> int:
    """Paint the slip on a PDF writer or a printer (the preview's too) as one page of the roll."""
    paper, lines = receipt_lines(sale_id, paper_mm)
    device.setPageLayout(_page(paper, len(lines)))
    painter = QPainter(device)
    try:
        paint_receipt(painter, lines, device.pageLayout().paintRectPixels(device.resolution()).width())
    finally:
        painter.end()
    return 1


def write_receipt_pdf(path: str, sale_id: int, paper_mm: int | None = None) -> None:
    """The driver-mode receipt as a PDF of the roll's size."""
    writer = QPdfWriter(path)
    writer.setResolution(203)  # a thermal printer's dots per inch
    render_receipt(writer, sale_id, paper_mm)


def print_receipt_qt(parent: QWidget, sale_id: int) -> None:
    """Send the receipt to the default Qt printer (Windows driver) with the roll's page size."""
    from PySide6.QtPrintSupport import QPrinter

    render_receipt(QPrinter(QPrinter.PrinterMode.HighResolution), sale_id)

"""Receipts through Qt's print system: printers without ESC/POS, and the on-screen preview.

The page is the roll's width (58 or 80 mm) and as long as the slip; the text lines are the
same ones the ESC/POS path prints, and the same card barcode ends it, so both say exactly the same.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
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

BARCODE_MM = 16  # bars and the digits under them at the foot of the slip


def _page(paper_mm: int, n_lines: int, barcode: bool = False) -> QPageLayout:
    height_mm = 12 + n_lines * 4.2 + (BARCODE_MM if barcode else 0)
    size = QPageSize(QSizeF(paper_mm, height_mm), QPageSize.Unit.Millimeter, "receipt")
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(2, 2, 2, 2), QPageLayout.Unit.Millimeter)


def paint_receipt(painter: QPainter, lines: list[str], width_px: float, barcode: str = "") -> float:
    """The slip's lines, then (like the ESC/POS path) the member's card code as Code 128, so a
    slip from a driver printer scans at the next visit too.  Returns the height painted."""
    font = QFont("Monospace")
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setPixelSize(max(8, int(width_px / 34)))
    painter.setFont(font)
    fm = QFontMetricsF(font)
    y = fm.ascent()
    for line in lines:
        painter.drawText(0, int(y), line)
        y += fm.height()
    if barcode:
        from vipdesk.model import codes
        from vipdesk.ui.printing.cards import draw_code128

        bars = width_px * 0.2
        draw_code128(painter, QRectF(0, y, width_px, bars), barcode)
        y += bars
        painter.drawText(QRectF(0, y, width_px, fm.height()), int(Qt.AlignmentFlag.AlignHCenter), codes.pretty(barcode))
        y += fm.height()
    return y


def receipt_lines(sale_id: int, paper_mm: int | None = None) -> tuple[int, list[str], str]:
    """(paper width mm, text lines, barcode digits) of a sale's slip at the configured roll width."""
    paper = paper_mm or int(settings.get(config.PAPER_MM.key))
    cols = receipt.DOTS.get(paper, 384) // receipt.FONT_A_DOTS
    r = receipt.receipt_for_sale(sale_id)
    return paper, receipt.text_lines(r, cols), r.card_code or r.ticket_code


def render_receipt(device: QPagedPaintDevice, sale_id: int, paper_mm: int | None = None) -> int:
    """Paint the slip on a PDF writer or a printer (the preview's too) as one page of the roll."""
    paper, lines, barcode = receipt_lines(sale_id, paper_mm)
    device.setPageLayout(_page(paper, len(lines), bool(barcode)))
    painter = QPainter(device)
    try:
        paint_receipt(painter, lines, device.pageLayout().paintRectPixels(device.resolution()).width(), barcode)
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

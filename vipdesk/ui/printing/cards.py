"""Member cards (CR80 85.6 × 54 mm, or A4 sheets of 10) and vouchers, painted with Qt.

Each card carries the member's 13-digit code as Code 128 (and the digits under it); a voucher
carries its code as Code 128 and as a QR code with the same digits.  Barcodes are drawn as
filled rectangles on whole device pixels, with quiet zones, so they scan from print and PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from vipdesk.model import codes
from vipdesk.model.printing.barcodes import code128_modules, qr_matrix

CR80_MM = (85.6, 54.0)
A4_MM = (210.0, 297.0)


@dataclass
class CardFace:
    shop: str
    name: str
    tier: str
    code: str  # 13 digits


@dataclass
class VoucherFace:
    shop: str
    title: str  # 代金券 300 元
    expires: dt.date | None
    code: str


def draw_code128(p: QPainter, rect: QRectF, digits: str) -> None:
    """Bars filling *rect* (with a 10-module quiet zone each side), whole pixels per module."""
    modules = code128_modules(digits)
    total = len(modules) + 20
    unit = max(1, int(rect.width() / total))
    x = rect.x() + (rect.width() - unit * total) / 2 + 10 * unit
    p.fillRect(rect, Qt.GlobalColor.white)
    run_start = None
    for i, m in enumerate(modules + "0"):
        if m == "1" and run_start is None:
            run_start = i
        elif m == "0" and run_start is not None:
            p.fillRect(QRectF(int(x + run_start * unit), rect.y(), (i - run_start) * unit, rect.height()),
                       Qt.GlobalColor.black)
            run_start = None


def draw_qr(p: QPainter, rect: QRectF, data: str) -> None:
    matrix = qr_matrix(data)
    n = len(matrix) + 8  # 4-module quiet zone
    unit = max(1, int(min(rect.width(), rect.height()) / n))
    x0, y0 = int(rect.x()) + 4 * unit, int(rect.y()) + 4 * unit
    p.fillRect(QRectF(rect.x(), rect.y(), unit * n, unit * n), Qt.GlobalColor.white)
    for r, row in enumerate(matrix):
        for c, on in enumerate(row):
            if on:
                p.fillRect(QRectF(x0 + c * unit, y0 + r * unit, unit, unit), Qt.GlobalColor.black)


def _text(p: QPainter, rect: QRectF, text: str, px: float, bold: bool = False,
          align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
    f = QFont()
    f.setPixelSize(max(6, int(px)))
    f.setBold(bold)
    p.setFont(f)
    p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)


def paint_card(p: QPainter, r: QRectF, face: CardFace) -> None:
    """One CR80 card in *r* (device units): shop, name and tier on top, the barcode below."""
    p.save()
    p.fillRect(r, QColor("#fbf8f2"))
    p.setPen(QColor("#8a5a44"))
    p.drawRect(r)
    h = r.height()
    _text(p, QRectF(r.x() + h * 0.06, r.y() + h * 0.04, r.width() * 0.9, h * 0.16), face.shop, h * 0.11, True)
    _text(p, QRectF(r.x() + h * 0.06, r.y() + h * 0.22, r.width() * 0.9, h * 0.14),
          f"{face.name}  {face.tier}", h * 0.09)
    draw_code128(p, QRectF(r.x() + r.width() * 0.04, r.y() + h * 0.42, r.width() * 0.92, h * 0.36), face.code)
    p.setPen(Qt.GlobalColor.black)
    _text(p, QRectF(r.x(), r.y() + h * 0.8, r.width(), h * 0.14), codes.pretty(face.code), h * 0.09,
          align=Qt.AlignmentFlag.AlignHCenter)
    p.restore()


def paint_voucher(p: QPainter, r: QRectF, face: VoucherFace) -> None:
    """A voucher slip: title and expiry left, Code 128 below, the QR (same digits) at the right."""
    p.save()
    p.fillRect(r, Qt.GlobalColor.white)
    p.setPen(QColor("#b03a2e"))
    p.drawRect(r)
    h, w = r.height(), r.width()
    _text(p, QRectF(r.x() + h * 0.05, r.y() + h * 0.04, w * 0.6, h * 0.16), face.shop, h * 0.1, True)
    _text(p, QRectF(r.x() + h * 0.05, r.y() + h * 0.2, w * 0.6, h * 0.16), face.title, h * 0.12, True)
    if face.expires:
        _text(p, QRectF(r.x() + h * 0.05, r.y() + h * 0.36, w * 0.6, h * 0.1),
              face.expires.strftime("%Y-%m-%d"), h * 0.08)
    draw_code128(p, QRectF(r.x() + h * 0.05, r.y() + h * 0.5, w * 0.6, h * 0.3), face.code)
    p.setPen(Qt.GlobalColor.black)
    _text(p, QRectF(r.x() + h * 0.05, r.y() + h * 0.82, w * 0.6, h * 0.12), codes.pretty(face.code), h * 0.08)
    side = min(w * 0.34, h * 0.9)
    draw_qr(p, QRectF(r.right() - side - h * 0.05, r.y() + (h - side) / 2, side, side), face.code)
    p.restore()


def _mm_to_px(mm: float, dpi: int) -> float:
    return mm / 25.4 * dpi


def card_image(face: CardFace, dpi: int = 300) -> QImage:
    """The card as an image (preview, and what tests decode)."""
    w, h = (int(_mm_to_px(v, dpi)) for v in CR80_MM)
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(Qt.GlobalColor.white)
    p = QPainter(img)
    try:
        paint_card(p, QRectF(0, 0, w - 1, h - 1), face)
    finally:
        p.end()
    return img


def voucher_image(face: VoucherFace, dpi: int = 300) -> QImage:
    w, h = int(_mm_to_px(120, dpi)), int(_mm_to_px(54, dpi))
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(Qt.GlobalColor.white)
    p = QPainter(img)
    try:
        paint_voucher(p, QRectF(0, 0, w - 1, h - 1), face)
    finally:
        p.end()
    return img


VOUCHER_MM = (120.0, 54.0)


def _page_layout(layout: str) -> QPageLayout:
    if layout == "cr80":
        size = QPageSize(QSizeF(*CR80_MM), QPageSize.Unit.Millimeter, "CR80")
    elif layout == "voucher":
        size = QPageSize(QSizeF(*VOUCHER_MM), QPageSize.Unit.Millimeter, "voucher")
    else:
        size = QPageSize(QPageSize.PageSizeId.A4)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def render_cards(device: QPagedPaintDevice, faces: list[CardFace], layout: str = "cr80") -> int:
    """Paint cards on a PDF writer or a printer (the preview's too): one CR80 page per card, or
    A4 sheets of 10 (2 × 5).  Returns the pages painted."""
    device.setPageLayout(_page_layout(layout))
    dpi = device.resolution()
    per_page, cols = (1, 1) if layout == "cr80" else (10, 2)
    cw, ch = _mm_to_px(CR80_MM[0], dpi), _mm_to_px(CR80_MM[1], dpi)
    pages = 0
    p = QPainter(device)
    try:
        for i, face in enumerate(faces):
            slot = i % per_page
            if slot == 0 and i:
                device.newPage()
            if slot == 0:
                pages += 1
            if layout == "cr80":
                rect = QRectF(0, 0, cw - 1, ch - 1)
            else:
                left = (_mm_to_px(A4_MM[0], dpi) - cols * cw) / 2
                top = (_mm_to_px(A4_MM[1], dpi) - 5 * ch) / 2
                rect = QRectF(left + (slot % cols) * cw, top + (slot // cols) * ch, cw - 1, ch - 1)
            paint_card(p, rect, face)
    finally:
        p.end()
    return pages


VOUCHERS_PER_A4 = 5  # one column of 120 × 54 mm slips: 270 mm of the 297, cut by hand


def render_vouchers(device: QPagedPaintDevice, faces: list[VoucherFace], layout: str = "voucher") -> int:
    """One voucher per 120 × 54 mm page (cut-sheet or a label printer), or A4 sheets of five
    for an office printer.  Returns the pages painted."""
    device.setPageLayout(_page_layout("voucher" if layout == "voucher" else "a4"))
    dpi = device.resolution()
    w, h = _mm_to_px(VOUCHER_MM[0], dpi), _mm_to_px(VOUCHER_MM[1], dpi)
    per_page = 1 if layout == "voucher" else VOUCHERS_PER_A4
    left = 0.0 if per_page == 1 else (_mm_to_px(A4_MM[0], dpi) - w) / 2
    top = 0.0 if per_page == 1 else (_mm_to_px(A4_MM[1], dpi) - per_page * h) / 2
    pages = 0
    p = QPainter(device)
    try:
        for i, face in enumerate(faces):
            slot = i % per_page
            if slot == 0:
                if i:
                    device.newPage()
                pages += 1
            paint_voucher(p, QRectF(left, top + slot * h, w - 1, h - 1), face)
    finally:
        p.end()
    return pages


def _pdf(path: str, dpi: int) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setResolution(dpi)
    return writer


def write_cards_pdf(path: str, faces: list[CardFace], layout: str = "cr80", dpi: int = 300) -> int:
    """Cards to a PDF: one CR80 page per card, or A4 sheets of 10 (2 × 5).  Returns pages written."""
    return render_cards(_pdf(path, dpi), faces, layout)


def write_vouchers_pdf(path: str, faces: list[VoucherFace], dpi: int = 300, layout: str = "voucher") -> int:
    """Vouchers to a PDF, one per page or five per A4 sheet.  Returns pages written."""
    return render_vouchers(_pdf(path, dpi), faces, layout)

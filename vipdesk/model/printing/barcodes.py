"""Barcode geometry without Qt: Code 128 bars (python-barcode) and QR modules (segno).

Only the geometry is taken from the libraries — drawing is Qt's (ui/printing/cards.py) so
cards, vouchers and previews are painted exactly once.  QR codes use ``segno.make_qr``:
plain ``segno.make`` may choose a Micro QR for short data, which many scanners cannot read.
"""

from __future__ import annotations

import barcode
import segno


def code128_modules(digits: str) -> str:
    """'1' = bar, '0' = space, one character per module (quiet zones not included)."""
    return barcode.get("code128", digits).build()[0]


def qr_matrix(data: str) -> list[list[bool]]:
    """The QR modules, row by row (quiet zone not included); error correction M."""
    qr = segno.make_qr(data, error="m")
    return [[bool(v) for v in row] for row in qr.matrix]

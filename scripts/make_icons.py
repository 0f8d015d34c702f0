#!/usr/bin/env python3
"""Render resources/vipdesk.svg into vipdesk.png and a multi-size vipdesk.ico.

Writes both ``resources/`` (sources for the installer and PyInstaller's exe
icon) and ``vipdesk/resources/`` (copies the running app loads).  Uses Qt's
QSvgRenderer so no extra tools are needed; the .ico is packed by hand
because Qt's ICO writer stores a single size and Windows wants several
(16–48 px as 32-bit DIBs for old shells, 256 px as PNG).  Re-run after
editing the SVG and commit the results::

    python scripts/make_icons.py
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "vipdesk.svg"
OUT_DIRS = (ROOT / "resources", ROOT / "vipdesk" / "resources")
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_SIZE = 256


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """32-bit BGRA DIB as stored inside .ico: height doubled, rows bottom-up, empty AND mask."""
    img = image.convertToFormat(QImage.Format.Format_ARGB32)
    w, h = img.width(), img.height()
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, w * h * 4, 0, 0, 0, 0)
    rows = []
    for y in range(h - 1, -1, -1):
        line = img.constScanLine(y)
        rows.append(bytes(line)[: w * 4])  # ARGB32 in memory is B,G,R,A on little-endian
    if sys.byteorder != "little":
        raise RuntimeError("DIB packing assumes a little-endian machine")
    mask_row = ((w + 31) // 32) * 4
    return header + b"".join(rows) + b"\x00" * (mask_row * h)


def ico_bytes(images: list[QImage]) -> bytes:
    entries, blobs = [], []
    offset = 6 + 16 * len(images)
    for image in images:
        size = image.width()
        blob = png_bytes(image) if size >= 256 else dib_bytes(image)
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(images)) + b"".join(entries) + b"".join(blobs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - keeps Qt alive
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    png = png_bytes(render(renderer, PNG_SIZE))
    ico = ico_bytes([render(renderer, s) for s in ICO_SIZES])
    for out in OUT_DIRS:
        out.mkdir(parents=True, exist_ok=True)
        (out / "vipdesk.png").write_bytes(png)
        (out / "vipdesk.ico").write_bytes(ico)
        if out != SOURCE.parent:
            shutil.copyfile(SOURCE, out / SOURCE.name)
        print(f"wrote {out.relative_to(ROOT)}/vipdesk.png, vipdesk.ico")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

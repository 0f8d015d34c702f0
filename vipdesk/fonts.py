"""The Chinese font: the shipped Noto Sans SC subset, registered with Qt once.

Why ship one: a counter PC or a fresh Linux box may have no CJK font; Qt then
draws boxes in the window and writes PDFs whose Chinese is lost.  The subset
(``vipdesk/resources/NotoSansSC-vipdesk.otf``, made by
``scripts/make_font_subset.py``, SIL OFL 1.1) is registered from its *file*:
Qt's PDF writer embeds a font only when it knows the file behind it.

PDFs and printouts always use the shipped font first, so a call list looks
and extracts the same on every machine; the window prefers the system's own
UI font (微软雅黑 on Windows) and falls back to the shipped one.  QtGui only.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from vipdesk.model.errors import VipdeskError
from vipdesk.resources import resource_path
from vipdesk.text import tr

log = logging.getLogger(__name__)

SHIPPED_FONT_FILE = "NotoSansSC-vipdesk.otf"
SHIPPED_FAMILY = "Noto Sans CJK SC"
# System UI fonts preferred for the window when present (they are hinted for the screen).
SYSTEM_UI_FONTS = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                   "Source Han Sans SC", "WenQuanYi Micro Hei")
# Fallbacks behind the shipped font for PDFs, should its file be gone.
SYSTEM_PRINT_FONTS = ("Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "SimSun")

_registered: str | None = None
_system_cjk: list[str] | None = None


class FontMissing(VipdeskError):
    """No Chinese font at all: the shipped file is gone and the system has none."""

    def __init__(self) -> None:
        super().__init__(tr("找不到中文字体:程序自带的字体文件 {name} 缺失,本机也没有中文字体。"
                            "请重新安装会员管家。").format(name=SHIPPED_FONT_FILE))


def system_cjk_families() -> list[str]:
    """Simplified-Chinese families the system had before vipdesk added its own (cached)."""
    global _system_cjk
    if _system_cjk is None:
        ws = QFontDatabase.WritingSystem.SimplifiedChinese
        _system_cjk = [f for f in QFontDatabase.families(ws) if not QFontDatabase.isPrivateFamily(f)]
    return list(_system_cjk)


def register_shipped_font() -> str | None:
    """Add the shipped font to Qt's database (once); its family name, or None if the file is missing."""
    global _registered
    if _registered is not None:
        return _registered
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_shipped_font needs a QGuiApplication")
    system_cjk_families()  # remember what the system had before ours is added
    path = resource_path(SHIPPED_FONT_FILE)
    if path is None:
        log.warning("shipped font %s not found", SHIPPED_FONT_FILE)
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("Qt could not load the shipped font %s", path)
        return None
    _registered = families[0]
    return _registered


def print_font(point_size: int = 10) -> QFont:
    """The font for PDFs and printouts: the shipped one first.  Raises FontMissing if no CJK font exists."""
    shipped = register_shipped_font()
    if shipped is None and not system_cjk_families():
        raise FontMissing()
    font = QFont()
    font.setFamilies(([shipped] if shipped else []) + [f for f in SYSTEM_PRINT_FONTS if f != shipped])
    font.setPointSize(point_size)
    return font


def apply_window_font(app: QGuiApplication) -> str | None:
    """Set the application font: a system Chinese UI font if installed, else the shipped one.

    Returns the family chosen, or None when neither exists (the caller stops)."""
    shipped = register_shipped_font()
    system = set(system_cjk_families())
    chosen = next((name for name in SYSTEM_UI_FONTS if name in system), None)
    if chosen is None and system:
        return sorted(system)[0]  # another CJK font: Qt's fallback finds it; keep the platform font
    chosen = chosen or shipped
    if chosen is None:
        return None
    font = QFont(chosen)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
    return chosen

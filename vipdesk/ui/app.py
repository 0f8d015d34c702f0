"""Start the GUI: application, translators, font, database (a demo shop on first run), window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

PREFERRED_FONTS = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                   "Source Han Sans SC", "WenQuanYi Micro Hei")
DEMO_SIZE = {"members": 800, "sales": 6000, "seed": 1}


def pick_font(app: QApplication) -> str | None:
    """A Chinese UI font if one is installed (Qt's fallback may pick a poor one)."""
    families = set(QFontDatabase.families())
    for name in PREFERRED_FONTS:
        if name in families:
            font = QFont(name)
            font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
            app.setFont(font)
            return name
    return None


def _install_translators(app: QApplication, lang: str | None) -> None:
    try:
        from vipdesk.i18n import install_translators
    except ImportError:
        return
    try:
        install_translators(app, lang)
    except Exception:  # noqa: BLE001 - untranslated Chinese is better than no window
        log.exception("translators not installed")


def build_demo_shop(path: Path) -> bool:
    """First run: build a demo shop off the GUI thread, with a progress dialog."""
    try:
        from vipdesk.demo.builder import build_demo
    except ImportError:
        return False
    from vipdesk.ui.common import dialogs, tasks

    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def work(progress, cancelled):
        return build_demo(path, progress=progress, **DEMO_SIZE)

    def done(summary) -> None:
        outcome["summary"] = summary

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc

    task = tasks.run_task(None, QCoreApplication.translate("app", "正在创建示范店铺…"), work, done, failed)
    if not task.done:
        task.finished.connect(loop.quit)
        loop.exec()
    if "error" in outcome:
        dialogs.show_error(None, outcome["error"])  # type: ignore[arg-type]
        return False
    return "summary" in outcome


def open_shop(args: argparse.Namespace) -> Path:
    from vipdesk.paths import default_db_path
    from vipdesk.ui.safety.startup import start_database

    explicit = getattr(args, "db", None)
    path = Path(explicit) if explicit else default_db_path()
    # Location check, single-instance lock (kept until exit), start-up check and
    # backup before anything opens the file; damaged → the damaged screen.
    demo = build_demo_shop if not explicit and not path.exists() else None
    start_database(path, smoke=bool(getattr(args, "smoke", False)), build_demo=demo)
    return path


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("vipdesk")
    app.setApplicationDisplayName(QCoreApplication.translate("app", "会员管家"))
    app.setOrganizationName("vipdesk")
    try:
        from vipdesk.resources import load_icon

        app.setWindowIcon(load_icon())
    except ImportError:
        pass
    _install_translators(app, getattr(args, "lang", None))
    pick_font(app)

    from vipdesk.ui.common import dialogs

    try:
        open_shop(args)
    except Exception as exc:  # noqa: BLE001 - tell the clerk, do not crash silently
        log.exception("database could not be opened")
        if getattr(args, "smoke", False):
            print(f"错误:{exc}", file=sys.stderr)
            return 1
        dialogs.show_error(None, exc, QCoreApplication.translate("app", "无法打开数据库"))
        return 1

    from vipdesk.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if getattr(args, "smoke", False):
        window.grab()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        if os.environ.get("VIPDESK_BENCH_MARK"):  # `vipdesk bench` times start→paint and paint→exit
            print(f"@@painted {time.time()!r}", file=sys.stderr, flush=True)
        from vipdesk.ui.common import tasks
        from vipdesk.ui.safety import startup as safety_startup

        tasks.cancel_all()  # background scans started by the panes need not finish for a smoke test
        safety_startup.start_backup(window)  # the start backup, off the GUI thread as in a real start
        tasks.wait_all(600_000)
        window.close()
        app.processEvents()
        safety_startup.shutdown()
        return 0
    window.raise_()
    window.activateWindow()
    window.list_pane.search.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    from PySide6.QtCore import QTimer

    from vipdesk.ui.safety import startup as safety_startup

    QTimer.singleShot(0, lambda: safety_startup.after_start(window))  # first run: set the owner PIN
    code = app.exec()
    from vipdesk.ui.common import tasks

    tasks.wait_all()
    safety_startup.shutdown()
    return int(code)

"""Start the GUI: application, translators, font, database (a demo shop on first run), window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

DEMO_SIZE = {"members": 800, "sales": 6000, "seed": 1}


def pick_font(app: QApplication) -> str | None:
    """A Chinese window font: the system's UI font if it has one, else the shipped Noto Sans SC subset."""
    from vipdesk.fonts import apply_window_font

    return apply_window_font(app)


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


def shop_path(args: argparse.Namespace) -> Path:
    """The database this start opens: --db, else the one in the app-data folder."""
    from vipdesk.paths import default_db_path

    explicit = getattr(args, "db", None)
    return Path(explicit) if explicit else default_db_path()


def open_shop(args: argparse.Namespace) -> Path:
    from vipdesk.ui.safety.startup import start_database

    explicit = getattr(args, "db", None)
    path = shop_path(args)
    # Location check, single-instance lock (kept until exit), start-up check and
    # backup before anything opens the file; damaged → the damaged screen.
    demo = build_demo_shop if not explicit and not path.exists() else None
    # defer_check (issue 14): the page check runs on a worker after the window is painted.
    start_database(path, smoke=bool(getattr(args, "smoke", False)), build_demo=demo, defer_check=True)
    return path


def first_run_setup(path: Path) -> str | None:
    """Issue 17: a new, empty shop starts the setup wizard.  "试用示范店" builds the demo into a
    separate file beside it and opens that, so the real shop stays empty and set up."""
    from vipdesk.ui.setup.wizard import run_first_run

    start = run_first_run()
    if start == "demo":
        from vipdesk.model.store.db import close_database, open_database

        demo_path = path.with_name(path.stem + "-demo.db")
        if demo_path.exists():
            open_database(demo_path)
        else:
            close_database()
            if not build_demo_shop(demo_path):
                open_database(path)
    return start


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
    if pick_font(app) is None:  # the shipped font is gone and the system has no Chinese font either
        from vipdesk.fonts import FontMissing

        print(str(FontMissing()), file=sys.stderr)
        return 4
    from vipdesk.ui.safety import errors as top_level_errors

    top_level_errors.install(getattr(args, "lang", None))  # issue 13: never a traceback

    from vipdesk.model.safety.lock import AlreadyRunning
    from vipdesk.ui.common import dialogs

    path = shop_path(args)
    try:
        path = open_shop(args)  # the file lock first: only when another process holds it is there anyone to ask
    except AlreadyRunning as exc:
        from vipdesk.single_instance import ask_running_instance

        if ask_running_instance(path):
            # Issue 12: a second start on the same file shows the open window and leaves quietly.
            print(QCoreApplication.translate("app", "会员管家已经打开了这个数据库({path}),已切换到那个窗口。")
                  .format(path=path), file=sys.stderr)
            return 0
        # open elsewhere but not answering (starting up, a restore, a CLI command): say so, no traceback
        print(str(exc), file=sys.stderr)
        if not getattr(args, "smoke", False):
            dialogs.info(None, str(exc), QCoreApplication.translate("app", "会员管家已经打开"))
        return 0
    except Exception as exc:  # noqa: BLE001 - tell the clerk, do not crash silently
        from vipdesk.model.errors import VipdeskError

        if isinstance(exc, VipdeskError | OSError):  # a refusal or an unwritable folder: the message says it all
            log.info("database not opened: %s", exc)
        else:
            log.exception("database could not be opened")
        if getattr(args, "smoke", False):
            print(f"错误:{exc}", file=sys.stderr)
            return 1
        dialogs.show_error(None, exc, QCoreApplication.translate("app", "无法打开数据库"))
        return 1

    start = None if getattr(args, "smoke", False) else first_run_setup(path)
    boxes = dialogs.unattended() if getattr(args, "smoke", False) else []  # nobody to click OK

    from vipdesk.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    from vipdesk.ui.safety import start_check

    check_task = start_check.begin(window)  # read-only ("正在检查数据…") until the page check passes

    def bring_to_front() -> None:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    instance_server = _InstanceServerLater(path, bring_to_front)
    window.after_first_paint(instance_server.start, settle=True)  # QtNetwork loads after the first events
    if start == "import":
        from PySide6.QtGui import QKeySequence

        for act in window.actions():  # the import feature's Ctrl+I action
            if act.shortcut() == QKeySequence("Ctrl+I"):
                act.trigger()
                break
    if getattr(args, "smoke", False):
        window.grab()
        app.processEvents()  # what was pending when the window had painted, as the bench's bare window
        if os.environ.get("VIPDESK_BENCH_MARK"):  # `vipdesk bench` times start→paint and paint→exit
            print(f"@@painted {time.time()!r}", file=sys.stderr, flush=True)
        window.settle_now()  # the reminder scan and the instance server start now, as in a real start soon after
        # bounded: a timer that keeps re-posting (a pane's refresh, the scan filter's replay) must
        # not keep a smoke start from ever reaching its exit; the start check's progress events
        # arrive here too, after the mark (before session 4 they were timed as "painting")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2000)
        from vipdesk.ui.common import tasks
        from vipdesk.ui.safety import startup as safety_startup

        while check_task is not None and not check_task.done:  # a smoke start still checks the whole file
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
        # The panes' background work (the reminder scan writes the day's care tasks) gets a bounded
        # while to finish, so a smoke start leaves the file as a real start would; then it is stopped.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(
                t is not safety_startup.backup_task() for t in tasks.running_tasks()):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        for t in tasks.running_tasks():
            if t is not safety_startup.backup_task():
                t.cancel()
        state = safety_startup.current()
        if state is not None and state.damaged:
            print(start_check.damaged_text(), file=sys.stderr)
            _exit_promptly(window, instance_server)
            return 1
        if check_task is None:  # else the passing check has started it already
            safety_startup.start_backup(window)  # the start backup, off the GUI thread as in a real start
        tasks.wait_all(600_000)
        app.processEvents()
        if os.environ.get("VIPDESK_BENCH_MARK"):  # issue 14: exit is timed from the window closing
            print(f"@@closing {time.time()!r}", file=sys.stderr, flush=True)
        _exit_promptly(window, instance_server)
        return 1 if "error" in boxes else 0  # an error box (printed above) fails the smoke start
    window.raise_()
    window.activateWindow()
    window.list_pane.search.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    from PySide6.QtCore import QTimer

    from vipdesk.ui.safety import startup as safety_startup

    QTimer.singleShot(0, lambda: safety_startup.after_start(window))  # first run: set the owner PIN
    code = app.exec()
    _exit_promptly(window, instance_server)
    return int(code)


class _InstanceServerLater:
    """The single-instance server (vipdesk/single_instance.py), listening from the first paint.

    Issue 14: QtNetwork is not loaded before the window paints.  A second start in the
    moment before finds the file lock held and no answer, and says the shop is already open."""

    def __init__(self, path: Path, on_raise) -> None:
        self.path, self.on_raise, self.server = path, on_raise, None

    def start(self) -> None:
        from vipdesk.single_instance import InstanceServer

        if self.server is None:
            self.server = InstanceServer(self.path, self.on_raise, QCoreApplication.instance())

    def close(self) -> None:
        if self.server is not None:
            self.server.close()


def _exit_promptly(window, instance_server: _InstanceServerLater) -> None:
    """Issue 14: closing the window stops background work (start check, start backup, the day's
    jobs — each resumes at the next start) instead of waiting for it."""
    from vipdesk.ui.common import tasks
    from vipdesk.ui.safety import startup as safety_startup

    if window.isVisible():
        window.close()
    tasks.cancel_all()
    QCoreApplication.processEvents()
    if not tasks.wait_all(5_000):  # a writer mid-transaction finishes it; nothing is cut off
        log.warning("background work still running at exit: %s", [t.title for t in tasks.running_tasks()])
        tasks.wait_all(60_000)
    instance_server.close()
    safety_startup.shutdown()

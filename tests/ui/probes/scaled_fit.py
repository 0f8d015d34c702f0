"""Run in a subprocess by tests/ui/test_scaled_125.py (issue 17 item 3): with QT_SCALE_FACTOR set
and an offscreen screen of the given pixels, build the main window and every dialog its menus
lead to, and print (as JSON) what does not fit the screen Qt reports or has a clipped button.

Usage: python scaled_fit.py WIDTH HEIGHT TASKBAR_DIP WORKDIR
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("VIPDESK_TEST_FAST_PIN_HASH", "1")


def _scrolls(widget, top) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    p = widget.parentWidget()
    while p is not None and p is not top:
        if isinstance(p, QAbstractScrollArea):
            return True
        p = p.parentWidget()
    return False


def main() -> None:
    width, height, taskbar, workdir = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    cfg = workdir / "screen.json"
    cfg.write_text(json.dumps({"screens": [{"name": "counter", "x": 0, "y": 0, "width": width, "height": height,
                                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog

    app = QApplication(["probe", "-platform", f"offscreen:configfile={cfg}"])
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if families:  # real Chinese glyphs, else widths come out too small
        app.setFont(QFont(families[0], 9))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "qsettings"))
    os.environ["VIPDESK_HOME"] = str(workdir / "home")

    from vipdesk.model.sales import recording as sales
    from vipdesk.model.store.db import close_database, open_database
    from vipdesk.ui.common import dialogs, tasks

    tasks.set_synchronous(True)
    dialogs._show = lambda *a, **k: 0  # no message box may block the probe
    dialogs._exec = lambda d: (d.reject(), False)[1]
    open_database(workdir / "vipdesk.db")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from conftest import small_shop  # tests/ui/conftest.py

    shop = small_shop()
    sale = sales.record_sale(shop["zj"], [sales.LineInput("K1", 8800)], clerk_id=shop["wang"])

    from vipdesk.ui.main_window import MainWindow
    from vipdesk.ui.printing.driver import render_receipt

    screen = app.primaryScreen()
    geo = screen.availableGeometry()
    # The Windows taskbar: 40 device-independent pixels at any scaling (50 physical at 125%).
    room = (geo.width(), geo.height() - taskbar)
    report: dict = {"screen": [geo.width(), geo.height()], "room": list(room), "dpr": screen.devicePixelRatio(),
                    "too_big": [], "opens_too_big": [], "clipped": [], "built": []}

    def check(name: str, w) -> None:
        hint = w.minimumSizeHint()
        mw, mh = max(w.minimumWidth(), hint.width()), max(w.minimumHeight(), hint.height())
        if mw > room[0] or mh > room[1]:
            report["too_big"].append([name, mw, mh])
        if isinstance(w, QDialog):
            dialogs.fit_to_screen(w)  # what exec_dialog does before it opens
        if w.width() > geo.width() or w.height() > geo.height():
            report["opens_too_big"].append([name, w.width(), w.height()])
        # Shown at the size it would open with on that screen: no button cut off or squeezed.
        w.resize(min(max(w.width(), mw), room[0]), min(max(w.height(), mh), room[1]))
        w.show()
        app.processEvents()
        for b in w.findChildren(QAbstractButton):
            if not b.isVisibleTo(w) or not b.text():
                continue
            if _scrolls(b, w):
                continue  # in a scroll area: out of view is scrolled, not cut off
            top_left = b.mapTo(w, b.rect().topLeft())
            inside = (top_left.x() >= 0 and top_left.y() >= 0 and top_left.x() + b.width() <= w.width()
                      and top_left.y() + b.height() <= w.height())
            if b.window() is w and (not inside or b.width() < b.minimumSizeHint().width() - 1):
                report["clipped"].append([name, b.text(), b.width(), b.minimumSizeHint().width(), inside])
        w.hide()

    window = MainWindow()
    window.set_reminders_tabbed(False)
    window.show()
    window.show_member(shop["zj"])
    app.processEvents()
    check("MainWindow", window)

    import vipdesk.ui

    classes: dict[str, type] = {}
    for info in pkgutil.walk_packages(vipdesk.ui.__path__, "vipdesk.ui."):
        mod = importlib.import_module(info.name)
        for _n, obj in inspect.getmembers(mod, inspect.isclass):
            if issubclass(obj, QDialog) and obj.__module__ == mod.__name__:
                classes[f"{obj.__module__}.{obj.__qualname__}"] = obj
    for key in sorted(classes):
        cls = classes[key]
        dlg = None
        for args in ((window,), (window, shop["zj"]), (window, shop["zj"], shop["wang"]), (window, None),
                     (window, sale.id), (window, "preview", lambda device: render_receipt(device, sale.id))):
            try:
                dlg = cls(*args)
                break
            except Exception:  # noqa: BLE001 - needs another argument shape
                continue
        if dlg is None:
            continue
        report["built"].append(cls.__name__)
        check(cls.__name__, dlg)
        dlg.deleteLater()
    print("PROBE " + json.dumps(report, ensure_ascii=False))
    window.close()
    close_database()


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.argv.append(tempfile.mkdtemp())
    main()

"""Issue 17 pictures: the counter at 1024×768, the first-run wizard, a receipt slip.

Run: python scripts/screenshots_counter.py [--font PATH-TO-A-CJK-FONT]
Writes docs/counter-1024x768.png, docs/setup-wizard.png and docs/receipt.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--font", type=Path, help="a CJK font file when the system has none")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont, QFontDatabase, QImage, QPainter, Qt
    from PySide6.QtWidgets import QApplication

    tmp = Path(tempfile.mkdtemp(prefix="vipdesk-shot-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qsettings"))
    app = QApplication(sys.argv[:1])
    from vipdesk.ui.app import pick_font

    pick_font(app)
    if args.font:
        fams = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(args.font)))
        if fams:
            app.setFont(QFont(fams[0], 9))
    mono = next((f for f in QFontDatabase.families() if "Mono" in f and ("Hei" in f or "CJK" in f)), "")
    from screenshot import make_shop, pick_member

    make_shop(tmp / "demo.db")
    from vipdesk.model.store.db import close_database, open_database

    open_database(tmp / "demo.db")
    from vipdesk.ui.common import tasks
    from vipdesk.ui.main_window import MainWindow

    tasks.set_synchronous(True)
    window = MainWindow()
    window.set_reminders_tabbed(True)
    window.resize(1024, 740)
    window.show()
    member = pick_member()
    if member is not None:
        window.show_member(member.id)
    app.processEvents()
    window.grab().save(str(ROOT / "docs" / "counter-1024x768.png"))

    from PySide6.QtCore import QRectF

    from vipdesk.model import codes
    from vipdesk.model.printing import receipt
    from vipdesk.model.sales import recording as sales

    sale = sales.member_sales(member.id)[0] if member is not None else None
    if sale is not None:
        from vipdesk.ui.printing.cards import draw_code128

        slip = receipt.receipt_for_sale(sale.id)
        lines = receipt.text_lines(slip, 32)
        img = QImage(400, 24 * (len(lines) + 2) + 110, QImage.Format.Format_RGB32)
        img.fill(Qt.GlobalColor.white)
        p = QPainter(img)
        f = QFont(mono or app.font().family())  # the slip is monospaced like the printer's font
        f.setPixelSize(20)
        p.setFont(f)
        for i, line in enumerate(lines):
            p.drawText(6, 24 * (i + 1), line)
        y = 24 * (len(lines) + 1)
        draw_code128(p, QRectF(6, y, 388, 70), slip.card_code or slip.ticket_code)  # the card code, as printed
        p.drawText(QRectF(6, y + 74, 388, 26), int(Qt.AlignmentFlag.AlignHCenter),
                   codes.pretty(slip.card_code or slip.ticket_code))
        p.end()
        img.save(str(ROOT / "docs" / "receipt.png"))
    window.close()
    close_database()

    open_database(tmp / "new.db")
    from vipdesk.ui.setup.wizard import SetupWizard

    w = SetupWizard()
    w.show()
    w.shop_name.setText("丽人服饰")
    w.next()
    app.processEvents()
    w.grab().save(str(ROOT / "docs" / "setup-wizard.png"))
    w.close()
    close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

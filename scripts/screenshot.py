"""Build a small demo shop, open the window offscreen, select a member, save docs/screenshot.png.

Run: python scripts/screenshot.py [--out docs/screenshot.png]
The README shows this picture, so re-run it whenever the window changes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def make_shop(path: Path) -> None:
    try:
        from vipdesk.demo.builder import build_demo
    except ImportError:
        build_demo = None
    if build_demo is not None:
        build_demo(path, members=300, sales=3000, seed=1)
        return
    # Fallback while the demo builder is missing: a few members by hand.
    from vipdesk.model.members import profile as members
    from vipdesk.model.members import staff
    from vipdesk.model.sales import recording as sales
    from vipdesk.model.store.db import open_database

    open_database(path)
    clerk = staff.add_staff("王丽").id
    for name, phone in (("黄明华", "13812341234"), ("李秀英", "13987651234"), ("张静", "13700005678")):
        m = members.enrol(name, phone, clerk_id=clerk, birthday=members.Birthday(8, 15, 1985, is_lunar=True))
        sales.record_sale(m.id, [sales.LineInput("A2601", 59900, 1, category="外套", size="M")], clerk_id=clerk)


def pick_member():
    """A member with a full profile: children, a card and several purchases, if the demo has one."""
    from vipdesk.model.store.tables import Child, Member

    with_kids = Member.select(Member.id).join(Child, on=(Child.member == Member.id)).where(
        (Member.purchase_count >= 3) & Member.card_no.is_null(False) & (Member.birth_month.is_null(False)))
    m = with_kids.order_by(Member.total_spend.desc()).first() or Member.select().order_by(
        Member.total_spend.desc()).first()
    return Member.get_by_id(m.id) if m is not None else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    tmp = Path(tempfile.mkdtemp(prefix="vipdesk-shot-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qsettings"))
    app = QApplication(sys.argv[:1])
    from vipdesk.ui.app import pick_font

    pick_font(app)
    make_shop(tmp / "demo.db")
    from vipdesk.model.store.db import open_database

    open_database(tmp / "demo.db")
    from vipdesk.ui.common import tasks
    from vipdesk.ui.main_window import MainWindow

    tasks.set_synchronous(True)  # reminder scans etc. finish before the picture is taken
    window = MainWindow()
    window.resize(1440, 860)
    window.show()
    member = pick_member()
    if member is not None:
        window.list_pane.select_member(member.id)
        window.open_member(member.id)
        window.detail_pane.tabs.setCurrentWidget(window.detail_pane.history)
    for _ in range(5):
        app.processEvents()
    tree = window.detail_pane.history.tree
    if tree.topLevelItemCount():  # show one ticket's lines
        tree.expandItem(tree.topLevelItem(0))
        app.processEvents()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(args.out))
    print(args.out)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Issue 13 item 4 / L10: at the counter the 导购 chosen in the sale dialog wins over
the signed-in person (the model only fills in the signed-in person when no clerk is given)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vipdesk.model import access
from vipdesk.model.members import profile as members
from vipdesk.model.members.staff import staff_by_name
from vipdesk.model.store.tables import Staff
from vipdesk.ui.counter.sale_dialog import SaleDialog


def test_clerk_chosen_in_the_sale_dialog_is_recorded_not_the_signed_in_one(db_path, qtbot) -> None:
    """Issue 13: 小李 is signed in, 张姐 is picked as 导购 → the sale is 张姐's."""
    access.create_owner("王店长", "258013")
    boss = access.authenticate("王店长", "258013")
    li = access.add_user(boss, "小李", "246813", access.CLERK)
    zhang = Staff.create(name="张姐").id
    m = members.enrol("王芳", "13800001111")
    access.sign_in(li)
    d = SaleDialog(None, m.id, clerk_id=li.staff_id)
    qtbot.addWidget(d)
    d.clerk.set_clerk(zhang)
    qtbot.keyClicks(d.style_code, "C100")
    qtbot.keyClicks(d.price, "199")
    qtbot.keyClick(d.discount, Qt.Key.Key_Return)
    assert d.confirm()
    assert d.sale is not None and d.sale.clerk_id == zhang != li.staff_id
    assert staff_by_name("小李").id == li.staff_id
    d.close()

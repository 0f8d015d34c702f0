"""Issue 17 items 5 and 6 through the real main window, keystrokes only: card scanners
(P6, L5 vouchers, T2 tickets) and returns by keyboard (T2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vipdesk.formatting import fen_to_yuan_text
from vipdesk.model import codes
from vipdesk.model.members import profile as members
from vipdesk.model.printing import receipt
from vipdesk.model.sales import recording as sales
from vipdesk.model.sales import refunds


def scan(qtbot, widget, digits: str) -> None:
    """What a keyboard-wedge scanner does: the digits at machine speed, then Enter."""
    qtbot.keyClicks(widget, digits)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _focus(window):
    return QApplication.focusWidget() or window.list_pane.search


def test_p6_scan_member_card_anywhere_opens_her_and_sale_in_four_actions(main_window, shop, drive, qtbot):
    """Done-means: scan → F2 → amount → Ctrl+Enter, four actions, booked on the scanned member."""
    box = main_window.list_pane.search
    box.setFocus()
    actions = 0
    scan(qtbot, box, codes.make("member", shop["zj"]))
    actions += 1
    assert main_window.current_member_id() == shop["zj"]
    assert box.text() == ""  # the scan was taken back out of the search box

    def sell(d):
        nonlocal actions
        assert "张静" in d.who_label.text()
        qtbot.keyClicks(d.price, "88")
        actions += 1
        qtbot.keyClick(d.price, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        actions += 1

    drive.push(sell)
    qtbot.keyClick(_focus(main_window), Qt.Key.Key_F2)
    actions += 1
    assert actions <= 4
    assert members.get_member(shop["zj"]).purchase_count == 1
    assert sales.member_sales(shop["zj"])[0].paid == 8800 * 95 // 100  # 普卡 9.5折


def test_unknown_or_mistyped_scan_beeps_and_changes_nothing(main_window, shop, qtbot):
    box = main_window.list_pane.search
    main_window.show_member(shop["hmh"])
    box.setFocus()
    good = codes.make("member", shop["zj"])
    scan(qtbot, box, good[:-1] + str((int(good[-1]) + 1) % 10))  # wrong check digit
    assert main_window.current_member_id() == shop["hmh"]
    assert "校验位" in main_window.statusBar().currentMessage()
    scan(qtbot, box, "6901234567892")  # a product barcode
    assert "不认识的条码" in main_window.statusBar().currentMessage()
    scan(qtbot, box, codes.make("member", 9999))
    assert "没有这张会员卡" in main_window.statusBar().currentMessage()
    assert main_window.current_member_id() == shop["hmh"]
    assert box.text() == ""


def test_typing_a_mobile_quickly_is_a_search_not_a_scan(main_window, shop, qtbot):
    box = main_window.list_pane.search
    box.setFocus()
    scan(qtbot, box, "13700005678")
    assert main_window.current_member_id() == shop["zj"]
    assert box.text() == "13700005678"


def test_slow_typing_of_a_code_is_not_a_scan(main_window, shop, qtbot):
    box = main_window.list_pane.search
    box.setFocus()
    code = codes.make("member", shop["zj"])
    qtbot.keyClicks(box, code, delay=80)  # a person, not a scanner
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.text() == code  # left as a search; nobody is found by it
    assert main_window.current_member_id() is None


def test_p6_preprinted_card_bound_at_enrolment_by_scanning(main_window, shop, drive, qtbot):
    def enrol(d):
        d.name.setText("周芳")
        d.phone.setText("13900007777")
        scan(qtbot, d.card, "6688001234")  # the card field takes scans as typing
        assert d.card.text() == "6688001234"
        assert not d.card.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
        d.submit()

    drive.push(enrol)
    mid = main_window.enrol()
    assert members.get_member(mid).card_no == "6688001234"
    main_window.open_member(None)
    main_window.list_pane.search.setFocus()
    scan(qtbot, main_window.list_pane.search, "6688001234")
    assert main_window.current_member_id() == mid


def test_l5_voucher_scanned_in_the_sale_dialog_is_applied(main_window, shop, drive, qtbot):
    from vipdesk.model.loyalty import vouchers

    v = vouchers.issue(shop["zj"], "points", 30000, reason="测试")
    other = vouchers.issue(shop["hmh"], "points", 30000, reason="测试")
    main_window.show_member(shop["zj"])

    def sell(d):
        scan(qtbot, d.price, codes.make("voucher", other.id))
        assert "不属于" in d.scan_message.text() and d.pay.voucher_ids() == []
        scan(qtbot, d.price, codes.make("voucher", v.id))
        assert d.pay.voucher_ids() == [v.id]
        qtbot.keyClicks(d.price, "500")
        qtbot.keyClick(d.price, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    drive.push(sell)
    qtbot.keyClick(_focus(main_window), Qt.Key.Key_F2)
    sale = sales.member_sales(shop["zj"])[0]
    assert sales.settlement(sale.id).voucher == 30000


def test_t2_scanned_ticket_opens_its_return(main_window, shop, drive, qtbot):
    sale = sales.record_sale(None, [sales.LineInput("K9", 10000)], clerk_id=shop["wang"])
    main_window.list_pane.search.setFocus()

    def give_back(d):
        assert d.sale_id == sale.id
        d.set_quantity(0, 1)
        qtbot.keyClick(d.spins[0], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    drive.push(give_back)
    scan(qtbot, main_window.list_pane.search, codes.make("ticket", sale.id))
    assert drive.seen == ["ReturnDialog"]
    assert sales.returnable(sale.id)[0][1] == 0


def test_t2_f4_on_a_member_picks_ticket_lines_quantity_by_keyboard(main_window, shop, drive, qtbot):
    old = sales.record_sale(shop["zj"], [sales.LineInput("K1", 5000)], clerk_id=shop["wang"])
    new = sales.record_sale(shop["zj"], [sales.LineInput("K2", 8000, 2)], clerk_id=shop["wang"])
    main_window.show_member(shop["zj"])
    main_window.detail_pane.tabs.setFocus()

    def pick(d):
        assert [s.id for s in d.sales] == [new.id, old.id]  # newest first
        qtbot.keyClick(d.list, Qt.Key.Key_Return)

    def give_back(d):
        assert d.sale_id == new.id
        qtbot.keyClicks(d.spins[0], "1")
        d.refund_method.setCurrentIndex(d.refund_method.findText("微信"))
        refund = sales.quote_return(new.id, d.items()).refund
        assert refund > 0 and f"微信 {fen_to_yuan_text(refund)}" in d.summary.text()  # shown before confirming
        qtbot.keyClick(d.spins[0], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    drive.push(pick)
    drive.push(give_back)
    qtbot.keyClick(_focus(main_window), Qt.Key.Key_F4)
    assert drive.seen == ["TicketPicker", "ReturnDialog"]
    assert sales.returnable(new.id)[0][1] == 1
    ret = [s for s in sales.member_sales(shop["zj"]) if s.kind == "return"][0]
    # Issue 17 item 5: the refund method is a field, shown in her history and on the slip.
    assert refunds.method_of(ret.id) == "wechat" and "微信" not in ret.note
    history = main_window.detail_pane.history
    history.load(shop["zj"])
    kinds = [history.tree.topLevelItem(i).text(2) for i in range(history.tree.topLevelItemCount())]
    assert "退货(微信)" in kinds
    slip = receipt.text_lines(receipt.receipt_for_sale(ret.id), 32)
    assert any(line.startswith("退款方式") and line.endswith("微信") for line in slip)


def test_t2_return_larger_than_bought_is_refused_with_the_reason(main_window, shop, drive, answers, qtbot):
    sale = sales.record_sale(None, [sales.LineInput("K9", 10000)], clerk_id=shop["wang"])
    sales.record_return(sale.id, [(sales.returnable(sale.id)[0][0].id, 1)], clerk_id=shop["wang"])

    def type_ticket(d):
        d.ticket.setText(sale.ticket_no)
        d.submit()

    drive.push(type_ticket)
    qtbot.keyClick(_focus(main_window), Qt.Key.Key_F4, Qt.KeyboardModifier.ShiftModifier)
    assert drive.seen == ["TicketDialog"]  # no return dialog for a ticket with nothing left
    assert any("已全部退货" in t for t in answers.texts())


def test_t2_issue17_stored_value_refund_offered_only_to_a_member_with_it_switched_on(main_window, shop, qtbot):
    """Item 5: 储值 is a refund method only where it can work (a member, stored value on)."""
    from vipdesk.model.loyalty import config as loyalty_config
    from vipdesk.model.store import settings
    from vipdesk.ui.counter.return_dialog import ReturnDialog

    member_sale = sales.record_sale(shop["zj"], [sales.LineInput("K1", 5000)], clerk_id=shop["wang"])
    walk_in = sales.record_sale(None, [sales.LineInput("K1", 5000)], clerk_id=shop["wang"])

    def methods(sale_id):
        d = ReturnDialog(main_window, sale_id)
        try:
            return [d.refund_method.itemData(i) for i in range(d.refund_method.count())]
        finally:
            d.deleteLater()

    assert "stored_value" not in methods(member_sale.id)
    settings.put(loyalty_config.SV_ENABLED.key, True)
    assert methods(member_sale.id) == ["cash", "card", "wechat", "alipay", "stored_value"]
    assert "stored_value" not in methods(walk_in.id)

"""The counter flow through the real window: search, open, enrol, sell, return."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from vipdesk.model.members import profile as members
from vipdesk.model.sales import recording as sales
from vipdesk.model.store.tables import Member


def type_search(qtbot, window, text: str) -> None:
    box = window.list_pane.search
    with qtbot.waitSignal(box.search, timeout=5000):
        qtbot.keyClicks(box, text)


def listed_names(window) -> list[str]:
    m = window.list_pane.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def test_search_box_has_focus_on_start(main_window, qtbot):
    qtbot.waitUntil(lambda: main_window.list_pane.search.hasFocus(), timeout=5000)


def test_type_1234_lists_the_right_members(main_window, shop, qtbot):
    main_window.list_pane.refresh()
    type_search(qtbot, main_window, "1234")
    assert sorted(listed_names(main_window)) == sorted(["黄明华", "李秀英", "赵敏"])
    assert "找到 3 位会员" in main_window.list_pane.count_label.text()
    qtbot.keyClick(main_window.list_pane.search, Qt.Key.Key_Escape)
    assert main_window.list_pane.search.text() == ""
    assert len(listed_names(main_window)) == 4


def test_pinyin_and_enter_opens_member(main_window, shop, qtbot):
    type_search(qtbot, main_window, "huangminghua")
    assert listed_names(main_window) == ["黄明华"]
    qtbot.keyClick(main_window.list_pane.search, Qt.Key.Key_Return)
    assert main_window.current_member_id() == shop["hmh"]
    pane = main_window.detail_pane
    assert pane.name_label.text() == "黄明华"
    assert pane.fields["phone"].text() == "138 1234 1234"  # full number for the clerk serving her
    birthday = pane.fields["birthday"].text()
    assert birthday.startswith("农历八月十五(公历 ")  # both calendars
    assert pane.fields["clerk"].text() == "王丽"


def test_down_arrow_moves_into_list_and_enter_opens(main_window, shop, qtbot):
    type_search(qtbot, main_window, "1234")
    box = main_window.list_pane.search
    qtbot.keyClick(box, Qt.Key.Key_Down)
    table = main_window.list_pane.table
    assert table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = main_window.list_pane.model.member_id(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert main_window.current_member_id() == second


def test_typing_quickly_then_enter_searches_first(main_window, shop, qtbot):
    box = main_window.list_pane.search
    qtbot.keyClicks(box, "zj")  # Enter before the debounce timer fired
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert main_window.current_member_id() == shop["zj"]


def test_enrol_new_member(main_window, shop, drive, qtbot):
    def fill(d):
        d.name.insert("周芳")
        d.phone.insert("１３５ ０００１ ２３４５")  # full-width digits and spaces are normalised
        d.submit()

    drive.push(fill)
    new_id = main_window.enrol()
    m = Member.get_by_id(new_id)
    assert (m.name, m.phone) == ("周芳", "13500012345")
    assert main_window.current_member_id() == new_id
    assert main_window.detail_pane.name_label.text() == "周芳"
    assert "会员 5 位" in main_window.statusBar().currentMessage() or "周芳" in main_window.statusBar().currentMessage()


def test_enrol_duplicate_mobile_offers_to_open_existing(main_window, shop, drive, answers, qtbot):
    seen = {}

    def fill(d):
        d.name.insert("黄小姐")
        qtbot.keyClicks(d.phone, "13812341234")
        d.check_now()  # what the typing timer does
        seen["warning"] = d.phone_warning.text()
        seen["button"] = d.open_existing_button.isVisibleTo(d)
        answers.replies.append(0)  # 打开该会员
        d.submit()

    drive.push(fill)
    opened = main_window.enrol()
    assert seen == {"warning": "该手机号已是会员 黄明华", "button": True}
    assert opened == shop["hmh"]
    assert main_window.current_member_id() == shop["hmh"]
    assert Member.select().count() == 4  # no duplicate
    assert any("已是会员 黄明华" in t for t in answers.texts())


def test_enrol_warns_same_name_and_birthday_while_typing(main_window, shop, drive, qtbot):
    seen = {}

    def fill(d):
        d.name.insert("黄明华")
        d.birthday.kind.setCurrentIndex(1)  # 农历
        d.birthday.month.setCurrentIndex(d.birthday.month.findData(8))
        d.birthday.day.setCurrentIndex(d.birthday.day.findData(15))
        d.check_now()
        seen["warning"] = d.same_warning.text()
        d.reject()

    drive.push(fill)
    assert main_window.enrol() is None
    assert "同名同生日" in seen["warning"] and "黄明华" in seen["warning"]


def test_enrol_bad_mobile_keeps_input(main_window, shop, drive, answers, qtbot):
    kept = {}

    def fill(d):
        d.name.insert("钱多多")
        qtbot.keyClicks(d.phone, "1381234")
        assert d.submit() is False
        kept["name"], kept["phone"] = d.name.text(), d.phone.text()
        d.reject()

    drive.push(fill)
    main_window.enrol()
    assert kept == {"name": "钱多多", "phone": "1381234"}
    assert answers.shown and answers.shown[0][0] == "error" and "手机" in answers.shown[0][2]


def add_line(qtbot, d, code, price, qty="1", disc=""):
    qtbot.keyClicks(d.style_code, code)
    qtbot.keyClicks(d.price, price)
    d.quantity.setText(qty)
    qtbot.keyClicks(d.discount, disc)
    qtbot.keyClick(d.discount, Qt.Key.Key_Return)  # Enter adds the line


def test_record_sale_and_return_update_history_and_totals(main_window, shop, drive, qtbot):
    main_window.show_member(shop["hmh"])
    seen = {}

    def sell(d):
        add_line(qtbot, d, "a2601", "599", "1")
        add_line(qtbot, d, "B1002", "200.50", "2", "9")
        seen["lines"] = len(d.lines)
        seen["paid"] = d.q_paid.text()
        seen["discount"] = d.q_discount.text()
        assert d.clerk.clerk_id() == shop["wang"]  # her own clerk is preselected
        qtbot.keyClick(d.style_code, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    drive.push(sell)
    main_window.act_sale.trigger()
    # 599 + 2 × 200.50 × 0.9 = 959.90; 普卡 9.5折 → 569.05 + 342.86 = 911.91
    assert seen == {"lines": 2, "paid": "¥911.91", "discount": "普卡 9.5折"}
    m = Member.get_by_id(shop["hmh"])
    assert (m.total_spend, m.purchase_count) == (91191, 1)
    pane = main_window.detail_pane
    assert pane.fields["spend"].text().startswith("¥911.91")
    tree = pane.history.tree
    assert tree.topLevelItemCount() == 1
    assert tree.topLevelItem(0).childCount() == 2
    assert tree.topLevelItem(0).child(0).text(0).strip().startswith("A2601")

    # return one of the two B1002
    tree.setCurrentItem(tree.topLevelItem(0))

    def give_back(d):
        b_row = next(i for i, (line, _left) in enumerate(d.rows) if line.style_code == "B1002")
        d.set_quantity(b_row, 1)
        d.submit(False)

    drive.push(give_back)
    pane.history.return_button.click()
    m = Member.get_by_id(shop["hmh"])
    assert m.total_spend == 91191 - 17143
    assert tree.topLevelItemCount() == 2
    kinds = {tree.topLevelItem(i).text(2) for i in range(2)}
    assert kinds == {"销售", "退货(现金)"}  # issue 17: the refund method is shown with the return
    assert pane.fields["spend"].text().startswith("¥740.48")
    assert drive.seen == ["SaleDialog", "ReturnDialog"]


def test_sale_refuses_bad_price_naming_the_field(main_window, shop, drive, answers, qtbot):
    main_window.show_member(shop["zj"])

    def sell(d):
        add_line(qtbot, d, "X1", "-5")
        assert d.lines == []
        assert d.style_code.text() == "X1"  # the clerk's input stays
        d.price.clear()
        add_line(qtbot, d, "", "1.234")
        d.reject()

    drive.push(sell)
    assert main_window.new_sale() is None
    texts = answers.texts()
    assert texts[0].startswith("第 1 行单价") and "负数" in texts[0]
    assert "两位小数" in texts[1]
    assert sales.member_sales(shop["zj"]) == []


def test_walk_in_sale_needs_a_clerk(main_window, shop, drive, answers, qtbot):
    def sell(d):
        add_line(qtbot, d, "W1", "100")
        d.clerk.setCurrentIndex(0)  # (未指定)
        assert d.confirm() is False
        d.clerk.set_clerk(shop["li"])
        assert d.confirm() is True

    drive.push(sell)
    sale = main_window.walk_in_sale()
    assert sale.member_id is None and sale.paid == 10000 and sale.points == 0
    assert any(t.startswith("导购") for t in answers.texts())


def test_f2_without_member_explains(main_window, shop, answers):
    main_window.act_sale.trigger()
    assert "Shift+F2" in answers.texts()[0]


def test_exchange_opens_new_sale(main_window, shop, drive, qtbot):
    sale = sales.record_sale(shop["lxy"], [sales.LineInput("C3", 30000, 1, size="M")], clerk_id=shop["li"])
    main_window.show_member(shop["lxy"])

    def give_back(d):
        d.set_quantity(0, 1)
        d.submit(True)

    def sell(d):
        add_line(qtbot, d, "C3", "300")
        d.confirm()

    drive.push(give_back)
    drive.push(sell)
    main_window.return_sale(sale.id)
    assert drive.seen == ["ReturnDialog", "SaleDialog"]
    assert len(sales.member_sales(shop["lxy"])) == 3


def test_visit_and_contact_note(main_window, shop, drive, qtbot):
    main_window.show_member(shop["zj"])
    drive.push(lambda d: (d.note.insert("试了大衣"), d.submit()))
    main_window.act_visit.trigger()

    def note(d):
        d.channel.setCurrentIndex(d.channel.findData("wechat"))
        d.outcome.setCurrentText("已回复")
        d.satisfaction.setCurrentIndex(1)  # ★★★★★
        d.submit()

    drive.push(note)
    main_window.act_contact.trigger()
    table = main_window.detail_pane.contacts.table
    cells = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert cells == {"到店未购", "微信"}
    assert members.log_visit  # the model function exists


def test_shortcuts_are_set_and_shown(main_window):
    w = main_window
    assert w.act_enrol.shortcut() == QKeySequence("Ctrl+N")
    assert w.act_sale.shortcut() == QKeySequence("F2")
    assert w.act_walk_in.shortcut() == QKeySequence("Shift+F2")
    assert w.act_visit.shortcut() == QKeySequence("F3")
    assert w.act_contact.shortcut() == QKeySequence("Ctrl+L")
    assert QKeySequence("F6") in w.act_search.shortcuts()
    assert "(F2)" in w.act_sale.toolTip()


def test_open_member_from_elsewhere_highlights_her_in_the_list(shop, main_window):  # she is on file at start
    main_window.open_member(shop["lxy"])  # e.g. a double-click in the reminder pane
    table = main_window.list_pane.table
    assert main_window.list_pane.model.member_id(table.currentIndex().row()) == shop["lxy"]
    assert main_window.detail_pane.name_label.text() == "李秀英"
    main_window.open_member(None)
    assert main_window.detail_pane.stack.currentIndex() == 0


def test_enter_on_unknown_mobile_offers_enrolment_with_it(main_window, shop, drive, answers, qtbot):
    seen = {}

    def fill(d):
        seen["phone"] = d.phone.text()
        d.name.insert("新客")
        d.submit()

    drive.push(fill)
    box = main_window.list_pane.search
    qtbot.keyClicks(box, "13511112222")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert "13511112222" in answers.texts()[0]
    assert seen["phone"] == "13511112222"
    assert Member.get_by_id(main_window.current_member_id()).name == "新客"


def test_walk_in_return_by_ticket_number(main_window, shop, drive, answers):
    sale = sales.record_sale(None, [sales.LineInput("W9", 5000, 2)], clerk_id=shop["li"])
    drive.push(lambda d: (d.ticket.setText("nope"), d.submit(), d.ticket.setText(sale.ticket_no.lower()),
                          d.submit()))
    drive.push(lambda d: (d.set_quantity(0, 2), d.submit(False)))
    ret = main_window.return_by_ticket()
    assert answers.texts()[0].startswith("找不到小票")
    assert ret.kind == "return" and ret.paid == -10000 and ret.original_id == sale.id


def test_sale_dialog_delete_key_edits_fields_and_removes_lines_only_in_table(main_window, shop, drive, qtbot):
    main_window.activateWindow()
    main_window.show_member(shop["zj"])
    seen = {}

    def sell(d):
        d.show()
        qtbot.waitExposed(d)
        d.activateWindow()
        qtbot.waitUntil(d.isActiveWindow, timeout=5000)
        add_line(qtbot, d, "A1", "10")
        add_line(qtbot, d, "A2", "20")
        d.style_code.setFocus()
        qtbot.keyClicks(d.style_code, "XY")
        qtbot.keyClick(d.style_code, Qt.Key.Key_Home)
        qtbot.keyClick(d.style_code, Qt.Key.Key_Delete)
        seen["field"] = d.style_code.text()
        seen["lines_after_field_delete"] = len(d.lines)
        d.table.setFocus()
        d.table.selectRow(0)
        qtbot.keyClick(d.table, Qt.Key.Key_Delete)
        seen["codes"] = [line.style_code for line in d.lines]
        d.reject()

    drive.push(sell)
    main_window.new_sale()
    assert seen == {"field": "Y", "lines_after_field_delete": 2, "codes": ["A2"]}


def test_walk_in_with_three_items_is_told_the_card_is_free(main_window, shop, drive, qtbot):
    seen = {}

    def sell(d):
        add_line(qtbot, d, "P1", "50", "2")
        seen["two"] = d.q_upgrade.text()
        add_line(qtbot, d, "P2", "50", "1")
        seen["three"] = d.q_upgrade.text()
        d.reject()

    drive.push(sell)
    main_window.walk_in_sale()
    assert seen == {"two": "", "three": "本单满 3 件,可免费办卡入会"}

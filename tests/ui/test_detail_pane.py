"""The detail pane: profile edits, validation keeps input, children, cards, dates, referral."""

import datetime as dt

from vipdesk.model.members import detail as member_detail
from vipdesk.model.store import settings
from vipdesk.model.store.tables import Member


def open_pane(window, member_id):
    window.show_member(member_id)
    return window.detail_pane


def test_profile_save_writes_hard_soft_and_observations(main_window, shop):
    pane = open_pane(main_window, shop["zj"])
    p = pane.profile
    p.email.setText("zhangjing@example.com")
    p.sizes.setText("上衣 M / 裤 27")
    p.birthday.kind.setCurrentIndex(0)
    p.birthday.year.setText("1990")
    p.birthday.month.setCurrentIndex(p.birthday.month.findData(3))
    p.birthday.day.setCurrentIndex(p.birthday.day.findData(7))
    p.soft["hobbies"].setCurrentText("瑜伽")
    p.soft["occupation"].setCurrentText("自己开花店")  # free text beyond the pick-list
    p.observations.setPlainText("最近瘦了,喜欢浅色")
    p.gender.setCurrentIndex(p.gender.findData("F"))
    assert p.dirty
    assert p.save()
    m = Member.get_by_id(shop["zj"])
    assert (m.email, m.sizes, m.hobbies, m.occupation, m.gender) == (
        "zhangjing@example.com", "上衣 M / 裤 27", "瑜伽", "自己开花店", "F")
    assert (m.birth_year, m.birth_month, m.birth_day, m.birthday_lunar) == (1990, 3, 7, False)
    assert m.observations == "最近瘦了,喜欢浅色"
    assert pane.fields["birthday"].text().startswith("1990年3月7日(农历 ")
    assert not p.dirty


def test_profile_validation_error_names_field_and_keeps_input(main_window, shop, answers):
    pane = open_pane(main_window, shop["zj"])
    p = pane.profile
    p.email.setText("not-an-email")
    p.address.setText("解放路 1 号")
    assert not p.save()
    assert answers.texts() == ["邮箱:邮箱格式不对:not-an-email"]
    assert p.email.text() == "not-an-email" and p.address.text() == "解放路 1 号"
    assert Member.get_by_id(shop["zj"]).address == ""  # nothing half-saved


def test_impossible_birthday_is_refused(main_window, shop, answers):
    p = open_pane(main_window, shop["zj"]).profile
    p.birthday.month.setCurrentIndex(p.birthday.month.findData(2))
    p.birthday.day.setCurrentIndex(p.birthday.day.findData(30))
    assert not p.save()
    assert answers.texts()[0].startswith("生日:不存在的日期")


def test_unsaved_profile_is_offered_for_saving_when_switching(main_window, shop, answers):
    p = open_pane(main_window, shop["zj"]).profile
    p.address.setText("新地址")
    p._mark_dirty()
    answers.replies.append(0)  # 是: save
    main_window.show_member(shop["hmh"])
    assert "未保存" in answers.texts()[0]
    assert Member.get_by_id(shop["zj"]).address == "新地址"


def test_referrer_picked_through_search(main_window, shop, drive, qtbot):
    p = open_pane(main_window, shop["zj"]).profile

    def pick(d):
        qtbot.keyClicks(d.search, "hmh")
        d.search.flush()
        d._accept()

    drive.push(pick)
    p.pick_referrer()
    assert p.save()
    assert Member.get_by_id(shop["zj"]).referred_by_id == shop["hmh"]
    assert main_window.detail_pane.fields["referrer"].text() == "黄明华"


def test_children_tab_add_and_remove(main_window, shop, drive, answers):
    pane = open_pane(main_window, shop["lxy"])
    tab = pane.children_tab

    def child(d):
        d.name.setText("小宝")
        d.gender.setCurrentIndex(d.gender.findData("M"))
        d.birthday.year.setText(str(dt.date.today().year - 5))
        d.birthday.month.setCurrentIndex(d.birthday.month.findData(1))
        d.birthday.day.setCurrentIndex(d.birthday.day.findData(1))
        d.size.setText("120")
        d.submit()

    drive.push(child)
    tab.add()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == "小宝"
    assert tab.table.item(0, 4).text() == "4–6岁"
    assert pane.fields["children"].text() == "小宝"
    tab.table.selectRow(0)
    answers.replies.append(0)
    tab.remove()
    assert tab.table.rowCount() == 0


def test_cards_tab_issue_with_suggested_number_and_price_then_report_lost(main_window, shop, drive):
    pane = open_pane(main_window, shop["hmh"])
    tab = pane.cards
    seen = {}

    def card(d):
        seen["no"], seen["price"] = d.card_no.text(), d.price.text()
        d.submit()

    drive.push(card)
    tab.issue()
    assert seen == {"no": "80001235", "price": "38.00"}  # after 80001234; settings card.price_fen = 3800
    assert settings.get(settings.CARD_PRICE.key) == 3800
    assert Member.get_by_id(shop["hmh"]).card_no == "80001235"
    assert tab.table.item(0, 2).text() == "正常"
    assert pane.card_label.text() == "卡号 80001235"
    tab.table.selectRow(0)
    tab.set_status("lost")
    assert tab.table.item(0, 2).text() == "挂失"
    assert Member.get_by_id(shop["hmh"]).card_no is None


def test_free_card(main_window, shop, drive):
    tab = open_pane(main_window, shop["lxy"]).cards

    def card(d):
        d.free.setChecked(True)
        d.submit()

    drive.push(card)
    tab.issue()
    c = member_detail.cards(shop["lxy"])[0]
    assert (c.price, c.free_reason) == (0, "一次购买满3件")


def test_wedding_anniversary_lunar(main_window, shop, drive):
    tab = open_pane(main_window, shop["hmh"]).dates

    def wedding(d):
        d.kind.setCurrentIndex(d.kind.findData("wedding"))
        d.date.kind.setCurrentIndex(1)  # 农历
        d.date.month.setCurrentIndex(d.date.month.findData(8))
        d.date.day.setCurrentIndex(d.date.day.findData(15))
        d.submit()

    drive.push(wedding)
    tab.add()
    assert tab.table.item(0, 0).text() == "结婚纪念日"
    # the solar date of the next 八月十五, worked out with lunar_python directly (not our calendar code)
    from lunar_python import Lunar

    today = dt.date.today()
    for year in (today.year - 1, today.year, today.year + 1):
        s = Lunar.fromYmd(year, 8, 15).getSolar()
        nxt = dt.date(s.getYear(), s.getMonth(), s.getDay())
        if nxt >= today:
            break
    assert tab.table.item(0, 1).text() == f"农历八月十五(公历 {nxt.month}月{nxt.day}日)"
    [row] = member_detail.dates(shop["hmh"])
    assert (row.kind, row.month, row.day, row.is_lunar, row.is_leap) == ("wedding", 8, 15, True, False)


def test_profile_shows_completeness_and_what_to_ask(main_window, shop):
    p = open_pane(main_window, shop["lxy"]).profile
    text = p.completeness_label.text()
    assert text.startswith("档案完整度 20%")  # name + mobile only
    assert "性别、生日、地址" in text
    p.gender.setCurrentIndex(p.gender.findData("F"))
    p.address.setText("解放路 1 号")
    p.birthday.month.setCurrentIndex(p.birthday.month.findData(5))
    p.birthday.day.setCurrentIndex(p.birthday.day.findData(20))
    assert p.save()
    assert p.completeness_label.text() == "档案完整度 60%"


def test_header_shows_what_she_buys(main_window, shop):
    from vipdesk.model.sales import recording as sales

    L = sales.LineInput
    sales.record_sale(shop["zj"], [L("A", 1000, 2, category="外套", size="M"), L("B", 1000, 1, category="针织", size="L")],
                      clerk_id=shop["wang"])
    sale = sales.record_sale(shop["zj"], [L("C", 1000, 3, category="针织", size="M")], clerk_id=shop["wang"])
    line = sales.sale_lines(sale.id)[0]
    sales.record_return(sale.id, [(line.id, 3)], clerk_id=shop["wang"])  # returned pieces do not count
    pane = open_pane(main_window, shop["zj"])
    assert pane.fields["buys"].text() == "外套 2 件、针织 1 件 · 常穿 M"
    assert open_pane(main_window, shop["lxy"]).fields["buys"].text() == "暂无"

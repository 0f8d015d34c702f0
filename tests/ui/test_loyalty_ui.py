"""Loyalty GUI: settings dialog (save with tier preview, L2 figures), redemption with
confirmation, stored value top-up and PDF slip, voucher list, incentive table,
the member's 积分 tab and the payment box, on a real temp database."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from vipdesk.model.loyalty import config, gifts, ledger, stored_value, tiers, vouchers
from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.sales import recording as sales
from vipdesk.model.store import settings
from vipdesk.model.store.tables import Member

pytestmark = pytest.mark.gui


@pytest.fixture
def member(db_path, ui_env, answers):
    settings.put(config.L5_AUTO.key, False)
    clerk = staff.add_staff("小王")
    m = members.enrol("黄明华", "13800001234", clerk_id=clerk.id)
    sales.record_sale(m.id, [sales.LineInput("A", 200000, 1)], clerk_id=clerk.id,
                      sold_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=1))
    return m


def test_settings_dialog_saves_and_previews(qtbot, member, answers, owner_pin):
    from vipdesk.ui.loyalty.settings import LoyaltySettingsDialog

    d = LoyaltySettingsDialog()
    qtbot.addWidget(d)
    d.show_advice()
    assert "连带率" in d.advice_text.toPlainText() and "基本线" in d.advice_text.toPlainText()
    # Lower 银卡 to 1500 points: the member (1900 points) would move up; preview first.
    d.tier_table.item(1, 1).setText("1500")
    d.show_preview()
    assert "1 人升级" in d.advice_text.toPlainText()
    d.voucher_form.widgets[config.BIRTHDAY_VALUE.key].setText("88")
    d.sv_form.widgets[config.SV_ENABLED.key].setChecked(True)
    from PySide6.QtWidgets import QTableWidgetItem

    from vipdesk.ui.loyalty.settings import _check_item

    d.mult_table.insertRow(0)
    for c, v in enumerate(("中秋", "08-15", "08-16", "200")):
        d.mult_table.setItem(0, c, QTableWidgetItem(v))
    d.mult_table.setItem(0, 4, _check_item(False))
    d.mult_table.setItem(0, 5, _check_item(True))
    from vipdesk.model.privacy import audit

    answers.replies.append(0)  # 是: save with the preview shown
    owner_pin.deny()  # a wrong PIN: nothing written
    assert not d.save()
    answers.replies.append(0)
    owner_pin.cancel()
    assert not d.save()
    assert settings.get(config.BIRTHDAY_VALUE.key) != 8800 and tiers.tier_named("银卡").threshold != 1500
    assert Member.get_by_id(member.id).tier != "银卡"
    logged = len(audit.entries(action=audit.SETTINGS))
    answers.replies.append(0)
    owner_pin.allow()
    assert d.save()
    entries = audit.entries(action=audit.SETTINGS)  # newest first
    changed = {e.detail for e in entries[: len(entries) - logged]}
    assert {config.BIRTHDAY_VALUE.key, config.SV_ENABLED.key, config.MULTIPLIER_DAYS.key, tiers.TIERS.key} <= changed
    assert "积分礼品目录" not in changed  # gifts untouched: not logged
    assert "升级" in answers.texts()[-1]
    assert Member.get_by_id(member.id).tier == "银卡"
    assert settings.get(config.BIRTHDAY_VALUE.key) == 8800
    assert settings.get(config.SV_ENABLED.key) is True
    assert settings.get(config.MULTIPLIER_DAYS.key) == [
        {"name": "中秋", "start": "08-15", "end": "08-16", "percent": 200, "yearly": False, "lunar": True}]
    assert tiers.tier_named("银卡").threshold == 1500


def test_gift_catalogue_edit_needs_the_owner_and_is_logged(qtbot, member, answers, owner_pin):
    from vipdesk.model.privacy import audit
    from vipdesk.ui.loyalty.settings import LoyaltySettingsDialog

    gift = gifts.add_gift("丝巾", 600, 5)
    d = LoyaltySettingsDialog()
    qtbot.addWidget(d)
    row = d.gift_ids.index(gift.id)
    d.gift_table.item(row, 2).setText("20")  # stock 5 → 20
    owner_pin.cancel()
    assert not d.save()

    def stock() -> int:
        return next(g.stock for g in gifts.catalogue(include_inactive=True) if g.id == gift.id)

    assert stock() == 5
    owner_pin.allow()
    assert d.save()
    assert stock() == 20
    [entry] = [e for e in audit.entries(action=audit.SETTINGS) if e.detail == "积分礼品目录"]
    assert entry.count == 1


def test_settings_dialog_rejects_bad_tiers(qtbot, member, answers):
    from vipdesk.ui.loyalty.settings import LoyaltySettingsDialog

    d = LoyaltySettingsDialog()
    qtbot.addWidget(d)
    d.tier_table.item(0, 1).setText("100")  # lowest tier must start at 0
    assert not d.save()
    assert "0" in answers.texts()[-1]
    assert tiers.tiers()[0].threshold == 0


def test_redeem_asks_then_deducts(qtbot, member, answers):
    from vipdesk.ui.loyalty.dialogs import RedeemDialog

    d = RedeemDialog(None, member.id)
    qtbot.addWidget(d)
    d.table.selectRow(0)  # 600 points
    answers.replies.append(1)  # 否
    assert not d.redeem_selected()
    assert ledger.balance(member.id) == 1900
    answers.replies.append(0)
    assert d.redeem_selected()
    assert ledger.balance(member.id) == 1300 and gifts.catalogue()[0].stock == 9


def test_stored_value_topup_and_pdf_slip(qtbot, member, answers, tmp_path):
    from vipdesk.ui.loyalty.dialogs import StoredValueDialog

    settings.put(config.SV_ENABLED.key, True)
    d = StoredValueDialog(None, member.id)
    qtbot.addWidget(d)
    d.amount.setText("1000")
    assert "¥100.00" in d.hint.text()
    answers.replies.append(0)
    assert d.top_up()
    assert stored_value.balance(member.id) == 110000
    pdf = d.save_slip(tmp_path / "slip.pdf")
    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "储值凭条" in text and "1,000.00" in text


def test_voucher_list_cancel_returns_points(qtbot, member, answers):
    from vipdesk.ui.loyalty.dialogs import VoucherListDialog

    settings.put(config.L5_POINTS.key, 1000)
    v = vouchers.convert_points(member.id)
    d = VoucherListDialog(None)
    qtbot.addWidget(d)
    assert d.table.rowCount() == 1
    d.table.selectRow(0)
    d.reason.setText("顾客不要了")
    answers.replies.append(0)
    assert d.cancel_selected()
    assert vouchers.state_of(v.id) == "cancel" and ledger.balance(member.id) == 1900


def test_incentive_dialog(qtbot, member):
    from vipdesk.ui.loyalty.dialogs import IncentiveDialog

    members.update_member(member.id, gender="女", birthday=members.Birthday(3, 7), address="温州")
    members.issue_card(member.id, "80000001", price=3800, clerk_id=member.clerk_id)
    d = IncentiveDialog(None)
    qtbot.addWidget(d)
    assert d.table.rowCount() == 1 and d.table.item(0, 6).text() == "¥10.00"


def test_loyalty_tab_and_payment_box(qtbot, member, answers, owner_pin):
    from vipdesk.ui.loyalty.pay import PaymentBox
    from vipdesk.ui.loyalty.tab import LoyaltyTab

    v = vouchers.issue(member.id, "manual", 5000, reason="补偿")
    tab = LoyaltyTab()
    qtbot.addWidget(tab)
    tab.load(member.id)
    assert tab.points.text() == "1,900" and tab.voucher_table.rowCount() == 1
    owner_pin.deny()
    assert not tab.toggle_lock("员工")
    owner_pin.cancel()
    assert not tab.toggle_lock("员工")
    assert not tiers.is_locked(member.id)
    owner_pin.allow()
    assert tab.toggle_lock("员工")
    assert tiers.is_locked(member.id) and "已锁定" in tab.tier.text()
    answers.replies.append(0)  # 是: unlock
    owner_pin.cancel()
    assert not tab.toggle_lock() and tiers.is_locked(member.id)
    box = PaymentBox(None, member.id)
    qtbot.addWidget(box)
    with qtbot.waitSignal(box.changed):
        box.set_checked(v.id)
    q = sales.quote(member.id, [sales.LineInput("B", 10000, 1)], **box.quote_kwargs())
    box.show_quote(q)
    assert q.voucher_amount == 5000 and "¥45.00" in box.cash.text()


def test_main_window_menus_and_tab(main_window, member, monkeypatch, answers):
    """L3/L4/L10: the real main window installs loyalty by itself (no manual install here), each
    entry once; the entries open their dialogs for the selected member; the 积分 tab shows the
    member's own figures and follows data changes."""
    from vipdesk.ui.common import dialogs, features
    from vipdesk.ui.loyalty.dialogs import IncentiveDialog, RedeemDialog

    assert "vipdesk.ui.loyalty.feature" in features.FEATURE_MODULES
    assert "vipdesk.ui.loyalty.feature" not in features.failed_features

    def texts(menu: str) -> list[str]:
        return [a.text() for a in main_window.menu(menu).actions()]

    assert texts("设置").count("积分与等级设置…") == 1
    assert texts("会员").count("积分兑换…") == 1 and texts("会员").count("储值…") == 1
    assert texts("报表").count("导购激励…") == 1
    assert texts("数据").count("导入销售明细…") == 1
    opened: list = []
    monkeypatch.setattr(dialogs, "_exec", lambda d: opened.append(d) or False)

    def trigger(menu: str, text: str) -> None:
        next(a for a in main_window.menu(menu).actions() if a.text() == text).trigger()

    trigger("会员", "积分兑换…")  # nobody selected yet: a hint, no dialog
    assert not opened and answers.texts()[-1] == "请先在左侧选中一位会员"
    main_window.open_member(member.id)
    pane_tabs = main_window.detail_pane.tabs
    assert pane_tabs.tabText(pane_tabs.indexOf(main_window.loyalty_tab)) == "积分"
    assert not main_window.loyalty_tab.built  # issue 14: built when the clerk first opens it
    pane_tabs.setCurrentWidget(main_window.loyalty_tab)
    assert main_window.loyalty_tab.built
    tab = main_window.loyalty_tab.page()
    assert tab.member_id == member.id
    assert tab.points.text() == "1,900"  # ¥2,000 at 9.5折 = ¥1,900 paid → 1,900 points (L3)
    assert tab.tier.text().startswith("普卡 9.5折")
    trigger("会员", "积分兑换…")
    assert isinstance(opened[-1], RedeemDialog) and opened[-1].member_id == member.id
    trigger("报表", "导购激励…")
    assert isinstance(opened[-1], IncentiveDialog)
    # A change elsewhere (an adjustment) shows in the tab without reopening the member.
    ledger.post_points(member.id, 100, "adjust", "补录")
    main_window.data_changed.emit()
    assert tab.points.text() == "2,000"


def test_sale_dialog_uses_voucher_and_stored_value(qtbot, member, answers):
    from vipdesk.model.loyalty.tables import Settlement
    from vipdesk.ui.counter.sale_dialog import SaleDialog

    settings.put(config.SV_ENABLED.key, True)
    stored_value.top_up(member.id, 2000)
    v = vouchers.issue(member.id, "manual", 5000, reason="补偿")
    d = SaleDialog(None, member.id)
    qtbot.addWidget(d)
    d.style_code.setText("Z1")
    d.price.setText("200")
    assert d.add_line()
    d.pay.set_checked(v.id)
    d.pay.sv_amount.setText("20")
    assert d.quote.voucher_amount == 5000 and d.quote.stored_value == 2000
    assert "¥120.00" in d.pay.cash.text()  # 200 × 9.5折 = 190 − 50 − 20
    assert d.confirm()
    st = Settlement.get(Settlement.sale == d.sale.id)
    assert (st.voucher, st.stored_value, st.cash) == (5000, 2000, 12000)
    assert vouchers.state_of(v.id) == "redeem" and stored_value.balance(member.id) == 0


def test_return_plan_text(qtbot, member):
    from vipdesk.ui.loyalty.pay import return_plan_text

    s = sales.member_sales(member.id)[0]
    gifts.redeem(member.id, gifts.catalogue()[1].id)  # 1200 of the 1900 points spent
    settings.put(config.RETURN_POLICY.key, "reduce_refund")
    plan = sales.quote_return(s.id, [(sales.sale_lines(s.id)[0].id, 1)])
    text = return_plan_text(plan)
    assert "扣回积分 700" in text and "退款少退 ¥120.00" in text and "退款 ¥1,780.00" in text


def test_sales_import_dialog_checks_then_imports(qtbot, member, answers, tmp_path):
    import csv

    from vipdesk.model.store.tables import Sale
    from vipdesk.ui.loyalty.sales_import import SalesImportDialog

    path = tmp_path / "pos.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["日期时间", "小票号", "会员", "款号", "数量", "实收金额", "导购", "类型"])
        w.writerow(["2026-11-20 10:05", "P001", "13800001234", "A100", "1", "450", "小王", "销售"])
        w.writerow(["2026-11-20 10:06", "P002", "13999999999", "A100", "1", "450", "小王", "销售"])
    d = SalesImportDialog()
    qtbot.addWidget(d)
    d.path.setText(str(path))
    d.check()
    assert "有问题 1" in d.summary.text() and d.problems.rowCount() == 1
    assert Sale.select().where(Sale.ticket_no == "P001").count() == 0
    d.skip_bad.setChecked(True)
    with qtbot.waitSignal(d.imported):
        d.run_import()
    assert Sale.select().where(Sale.ticket_no == "P001").count() == 1
    assert ledger.balance(member.id) == 1900 + 450


def test_tab_adjusts_points_with_a_reason(qtbot, member, answers, owner_pin):
    from vipdesk.ui.loyalty.tab import LoyaltyTab

    tab = LoyaltyTab()
    qtbot.addWidget(tab)
    tab.load(member.id)
    assert not tab.adjust_points(100, "  ")  # refused before the PIN is asked (no answer pushed)
    assert "原因" in answers.texts()[-1]
    owner_pin.allow()
    assert not tab.adjust_points(-5000, "录错了")  # would go below zero
    owner_pin.deny()
    assert not tab.adjust_points(-100, "录错了")
    owner_pin.cancel()
    assert not tab.adjust_points(-100, "录错了")
    assert ledger.balance(member.id) == 1900
    owner_pin.allow()
    assert tab.adjust_points(-100, "录错了")
    assert ledger.balance(member.id) == 1800 and tab.points.text() == "1,800"


def test_tab_issues_a_manual_voucher(qtbot, member, answers, owner_pin):
    from vipdesk.ui.loyalty.tab import LoyaltyTab

    tab = LoyaltyTab()
    qtbot.addWidget(tab)
    tab.load(member.id)
    assert not tab.issue_voucher("50", "")
    assert not tab.issue_voucher("abc", "补偿")
    owner_pin.cancel()
    assert not tab.issue_voucher("50", "衣服有瑕疵,补偿")
    assert vouchers.member_vouchers(member.id) == []
    owner_pin.allow()
    assert tab.issue_voucher("50", "衣服有瑕疵,补偿")
    (v,) = vouchers.member_vouchers(member.id)
    assert (v.kind, v.value, v.note) == ("manual", 5000, "衣服有瑕疵,补偿")
    assert tab.voucher_table.rowCount() == 1


def test_daily_jobs_retry_when_busy_and_say_so_in_the_status_bar(main_window, db_path) -> None:
    """Issue 13 item 2: the day's jobs that find the database busy (another program holds the
    write lock) try again, and when it stays busy the status bar says so — not a silent skip."""
    import sqlite3

    from vipdesk.ui.loyalty.feature import run_daily_jobs

    other = sqlite3.connect(str(db_path), timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        main_window.statusBar().clearMessage()
        run_daily_jobs(main_window, attempts=2, first_wait=0.01, busy_ms=20)
    finally:
        other.execute("ROLLBACK")
        other.close()
    text = main_window.statusBar().currentMessage()
    assert "重试 2 次" in text and "下次启动" in text
    main_window.statusBar().clearMessage()
    run_daily_jobs(main_window, attempts=2, first_wait=0.01, busy_ms=20)  # free again: no complaint
    assert main_window.statusBar().currentMessage() == ""

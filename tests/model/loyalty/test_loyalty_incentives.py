"""Staff card incentives (L10), profile completeness (P10) and the threshold helper (L2)."""

from __future__ import annotations

import datetime as dt

from vipdesk.model.loyalty import config, incentives, thresholds
from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.members.completeness import completeness, is_complete, missing_core
from vipdesk.model.sales import recording as sales
from vipdesk.model.store import settings


def _complete(name: str, phone: str, **kw):
    return members.enrol(name, phone, gender="女", birthday=members.Birthday(3, 7), address="温州市六虹桥路121号", **kw)


def test_completeness_rule(db_path):
    m = members.enrol("甲", "13800000001")
    assert not is_complete(m) and missing_core(m) == ["性别", "生日", "地址"]
    assert completeness(m) == 20
    c = _complete("乙", "13800000002", occupation="教师")
    assert is_complete(c) and completeness(c) == 62


def test_monthly_incentive_table(db_path):
    wang, li = staff.add_staff("小王"), staff.add_staff("小李")
    day = dt.date(2026, 11, 5)
    price, reason = incentives.card_terms(1)
    assert (price, reason) == (3800, "")
    free_price, free_reason = incentives.card_terms(3)
    assert free_price == 0 and free_reason
    for i in range(30):
        m = _complete(f"会员{i}", f"1380000{i:04d}")
        members.issue_card(m.id, f"8000{i:04d}", price=price, clerk_id=wang.id, issued_on=day)
    m = _complete("免费卡", "13900000001")
    members.issue_card(m.id, "90000001", price=0, free_reason=free_reason, clerk_id=li.id, issued_on=day)
    m = members.enrol("资料不全", "13900000002")
    members.issue_card(m.id, "90000002", price=price, clerk_id=li.id, issued_on=day)
    rows = {r.staff_name: r for r in incentives.monthly_table(2026, 11)}
    assert (rows["小王"].counted, rows["小王"].commission, rows["小王"].bonus) == (30, 30000, 10000)
    li_row = rows["小李"]
    assert (li_row.sold, li_row.sold_counted, li_row.free_counted, li_row.commission, li_row.bonus) == (1, 0, 1, 1000, 0)
    assert li_row.incomplete == [m.id]
    settings.put(config.INC_TARGET.key, 31)
    assert {r.staff_name: r.bonus for r in incentives.monthly_table(2026, 11)}["小王"] == 0
    assert incentives.monthly_table(2026, 10) == []


def test_threshold_helper_shows_its_figures(db_path):
    m = members.enrol("甲", "13800000001")
    now = dt.datetime.now().replace(microsecond=0)
    # Two tickets: 3 pieces for 600 yuan, 1 piece for 200 yuan (walk-in).
    sales.record_sale(m.id, [sales.LineInput("A", 20000, 3, amount=60000)], clerk_id=None,
                      sold_at=now - dt.timedelta(days=3))
    sales.record_sale(None, [sales.LineInput("B", 20000, 1)], clerk_id=None, sold_at=now - dt.timedelta(days=2))
    a = thresholds.advise()
    assert (a.tickets, a.pieces, a.amount, a.avg_unit_price) == (2, 4, 80000, 20000)
    assert a.attach_rate == 2.0 and a.base_line == 40000
    assert (a.entry_low, a.entry_high) == (46000, 52000)
    text = "\n".join(a.lines())
    assert "平均单价" in text and "连带率 = 件数 ÷ 小票数 = 2.00" in text and "¥400.00" in text
    putong = a.per_tier[0]
    assert (putong.name, putong.members, putong.avg_per_member) == ("普卡", 1, 60000)
    assert (putong.suggest_low, putong.suggest_high) == (690, 780)

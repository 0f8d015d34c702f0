"""C16 lapse reasons: the owner's pick-list, a reason recorded on a win-back call, lapsed members
by reason, segment and clerk, and the win-back rate per reason."""

from __future__ import annotations

import datetime as dt

import pytest
from care_helpers import buy

from vipdesk.model.care import engine, lapse
from vipdesk.model.care.engine import due_tasks
from vipdesk.model.care.feedback_tables import LapseRecord
from vipdesk.model.errors import ValidationError
from vipdesk.model.members import staff
from vipdesk.model.store.tables import Contact

D = dt.date
T = dt.datetime


def test_C16_default_pick_list_and_owner_edits(db_path):
    assert lapse.reasons() == ["搬家", "价格", "款式", "服务", "竞争对手", "不明"]
    lapse.save_reasons(["搬家", "价格", " 尺码不全 ", "价格", ""])
    assert lapse.reasons() == ["搬家", "价格", "尺码不全"]
    with pytest.raises(ValidationError, match="至少保留一个"):
        lapse.save_reasons(["", " "])


def test_C16_reason_recorded_on_the_win_back_call(mk, clerk):
    m = mk()
    buy(m.id, T(2026, 3, 1, 10), clerk.id)
    day = D(2026, 9, 1)  # six months later: dormant
    task = next(t for t in due_tasks(day, today=day) if t.kind == "dormant" and t.member_id == m.id)
    contact = engine.complete(task, outcome="搬到外地了", clerk_id=clerk.id, lapse_reason="搬家")
    rec = LapseRecord.get(LapseRecord.member == m.id)
    assert (rec.reason, rec.kind, rec.contact_id, rec.clerk_id) == ("搬家", "dormant", contact.id, clerk.id)
    with pytest.raises(ValidationError, match="请从列表中选择"):
        lapse.record_reason(m.id, "天气", clerk_id=clerk.id)


def test_C16_reason_outside_the_list_writes_no_contact_either(mk, clerk):
    m = mk()
    buy(m.id, T(2026, 3, 1, 10), clerk.id)
    task = next(t for t in due_tasks(D(2026, 9, 1), today=D(2026, 9, 1)) if t.kind == "dormant")
    with pytest.raises(ValidationError):
        engine.complete(task, outcome="不说", clerk_id=clerk.id, lapse_reason="随便")
    assert Contact.select().count() == 0 and LapseRecord.select().count() == 0


def test_C16_by_reason_segment_clerk_and_win_back_rate(mk, clerk):
    wang = staff.add_staff("小王")
    a, b, c, d = mk("甲"), mk("乙"), mk("丙", clerk_id=wang.id), mk("丁")
    lapse.record_reason(a.id, "价格", clerk_id=clerk.id, at=T(2026, 9, 1, 10))
    lapse.record_reason(b.id, "价格", clerk_id=clerk.id, at=T(2026, 9, 2, 10))
    lapse.record_reason(c.id, "款式", clerk_id=None, at=T(2026, 9, 3, 10))
    lapse.record_reason(d.id, "服务", clerk_id=clerk.id, at=T(2026, 9, 3, 10))
    lapse.record_reason(d.id, "搬家", clerk_id=clerk.id, at=T(2026, 10, 3, 10))  # her latest reason counts
    buy(a.id, T(2026, 10, 15, 10), clerk.id)  # won back
    buy(b.id, T(2026, 8, 15, 10), clerk.id)  # bought before the call: not won back
    stats = {s.reason: s for s in lapse.reason_stats(until=D(2026, 10, 31))}
    assert (stats["价格"].lapsed, stats["价格"].won_back, stats["价格"].rate) == (2, 1, 0.5)
    assert stats["服务"].lapsed == 0 and stats["服务"].rate is None
    assert stats["搬家"].lapsed == 1
    assert stats["款式"].by_clerk == {"小王": 1}  # her own clerk when the call named none
    assert stats["价格"].by_clerk == {"小李": 2}
    rows = lapse.lapsed_members(until=D(2026, 10, 31))
    assert [r.name for r in rows] == ["丁", "丙", "乙", "甲"]
    assert {r.name: r.won_back for r in rows}["甲"] is True

"""Consent gating of marketing: promotion notices and batch exports only for members who agreed;
care the owner counts as service (birthday greetings, follow-ups) still reaches everyone."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from vipdesk.model.care import events, sending
from vipdesk.model.care.engine import Task, due_tasks
from vipdesk.model.members import profile as members
from vipdesk.model.members.profile import Birthday
from vipdesk.model.privacy import consent
from vipdesk.model.store import settings

D = dt.date


@pytest.fixture
def quiet(db_path):
    settings.put("care.cap_week", 0)
    settings.put("care.cap_month", 0)
    settings.put("care.min_care_daily", 0)


@pytest.fixture
def pair(quiet):
    yes = members.enrol("同意", "13900000001", birthday=Birthday(10, 7, 1990), enrolled_on=D(2025, 1, 1))
    no = members.enrol("不同意", "13900000002", birthday=Birthday(10, 7, 1991), enrolled_on=D(2025, 1, 1))
    consent.record_marketing_consent(yes.id, True)
    consent.record_marketing_consent(no.id, False)
    ev = events.create_event("秋季VIP专场", dt.datetime(2026, 10, 10, 14, 0))
    events.invite(ev.id, [yes.id, no.id])
    return yes, no


def _kind(tasks, kind):
    return sorted(t.member_id for t in tasks if t.kind == kind)


def test_promotion_notice_only_for_members_who_agreed(pair):
    yes, no = pair
    tasks = due_tasks(D(2026, 10, 7), today=D(2026, 10, 7))
    assert _kind(tasks, "event") == [yes.id]
    assert _kind(tasks, "birthday") == [yes.id, no.id]  # a greeting is service, not marketing


def test_withdrawal_stops_promotions_at_once(pair):
    yes, _no = pair
    consent.withdraw_marketing(yes.id)
    assert _kind(due_tasks(D(2026, 10, 7), today=D(2026, 10, 7)), "event") == []


def test_owner_can_count_care_as_marketing(pair):
    yes, _no = pair
    settings.put("privacy.care_is_service", False)
    tasks = due_tasks(D(2026, 10, 7), today=D(2026, 10, 7))
    assert _kind(tasks, "birthday") == [yes.id]
    assert _kind(tasks, "event") == [yes.id]


def test_batch_export_leaves_out_marketing_to_members_who_did_not_agree(pair, tmp_path):
    yes, no = pair
    batch = [Task(D(2026, 10, 7), "event", m.id, name=m.name, phone=m.phone, _text="活动通知")
             for m in (yes, no)]
    batch.append(Task(D(2026, 10, 7), "birthday", no.id, name=no.name, phone=no.phone, _text="生日快乐"))
    n = sending.export_batch(batch, tmp_path / "b.csv")
    with open(tmp_path / "b.csv", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))[1:]
    assert n == 2
    assert sorted((r[0], r[1]) for r in rows) == [("13900000001", "活动通知"), ("13900000002", "生日快乐")]

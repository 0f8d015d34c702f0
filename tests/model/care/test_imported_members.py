"""Imported members are old customers, not new ones: no welcome message, no referral thanks or
referral follow-up for them (a 100,000-row import must not flood the reminder list), while a
member enrolled at the counter on the same day still gets hers."""

from __future__ import annotations

import datetime as dt

from care_helpers import kinds_for

from vipdesk.model.care.engine import due_tasks

NEW_KINDS = ("welcome", "referral_thanks", "referral_followup")


def test_import_creates_no_welcome_or_referral_tasks(mk, no_cap, tmp_path):
    from vipdesk.model.importing.members_import import import_members
    from vipdesk.model.store.tables import Member

    today = dt.date.today()  # members without 入会日期 are enrolled on the day of the import
    referrer = mk("黄明华", enrolled_on=dt.date(2025, 1, 1))
    counter = mk("王芳", enrolled_on=today, referred_by_id=referrer.id)
    src = tmp_path / "members.csv"
    src.write_text("姓名,手机,介绍人,积分,累计消费\n"
                   f"周一,13900000011,{referrer.phone},300,5000\n"
                   f"吴二,13900000012,{referrer.phone},,\n"
                   "郑三,13900000013,,,\n", encoding="utf-8")
    assert import_members(src, report=False).imported == 3
    imported = [m.id for m in Member.select().where(Member.phone.startswith("139"))]
    assert all(Member.get_by_id(i).enrolled_on == today for i in imported)
    assert all(Member.get_by_id(i).referred_by_id == referrer.id for i in imported[:2])

    tasks = due_tasks(today, today=today)
    assert kinds_for(tasks, counter.id) == ["welcome"]
    for mid in imported:
        assert not [k for k in kinds_for(tasks, mid) if k in NEW_KINDS]
    # the referrer is thanked for the member she really brought in, not for the imported ones
    thanks = [t for t in tasks if t.kind == "referral_thanks"]
    assert [(t.member_id, t.ref) for t in thanks] == [(referrer.id, str(counter.id))]
    later = today + dt.timedelta(days=7)
    followups = [t.member_id for t in due_tasks(later, today=later) if t.kind == "referral_followup"]
    assert followups == [counter.id]

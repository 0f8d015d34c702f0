"""vipdesk.model.members.lists: the whole-list fast path (index scan) and the filtered
path (SQL WHERE) give the same order, hidden members never show."""

import datetime as dt
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vipdesk.model.members import lists as member_list
from vipdesk.model.members import profile as members
from vipdesk.model.store.db import close_database, open_database, transaction
from vipdesk.model.store.tables import Member

rows = st.lists(st.tuples(st.integers(0, 50), st.one_of(st.none(), st.integers(0, 30)),
                          st.sampled_from(["active", "active", "active", "merged", "anonymised"])),
                min_size=1, max_size=25)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows)
def test_fast_and_filtered_paths_agree(tmp_path, data):
    open_database(tmp_path / f"{uuid.uuid4().hex}.db")  # a fresh shop per example
    with transaction():
        for n, (points, days, status) in enumerate(data):
            m = members.enrol(f"会员{n}", f"139{n:08d}")
            last = dt.datetime(2026, 1, 1) + dt.timedelta(days=days) if days is not None else None
            Member.update(points=points, last_purchase=last, status=status).where(Member.id == m.id).execute()
    visible = list(Member.select().where(Member.status.not_in(member_list.HIDDEN_STATUSES)))
    for key in ("points", "last_purchase", "name", "phone"):
        for desc in (True, False):
            fast = member_list.member_ids("", key, desc)
            slow = member_list.member_ids("", key, desc, segment_filter=(Member.id > 0))
            assert fast == slow
            assert sorted(fast) == sorted(m.id for m in visible)
    expected = sorted(visible, key=lambda m: (m.points, m.id), reverse=True)
    assert member_list.member_ids("", "points", True) == [m.id for m in expected]
    never = [m.id for m in visible if m.last_purchase is None]
    assert member_list.member_ids("", "last_purchase", True)[len(visible) - len(never):] == sorted(never, reverse=True)
    close_database()

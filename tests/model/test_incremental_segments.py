"""Issue 14 item 2 / S1–S6: re-segmenting one member at the counter reads the per-sale
style_first_sale aggregate instead of every sale of her styles.  Property: for random
histories (sales, partial returns, back-dated tickets, cuts in the past), the one-member
facts equal the full recompute's facts, tags inputs included."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.sales.recording import LineInput, record_return, record_sale, sale_lines
from vipdesk.model.segmentation.facts import load_facts, rebuild_style_first
from vipdesk.model.store.db import close_database, db, open_database

START = dt.datetime(2026, 1, 1, 10)
STYLES = ["A1", "A2", "B7", "C3", "D9"]

sale_st = st.tuples(
    st.integers(0, 3),                       # member index (3 = walk-in)
    st.integers(0, 300),                     # day offset (not in time order: back-dated tickets)
    st.lists(st.tuples(st.sampled_from(STYLES), st.integers(1, 3), st.sampled_from([1000, 900, 700])),
             min_size=1, max_size=3),
    st.booleans(),                           # return one line afterwards
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sales=st.lists(sale_st, min_size=1, max_size=14), cut=st.integers(10, 330))
def test_s6_one_member_facts_equal_the_full_recompute(sales, cut) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "shop.db")
        try:
            clerk = staff.add_staff("王丽娜")
            ids = [members.enrol(f"会员{i}", f"1381234000{i}", clerk_id=clerk.id).id for i in range(3)]
            for who, day, lines, give_back in sales:
                mid = ids[who] if who < 3 else None
                s = record_sale(mid, [LineInput(code, 19900, qty, disc, "上衣", "M") for code, qty, disc in lines],
                                clerk_id=clerk.id, sold_at=START + dt.timedelta(days=day, minutes=len(lines)))
                if give_back:
                    line = sale_lines(s.id)[0]
                    record_return(s.id, [(line.id, 1)], clerk_id=clerk.id,
                                  at=START + dt.timedelta(days=day + 1))
            for as_of in (START + dt.timedelta(days=cut), START + dt.timedelta(days=400)):
                full = load_facts(as_of, 365, min_tag_purchases=1)
                for mid in ids:
                    one = load_facts(as_of, 365, member_ids=[mid], min_tag_purchases=1)
                    assert one.get(mid) == full.get(mid), (mid, as_of)
            # and the aggregate kept by each sale equals its full rebuild
            kept = db.execute_sql("SELECT style_code, first_at FROM style_first_sale ORDER BY 1").fetchall()
            rebuild_style_first()
            assert kept == db.execute_sql("SELECT style_code, first_at FROM style_first_sale ORDER BY 1").fetchall()
        finally:
            close_database()

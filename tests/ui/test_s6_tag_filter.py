"""S6 through the window: the new buying-type tags are in the customer list's segment combo
and filter the list to the member who carries the tag."""

from __future__ import annotations

import datetime as dt


def test_S6_style_tag_filters_the_customer_list(main_window) -> None:
    from vipdesk.model.members import profile as members
    from vipdesk.model.sales.recording import LineInput, record_sale
    from vipdesk.model.segmentation import recompute_all

    fan = members.enrol("周慧", "13800000071").id
    other = members.enrol("吴敏", "13800000072").id
    when = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=20)
    for n in range(3):  # three dresses: one family (category 连衣裙) dominates
        record_sale(fan, [LineInput(f"L{n}", 50000, 1, 1000, "连衣裙")], clerk_id=None,
                    sold_at=when + dt.timedelta(days=n))
    for n, cat in enumerate(("上衣", "裤装", "鞋包")):
        record_sale(other, [LineInput(f"M{n}", 50000, 1, 1000, cat)], clerk_id=None,
                    sold_at=when + dt.timedelta(days=n))
    recompute_all()
    combo = main_window.segment_combo
    combo.showPopup()  # the clerk opens it: the segments are listed (filled on first use, issue 14)
    combo.hidePopup()
    for tag in ("风格型", "折扣型", "频率型", "金额型"):
        assert combo.findData(f"tag:{tag}") >= 0, tag
    model = main_window.list_pane.model
    combo.setCurrentIndex(combo.findData("tag:风格型"))
    assert model.ids() == [fan]
    combo.setCurrentIndex(combo.findData("tag:折扣型"))
    assert model.ids() == []
    combo.setCurrentIndex(0)
    assert sorted(model.ids()) == sorted([fan, other])

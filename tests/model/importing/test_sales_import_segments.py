"""A sales import re-segments once at the end (segmentation.deferred), not after every ticket,
and the members' segments are current when it finishes."""

from __future__ import annotations

import csv
from pathlib import Path

from vipdesk.model.members import profile as members
from vipdesk.model.sales.pos_import import import_sales

HEAD = ["日期时间", "小票号", "会员", "款号", "品类", "尺码", "单价", "数量", "折扣", "实收金额", "导购", "类型", "原小票号"]


def _csv(path: Path, phone: str, n: int) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(HEAD)
        for i in range(n):
            w.writerow([f"2026-10-{i + 1:02d} 10:00", f"P{i:03d}", phone, "A100", "上衣", "M", "300", "1", "", "300",
                        "小王", "销售", ""])
    return path


def test_sales_import_recomputes_segments_once(db_path, tmp_path):
    from vipdesk.model.segmentation import member_segments, recompute_all
    from vipdesk.model.segmentation.tables import SegmentRun

    m = members.enrol("黄明华", "13800001234")
    recompute_all()  # the shop has segments, so sales keep them current
    runs = SegmentRun.select().count()
    res = import_sales(_csv(tmp_path / "pos.csv", m.phone, 5))
    assert res.written and res.imported == 5
    assert SegmentRun.select().count() == runs + 1  # one full recompute for the whole file
    assert member_segments(m.id).purchases == 5


def test_dry_run_leaves_segments_alone(db_path, tmp_path):
    from vipdesk.model.segmentation import member_segments, recompute_all
    from vipdesk.model.segmentation.tables import SegmentRun

    m = members.enrol("黄明华", "13800001234")
    recompute_all()
    runs = SegmentRun.select().count()
    res = import_sales(_csv(tmp_path / "pos.csv", m.phone, 3), dry_run=True)
    assert not res.written and res.imported == 3
    assert SegmentRun.select().count() == runs and member_segments(m.id).purchases == 0

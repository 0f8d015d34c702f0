"""Per-member segmentation (S1–S11): RFM, behaviour matrix, value bands, customer
pyramid, ABC classes, buying-type tags, validity, dormancy, churn risk and the
2012 frequency × ticket grid.

Public API (import from here):
  compute(as_of) -> (segments by member id, Bounds)   — nothing written
  recompute_all(as_of=None, progress=None) -> int      — rebuild member_segment
  ensure_fresh(progress=None) -> bool                   — recompute if stale
  recompute_member(member_id)                           — after a sale (hooked)
  deferred()                                            — context for bulk writers: one recompute at the end
  member_segments(member_id) -> Segments | None, segments_summary(member_id) -> str
  SEGMENTS, find_segment(name), segment_member_ids(name) -> list[int],
  segment_condition(name) -> (sql, params), segment_expression(name), segment_counts()
  rules_text() -> str                                   — the rules, for the app's help
"""

from vipdesk.model.segmentation.catalog import (
    SEGMENTS,
    SegmentDef,
    find_segment,
    segment_condition,
    segment_counts,
    segment_expression,
    segment_member_ids,
)
from vipdesk.model.segmentation.classify import Bounds, Segments
from vipdesk.model.segmentation.config import Config, load_config, rules_text
from vipdesk.model.segmentation.store import (
    compute,
    deferred,
    ensure_fresh,
    is_fresh,
    member_segments,
    recompute_all,
    recompute_member,
    segments_summary,
)

__all__ = [
    "SEGMENTS", "SegmentDef", "find_segment", "segment_condition", "segment_counts", "segment_expression",
    "segment_member_ids", "Bounds", "Segments", "Config", "load_config", "rules_text", "compute",
    "ensure_fresh", "is_fresh", "member_segments", "recompute_all", "recompute_member", "segments_summary",
    "deferred",
]

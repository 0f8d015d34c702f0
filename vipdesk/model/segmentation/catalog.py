"""Named segments for filters and audiences: the customer list's segment combo,
an event's or batch message's audience, ``vipdesk segments`` and
``vipdesk export members --segment``.

A segment is named by its key ("behaviour:高价值会员", "tag:新货型", "churn")
or, when unambiguous, by its label ("高价值会员", "A白金").  Each maps to one
condition on ``member_segment``, so callers can filter in SQL:
``segment_condition(name)`` gives "member.id IN (…)" text with parameters,
``segment_expression(name)`` a peewee expression on ``Member.id``.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import Expression, fn

from vipdesk.model.errors import ValidationError
from vipdesk.model.segmentation.classify import (
    ABC,
    BEHAVIOURS,
    DORMANT,
    GRID,
    PYRAMID,
    TAGS,
    VALIDITY,
    VALUE_BANDS,
)
from vipdesk.model.segmentation.tables import MemberSegment
from vipdesk.text import tr, tr_noop


@dataclass(frozen=True)
class SegmentDef:
    key: str
    label: str
    group: str
    column: str
    values: tuple[str, ...]  # column IN values; for "tags": LIKE '%|v|%'; for "churn": true

    @property
    def display(self) -> str:
        """"行为矩阵 · 高价值会员" in the language in effect (the label alone when it is its group)."""
        label = tr(self.label)
        return label if self.label == self.group else f"{tr(self.group)} · {label}"


# Group names and composed labels, marked for translation (the values themselves in classify).
_SHOWN = tr_noop(("行为矩阵", "价值分层", "客户金字塔", "ABC分类", "2012分级", "购买类型", "有效性", "沉睡",
                  "流失预警", "沉睡6个月以上", "沉睡12个月以上", "高价值客户", "中价值客户", "低价值客户"))


def _defs() -> list[SegmentDef]:
    out: list[SegmentDef] = []
    for v in BEHAVIOURS:
        out.append(SegmentDef(f"behaviour:{v}", v, "行为矩阵", "behaviour", (v,)))
    for v in VALUE_BANDS:
        out.append(SegmentDef(f"value:{v}", v + "客户", "价值分层", "value_band", (v,)))
    for v in PYRAMID:
        out.append(SegmentDef(f"pyramid:{v}", v, "客户金字塔", "pyramid", (v,)))
    for v in ABC:
        out.append(SegmentDef(f"abc:{v}", v, "ABC分类", "abc", (v,)))
    for v in GRID:
        out.append(SegmentDef(f"grid:{v}", v, "2012分级", "grid", (v,)))
    for v in TAGS:
        out.append(SegmentDef(f"tag:{v}", v, "购买类型", "tags", (v,)))
    for v in VALIDITY:
        out.append(SegmentDef(f"validity:{v}", v, "有效性", "validity", (v,)))
    out.append(SegmentDef(f"dormant:{DORMANT[0]}", "沉睡6个月以上", "沉睡", "dormant", DORMANT))
    out.append(SegmentDef(f"dormant:{DORMANT[1]}", "沉睡12个月以上", "沉睡", "dormant", (DORMANT[1],)))
    out.append(SegmentDef("churn", "流失预警", "流失预警", "churn", ("1",)))
    return out


SEGMENTS: list[SegmentDef] = _defs()
_BY_KEY = {d.key: d for d in SEGMENTS}


def find_segment(name: str) -> SegmentDef:
    """A segment by key or by label; a Chinese message names the field if unknown."""
    name = (name or "").strip()
    if name in _BY_KEY:
        return _BY_KEY[name]
    hits = [d for d in SEGMENTS if name in (d.label, d.key.split(":", 1)[-1])]
    if len(hits) == 1:
        return hits[0]
    raise ValidationError(tr("分群"), tr("没有这个分群:{name}(可用:{keys})").format(
        name=name, keys="、".join(d.label for d in SEGMENTS)))


def segment_expression(name: str) -> Expression:
    """A peewee condition on Member.id: ``Member.select().where(segment_expression("A白金"))``."""
    from vipdesk.model.store.tables import Member

    return Member.id.in_(_subquery(find_segment(name)))


def _subquery(d: SegmentDef):  # noqa: ANN202 - a peewee select
    col = getattr(MemberSegment, d.column)
    q = MemberSegment.select(MemberSegment.member)
    if d.column == "tags":
        return q.where(col.contains(f"|{d.values[0]}|"))
    if d.column == "churn":
        return q.where(col == True)  # noqa: E712 - peewee expression
    return q.where(col.in_(list(d.values)))


def segment_condition(name: str, member_id_sql: str = "member.id") -> tuple[str, list[object]]:
    """Raw SQL text + parameters: ``member.id IN (SELECT member_id FROM member_segment WHERE …)``."""
    d = find_segment(name)
    base = f"{member_id_sql} IN (SELECT member_id FROM member_segment WHERE "
    if d.column == "tags":
        return base + "tags LIKE ?)", [f"%|{d.values[0]}|%"]
    if d.column == "churn":
        return base + "churn = 1)", []
    marks = ",".join("?" for _ in d.values)
    return base + f"{d.column} IN ({marks}))", list(d.values)


def segment_member_ids(name: str) -> list[int]:
    """Member ids in a segment, e.g. the audience of an event or a batch message (stored
    segments; call ``ensure_fresh()`` first for today's view).  Anonymised and merged
    records are never part of an audience."""
    from vipdesk.model.store.tables import Member

    q = (Member.select(Member.id).where(Member.id.in_(_subquery(find_segment(name))))
         .where(Member.status.not_in(("anonymised", "merged"))).order_by(Member.id))
    return [r for (r,) in q.tuples()]


def segment_counts() -> list[tuple[SegmentDef, int]]:
    """Every segment with its member count, in catalogue order."""
    out = []
    grouped: dict[str, dict[str, int]] = {}
    for col in ("behaviour", "value_band", "pyramid", "abc", "grid", "validity", "dormant"):
        c = getattr(MemberSegment, col)
        grouped[col] = {v: n for v, n in MemberSegment.select(c, fn.COUNT(MemberSegment.member)).group_by(c).tuples()}
    for d in SEGMENTS:
        if d.column == "tags":
            n = MemberSegment.select().where(MemberSegment.tags.contains(f"|{d.values[0]}|")).count()
        elif d.column == "churn":
            n = MemberSegment.select().where(MemberSegment.churn == True).count()  # noqa: E712
        else:
            n = sum(grouped[d.column].get(v, 0) for v in d.values)
        out.append((d, n))
    return out

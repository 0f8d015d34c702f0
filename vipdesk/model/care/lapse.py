"""C16 why members lapse: a pick-list the owner edits, a reason recorded on a win-back contact,
and the view of lapsed members by reason, segment and clerk with the win-back rate per reason.

Won back = she bought again after the reason was recorded.  The latest reason of a member
counts (she may say 价格 in spring and 搬家 in autumn).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from vipdesk.model.care import config
from vipdesk.model.care.feedback_tables import LapseRecord
from vipdesk.model.errors import ValidationError
from vipdesk.model.members import profile as members_mod
from vipdesk.model.store import settings
from vipdesk.model.store.db import db, transaction
from vipdesk.text import tr, tr_noop, untr

DEFAULT_REASONS = tr_noop(["搬家", "价格", "款式", "服务", "竞争对手", "不明"])
REASONS = settings.declare("care.lapse_reasons", DEFAULT_REASONS,
                           "流失原因选项", config.G, "沉睡/流失会员回访时记录的原因")
WINBACK_KINDS = ("dormant", "churn")


def reasons() -> list[str]:
    return [str(r) for r in settings.get(REASONS.key)]


def shown(reason: str) -> str:
    """A reason as shown: the default reasons in the language in effect, the owner's own as typed."""
    return tr(reason) if reason else reason


def stored(shown_reason: str) -> str:
    """What an edited reason stores: a shown default goes back to its Chinese (the records group by it)."""
    return untr(shown_reason.strip(), DEFAULT_REASONS)


def save_reasons(items: list[str]) -> None:
    clean: list[str] = []
    for i, r in enumerate(items, start=1):
        r = (r or "").strip()
        if not r:
            continue
        if len(r) > 20:
            raise ValidationError(tr("第{n}项").format(n=i), tr("原因最多 20 个字"))
        if r not in clean:
            clean.append(r)
    if not clean:
        raise ValidationError(tr("流失原因"), tr("至少保留一个原因"))
    settings.put(REASONS.key, clean)


def record_reason(member_id: int, reason: str, *, clerk_id: int | None, kind: str = "manual",
                  contact_id: int | None = None, note: str = "", at: dt.datetime | None = None) -> LapseRecord:
    """Write the reason she gave; a reason outside the owner's list is refused (the sheet groups by it)."""
    reason = (reason or "").strip()
    if reason not in reasons():
        raise ValidationError(tr("流失原因"), tr("请从列表中选择原因:") + "、".join(reasons()))
    with transaction():
        members_mod.get_member(member_id)
        return LapseRecord.create(member=member_id, reason=reason, clerk=clerk_id, kind=kind, contact=contact_id,
                                  note=(note or "").strip()[:200], at=at or dt.datetime.now().replace(microsecond=0))


@dataclass
class LapsedRow:
    member_id: int
    name: str
    reason: str
    at: dt.date
    segment: str
    clerk: str
    won_back: bool


@dataclass
class ReasonStats:
    reason: str
    lapsed: int = 0
    won_back: int = 0
    by_segment: dict[str, int] = field(default_factory=dict)
    by_clerk: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float | None:
        return self.won_back / self.lapsed if self.lapsed else None


def lapsed_members(until: dt.date | None = None, since: dt.date | None = None) -> list[LapsedRow]:
    """Each member's latest reason recorded in [since, until], with segment, clerk and won-back flag."""
    end = dt.datetime.combine((until or dt.date.today()) + dt.timedelta(days=1), dt.time())
    start = dt.datetime.combine(since, dt.time()) if since else dt.datetime(1900, 1, 1)
    sql = (
        "SELECT l.member_id, m.name, l.reason, l.at, COALESCE(NULLIF(seg.behaviour, ''), m.tier, ''), "
        " COALESCE(s.name, ''), "
        " EXISTS(SELECT 1 FROM sale x WHERE x.member_id = l.member_id AND x.kind = 'sale' AND x.sold_at > l.at "
        "        AND x.sold_at < ?) "
        "FROM lapse_record l JOIN member m ON m.id = l.member_id "
        "LEFT JOIN member_segment seg ON seg.member_id = m.id "
        "LEFT JOIN staff s ON s.id = COALESCE(l.clerk_id, m.clerk_id) "
        "WHERE l.at >= ? AND l.at < ? AND l.id = (SELECT MAX(l2.id) FROM lapse_record l2 "
        "  WHERE l2.member_id = l.member_id AND l2.at >= ? AND l2.at < ?) ORDER BY l.at DESC"
    )
    out = []
    for mid, name, reason, at, seg, clerk, won in db.execute_sql(sql, (end, start, end, start, end)).fetchall():
        day = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
        out.append(LapsedRow(mid, name, reason, day.date(), seg or tr("未分群"), clerk or tr("未指定"), bool(won)))
    return out


def reason_stats(until: dt.date | None = None, since: dt.date | None = None) -> list[ReasonStats]:
    """Per reason (the owner's order, then any retired reason): lapsed, won back, by segment and clerk."""
    stats: dict[str, ReasonStats] = {r: ReasonStats(r) for r in reasons()}
    seg: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    clerk: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in lapsed_members(until, since):
        s = stats.setdefault(row.reason, ReasonStats(row.reason))
        s.lapsed += 1
        s.won_back += row.won_back
        seg[row.reason][row.segment] += 1
        clerk[row.reason][row.clerk] += 1
    for r, s in stats.items():
        s.by_segment = dict(seg[r])
        s.by_clerk = dict(clerk[r])
    return list(stats.values())

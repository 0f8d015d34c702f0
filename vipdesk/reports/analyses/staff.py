"""Clerks: the profile contest and the return on care (R6, R7)."""

from __future__ import annotations

from collections import defaultdict

from vipdesk.model.segmentation.facts import ts
from vipdesk.model.store import settings
from vipdesk.reports.analyses.common import CARE_COST_PER_CALL, CARE_COST_PER_MESSAGE, _has, _iter, _rows
from vipdesk.reports.analyses.customers import tiers_at
from vipdesk.reports.period import Period
from vipdesk.reports.table import Column, Table, ratio


def staff_contest(p: Period) -> Table:
    s, e = ts(p.start), ts(p.end)
    ds, de = p.start.isoformat(), p.last_day.isoformat()
    staff = _rows("SELECT id, name FROM staff ORDER BY id", [])
    known = " AND IFNULL(enrolled_unknown, 0) = 0"  # imported old customers are nobody's new members
    new = dict(_rows("SELECT clerk_id, COUNT(*) FROM member WHERE enrolled_on >= ? AND enrolled_on <= ?"
                     + known + " GROUP BY clerk_id", [ds, de]))
    referred = dict(_rows("SELECT clerk_id, COUNT(*) FROM member WHERE enrolled_on >= ? AND enrolled_on <= ?"
                          + known + " AND referred_by_id IS NOT NULL GROUP BY clerk_id", [ds, de]))
    cards = {r[0]: r[1:] for r in _rows(
        "SELECT clerk_id, SUM(CASE WHEN price > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN price = 0 THEN 1 ELSE 0 END)"
        " FROM card WHERE issued_on >= ? AND issued_on <= ? GROUP BY clerk_id", [ds, de])}
    contacts = dict(_rows("SELECT clerk_id, COUNT(*) FROM contact WHERE at >= ? AND at < ? GROUP BY clerk_id",
                          [s, e]))
    tickets = {r[0]: r[1:] for r in _rows(
        "SELECT clerk_id, COUNT(*), SUM(items), SUM(paid) FROM sale WHERE kind = 'sale' AND sold_at >= ?"
        " AND sold_at < ? GROUP BY clerk_id", [s, e])}
    net = dict(_rows("SELECT clerk_id, SUM(paid) FROM sale WHERE kind IN ('sale', 'return')"
                     " AND sold_at >= ? AND sold_at < ? GROUP BY clerk_id", [s, e]))
    served: dict[int, set[int]] = defaultdict(set)
    returning: dict[int, set[int]] = defaultdict(set)
    for clerk, mid, before in _rows(
            "SELECT s.clerk_id, s.member_id, EXISTS (SELECT 1 FROM sale o WHERE o.member_id = s.member_id"
            " AND o.kind = 'sale' AND o.sold_at < ?) FROM sale s WHERE s.kind = 'sale'"
            " AND s.member_id IS NOT NULL AND s.sold_at >= ? AND s.sold_at < ?", [s, s, e]):
        served[clerk].add(mid)
        if before:
            returning[clerk].add(mid)
    t = Table("staff", "导购竞赛", [
        Column("导购", user=True), Column("新会员", "int"), Column("售卡(收费)", "int"), Column("免费卡", "int"),
        Column("回访/联系", "int"), Column("小票数", "int"), Column("销售额", "money"),
        Column("回头客率", "pct"), Column("转介绍率", "pct"), Column("连单件数", "num"), Column("连单金额", "money"),
    ])
    ids = [sid for sid, _ in staff]
    names = dict(staff)
    if any(k is None for k in list(new) + list(tickets) + list(cards)):
        ids.append(None)  # type: ignore[arg-type]
        names[None] = "(未指定导购)"  # type: ignore[index]
    for sid in ids:
        tx, items, paid = tickets.get(sid, (0, 0, 0))
        sold, free = cards.get(sid, (0, 0))
        row = [names[sid], new.get(sid, 0), sold or 0, free or 0, contacts.get(sid, 0), tx, net.get(sid, 0),
               ratio(len(returning[sid]), len(served[sid])), ratio(referred.get(sid, 0), new.get(sid, 0)),
               ratio(items, tx), ratio(paid, tx)]
        if sid is not None or any(row[1:7]):
            t.rows.append(row)
    t.notes.append("回头客率 = 本期在该导购处消费、且本期前已有消费的会员 ÷ 本期在该导购处消费的会员;"
                   "转介绍率 = 该导购本期新会员中有介绍人的比例;连单件数 = 件数 ÷ 销售小票数;"
                   "连单金额 = 销售小票实付 ÷ 销售小票数。")
    return t


# --- R7 care cost vs return per tier

def care_return(p: Period) -> Table:
    s, e = ts(p.start), ts(p.end)
    tier_of = tiers_at(p.end_dt)
    per_call = int(settings.get(CARE_COST_PER_CALL.key))
    per_msg = int(settings.get(CARE_COST_PER_MESSAGE.key))
    agg: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    buyers: dict[str, set[int]] = defaultdict(set)
    for (mid,) in _iter("SELECT id FROM member WHERE enrolled_on <= ?", [p.last_day.isoformat()]):
        agg[tier_of.get(mid) or "未定级"]["members"] += 1
    for mid, channel, n in _rows("SELECT member_id, channel, COUNT(*) FROM contact WHERE at >= ? AND at < ?"
                                 " GROUP BY member_id, channel", [s, e]):
        a = agg[tier_of.get(mid) or "未定级"]
        a["contacts"] += n
        a["cost"] += n * (per_call if channel in ("call", "visit") else per_msg)
    vouchers_recorded = _has("voucher_event")
    if vouchers_recorded:
        for mid, amount, face in _rows(
                "SELECT v.member_id, SUM(ev.amount), SUM(v.value) FROM voucher_event ev JOIN voucher v"
                " ON v.id = ev.voucher_id WHERE ev.kind = 'redeem' AND ev.at >= ? AND ev.at < ?"
                " GROUP BY v.member_id", [s, e]):
            agg[tier_of.get(mid) or "未定级"]["vouchers"] += int(amount or face or 0)
    if _has("gift_redemption"):
        for mid, n in _rows("SELECT member_id, COUNT(*) FROM gift_redemption WHERE at >= ? AND at < ?"
                            " GROUP BY member_id", [s, e]):
            agg[tier_of.get(mid) or "未定级"]["gifts"] += n
    for mid, kind, paid in _rows("SELECT member_id, kind, paid FROM sale WHERE member_id IS NOT NULL"
                                 " AND kind IN ('sale', 'return') AND sold_at >= ? AND sold_at < ?", [s, e]):
        tier = tier_of.get(mid) or "未定级"
        agg[tier]["sales"] += paid
        if kind == "sale":
            buyers[tier].add(mid)
    for ref, n in _rows("SELECT referred_by_id, COUNT(*) FROM member WHERE referred_by_id IS NOT NULL"
                        " AND enrolled_on >= ? AND enrolled_on <= ? GROUP BY referred_by_id",
                        [p.start.isoformat(), p.last_day.isoformat()]):
        agg[tier_of.get(ref) or "未定级"]["referrals"] += n
    from vipdesk.model.loyalty.tiers import tiers as tier_list

    order = [t.name for t in tier_list()] + sorted(k for k in agg if k not in {t.name for t in tier_list()})
    t = Table("care", "关怀成本与回报", [
        Column("等级", user=True), Column("会员数", "int"), Column("联系次数", "int"), Column("联系成本", "money"),
        Column("代金券使用", "money"), Column("礼品兑换(件)", "int"), Column("维护成本合计", "money"),
        Column("转介绍新会员", "int"), Column("回头率", "pct"), Column("本期消费", "money"), Column("投入产出比", "num"),
    ])
    for tier in order:
        a = agg.get(tier)
        if a is None:
            continue
        cost = a["cost"] + a["vouchers"]
        t.rows.append([tier, a["members"], a["contacts"], a["cost"], a["vouchers"], a["gifts"], cost,
                       a["referrals"], ratio(len(buyers[tier]), a["members"]), a["sales"], ratio(a["sales"], cost)])
    if not per_call and not per_msg:
        t.notes.append("未设置每次联系成本(设置 → 报表),联系成本记为 0;维护成本 = 联系成本 + 已使用代金券面值。")
    if not vouchers_recorded:
        t.notes.append("本店尚无代金券记录。")
    t.notes.append("回头率 = 本期有消费的该等级会员 ÷ 该等级会员数;投入产出比 = 本期消费 ÷ 维护成本合计。")
    return t


# --- points / vouchers / stored value liability


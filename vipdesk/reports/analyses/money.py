"""Points liability and the season's top spenders (R8)."""

from __future__ import annotations

import datetime as dt

from vipdesk.model.members.phone import mask_phone
from vipdesk.model.segmentation.facts import ts
from vipdesk.model.store import settings
from vipdesk.reports.analyses.common import TOP_N, _has, _rows
from vipdesk.reports.analyses.customers import tiers_at
from vipdesk.reports.period import Period, season_of
from vipdesk.reports.table import Column, Table, Text


def liability(p: Period) -> Table:
    s, e = ts(p.start), ts(p.end)
    opening = _rows("SELECT COALESCE(SUM(delta), 0) FROM points_entry WHERE at < ?", [s])[0][0]
    issued = imported = redeemed = expired = reversed_ = other = 0
    for kind, pos, neg in _rows(
            "SELECT kind, SUM(CASE WHEN delta > 0 THEN delta ELSE 0 END), SUM(CASE WHEN delta < 0 THEN -delta"
            " ELSE 0 END) FROM points_entry WHERE at >= ? AND at < ? GROUP BY kind", [s, e]):
        if kind == "import":  # opening balances brought in by a member import: not issued this month
            imported += pos
        else:
            issued += pos
        if kind in ("redeem", "convert"):
            redeemed += neg
        elif kind == "expire":
            expired += neg
        elif kind == "reverse":
            reversed_ += neg
        else:
            other += neg
    closing = opening + imported + issued - redeemed - expired - reversed_ - other
    t = Table("liability", "积分与储值负债", [Column("项目"), Column("数量", "int"), Column("金额", "money")])
    t.rows += [
        ["期初积分余额", opening, None], ["本期导入的期初积分(导入会员原有积分)", imported, None],
        ["本期发放积分", issued, None], ["本期兑换积分(礼品/代金券)", redeemed, None],
        ["本期过期积分", expired, None], ["本期退货扣回积分", reversed_, None], ["本期其他扣减", other, None],
        ["期末积分余额(未兑付)", closing, None],
    ]
    if _has("voucher"):
        def vq(sql: str, params: list[object]) -> tuple[int, int]:
            n, v = _rows(sql, params)[0]
            return int(n or 0), int(v or 0)

        iss = vq("SELECT COUNT(*), SUM(value) FROM voucher WHERE created_at >= ? AND created_at < ?", [s, e])
        used = vq("SELECT COUNT(*), SUM(v.value) FROM voucher_event ev JOIN voucher v ON v.id = ev.voucher_id"
                  " WHERE ev.kind = 'redeem' AND ev.at >= ? AND ev.at < ?", [s, e])
        exp = vq("SELECT COUNT(*), SUM(v.value) FROM voucher_event ev JOIN voucher v ON v.id = ev.voucher_id"
                 " WHERE ev.kind = 'expire' AND ev.at >= ? AND ev.at < ?", [s, e])
        out = vq("SELECT COUNT(*), SUM(v.value) FROM voucher v LEFT JOIN (SELECT DISTINCT voucher_id FROM voucher_event"
                 " WHERE kind != 'issue' AND at < ?) x ON x.voucher_id = v.id WHERE v.created_at < ?"
                 " AND x.voucher_id IS NULL", [e, e])
        t.rows += [["本期发放代金券", *iss], ["本期使用代金券", *used], ["本期过期代金券", *exp],
                   ["期末未使用代金券", *out]]
    else:
        t.notes.append("本店尚无代金券记录。")
    if _has("stored_value_entry"):
        bal = _rows("SELECT COALESCE(SUM(delta), 0), COUNT(DISTINCT member_id) FROM stored_value_entry"
                    " WHERE at < ?", [e])[0]
        top = _rows("SELECT COUNT(*), COALESCE(SUM(delta), 0) FROM stored_value_entry WHERE kind IN ('topup', 'bonus')"
                    " AND at >= ? AND at < ?", [s, e])[0]
        pay = _rows("SELECT COUNT(*), COALESCE(-SUM(delta), 0) FROM stored_value_entry WHERE kind = 'pay'"
                    " AND at >= ? AND at < ?", [s, e])[0]
        if bal[1] or top[0] or pay[0]:
            t.rows += [["本期储值充值(含赠送)", top[0], top[1]], ["本期储值消费", pay[0], pay[1]],
                       ["期末储值余额", bal[1], bal[0]]]
        else:
            t.notes.append("本店未使用储值。")
    t.notes.append("期末积分余额 = 期初 + 导入期初积分 + 发放 − 兑换 − 过期 − 退货扣回 − 其他扣减。"
                   "导入期初积分是会员导入时带来的原有积分,不是本期发放的。代金券“数量”为张数。")
    return t


# --- R8 season top 30

def season_top(p: Period, full_phones: bool = False) -> Table:
    name, first = season_of(p.last_day)
    start = min(first, p.start)
    n = int(settings.get(TOP_N.key))
    # the season's spend per member first, then names for the top N only (not a join per sale)
    rows = _rows(
        "SELECT m.id, m.name, m.phone, m.card_no, st.name, x.spend, x.tx, x.last FROM (SELECT member_id,"
        " SUM(paid) AS spend, SUM(CASE WHEN kind = 'sale' THEN 1 ELSE 0 END) AS tx, MAX(sold_at) AS last"
        " FROM sale WHERE member_id IS NOT NULL AND kind IN ('sale', 'return') AND sold_at >= ? AND sold_at < ?"
        " GROUP BY member_id HAVING spend > 0 ORDER BY spend DESC, member_id LIMIT ?) x"
        " JOIN member m ON m.id = x.member_id LEFT JOIN staff st ON st.id = m.clerk_id"
        " ORDER BY x.spend DESC, x.member_id", [ts(start), ts(p.end), n])
    tier_of = tiers_at(p.end_dt)
    t = Table("top", Text("{season}消费前{n}", season=name, n=n), [
        Column("名次", "int"), Column("姓名", user=True), Column("手机", user=True), Column("卡号", user=True),
        Column("等级", user=True), Column("导购", user=True), Column("本季消费", "money"), Column("小票数", "int"),
        Column("最近消费", "date"),
    ])
    for i, (mid, nm, phone, card, clerk, spend, tx, last) in enumerate(rows, 1):
        last_d = dt.date.fromisoformat(str(last)[:10]) if last else None
        t.rows.append([i, nm, phone if full_phones else mask_phone(phone), card or "", tier_of.get(mid, ""),
                       clerk or "", spend, tx, last_d])
    t.notes.append(Text("{season}:{start} 至 {end},按会员实付(退货冲减)排序;可据此发放下季首次消费代金券。",
                        season=name, start=f"{start:%Y-%m-%d}", end=f"{p.last_day:%Y-%m-%d}"))
    return t



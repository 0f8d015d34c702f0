"""Sales history of the demo: the ticket stream (plan.py) played in time order with the real points,
tier, voucher (L5) and return rules (T1, T2, L3, L9), writing rows in chunks as it goes.

Returns are written as ``sales.record_return`` writes them today (issue 14, item 3): the exact
shares back, the refund method (``refunds.Refund``), points already spent first cancelling the
open L5 vouchers made from this year's points, newest first (``points_vouchers_open_since``),
the rest withheld from the refund, and the tier re-evaluated (``reversal.retier_after_return``).
Visits without purchase and the after-sale follow-up calls are written in the same pass."""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import random
from collections.abc import Iterator

from vipdesk.demo.data import (
    _FOLLOWUP_OUTCOMES,
    _SIZES,
    _VISIT_NOTES,
    DAY,
    _accumulate,
    _below_of,
    _season_of,
)
from vipdesk.demo.loyalty import _MemberView
from vipdesk.model.loyalty import config as lconfig
from vipdesk.model.loyalty import earning, tiers
from vipdesk.model.loyalty.tables import Gift, GiftRedemption, PointsLot, Settlement, Voucher, VoucherEvent
from vipdesk.model.sales.recording import allocate
from vipdesk.model.sales.refunds import Refund
from vipdesk.model.store import settings
from vipdesk.model.store.db import db
from vipdesk.model.store.tables import (
    Contact,
    PointsEntry,
    Sale,
    SaleLine,
    Visit,
)
from vipdesk.text import tr

# How a return's money goes back at a clothes counter (refunds.METHODS keys); stored value
# is not simulated, so no refund goes onto it.
_REFUND_METHODS = ("cash", "wechat", "alipay", "card")
_REFUND_CUM = list(_accumulate([30, 40, 20, 10]))
_RACK = (700, 800, 880)
# Follow-up channels, weights 7 : 2 : 1 (rng.choices' cumulative weights, added once).
_CHANNELS, _CHANNEL_CUM = ("call", "wechat", "sms"), (7, 9, 10)
# The voucher fields kept per open voucher (a list, so its state can change in place).
V_ID, V_EXP, V_MADE, V_SPEND, V_VALUE, V_COST, V_CODE, V_OPEN = range(8)


class SalesHistory:
    """Mixin for the builder: the tickets and everything a ticket moves."""

    def simulate(self, stream: Iterator[tuple[int, int, int]]) -> None:
        """Play the tickets and visits in time order with the real rules; write as we go."""
        rng, w = self.rng, self.w
        sale_rows = w.table("sale", Sale, ["id", "ticket_no", "member", "clerk", "sold_at", "kind", "original",
                                            "list_total", "paid", "items", "tier_discount", "points", "note",
                                            "source", "created_at"], zero_is_null=("member", "original"))
        line_rows = w.table("line", SaleLine, ["id", "sale", "style_code", "category", "size", "unit_price",
                                               "quantity", "discount", "amount", "points", "original_line"],
                             zero_is_null=("original_line",))
        points_rows = w.table("points", PointsEntry, ["id", "member", "at", "delta", "kind", "reason", "sale",
                                                      "clerk"], zero_is_null=("sale", "clerk"))
        lot_rows = w.table("lot", PointsLot, ["entry", "member", "expires_on"])
        voucher_rows = w.table("voucher", Voucher, ["id", "code", "member", "kind", "value", "valid_from",
                                                    "expires_on", "points_cost", "points_entry", "rule_key",
                                                    "source_sale", "clerk", "note", "created_at"],
                               empty_is_null=("expires_on", "rule_key"))
        vevent_rows = w.table("vevent", VoucherEvent, ["voucher", "at", "kind", "sale", "amount", "clerk", "reason"],
                              zero_is_null=("sale", "clerk"))
        settle_rows = w.table("settle", Settlement, ["sale", "voucher", "stored_value", "cash", "points_offset",
                                                     "points_withheld", "note"])
        refund_rows = w.table("refund", Refund, ["sale", "method"])
        gift_rows = w.table("gift", GiftRedemption, ["member", "gift", "points", "entry", "voucher", "at", "clerk"],
                            zero_is_null=("voucher",))
        visit_rows = w.table("visit", Visit, ["member", "clerk", "visited_at", "note"])
        contact_rows = w.table("contact", Contact, ["member", "clerk", "at", "channel", "kind", "outcome", "note",
                                                    "satisfaction"], zero_is_null=("satisfaction",))
        tier_rows = w.rows["tier"]  # TierChange: the enrolments are already written
        line_chunk = w.chunk * w.width["line"]  # the buffers are flat lists of values (bulk._Writer)
        flush_order = ("sale", "line", "points", "lot", "voucher", "vevent", "settle", "refund", "gift", "tier",
                       "visit", "contact")
        n = self.n
        # --- L5 and the vouchers (see the builder's docstring); own random streams, so the tickets
        # themselves stay what they were without vouchers, refunds or care.
        vrng = random.Random(f"{self.seed}-vouchers")
        rrng = random.Random(f"{self.seed}-refunds")
        crng = random.Random(f"{self.seed}-care")
        # randint / choice as their one draw (data._below_of: the same numbers, two calls fewer).
        below, cbelow = self.below, _below_of(crng)
        n_notes, n_outcomes = len(_VISIT_NOTES), len(_FOLLOWUP_OUTCOMES)
        l5_on = bool(lconfig.get(lconfig.L5_ENABLED.key) and lconfig.get(lconfig.L5_AUTO.key))
        step = int(lconfig.get(lconfig.L5_POINTS.key))
        l5_on = l5_on and step > 0
        l5_value = int(lconfig.get(lconfig.L5_VALUE.key))
        l5_days = int(lconfig.get(lconfig.L5_VALID_DAYS.key))
        l5_reason = tr("积分满 {n} 分换代金券").format(n=step)
        policy = lconfig.get(lconfig.RETURN_POLICY.key)
        point_value = int(lconfig.get(lconfig.POINT_VALUE_FEN.key))
        birthday_disc = int(lconfig.get(lconfig.BIRTHDAY_DISCOUNT.key))
        expiry_on = bool(lconfig.get(lconfig.EXPIRY_ENABLED.key))
        upgrade_reason = tr("消费后达到升级标准")  # what the sale hook's check_upgrade writes
        retier_reason = tr("退货后重新评定等级")  # reversal.retier_after_return
        expire_reason = tr("到期未使用")
        lot_dates: dict[str, str | None] = {}
        year_secs = 365 * DAY  # l5_window_points: conversions "in the last year" are 365 days
        # Per member (None until she needs one): her open vouchers (V_* lists), the L5 conversions
        # still counting against the year's points [(time, voucher id)], the tier windows
        # [(time, delta)] and the rule upgrades inside the qualifying period [(time, old tier)].
        open_v: list[list[list] | None] = [None] * (n + 1)
        conv: list[list[tuple[int, int]] | None] = [None] * (n + 1)
        window: list[list[tuple[int, int]] | None] = [None] * (n + 1)
        window_sum = [0] * (n + 1)
        pwin: list[list[tuple[int, int]] | None] = [None] * (n + 1)  # points window when tiers go by spend
        pwin_sum = [0] * (n + 1)
        upgrades: list[list[tuple[int, int]] | None] = [None] * (n + 1)
        balance = [0] * (n + 1)
        # The member caches (stats.refresh_all's columns), kept as the tickets are written: set once
        # at the end instead of three correlated scans of the ledger and the sales (issue 14).
        spend = [0] * (n + 1)
        bought = [0] * (n + 1)
        last_bought: list[int | None] = [None] * (n + 1)
        member_obj: list[_MemberView | None] = [None] * (n + 1)
        expiring: list[tuple[int, int, int, list]] = []  # heap: (expiry time, voucher id, member, voucher)
        contacts: list[tuple] = []  # heap: follow-up calls to write when their time comes
        code_counter: dict[int, int] = {}
        gifts = [(g.id, g.name, g.points) for g in Gift.select().where(
            (Gift.active == True) & (Gift.voucher_value == 0) & (Gift.stock > 0)).order_by(Gift.points)]  # noqa: E712
        gift_stock = {g.id: g.stock for g in Gift.select()}
        gift_used: dict[int, int] = {}
        pe_id = v_id = sale_id = line_id = 0
        never_ends = 1 << 62
        # Tier qualification (tiers.qualifying_value): what sales earned (points) or paid (spend),
        # net of returns, in the qualifying period before the sale.
        by_spend = getattr(tiers, "basis", lambda: "points")() == "spend"
        tier_idx = self.tier_idx
        tier_list = self.tiers
        tier_by_name = {t.name: i for i, t in enumerate(tier_list)}
        tier_cache: dict[int, int] = {}
        qualify_secs = int(settings.get(tiers.QUALIFY_DAYS.key)) * DAY
        on_top_min = int(settings.get(tiers.ON_TOP_MIN.key))  # L1: no tier discount on deep specials
        # earning.points_for_amount, split: the multiplier once per ticket (one member, one day), the
        # arithmetic per line (tests/model/test_demo.py checks every line against points_for_amount).
        points_at, multiplier = earning.points_at, earning.multiplier
        per_yuan = int(lconfig.get(earning.POINTS_PER_YUAN.key))
        bmonths: dict[tuple, int | None] = {}  # (birthday, year) -> her birthday month that year
        pcts = [-1] * (13 * self.days)  # [day * 13 + birthday month or 0] -> the points multiplier (fixed size)
        birthday_of = self.birthday  # one shared tuple per distinct birthday
        day_when = [self.base + dt.timedelta(days=d) for d in range(self.days)]  # the rules read the date only
        day_sp, hms, n_days = self._day_sp, self._hms, self.days
        base = self.base
        t_str = self.t_str
        my_clerk = self.clerk
        day_counter: dict[int, int] = {}
        returns: list[tuple[int, int, tuple]] = []
        self.n_returns = 0
        now_t = self.now_t
        recent = now_t - 7 * DAY  # the last week's follow-ups stay open for the reminder pane
        cat_cum = self.catalogue.cum_cat
        # Sizes by kind: (names, cumulative weights, total or 0 for one size).
        size_cum = {k: (v[0], list(_accumulate(v[1])), sum(v[1]) if len(v[0]) > 1 else 0) for k, v in _SIZES.items()}
        day_info: list[tuple | None] = [None] * self.days  # (promotion, styles, category weights, total)
        collections: dict[tuple[int, int], list[list[tuple]]] = {}  # (year, season) -> styles with sizes
        r, bis = rng.random, bisect.bisect
        staff_ids, staff_cum = self.staff_ids, self.staff_cum
        staff_total = staff_cum[-1]
        lines_done = 0
        next_report = 20_000
        heappush, heappop = heapq.heappush, heapq.heappop

        ticket_day = [f"V{d.replace('-', '')}-" for d in self.day_str]  # ticket numbers' day part, made once

        counter4 = [f"{i:04d}" for i in range(10_000)]  # a day's ticket / voucher counter, formatted once

        def ticket_no(t: int) -> str:
            d = t // DAY
            c = day_counter.get(d, 0) + 1
            day_counter[d] = c
            if 0 <= d < n_days:
                return ticket_day[d] + (counter4[c] if c < 10_000 else str(c))
            return f"V{(self.start + dt.timedelta(days=d)).strftime('%Y%m%d')}-{c:04d}"

        def member_of(mid: int) -> _MemberView:
            m = member_obj[mid]
            if m is None:
                bm, bd, lunar, leap = self.birthday[mid]
                m = member_obj[mid] = _MemberView(id=mid, birth_month=bm, birth_day=bd, birthday_lunar=lunar,
                                                  birthday_leap=leap, tier=tier_list[tier_idx[mid]].name)
            return m

        def set_tier(mid: int, target: int, ts: str, reason: str) -> None:
            tier_rows.extend((mid, ts, tier_list[tier_idx[mid]].name, tier_list[target].name, reason))
            tier_idx[mid] = target
            if member_obj[mid] is not None:
                member_obj[mid].tier = tier_list[target].name

        def slide(wins: list, sums: list[int], mid: int, t: int, delta: int) -> int:
            """Add *delta* at time t to member mid's rolling window; return its sum over the period ending at t."""
            win = wins[mid]
            if win is None:
                win = wins[mid] = []
            win.append((t, delta))
            s = sums[mid] + delta
            edge = t - qualify_secs
            if win[0][0] <= edge:
                k = 0
                while win[k][0] <= edge:
                    s -= win[k][1]
                    k += 1
                del win[:k]
            sums[mid] = s
            return s

        def qualify(mid: int, t: int, delta: int) -> int:
            """Add a sale's (or return's) qualifying delta; return the value in the period ending at t."""
            return slide(window, window_sum, mid, t, delta)

        def points_window(mid: int, t: int, delta: int) -> int:
            """qualifying_points when the tiers qualify by spend (else the tier window is it)."""
            return slide(pwin, pwin_sum, mid, t, delta)

        def post(mid: int, ts: str, delta: int, kind: str, reason: str, sid: int, clerk: int) -> int:
            """ledger.post_points: one entry (and its expiry lot when expiry is on); 0 = no sale / clerk."""
            nonlocal pe_id
            pe_id += 1
            balance[mid] += delta
            points_rows.extend((pe_id, mid, ts, delta, kind, reason, sid, clerk))
            if expiry_on and delta > 0 and kind in ("earn", "import", "referral", "bonus"):
                day = ts[:10]
                if day not in lot_dates:
                    from vipdesk.model.loyalty.ledger import expiry_date_for

                    exp = expiry_date_for(dt.datetime.fromisoformat(ts))
                    lot_dates[day] = exp.isoformat() if exp else None
                if lot_dates[day] is not None:
                    lot_rows.extend((pe_id, mid, lot_dates[day]))
            return pe_id

        def l5_points(mid: int, t: int, q_points: int) -> int:
            """vouchers.l5_window_points: the year's qualifying points minus live conversions."""
            c = conv[mid]
            if not c:
                return q_points
            edge = t - year_secs
            if c[0][0] <= edge:
                c[:] = [x for x in c if x[0] > edge]
            return q_points - step * len(c)

        code_day = [f"Q{d[2:].replace('-', '')}" for d in self.day_str]  # voucher codes' day part

        def next_code(t: int) -> str:
            d = t // DAY
            c = code_counter.get(d, 0) + 1
            code_counter[d] = c
            return code_day[d] + (counter4[c] if c < 10_000 else str(c))

        def auto_convert(mid: int, t: int, ts: str, sid: int, clerk: int, q_points: int) -> None:
            """vouchers.auto_convert after a sale's earning: every full step becomes a voucher."""
            nonlocal v_id
            while balance[mid] >= step and l5_points(mid, t, q_points) >= step:
                entry = post(mid, ts, -step, "convert", l5_reason, 0, clerk)
                v_id += 1
                day = t // DAY
                expires = self.day_str[day + l5_days] if 0 <= day + l5_days < self.days else None
                if l5_days > 0 and expires is None:
                    expires = (self.start + dt.timedelta(days=day + l5_days)).isoformat()
                exp_t = (day + l5_days + 1) * DAY if l5_days > 0 else never_ends
                code = next_code(t)
                voucher_rows.extend((v_id, code, mid, "points", l5_value, self.day_str[day],
                                     expires if l5_days > 0 else "", step, entry, "", sid, clerk, "", ts))
                vevent_rows.extend((v_id, ts, "issue", 0, 0, clerk, l5_reason))
                c = conv[mid]
                if c is None:
                    c = conv[mid] = []
                c.append((t, v_id))
                ov = open_v[mid]
                if ov is None:
                    ov = open_v[mid] = []
                v = [v_id, exp_t, t, vrng.random() < 0.8, l5_value, step, code, True]
                ov.append(v)
                if exp_t <= now_t:
                    heappush(expiring, (exp_t, v_id, mid, v))

        def end_voucher(mid: int, v: list) -> None:
            v[V_OPEN] = False
            open_v[mid].remove(v)

        def do_return(t: int, info: tuple) -> None:
            """sales.record_return: exact shares back, spent points cancel this year's open
            vouchers (newest first) or are kept from the refund, the refund method, and
            reversal.retier_after_return."""
            nonlocal sale_id, line_id
            orig_id, orig_t, mid, clerk, tier_disc, lines = info
            sale_id += 1
            tno = ticket_no(t)
            ts = t_str(t)
            paid = pts = items = list_total = kept = 0
            for lid, code, cat, size, unit, qty, disc, amount, lpts, share, back in lines:
                a = (amount * back) // qty
                p = (lpts * back) // qty
                line_id += 1
                line_rows.extend((line_id, sale_id, code, cat, size, unit, -back, disc, -a, -p, lid))
                paid -= a
                pts -= p
                kept += (share * back) // qty
                items -= back
                list_total -= unit * back
            sale_rows.extend((sale_id, tno, mid, clerk, ts, "return", orig_id, list_total, paid, items,
                              tier_disc, pts, "", "demo", ts))
            self.n_returns += 1
            if mid:
                spend[mid] += paid
            goods, back_pts = -paid, -pts
            withheld = offset = 0
            notes: list[str] = []
            if mid:
                bal = balance[mid]
                gone: list[list] = []
                if back_pts > bal and policy == "cancel_voucher" and open_v[mid]:
                    # points_vouchers_open_since(min(sold_at, at - 365 days)), newest first.
                    since = min(orig_t, t - year_secs)
                    for v in sorted((v for v in open_v[mid] if v[V_COST] > 0 and v[V_MADE] >= since),
                                    key=lambda v: (v[V_MADE], v[V_ID]), reverse=True):
                        if back_pts <= bal:
                            break
                        gone.append(v)
                        bal += v[V_COST]
                for v in gone:
                    end_voucher(mid, v)
                    vevent_rows.extend((v[V_ID], ts, "cancel", sale_id, 0, clerk,
                                        tr("退货 小票 {t},积分已换成此券").format(t=tno)))
                    post(mid, ts, v[V_COST], "voucher_cancel", tr("礼券 {code} 作废,退回积分").format(code=v[V_CODE]),
                         sale_id, clerk)
                    c = conv[mid]
                    if c:
                        c[:] = [x for x in c if x[1] != v[V_ID]]
                if gone:
                    notes.append(tr("作废由积分换来的礼券:") + "、".join(v[V_CODE] for v in gone))
                withheld = max(0, back_pts - bal)
                offset = min(withheld * point_value, goods - kept)
                if withheld:
                    notes.append(tr("积分已用掉 {n} 分,退款扣减 {m} 分钱").format(n=withheld, m=offset))
                if back_pts - withheld:
                    post(mid, ts, -(back_pts - withheld), "reverse", tr("退货扣回积分 小票 {t}").format(t=tno),
                         sale_id, clerk)
            settle_rows.extend((sale_id, -kept, 0, -(goods - kept - offset), offset, withheld, "; ".join(notes)[:250]))
            refund_rows.extend((sale_id, _REFUND_METHODS[bisect.bisect(_REFUND_CUM, rrng.random() * _REFUND_CUM[-1])]))
            if mid:
                q = qualify(mid, t, paid if by_spend else pts)
                if by_spend:
                    points_window(mid, t, pts)
                retier(mid, t, ts, tier_for(q // 100 if by_spend else q))

        def retier(mid: int, t: int, ts: str, target: int) -> None:
            """reversal.retier_after_return: down to what the qualifying value now reaches, never
            below the tier she held before the rules lifted her inside the qualifying period."""
            current = tier_idx[mid]
            if tier_list[target].threshold >= tier_list[current].threshold:
                return
            ups = upgrades[mid]
            edge = t - qualify_secs
            first = next((u for u in ups if u[0] > edge), None) if ups else None
            if first is None:
                return  # her tier did not come from the rules in this period
            floor = first[1]
            new = floor if tier_list[floor].threshold > tier_list[target].threshold else target
            if tier_list[new].threshold < tier_list[current].threshold:
                set_tier(mid, new, ts, retier_reason)

        rules = tiers.tiers()  # read once: the rules do not change while the demo is built

        def tier_for(value: int) -> int:
            target = tier_cache.get(value)
            if target is None:
                target = tier_cache[value] = tier_by_name[tiers.tier_for_points(value, rules).name]
            return target

        def yearly_review(rt: int) -> None:
            """tiers.review on the review day: members below their tier move down."""
            ts = t_str(rt)
            edge = rt - qualify_secs
            for mid in range(1, n + 1):
                win = window[mid]
                if win is None:
                    continue
                s = window_sum[mid]
                k = 0
                while k < len(win) and win[k][0] <= edge:
                    s -= win[k][1]
                    k += 1
                del win[:k]
                window_sum[mid] = s
                target = tier_for(s // 100 if by_spend else s)
                if tier_list[target].threshold < tier_list[tier_idx[mid]].threshold:
                    set_tier(mid, target, ts, tr("年度复核降级"))

        reviews = self.review_times()
        never = now_t + DAY

        def advance(until: int) -> None:
            """Run what falls due before *until* in time order: the daily job's voucher expiries,
            the yearly reviews, the returns and the follow-up calls."""
            while True:
                next_return = returns[0][0] if returns else never
                next_review = reviews[0] if reviews else never
                next_expiry = expiring[0][0] if expiring else never
                next_call = contacts[0][0] if contacts else never
                first = min(next_return, next_review, next_expiry, next_call)
                if first > until:
                    return
                if next_expiry == first:
                    exp_t, vid, mid, v = heappop(expiring)
                    if v[V_OPEN]:  # vouchers.expire_due on the day after its date
                        end_voucher(mid, v)
                        vevent_rows.extend((vid, t_str(exp_t), "expire", 0, 0, 0, expire_reason))
                elif next_review == first:
                    yearly_review(reviews.pop(0))
                elif next_return == first:
                    rt, _, info = heappop(returns)
                    do_return(rt, info)
                else:
                    ct, _sid, mid, clerk, channel, outcome, sat = heappop(contacts)
                    contact_rows.extend((mid, clerk, t_str(ct), channel, "followup", outcome, "", sat or 0))

        for t, mid, k in stream:
            if not k:  # a visit without purchase (T4)
                clerk = my_clerk[mid] if crng.random() < 0.6 else self.pick_staff_with(crng)
                visit_rows.extend((mid, clerk, t_str(t), _VISIT_NOTES[cbelow(n_notes)]))
                continue
            if ((returns and returns[0][0] <= t) or (expiring and expiring[0][0] <= t)
                    or (contacts and contacts[0][0] <= t) or (reviews and reviews[0] <= t)):
                advance(t)  # (the test above is advance's own, without a call per ticket)
            sale_id += 1
            tno = ticket_no(t)
            day = t // DAY
            ts = day_sp[day] + hms[t - day * DAY] if 0 <= day < n_days else t_str(t)  # t_str, inlined
            info = day_info[day] if 0 <= day < len(day_info) else None
            if info is None:
                sale_date = self.start + dt.timedelta(days=day)
                season = _season_of(sale_date)
                styles_x = collections.get(season)
                if styles_x is None:
                    # Each style with its size table and its chance of a second piece, looked up once.
                    styles_x = collections[season] = [
                        [(code, unit, category, *size_cum[kind], 0.2 if kind == "free" else 0.04)
                         for code, unit, kind, category in row] for row in self.catalogue.styles(*season)]
                info = (self.promos[day], styles_x, cat_cum[season[1]], cat_cum[season[1]][-1])
                if 0 <= day < len(day_info):
                    day_info[day] = info
            promo, styles, season_cum, season_total = info
            if mid:
                clerk = my_clerk[mid] if r() < 0.7 else staff_ids[bis(staff_cum, r() * staff_total)]
                tier_disc = tier_list[tier_idx[mid]].discount
                # Her birthday month reads her birthday and the year only, the points multiplier the
                # day and that month only (as loyalty._rules_read_once memoises them): small tables.
                when = day_when[day] if 0 <= day < n_days else base + dt.timedelta(days=day)
                key = (birthday_of[mid], when.year)
                bmonth = bmonths.get(key, -1)
                if bmonth == -1:
                    bmonth = bmonths[key] = earning.birthday_month_of(member_of(mid), when.year)
                if birthday_disc < tier_disc and bmonth == when.month:
                    tier_disc = birthday_disc  # L6: the birthday-month discount when it beats the tier's
                slot = day * 13 + (bmonth or 0)
                pct = pcts[slot] if 0 <= day < n_days else -1
                if pct == -1:
                    pct = multiplier(member_of(mid), when)[0]
                    if 0 <= day < n_days:
                        pcts[slot] = pct
            else:
                clerk = staff_ids[bis(staff_cum, r() * staff_total)]
                tier_disc = 1000
            paid = pts_total = items = list_total = 0
            # With open vouchers the lines wait in `drawn` until the vouchers' shares are known;
            # without (most tickets) each line is written as it is drawn.
            vouchers = open_v[mid] if mid else None
            drawn: list[tuple] = []
            for _ in range(k):
                row = styles[bis(season_cum, r() * season_total)]
                code, unit, category, names, cum, total, second = row[int(r() * len(row))]
                size = names[bis(cum, r() * total)] if total else names[0]
                qty = 2 if r() < second else 1
                if promo is not None and r() < 0.75:
                    disc = promo[int(r() * len(promo))]
                elif r() < 0.06:
                    disc = _RACK[int(r() * 3)]  # off-season rack
                else:
                    disc = 1000
                # recording._round_div(unit × qty × discounts, 1,000,000), inlined (a call a line).
                amount = (unit * qty * disc * (tier_disc if disc >= on_top_min else 1000) + 500_000) // 1_000_000
                paid += amount
                if vouchers:
                    drawn.append((code, category, size, unit, qty, disc, amount))
                    continue
                if mid:
                    # earning.points_at, inlined (tests/model/test_demo.py checks every line against
                    # points_for_amount): whole yuan × points per yuan × the multiplier, rounded down.
                    lpts = amount // 100 * per_yuan * pct // 100 if amount > 0 else 0
                    pts_total += lpts
                else:
                    lpts = 0
                line_id += 1
                line_rows.extend((line_id, sale_id, code, category, size, unit, qty, disc, amount, lpts, 0))
                items += qty
                list_total += unit * qty
            # Her vouchers pay part of it (record_sale(vouchers=...)): those she means to use, while
            # the ticket still covers a whole one; their share of each line earns no points.
            used: list[tuple[list, int]] = []
            left = paid
            shares = None
            if vouchers:
                for v in vouchers:
                    if v[V_SPEND] and v[V_MADE] < t and left >= v[V_VALUE]:
                        used.append((v, v[V_VALUE]))
                        left -= v[V_VALUE]
                if used:
                    shares = allocate(paid - left, [d[6] for d in drawn])
                for i, (code, category, size, unit, qty, disc, amount) in enumerate(drawn):
                    lpts = points_at(amount - shares[i] if shares else amount, per_yuan, pct)
                    pts_total += lpts
                    line_id += 1
                    line_rows.extend((line_id, sale_id, code, category, size, unit, qty, disc, amount, lpts, 0))
                    items += qty
                    list_total += unit * qty
            voucher_amount = paid - left
            sale_rows.extend((sale_id, tno, mid, clerk, ts, "sale", 0, list_total, paid, items,
                              tier_disc, pts_total, "", "demo", ts))
            for v, amount in used:
                end_voucher(mid, v)
                vevent_rows.extend((v[V_ID], ts, "redeem", sale_id, amount, clerk, tr("消费抵扣")))
            settle_rows.extend((sale_id, voucher_amount, 0, left, 0, 0, ""))
            if mid:
                spend[mid] += paid
                bought[mid] += 1
                last_bought[mid] = t
                if pts_total > 0:
                    post(mid, ts, pts_total, "earn", f"消费积分 小票 {tno}", sale_id, clerk)
                # tiers.check_upgrade after every sale: up the moment a threshold is crossed, never down.
                q = qualify(mid, t, paid if by_spend else pts_total)
                target = tier_for(q // 100 if by_spend else q)
                current = tier_idx[mid]
                if tier_list[target].threshold > tier_list[current].threshold:
                    ups = upgrades[mid]
                    if ups is None:
                        ups = upgrades[mid] = []
                    elif ups[0][0] <= t - qualify_secs:
                        ups[:] = [u for u in ups if u[0] > t - qualify_secs]
                    ups.append((t, current))
                    set_tier(mid, target, ts, upgrade_reason)
                if l5_on and balance[mid] >= step:
                    auto_convert(mid, t, ts, sale_id, clerk, points_window(mid, t, pts_total) if by_spend else q)
                elif l5_on and by_spend:
                    points_window(mid, t, pts_total)
                # L4: now and then she exchanges points for a small gift at the counter (stock allowing).
                if gifts and balance[mid] >= gifts[0][2] and vrng.random() < 0.004:
                    choice = [g for g in gifts if g[2] <= balance[mid] and gift_used.get(g[0], 0) < gift_stock[g[0]] // 2]
                    if choice:
                        gid, gname, gpts = vrng.choice(choice)
                        entry = post(mid, ts, -gpts, "redeem", tr("兑换礼品:") + gname, 0, clerk)
                        gift_rows.extend((mid, gid, gpts, entry, 0, ts, clerk))
                        gift_used[gid] = gift_used.get(gid, 0) + 1
                # After-sale follow-up call (C4, C12), a few days later; the last week's stay open.
                if t < recent and crng.random() < 0.35:
                    ct = (day + 2 + cbelow(6)) * DAY + 10 * 3600 + cbelow(7 * 3600 + 1)
                    if ct <= now_t:
                        outcome, sat = _FOLLOWUP_OUTCOMES[cbelow(n_outcomes)]
                        channel = _CHANNELS[bisect.bisect(_CHANNEL_CUM, crng.random() * 10, 0, 2)]
                        heappush(contacts, (ct, sale_id, mid, my_clerk[mid], channel, outcome, sat))
            # About 3% of tickets come back within two weeks, whole or in part.
            if rng.random() < 0.03:
                rt = t + (1 + below(14)) * DAY - 3 * 3600 + below(6 * 3600 + 1)
                if rt % DAY < 10 * 3600 or rt % DAY > 21 * 3600:
                    rt = rt // DAY * DAY + 15 * 3600 + below(3600)
                if rt <= now_t:
                    # This ticket's lines are the buffer's last k rows (flushed only below), with
                    # the voucher share each line had: (line id, code, ..., points, share).
                    kept = [(line_rows[j], *line_rows[j + 2:j + 10], shares[i] if shares else 0)
                            for i, j in enumerate(range(len(line_rows) - 11 * k, len(line_rows), 11))]
                    if rng.random() < 0.3:
                        back = [(*line, line[5]) for line in kept]
                    else:
                        line = kept[below(len(kept))]
                        back = [(*line, 1 + below(line[5]))]
                    heappush(returns, (rt, sale_id, (sale_id, t, mid, clerk, tier_disc, back)))
            lines_done += k
            if len(line_rows) >= line_chunk:
                w.flush(*flush_order)
            if lines_done >= next_report:
                next_report += 20_000
                self.report(self.n + lines_done, self.total_work, tr("正在生成销售记录…"))
        advance(now_t)
        w.flush(*flush_order)
        self.write_member_caches(balance, spend, bought, last_bought)
        # The closures above reference each other (a cycle the collector, paused while building,
        # would have to find): let the per-member state go now, by reference counting.
        for state in (open_v, conv, window, window_sum, pwin, pwin_sum, upgrades, balance, member_obj, expiring,
                      contacts, returns, spend, bought, last_bought):
            state.clear()
        for gid, k in gift_used.items():
            db.execute_sql('UPDATE "gift" SET "stock" = "stock" - ? WHERE "id" = ?', (k, gid))

"""Sales history of the demo: tickets planned by season and traffic, then played in time order with the
real points, tier, voucher (L5) and return rules (T1, T2, L3, L9)."""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import inspect
import random
from collections import deque

from vipdesk.demo.data import (
    _CATEGORIES,
    _SIZES,
    CHUNK,
    DAY,
    _accumulate,
    _season_of,
    _time_of_day,
)
from vipdesk.model.loyalty import config as lconfig
from vipdesk.model.loyalty import earning, tiers
from vipdesk.model.loyalty.tables import Gift, GiftRedemption, PointsLot, Settlement, Voucher, VoucherEvent
from vipdesk.model.sales.recording import _round_div, allocate
from vipdesk.model.store import settings
from vipdesk.model.store.db import db
from vipdesk.model.store.tables import (
    PointsEntry,
    Sale,
    SaleLine,
)
from vipdesk.text import tr


class _MemberView:
    """The few member fields the earning rules read (birthday, tier).  A peewee Member per
    buying member cost ~2 KB each — a few hundred MiB at 100,000 members (issue 14)."""

    __slots__ = ("id", "birth_month", "birth_day", "birthday_lunar", "birthday_leap", "tier")

    def __init__(self, *, id: int, birth_month: int | None, birth_day: int | None, birthday_lunar: bool,
                 birthday_leap: bool, tier: str) -> None:
        self.id, self.birth_month, self.birth_day = id, birth_month, birth_day
        self.birthday_lunar, self.birthday_leap, self.tier = birthday_lunar, birthday_leap, tier


class SalesHistory:
    """Mixin for the builder: the tickets and everything a ticket moves."""

    def plan_tickets(self) -> list[tuple[int, int, int]]:
        """(time, member id or 0, number of lines) of every sale ticket, in time order."""
        rng, n = self.rng, self.n
        sizes: list[int] = []
        left = self.m
        line_cum = list(_accumulate([40, 30, 17, 9, 4]))
        while left > 0:
            k = min(left, 1 + bisect.bisect(line_cum, rng.random() * line_cum[-1]))
            sizes.append(k)
            left -= k
        self.n_tickets = len(sizes)
        walk_in = [rng.random() < 0.25 for _ in sizes]
        n_member_tickets = sum(1 for w in walk_in if not w)
        owners: list[int] = []
        firsts = [mid for mid in range(1, n + 1) if self.first_ticket[mid]]
        rng.shuffle(firsts)
        firsts = firsts[:n_member_tickets]
        for mid in range(1, n + 1):
            self.first_ticket[mid] = False
        for mid in firsts:
            self.first_ticket[mid] = True
        owners.extend(firsts)
        rest = n_member_tickets - len(firsts)
        if rest > 0:
            last_day = self.days - 1
            span = [0.0] + [self.activity[mid] * (last_day - max(0, self.enrol_t[mid] // DAY) + 1) / self.days
                            for mid in range(1, n + 1)]
            if sum(span) <= 0:
                span = [0.0] + [1.0] * n
            cum = list(_accumulate(span[1:]))
            owners.extend(rng.choices(range(1, n + 1), cum_weights=cum, k=rest))
        first_done = [False] * (n + 1)
        plan: list[tuple[int, int, int]] = []
        oi = 0
        last_day = self.days - 1
        for k, w in zip(sizes, walk_in, strict=True):
            if w:
                day = self.day_in_range(0, last_day)
                t = day * DAY + _time_of_day(rng)
                plan.append((t, 0, k))
                continue
            mid = owners[oi]
            oi += 1
            et = self.enrol_t[mid]
            if self.first_ticket[mid] and not first_done[mid]:
                first_done[mid] = True
                t = et + rng.randint(300, 1500)  # enrolled at the counter while paying
            else:
                day = self.day_in_range(max(0, et // DAY), last_day)
                t = day * DAY + _time_of_day(rng)
                if t <= et:
                    t = et + rng.randint(1800, 4 * 3600)
            plan.append((t, mid, k))
        # Built today, the day is not over yet: what "would" happen later moved before now.
        now_t = self.now_t
        enrol_t = self.enrol_t
        plan = [(t if t <= now_t else max(now_t - t % 3600 - 60, enrol_t[mid] + 60 if mid else 0), mid, k)
                for t, mid, k in plan]
        plan.sort()
        return plan

    def simulate(self, plan: list[tuple[int, int, int]]) -> None:
        """Play the tickets in time order with the real points and tier rules; write as we go."""
        rng, w = self.rng, self.w
        sale_rows = w.table("sale", Sale, ["id", "ticket_no", "member", "clerk", "sold_at", "kind", "original",
                                            "list_total", "paid", "items", "tier_discount", "points", "note",
                                            "source", "created_at"])
        line_rows = w.table("line", SaleLine, ["id", "sale", "style_code", "category", "size", "unit_price",
                                               "quantity", "discount", "amount", "points", "original_line"])
        points_rows = w.table("points", PointsEntry, ["id", "member", "at", "delta", "kind", "reason", "sale",
                                                      "clerk"])
        lot_rows = w.table("lot", PointsLot, ["entry", "member", "expires_on"])
        voucher_rows = w.table("voucher", Voucher, ["id", "code", "member", "kind", "value", "valid_from",
                                                    "expires_on", "points_cost", "points_entry", "rule_key",
                                                    "source_sale", "clerk", "note", "created_at"])
        vevent_rows = w.table("vevent", VoucherEvent, ["voucher", "at", "kind", "sale", "amount", "clerk", "reason"])
        settle_rows = w.table("settle", Settlement, ["sale", "voucher", "stored_value", "cash", "points_offset",
                                                     "points_withheld", "note"])
        gift_rows = w.table("gift", GiftRedemption, ["member", "gift", "points", "entry", "voucher", "at", "clerk"])
        flush_order = ("sale", "line", "points", "lot", "voucher", "vevent", "settle", "gift")
        tier_rows = w.rows["tier"]
        n = self.n
        # --- L5 and the vouchers (see the module docstring); own random stream, so the tickets
        # themselves stay what they were without vouchers.
        vrng = random.Random(f"{self.seed}-vouchers")
        l5_on = bool(lconfig.get(lconfig.L5_ENABLED.key) and lconfig.get(lconfig.L5_AUTO.key))
        step = int(lconfig.get(lconfig.L5_POINTS.key))
        l5_on = l5_on and step > 0
        l5_value = int(lconfig.get(lconfig.L5_VALUE.key))
        l5_days = int(lconfig.get(lconfig.L5_VALID_DAYS.key))
        l5_reason = tr("积分满 {n} 分换代金券").format(n=step)
        policy = lconfig.get(lconfig.RETURN_POLICY.key)
        point_value = int(lconfig.get(lconfig.POINT_VALUE_FEN.key))
        expiry_on = bool(lconfig.get(lconfig.EXPIRY_ENABLED.key))
        lot_dates: dict[str, str | None] = {}
        year_secs = 365 * DAY  # l5_window_points: conversions "in the last year" are 365 days
        # Per member: open vouchers [id, expire time, created time, spend it?, value, cost, code] and
        # the L5 conversions still counting against the year's points (time, voucher id).
        open_v: list[list[list] | None] = [None] * (n + 1)
        conv: list[deque[tuple[int, int]] | None] = [None] * (n + 1)
        ended: dict[int, str] = {}  # voucher id → redeem / cancel (expiries are written at the end)
        all_v: list[tuple[int, int]] = []  # (voucher id, expire time or never)
        code_counter: dict[int, int] = {}
        pwin: list[deque[tuple[int, int]] | None] = [None] * (n + 1)  # points window when tiers go by spend
        pwin_sum = [0] * (n + 1)
        gifts = [(g.id, g.name, g.points) for g in Gift.select().where(
            (Gift.active == True) & (Gift.voucher_value == 0) & (Gift.stock > 0)).order_by(Gift.points)]  # noqa: E712
        gift_stock = {g.id: g.stock for g in Gift.select()}
        gift_used: dict[int, int] = {}
        pe_id = 0
        v_id = 0
        never_ends = 1 << 62
        self.followups: list[tuple[int, int, int]] = []  # (time, member, clerk) of member tickets
        n = self.n
        balance = [0] * (n + 1)
        # Tier qualification (tiers.qualifying_value): what sales earned (points) or paid (spend),
        # net of returns, in the qualifying period before the sale.
        by_spend = getattr(tiers, "basis", lambda: "points")() == "spend"
        window: list[deque[tuple[int, int]] | None] = [None] * (n + 1)
        window_sum = [0] * (n + 1)
        member_obj: list[_MemberView | None] = [None] * (n + 1)
        pass_member = "member" in inspect.signature(earning.points_for_amount).parameters
        tier_idx = self.tier_idx
        tier_list = self.tiers
        tier_by_name = {t.name: i for i, t in enumerate(tier_list)}
        tier_cache: dict[int, int] = {}
        qualify_secs = int(settings.get(tiers.QUALIFY_DAYS.key)) * DAY
        on_top_min = int(settings.get(tiers.ON_TOP_MIN.key))  # L1: no tier discount on deep specials
        points_for_amount = earning.points_for_amount
        base = self.base
        day_counter: dict[int, int] = {}
        returns: list[tuple[int, int, tuple]] = []
        seq = 0
        sale_id = 0
        line_id = 0
        self.n_returns = 0
        now_t = self.now_t
        cat_cum = self.catalogue.cum_cat
        size_cum = {k: (v[0], list(_accumulate(v[1]))) for k, v in _SIZES.items()}
        lines_done = 0
        next_report = 20_000

        def ticket_no(t: int) -> str:
            d = t // DAY
            c = day_counter.get(d, 0) + 1
            day_counter[d] = c
            return f"V{self.day_str[d].replace('-', '')}-{c:04d}"

        def member_of(mid: int) -> _MemberView:
            m = member_obj[mid]
            if m is None:
                bm, bd, lunar, leap = self.birthday[mid]
                m = member_obj[mid] = _MemberView(id=mid, birth_month=bm, birth_day=bd, birthday_lunar=lunar,
                                             birthday_leap=leap, tier=tier_list[tier_idx[mid]].name)
            return m

        def slide(wins: list, sums: list[int], mid: int, t: int, delta: int) -> int:
            """Add *delta* at time t to member mid's rolling window; return its sum over the period ending at t."""
            win = wins[mid]
            if win is None:
                win = wins[mid] = deque()
            win.append((t, delta))
            s = sums[mid] + delta
            edge = t - qualify_secs
            while win and win[0][0] <= edge:
                s -= win.popleft()[1]
            sums[mid] = s
            return s

        def qualify(mid: int, t: int, delta: int) -> int:
            """Add a sale's (or return's) qualifying delta; return the value in the period ending at t."""
            return slide(window, window_sum, mid, t, delta)

        def post(mid: int, ts: str, delta: int, kind: str, reason: str, sid: int | None, clerk: int | None) -> int:
            """ledger.post_points: one entry (and its expiry lot when expiry is on)."""
            nonlocal pe_id
            pe_id += 1
            balance[mid] += delta
            points_rows.append((pe_id, mid, ts, delta, kind, reason, sid, clerk))
            if expiry_on and delta > 0 and kind in ("earn", "import", "referral", "bonus"):
                day = ts[:10]
                if day not in lot_dates:
                    from vipdesk.model.loyalty.ledger import expiry_date_for

                    exp = expiry_date_for(dt.datetime.fromisoformat(ts))
                    lot_dates[day] = exp.isoformat() if exp else None
                if lot_dates[day] is not None:
                    lot_rows.append((pe_id, mid, lot_dates[day]))
            return pe_id

        def l5_points(mid: int, t: int, q_points: int) -> int:
            """vouchers.l5_window_points: the year's qualifying points minus live conversions."""
            c = conv[mid]
            if c is None:
                return q_points
            edge = t - year_secs
            while c and c[0][0] <= edge:
                c.popleft()
            return q_points - step * len(c)

        def points_window(mid: int, t: int, delta: int) -> int:
            """qualifying_points when the tiers qualify by spend (else the tier window is it)."""
            return slide(pwin, pwin_sum, mid, t, delta)

        def next_code(t: int) -> str:
            d = t // DAY
            c = code_counter.get(d, 0) + 1
            code_counter[d] = c
            return f"Q{self.day_str[d][2:].replace('-', '')}{c:04d}"

        def auto_convert(mid: int, t: int, ts: str, sid: int, clerk: int, q_points: int) -> None:
            """vouchers.auto_convert after a sale's earning: every full step becomes a voucher."""
            nonlocal v_id
            while balance[mid] >= step and l5_points(mid, t, q_points) >= step:
                entry = post(mid, ts, -step, "convert", l5_reason, None, clerk)
                v_id += 1
                day = t // DAY
                expires = self.day_str[day + l5_days] if 0 <= day + l5_days < self.days else None
                if l5_days > 0 and expires is None:
                    expires = (self.start + dt.timedelta(days=day + l5_days)).isoformat()
                exp_t = (day + l5_days + 1) * DAY if l5_days > 0 else never_ends
                voucher_rows.append((v_id, next_code(t), mid, "points", l5_value, self.day_str[day],
                                     expires if l5_days > 0 else None, step, entry, None, sid, clerk, "", ts))
                vevent_rows.append((v_id, ts, "issue", None, 0, clerk, l5_reason))
                all_v.append((v_id, exp_t))
                c = conv[mid]
                if c is None:
                    c = conv[mid] = deque()
                c.append((t, v_id))
                ov = open_v[mid]
                if ov is None:
                    ov = open_v[mid] = []
                ov.append([v_id, exp_t, t, vrng.random() < 0.8, l5_value, step, voucher_rows[-1][1]])

        def still_open(mid: int, t: int) -> list[list]:
            """Her open vouchers at *t*; those past their date leave (the daily job expires them)."""
            ov = open_v[mid]
            if not ov:
                return []
            if any(v[1] <= t for v in ov):
                ov[:] = [v for v in ov if v[1] > t]
            return ov

        def do_return(t: int, info: tuple) -> None:
            """sales.record_return: exact shares back; points already spent cancel the open vouchers
            they became (policy cancel_voucher), what is still missing is kept from the refund."""
            nonlocal sale_id, line_id
            orig_id, orig_t, mid, clerk, tier_disc, lines = info
            sale_id += 1
            tno = ticket_no(t)
            ts = self.t_str(t)
            paid = pts = items = list_total = kept = 0
            for lid, code, cat, size, unit, qty, disc, amount, lpts, share, back in lines:
                a = (amount * back) // qty
                p = (lpts * back) // qty
                line_id += 1
                line_rows.append((line_id, sale_id, code, cat, size, unit, -back, disc, -a, -p, lid))
                paid -= a
                pts -= p
                kept += (share * back) // qty
                items -= back
                list_total -= unit * back
            sale_rows.append((sale_id, tno, mid or None, clerk, ts, "return", orig_id, list_total, paid, items,
                              tier_disc, pts, "", "demo", ts))
            self.n_returns += 1
            goods, back_pts = -paid, -pts
            withheld = offset = 0
            notes: list[str] = []
            if mid:
                qualify(mid, t, paid if by_spend else pts)
                if by_spend:
                    points_window(mid, t, pts)
                bal = balance[mid]
                if back_pts > bal and policy == "cancel_voucher":
                    gone = []
                    for v in sorted(still_open(mid, t), key=lambda v: (v[2], v[0])):
                        if back_pts <= bal:
                            break
                        if v[5] > 0 and v[2] >= orig_t:
                            gone.append(v)
                            bal += v[5]
                    for v in gone:
                        open_v[mid].remove(v)
                        ended[v[0]] = "cancel"
                        vevent_rows.append((v[0], ts, "cancel", sale_id, 0, clerk,
                                            tr("退货 小票 {t},积分已换成此券").format(t=tno)))
                        post(mid, ts, v[5], "voucher_cancel", tr("礼券 {code} 作废,退回积分").format(code=v[6]),
                             sale_id, clerk)
                        c = conv[mid]
                        if c is not None:
                            for x in list(c):
                                if x[1] == v[0]:
                                    c.remove(x)
                    if gone:
                        notes.append(tr("作废由积分换来的礼券:") + "、".join(v[6] for v in gone))
                withheld = max(0, back_pts - bal)
                offset = min(withheld * point_value, goods - kept)
                if withheld:
                    notes.append(tr("积分已用掉 {n} 分,退款扣减 {m} 分钱").format(n=withheld, m=offset))
                if back_pts - withheld:
                    post(mid, ts, -(back_pts - withheld), "reverse", tr("退货扣回积分 小票 {t}").format(t=tno),
                         sale_id, clerk)
            settle_rows.append((sale_id, -kept, 0, -(goods - kept - offset), offset, withheld, "; ".join(notes)[:250]))

        rules = tiers.tiers()  # read once: the rules do not change while the demo is built

        def tier_for(value: int) -> int:
            target = tier_cache.get(value)
            if target is None:
                target = tier_cache[value] = tier_by_name[tiers.tier_for_points(value, rules).name]
            return target

        def yearly_review(rt: int) -> None:
            """tiers.review on the review day: members below their tier move down."""
            ts = self.t_str(rt)
            edge = rt - qualify_secs
            for mid in range(1, n + 1):
                win = window[mid]
                if win is None:
                    continue
                s = window_sum[mid]
                while win and win[0][0] <= edge:
                    s -= win.popleft()[1]
                window_sum[mid] = s
                target = tier_for(s // 100 if by_spend else s)
                if tier_list[target].threshold < tier_list[tier_idx[mid]].threshold:
                    tier_rows.append((mid, ts, tier_list[tier_idx[mid]].name, tier_list[target].name,
                                      tr("年度复核降级")))
                    tier_idx[mid] = target
                    if member_obj[mid] is not None:
                        member_obj[mid].tier = tier_list[target].name

        reviews = self.review_times()
        never = now_t + DAY

        def advance(until: int) -> None:
            """Run the returns and yearly reviews that fall before *until*, in time order."""
            while True:
                next_return = returns[0][0] if returns else never
                next_review = reviews[0] if reviews else never
                if min(next_return, next_review) > until:
                    return
                if next_review <= next_return:
                    yearly_review(reviews.pop(0))
                else:
                    rt, _, info = heapq.heappop(returns)
                    do_return(rt, info)

        for t, mid, k in plan:
            if t > now_t:
                break
            advance(t)
            sale_id += 1
            tno = ticket_no(t)
            ts = self.t_str(t)
            day = t // DAY
            promo = self.promos[day]
            sale_date = self.start + dt.timedelta(days=day)
            styles = self.catalogue.styles(*_season_of(sale_date))
            season_cum = cat_cum[_season_of(sale_date)[1]]
            if mid:
                clerk = self.clerk[mid] if rng.random() < 0.7 else self.pick_staff()
                tier_disc = tier_list[tier_idx[mid]].discount
                when = base + dt.timedelta(seconds=t)
            else:
                clerk = self.pick_staff()
                tier_disc = 1000
            paid = pts_total = items = list_total = 0
            kept: list[tuple] = []
            drawn: list[tuple] = []
            for _ in range(k):
                cat_i = bisect.bisect(season_cum, rng.random() * season_cum[-1])
                code, unit, kind = rng.choice(styles[cat_i])
                names, cum = size_cum[kind]
                size = names[bisect.bisect(cum, rng.random() * cum[-1])] if len(names) > 1 else names[0]
                qty = 2 if rng.random() < (0.2 if kind == "free" else 0.04) else 1
                if promo is not None and rng.random() < 0.75:
                    disc = rng.choice(promo)
                elif rng.random() < 0.06:
                    disc = rng.choice((700, 800, 880))  # off-season rack
                else:
                    disc = 1000
                gross = unit * qty
                amount = _round_div(gross * disc * (tier_disc if disc >= on_top_min else 1000), 1_000_000)
                drawn.append((code, cat_i, size, unit, qty, disc, amount))
                paid += amount
            # Her vouchers pay part of it (record_sale(vouchers=...)): those she means to use, while
            # the ticket still covers a whole one; their share of each line earns no points.
            used: list[tuple[list, int]] = []
            left = paid
            if mid and open_v[mid]:
                for v in still_open(mid, t):
                    if v[3] and v[2] < t and left >= v[4]:
                        used.append((v, v[4]))
                        left -= v[4]
            voucher_amount = paid - left
            shares = allocate(voucher_amount, [d[6] for d in drawn]) if used else [0] * len(drawn)
            for (code, cat_i, size, unit, qty, disc, amount), share in zip(drawn, shares, strict=True):
                if not mid:
                    lpts = 0
                elif pass_member:
                    lpts = points_for_amount(amount - share, mid, when, member=member_of(mid))
                else:
                    lpts = points_for_amount(amount - share, mid, when)
                line_id += 1
                line_rows.append((line_id, sale_id, code, _CATEGORIES[cat_i][0], size, unit, qty, disc, amount,
                                  lpts, None))
                kept.append((line_id, code, _CATEGORIES[cat_i][0], size, unit, qty, disc, amount, lpts, share))
                pts_total += lpts
                items += qty
                list_total += unit * qty
            sale_rows.append((sale_id, tno, mid or None, clerk, ts, "sale", None, list_total, paid, items,
                              tier_disc, pts_total, "", "demo", ts))
            for v, amount in used:
                open_v[mid].remove(v)
                ended[v[0]] = "redeem"
                vevent_rows.append((v[0], ts, "redeem", sale_id, amount, clerk, tr("消费抵扣")))
            settle_rows.append((sale_id, voucher_amount, 0, left, 0, 0, ""))
            if mid:
                self.followups.append((t, mid, self.clerk[mid]))
                if pts_total > 0:
                    post(mid, ts, pts_total, "earn", f"消费积分 小票 {tno}", sale_id, clerk)
                # tiers.check_upgrade after every sale: up the moment a threshold is crossed, never down.
                q = qualify(mid, t, paid if by_spend else pts_total)
                target = tier_for(q // 100 if by_spend else q)
                if tier_list[target].threshold > tier_list[tier_idx[mid]].threshold:
                    tier_rows.append((mid, ts, tier_list[tier_idx[mid]].name, tier_list[target].name,
                                      tr("消费后积分达到升级标准")))
                    tier_idx[mid] = target
                    if member_obj[mid] is not None:
                        member_obj[mid].tier = tier_list[target].name
                if l5_on and balance[mid] >= step:
                    auto_convert(mid, t, ts, sale_id, clerk, points_window(mid, t, pts_total) if by_spend else q)
                elif l5_on and by_spend:
                    points_window(mid, t, pts_total)
                # L4: now and then she exchanges points for a small gift at the counter (stock allowing).
                if gifts and balance[mid] >= gifts[0][2] and vrng.random() < 0.004:
                    choice = [g for g in gifts if g[2] <= balance[mid] and gift_used.get(g[0], 0) < gift_stock[g[0]] // 2]
                    if choice:
                        gid, gname, gpts = vrng.choice(choice)
                        entry = post(mid, ts, -gpts, "redeem", tr("兑换礼品:") + gname, None, clerk)
                        gift_rows.append((mid, gid, gpts, entry, None, ts, clerk))
                        gift_used[gid] = gift_used.get(gid, 0) + 1
            # About 3% of tickets come back within two weeks, whole or in part.
            if rng.random() < 0.03:
                rt = t + rng.randint(1, 14) * DAY + rng.randint(-3 * 3600, 3 * 3600)
                if rt % DAY < 10 * 3600 or rt % DAY > 21 * 3600:
                    rt = rt // DAY * DAY + 15 * 3600 + rng.randrange(3600)
                if rt <= now_t:
                    if rng.random() < 0.3:
                        back = [(*line, line[5]) for line in kept]
                    else:
                        line = rng.choice(kept)
                        back = [(*line, rng.randint(1, line[5]))]
                    seq += 1
                    heapq.heappush(returns, (rt, seq, (sale_id, t, mid, clerk, tier_disc, back)))
            lines_done += k
            if len(line_rows) >= CHUNK:
                w.flush(*flush_order)
            if lines_done >= next_report:
                next_report += 20_000
                self.report(self.n + lines_done, self.total_work, tr("正在生成销售记录…"))
        advance(now_t)
        # The daily job (vouchers.expire_due) has expired every voucher past its date by today.
        expire_reason = tr("到期未使用")
        for vid, exp_t in all_v:
            if vid not in ended and exp_t <= now_t:
                vevent_rows.append((vid, self.t_str(exp_t // DAY * DAY), "expire", None, 0, None, expire_reason))
        w.flush(*flush_order)
        for gid, k in gift_used.items():
            db.execute_sql('UPDATE "gift" SET "stock" = "stock" - ? WHERE "id" = ?', (k, gid))
        # Tier changes in time order (enrolments and upgrades interleave).
        tier_rows.sort(key=lambda r: (r[1], r[0]))
        w.flush("tier")

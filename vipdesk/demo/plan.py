"""When the demo's tickets and visits happen: a stream in time order, generated day by day.

Why a stream (issue 14): the old plan held every ticket as a tuple (and the simulation every
follow-up), so memory grew with the number of sale lines.  Here only per-day counts (one int
a day) and the ticket sizes (one byte a ticket) are drawn up front; each day's tickets are
made when the simulation reaches that day, so a head-office build (10,000,000 lines) needs
no more Python objects than the shop's own.

The model: a ticket of a member on day d has weight activity(member) × traffic(d), for members
enrolled by then (ids are in enrolment order, so "enrolled by day d" is a prefix of the
cumulative activity array); most members enrolled inside the window paid for something while
enrolling (their first ticket); a quarter of the tickets are walk-ins, by traffic alone.
Visits without purchase (T4) follow activity + 0.2 the same way.
"""

from __future__ import annotations

import bisect
import random
from array import array
from collections.abc import Iterator

from vipdesk.demo.data import _HOUR_CUM, _HOUR_TOTAL, DAY, _accumulate, _time_of_day

# Lines per ticket: 1 (40%), 2 (30%), 3, 4, 5.
_LINE_CUM = list(_accumulate([40, 30, 17, 9, 4]))


class TicketPlan:
    """Mixin for the builder (reads enrol_t, activity, first_ticket, days, weights, now_t)."""

    def _counts_per_day(self, rng: random.Random, k: int, cum: list[float]) -> array:
        """How many of *k* events fall on each day, drawn by the cumulative day weights *cum*."""
        counts = array("l", bytes(8 * self.days))
        if k <= 0 or not cum or cum[-1] <= 0:
            return counts
        total, last = cum[-1], self.days - 1
        # The same k draws as one per event (day = bisect(cum, u), the last day taking the rest),
        # counted from the sorted draws with one bisection per day instead of one per event.
        r = rng.random
        drawn = sorted([r() * total for _ in range(k)])
        below = 0
        for d in range(last):
            upto = bisect.bisect_left(drawn, cum[d], below)  # draws u < cum[d] fall on day d or before
            counts[d] = upto - below
            below = upto
        counts[last] = k - below
        return counts

    def ticket_stream(self) -> Iterator[tuple[int, int, int]]:
        """(time, member id or 0, number of lines) of every ticket, and (time, member id, 0) of
        every visit without purchase, in time order."""
        rng, n, days = self.rng, self.n, self.days
        below = self.below  # rng.randint's own draw (data._below_of)
        last_day = days - 1
        sizes = bytearray()
        left = self.m
        r, bis, line_cum, line_total = rng.random, bisect.bisect, _LINE_CUM, _LINE_CUM[-1]
        while left >= 10:
            # left // 6 tickets (of at most 5 lines) cannot pass the end: drawn in one go, the same
            # draws as one at a time.
            batch = bytes([1 + bis(line_cum, r() * line_total) for _ in range(left // 6)])
            sizes += batch
            left -= sum(batch)
        while left > 0:
            k = min(left, 1 + bisect.bisect(_LINE_CUM, rng.random() * _LINE_CUM[-1]))
            sizes.append(k)
            left -= k
        self.n_tickets = len(sizes)
        n_walk = sum(1 for _ in range(len(sizes)) if rng.random() < 0.25)
        n_member = len(sizes) - n_walk
        first = self.first_ticket
        firsts = [mid for mid in range(1, n + 1) if first[mid]]
        if len(firsts) > n_member:  # a small demo: not every new member bought something
            for mid in firsts:
                first[mid] = 0
            for mid in rng.sample(firsts, n_member):
                first[mid] = 1
            firsts = firsts[:n_member]
        rest = n_member - len(firsts)
        del firsts
        enrol_t, activity = self.enrol_t, self.activity
        act = activity if any(activity) else array("d", [0.0] + [1.0] * n)
        act_cum = array("d", [0.0]) + array("d", _accumulate(act[1:]))
        # The same sums as lists for the draws' bisections: bisect over an array makes a float
        # object per comparison (~20 a draw, ~900,000 draws at benchmark size).
        act_list = act_cum.tolist()
        visit_cum = [a + 0.2 * i for i, a in enumerate(act_list)]
        # Members enrolled by the end of each day (a prefix of the ids).
        by_day = [bisect.bisect_left(enrol_t, (d + 1) * DAY, 1) - 1 for d in range(days)]
        w = self.weights
        walk_counts = self._counts_per_day(rng, n_walk, self.day_cum)
        member_counts = self._counts_per_day(
            rng, rest, list(_accumulate([w[d] * act_cum[by_day[d]] for d in range(days)])))
        n_visits = n_member // 8 + n // 20
        visit_counts = self._counts_per_day(
            rng, n_visits, list(_accumulate([w[d] * (act_cum[by_day[d]] + 0.2 * by_day[d]) for d in range(days)])))
        now_t = self.now_t
        # The day's events, sorted once a day (the order a heap would give, without a push and a pop
        # per ticket); a few belong to later days and wait in the list.
        pending: list[tuple[int, int, int]] = []
        push = pending.append
        size_i = 0
        bis = bisect.bisect
        first_mid = bisect.bisect_left(enrol_t, 0, 1)  # the first member enrolled inside the window
        for d in range(days):
            day_t = d * DAY
            k_d = by_day[d]
            # New members paying while they enrol.
            while first_mid <= n and enrol_t[first_mid] < day_t + DAY:
                mid = first_mid
                first_mid += 1
                if first[mid]:
                    t = enrol_t[mid] + 300 + below(1201)
                    push((t if t <= now_t else max(now_t - t % 3600 - 60, enrol_t[mid] + 60), mid,
                                sizes[size_i]))
                    size_i += 1
            for _ in range(walk_counts[d]):
                t = day_t + (10 + bis(_HOUR_CUM, r() * _HOUR_TOTAL)) * 3600 + int(r() * 3600)  # _time_of_day
                push((t if t <= now_t else max(now_t - t % 3600 - 60, 0), 0, sizes[size_i]))
                size_i += 1
            top = act_cum[k_d]
            for _ in range(member_counts[d]):
                mid = min(k_d, bis(act_list, rng.random() * top, 1, k_d + 1))
                et = enrol_t[mid]
                t = day_t + (10 + bis(_HOUR_CUM, r() * _HOUR_TOTAL)) * 3600 + int(r() * 3600)  # _time_of_day
                if t <= et:  # she enrolled later that day: she comes back after it, in opening hours
                    t = et + 1800 + below(4 * 3600 - 1800 + 1)
                    if t % DAY >= 22 * 3600:
                        t = (t // DAY + 1) * DAY + _time_of_day(rng)
                push((t if t <= now_t else max(now_t - t % 3600 - 60, et + 60), mid, sizes[size_i]))
                size_i += 1
            vtop = act_cum[k_d] + 0.2 * k_d
            for _ in range(visit_counts[d]):
                # Draw on activity + 0.2: the first member (1..k_d) whose cumulative weight passes u.
                lo = bis(visit_cum, rng.random() * vtop, 1, k_d) if k_d > 1 else 1
                t = day_t + (10 + bis(_HOUR_CUM, r() * _HOUR_TOTAL)) * 3600 + int(r() * 3600)  # _time_of_day
                t = max(t, enrol_t[lo] + 3600)
                if t <= now_t:
                    push((t, lo, 0))
            # Everything before tomorrow is final (tickets never move back by more than an hour,
            # and only on the last day, so the last two days are held until the end).
            if d < last_day - 1:
                pending.sort()
                cut = bisect.bisect_left(pending, (day_t + DAY,))
                yield from pending[:cut]
                del pending[:cut]
        pending.sort()
        yield from pending

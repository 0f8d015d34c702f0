"""Lapsing members (S8, S9, C16) and the stay-in-touch minimum (C11): dormant, churn, min-care."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from peewee import fn

from vipdesk.model.care import config
from vipdesk.model.care.base import (
    _CHUNK,
    _active,
    _Cand,
)
from vipdesk.model.care.tables import CareScan, CareTask
from vipdesk.model.store.db import db
from vipdesk.model.store.tables import Member, Sale
from vipdesk.text import tr

# --- lapsing members (S8, S9, C16)

def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    import calendar as _cal

    return dt.date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def _gen_dormant(d: dt.date) -> Iterable[_Cand]:
    for months in sorted({int(x) for x in config.get(config.DORMANT_MONTHS)}):
        approx = add_months(d, -months)
        sources = [x for x in (approx + dt.timedelta(days=k) for k in range(-3, 4)) if add_months(x, months) == d]
        if not sources:
            continue
        start = dt.datetime.combine(min(sources), dt.time())
        end = dt.datetime.combine(max(sources) + dt.timedelta(days=1), dt.time())
        q = Member.select(Member.id, Member.last_purchase).where(
            (Member.last_purchase >= start) & (Member.last_purchase < end) & _active())
        for m in q:
            yield _Cand("dormant", m.id, tr("已{n}个月没有购买(上次 {date})").format(
                n=months, date=m.last_purchase.date().isoformat()), ref=f"{months}m")


CHURN_MAX_GAP = 183  # days; someone who usually comes less often than this is not a regular


_churn_cache: dict[tuple[Any, ...], dict[dt.date, list[_Cand]]] = {}


def churn_between(start: dt.date, end: dt.date) -> dict[dt.date, list[_Cand]]:
    """Churn warnings whose crossing day falls in [start, end], in one query.

    The query groups each recent regular's sales, which is the costliest
    step of a scan, so the answer is cached until a sale is recorded or the
    settings change (the pane refreshes after every write).
    """
    factor = float(config.get(config.CHURN_FACTOR))
    min_n = max(int(config.get(config.CHURN_MIN_PURCHASES)), 2)
    version = Sale.select(fn.MAX(Sale.id), fn.COUNT(Sale.id)).tuples().get()
    key = (start, end, factor, min_n, version, db.database)
    if key in _churn_cache:
        return _churn_cache[key]
    sql = (
        "SELECT member_id, last, gap, date(last, '+' || (CAST(? * gap AS INTEGER) + 1) || ' days') AS cross FROM ("
        " SELECT s.member_id AS member_id, date(MAX(s.sold_at)) AS last, COUNT(*) AS n, "
        "  (julianday(date(MAX(s.sold_at))) - julianday(date(MIN(s.sold_at)))) / (COUNT(*) - 1) AS gap "
        " FROM member m JOIN sale s ON s.member_id = m.id "
        " WHERE m.status || '' = 'active' AND m.purchase_count >= ? AND m.last_purchase >= ? "
        "  AND m.last_purchase < ? AND s.kind = 'sale' "
        " GROUP BY s.member_id) "
        "WHERE n >= ? AND gap > 0 AND gap <= ? AND cross BETWEEN ? AND ?"
    )
    first = dt.datetime.combine(start, dt.time()) - dt.timedelta(days=int(factor * CHURN_MAX_GAP) + 1)
    last_ok = dt.datetime.combine(end, dt.time())
    out: dict[dt.date, list[_Cand]] = defaultdict(list)
    cur = db.execute_sql(sql, (factor, min_n, first, last_ok, min_n, CHURN_MAX_GAP, start.isoformat(),
                               end.isoformat()))
    for member_id, last, gap, cross in cur.fetchall():
        d = dt.date.fromisoformat(cross)
        out[d].append(_Cand("churn", member_id, tr("平时约{gap}天来一次,已{n}天没来(上次 {last})").format(
            gap=round(gap), n=(d - dt.date.fromisoformat(last)).days, last=last), ref=last))
    if len(_churn_cache) > 16:
        _churn_cache.clear()
    _churn_cache[key] = dict(out)
    return _churn_cache[key]


def _gen_churn(d: dt.date) -> Iterable[_Cand]:
    """A regular whose gap since her last purchase passes factor × her usual gap, on the day it does."""
    return list(churn_between(d, d).get(d, []))


def _gen_min_care(d: dt.date, exclude: set[int]) -> Iterable[_Cand]:
    """Members not in touch for longer than their care-plan interval (P4/C11: the most demanding rule
    that applies, at least every ``care.min_care_days``); a daily quota, oldest touch first."""
    from vipdesk.model.care import plan

    if CareScan.get_or_none(CareScan.day == d) is not None and CareTask.select().where(
            (CareTask.kind == "min_care") & (CareTask.due == d)).exists():
        return  # today's quota was already chosen; do not pick new members after each call
    limit = int(config.get(config.MIN_CARE_DAILY))
    if limit <= 0:
        return
    floor = plan.floor_rule()
    table = [r for r in plan.rules() if r.days < floor.days and (not r.months or d.month in r.months)]
    shortest = min([floor.days, *(r.days for r in table)])

    def stale(newest: int, newer_than: int | None, cap: int | None) -> list[tuple[int, str]]:
        """Members last touched at least *newest* days ago (and less than *newer_than*), oldest first."""
        cut = (d - dt.timedelta(days=newest)).isoformat()
        sql = (
            "WITH lc AS (SELECT member_id, MAX(at) AS at FROM contact GROUP BY member_id), "
            "t AS (SELECT m.id AS id, MAX(date(m.enrolled_on), COALESCE(date(lc.at), '0000-00-00'), "
            "  COALESCE(date(m.last_purchase), '0000-00-00')) AS touch "
            " FROM member m LEFT JOIN lc ON lc.member_id = m.id "
            " WHERE m.status || '' = 'active' AND date(m.enrolled_on) <= ? "
            "  AND (m.last_purchase IS NULL OR date(m.last_purchase) <= ?) "
            "  AND m.id NOT IN (SELECT member_id FROM care_task WHERE kind = 'min_care' AND status = 'open')) "
            "SELECT id, touch FROM t WHERE touch <= ?"
        )
        params: tuple[Any, ...] = (cut, cut, cut)
        if newer_than is not None:
            sql += " AND touch > ?"
            params += ((d - dt.timedelta(days=newer_than)).isoformat(),)
        sql += " ORDER BY touch, id"
        if cap is not None:
            sql += " LIMIT ?"
            params += (cap,)
        return [(mid, touch) for mid, touch in db.execute_sql(sql, params).fetchall() if mid not in exclude]

    # Everyone past the floor is due whatever rule applies, and they are the oldest touches: the
    # quota usually fills from them (one LIMITed query); only then are the members whose own,
    # more demanding rule makes them due looked at, 500 at a time.
    picked: list[tuple[int, str]] = stale(floor.days, None, limit + len(exclude))[:limit]
    if len(picked) < limit and shortest < floor.days:
        rows = stale(shortest, floor.days, None)
        for i in range(0, len(rows), _CHUNK):
            chunk = rows[i:i + _CHUNK]
            facts = plan.facts_for([mid for mid, _ in chunk], d)
            for member_id, touch in chunk:
                if (d - dt.date.fromisoformat(touch)).days >= plan.choose(facts[member_id], d, table, floor).rule.days:
                    picked.append((member_id, touch))
                    if len(picked) >= limit:
                        break
            if len(picked) >= limit:
                break
    facts = plan.facts_for([mid for mid, _ in picked], d) if table else {}
    for member_id, touch in picked:
        rule = plan.choose(facts[member_id], d, table, floor).rule if table else floor
        idle = (d - dt.date.fromisoformat(touch)).days
        reason = tr("已{n}天没有联系(上次 {date})").format(n=idle, date=touch)
        if rule.scope != "all":
            reason += tr(";关怀计划 {label}:每{d}天").format(label=rule.label, d=rule.days)
        yield _Cand("min_care", member_id, reason, extra={"主题": rule.theme, "channel": rule.channel, "计划": rule.label})




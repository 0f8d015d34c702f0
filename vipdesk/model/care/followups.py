"""Generators tied to something that happened: after a sale (C4), enrolment and referral (C9, C5),
a visit without purchase (C8), points about to expire (L4)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from vipdesk.model.care import config
from vipdesk.model.care.base import (
    _CHUNK,
    _active,
    _active_ids,
    _Cand,
    _day_bounds,
    _md,
    _sms_md,
)
from vipdesk.model.store.tables import Member, Sale, SaleLine, Visit
from vipdesk.text import tr

# --- after a sale (C4)

def _sales_on(d: dt.date) -> dict[int, list[Sale]]:
    start, end = _day_bounds(d)
    by_member: dict[int, list[Sale]] = defaultdict(list)
    q = (Sale.select(Sale.id, Sale.member, Sale.sold_at)
         .join(Member, on=(Sale.member == Member.id))
         .where((Sale.sold_at >= start) & (Sale.sold_at < end) & (Sale.kind == "sale") & _active())
         .order_by(Sale.sold_at))
    for s in q:
        by_member[s.member_id].append(s)
    return by_member


def _items_texts(sale_ids: list[int]) -> dict[int, str]:
    """Short "连衣裙(M)、风衣" per sale, in one query per 500 sales; _shown_item() shows one."""
    out: dict[int, list[str]] = defaultdict(list)
    for i in range(0, len(sale_ids), _CHUNK):
        q = (SaleLine.select(SaleLine.sale, SaleLine.category, SaleLine.style_code, SaleLine.size)
             .where(SaleLine.sale.in_(sale_ids[i:i + _CHUNK])).order_by(SaleLine.id).tuples())
        for sale_id, category, style, size in q:
            label = (category or style or "") + (f"({size})" if size else "")
            if label and label not in out[sale_id]:
                out[sale_id].append(label)
    return {k: "、".join(v) for k, v in out.items()}


def _shown_item(label: str) -> str:
    """"外套(160/84A)" in the app's language (English "Coat (160/84A)"); the message keeps the Chinese."""
    name, _, size = label.partition("(")
    return tr(name) + (tr("({size})").format(size=size[:-1]) if size else "")


def _gen_after_sale(kind: str, days: int, d: dt.date) -> Iterable[_Cand]:
    bought = d - dt.timedelta(days=days)
    sales = _sales_on(bought)
    texts = _items_texts([s.id for ss in sales.values() for s in ss])
    wins = config.windows()
    window = wins[0] if kind == "revisit" and wins else ""
    for member_id, ss in sales.items():
        ids = [s.id for s in ss]
        labels: list[str] = []
        for sid in ids:
            for label in (texts.get(sid) or "").split("、"):
                if label and label not in labels:
                    labels.append(label)
        items = "、".join(labels[:3]) or "衣服"  # for the SMS, Chinese
        shown = tr("、").join(map(_shown_item, labels[:3])) or tr("衣服")
        reason = tr("{date}购买了{items}(第{n}天)").format(date=_md(bought), items=shown, n=days)
        yield _Cand(kind, member_id, reason, ref=str(ids[0]), extra={"日期": _sms_md(bought), "购买": items},
                    window=window)


def _gen_followup(d: dt.date) -> Iterable[_Cand]:
    return _gen_after_sale("followup", int(config.get(config.FOLLOWUP_DAYS)), d)


def _gen_revisit(d: dt.date) -> Iterable[_Cand]:
    return _gen_after_sale("revisit", int(config.get(config.REVISIT_DAYS)), d)


# --- enrolment, referral (C9, C5), visits (C8)

def _not_imported() -> Any:
    """Members created by a member import are old customers, not new ones: no welcome,
    no referral thanks or follow-up (an import of 100,000 would flood the list)."""
    from vipdesk.model.importing.members_records import was_imported  # not members_import: openpyxl

    return ~was_imported(Member.id)


def _gen_welcome(d: dt.date) -> Iterable[_Cand]:
    for m in Member.select(Member.id).where((Member.enrolled_on == d) & _active() & _not_imported()):
        yield _Cand("welcome", m.id, tr("{date}新入会").format(date=_md(d)))


def _gen_referral_thanks(d: dt.date) -> Iterable[_Cand]:
    Referrer = Member.alias()
    q = (Member.select(Member.id, Member.name, Member.referred_by)
         .join(Referrer, on=(Member.referred_by == Referrer.id))
         .where((Member.enrolled_on == d) & (Referrer.status == "active") & _not_imported()))
    for m in q:
        yield _Cand("referral_thanks", m.referred_by_id, tr("介绍了新会员{name}").format(name=m.name),
                    ref=str(m.id), extra={"新会员": m.name})


def _gen_referral_followup(d: dt.date) -> Iterable[_Cand]:
    n = int(config.get(config.REFERRAL_FOLLOWUP_DAYS))
    q = Member.select(Member.id).where((Member.enrolled_on == d - dt.timedelta(days=n))
                                       & Member.referred_by.is_null(False) & _active() & _not_imported())
    for m in q:
        yield _Cand("referral_followup", m.id, tr("经老会员介绍入会第{n}天").format(n=n))


def _gen_visit_thanks(d: dt.date) -> Iterable[_Cand]:
    late = int(config.get(config.VISIT_LATE_HOUR))
    wins = config.windows()
    start, end = _day_bounds(d)
    cut_today = start + dt.timedelta(hours=late)
    cut_yday = cut_today - dt.timedelta(days=1)
    q = (Visit.select(Visit.id, Visit.member, Visit.visited_at)
         .join(Member, on=(Visit.member == Member.id))
         .where((Visit.visited_at >= cut_yday) & (Visit.visited_at < cut_today) & _active())
         .order_by(Visit.visited_at))
    visits = list(q)
    bought: set[tuple[int, dt.date]] = set()
    if visits:
        ids = sorted({v.member_id for v in visits})
        for i in range(0, len(ids), _CHUNK):
            for member_id, sold_at in (Sale.select(Sale.member, Sale.sold_at)
                                       .where((Sale.sold_at >= start - dt.timedelta(days=1)) & (Sale.sold_at < end)
                                              & (Sale.kind == "sale") & Sale.member.in_(ids[i:i + _CHUNK])).tuples()):
                if isinstance(sold_at, str):
                    sold_at = dt.datetime.fromisoformat(sold_at)
                bought.add((member_id, sold_at.date()))
    seen: set[int] = set()
    for v in visits:
        vday = v.visited_at.date()
        if v.member_id in seen or (v.member_id, vday) in bought:
            continue  # she bought that day after all: the after-sale follow-up covers her
        seen.add(v.member_id)
        late_visit = vday < d
        window = (wins[0] if late_visit else wins[-1]) if wins else ""
        reason = tr("{date}晚上到店未购买").format(date=_md(vday)) if late_visit else tr("今天到店未购买")
        yield _Cand("visit_thanks", v.member_id, reason, ref=str(v.id), window=window)


# --- points about to expire (L4, issue 4)

def _gen_points_expiry(d: dt.date) -> Iterable[_Cand]:
    """Points that expire N days from *d* ("300 积分 12月31日到期"), once per expiry date;
    nothing while the shop has points expiry off."""
    from vipdesk.model.loyalty import config as loyalty_config
    from vipdesk.model.loyalty.ledger import expiry_forecast
    from vipdesk.model.loyalty.tables import PointsLot

    if not loyalty_config.get(loyalty_config.EXPIRY_ENABLED.key):
        return
    lead = max(int(config.get(config.POINTS_EXPIRY_LEAD)), 0)
    target = d + dt.timedelta(days=lead)
    ids = [r[0] for r in PointsLot.select(PointsLot.member).where(PointsLot.expires_on == target)
           .distinct().tuples()]
    for member_id in sorted(_active_ids(ids)):
        # the ledger's own allocation: points already spent or expired earlier are not counted
        points = dict(expiry_forecast(member_id, d)).get(target, 0)
        if points > 0:
            yield _Cand("points_expiry", member_id, tr("{n} 积分将于 {date} 到期").format(n=points, date=_md(target)),
                        ref=target.isoformat(), extra={"到期积分": points, "日期": _sms_md(target)})



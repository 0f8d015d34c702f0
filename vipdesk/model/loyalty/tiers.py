"""Tiers (L1, L9): a configurable list; the owner chooses whether thresholds count
points earned in the qualifying period or spend (yuan) in it.  Qualification
counts what sales earned (net of returns) plus referral/imported points — never
the spendable balance — so redeeming or converting points never demotes.

Upgrades happen the moment a threshold is crossed; the yearly review may
downgrade (optionally after a grace period); a member's tier can be locked;
every change lands in TierChange with its reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from vipdesk.model.errors import ValidationError
from vipdesk.model.loyalty import config, window
from vipdesk.model.store import settings
from vipdesk.model.store.db import db, transaction
from vipdesk.model.store.tables import AuditLog, Member, TierChange, now
from vipdesk.text import tr, tr_noop, untr

# Seeds [003]: 普卡 < 3000, 银卡 3000–6000, 金卡 > 6000 points; [004]: 普卡、金卡、钻石卡 get
# 9.5 / 9 / 8.5 折 (银卡 has no seed discount: it keeps 9折 and 金卡 adds service benefits).  钻石卡's threshold is
# not in the seeds: 12000 is a starting point the owner sets in 会员等级.
DEFAULT_TIERS = tr_noop([
    {"name": "普卡", "threshold": 0, "discount": 950, "benefits": "全场9.5折,生日月双倍积分"},
    {"name": "银卡", "threshold": 3000, "discount": 900, "benefits": "全场9折,生日礼券"},
    {"name": "金卡", "threshold": 6000, "discount": 900, "benefits": "全场9折,生日礼券,专属导购,VIP专场邀请"},
    {"name": "钻石卡", "threshold": 12000, "discount": 850, "benefits": "全场8.5折,专属导购,VIP专场邀请,年度答谢会"},
])
# Other default names a shop is offered; names the owner typed have no translation and show as typed.
_DEFAULT_NAMES = tr_noop(("钻石卡", "白金卡"))


def tier_display(name: str) -> str:
    """A tier name (or benefits text) as shown: the defaults in the language in effect, the rest as typed."""
    return tr(name) if name else name


def tier_stored(shown: str) -> str:
    """What an edited tier name/benefits cell stores: a shown default goes back to its Chinese."""
    defaults = [*_DEFAULT_NAMES, *(t[k] for t in DEFAULT_TIERS for k in ("name", "benefits"))]
    return untr(shown, defaults)


TIERS = settings.declare("loyalty.tiers", DEFAULT_TIERS, "会员等级", "等级积分")
# L1 [004] "特价8折以上产品享受折上再打相应折扣": the tier discount comes on top of a line's own
# discount only while that discount is no deeper than this (800 = 8折); 0 = always on top.
ON_TOP_MIN = settings.declare("loyalty.tier_on_top_min_discount", 800, "会员折上折:特价不低于几折才再打会员折扣",
                              "等级积分", "默认 800 = 特价 8折及以上的商品再打会员折扣;更低的特价不再打;0 = 一律折上折")
QUALIFY_DAYS = settings.declare("loyalty.qualify_days", 365, "升级计算周期(天)", "等级积分")
# Ledger kinds that count towards a tier besides what sales earned.
QUALIFYING_KINDS = window.QUALIFYING_KINDS
BASES = {"points": "积分", "spend": "消费金额(元)"}


class MemberRules(Protocol):
    """What the tier rules read of a member at a sale (``sales.facts.MemberFacts``)."""

    id: int
    tier: str
    tier_locked: bool
    grace_pending: bool


@dataclass(frozen=True)
class Tier:
    name: str
    threshold: int  # points, or yuan when the basis is spend
    discount: int  # per-mille, 950 = 9.5折
    benefits: str = ""


@dataclass(frozen=True)
class Move:
    """One member's tier change, proposed (preview/review) or made."""

    member_id: int
    name: str
    old: str
    new: str
    value: int  # qualifying points or yuan
    up: bool


def validate_rules(rows: list[dict]) -> list[Tier]:
    """The owner's tier list, checked: names unique, one tier from 0, discounts 0.1–10折."""
    if not rows:
        raise ValidationError(tr("会员等级"), tr("至少要有一个等级"))
    out, names = [], set()
    for n, r in enumerate(rows, 1):
        where = tr("第 {n} 个等级").format(n=n)
        name = str(r.get("name", "")).strip()
        if not name:
            raise ValidationError(where, tr("请填写等级名称"))
        if name in names:
            raise ValidationError(where, tr("等级名称重复:") + name)
        names.add(name)
        threshold, discount = r.get("threshold"), r.get("discount")
        if not isinstance(threshold, int) or threshold < 0:
            raise ValidationError(where, tr("门槛应为不小于 0 的整数"))
        if not isinstance(discount, int) or not 100 <= discount <= 1000:
            raise ValidationError(where, tr("折扣应在 1折(100) 到 不打折(1000) 之间"))
        out.append(Tier(name, threshold, discount, str(r.get("benefits", "")).strip()))
    out.sort(key=lambda t: t.threshold)
    if out[0].threshold != 0:
        raise ValidationError(tr("会员等级"), tr("最低等级的门槛必须是 0"))
    if len({t.threshold for t in out}) != len(out):
        raise ValidationError(tr("会员等级"), tr("两个等级的门槛不能相同"))
    return out


_tiers_memo: tuple[str | None, tuple[Tier, ...]] | None = None


def tiers() -> list[Tier]:
    """The tier rules, lowest first.  A sale asks several times: the (frozen) tiers are parsed
    again only when the stored text changed (issue 14)."""
    global _tiers_memo
    text = settings.stored_json(TIERS.key)
    if _tiers_memo is None or _tiers_memo[0] != text:
        rows = sorted(config.get(TIERS.key), key=lambda t: t["threshold"])
        _tiers_memo = (text, tuple(Tier(r["name"], int(r["threshold"]), int(r["discount"]), r.get("benefits", ""))
                                   for r in rows))
    return list(_tiers_memo[1])


def basis() -> str:
    b = config.get(config.TIER_BASIS.key)
    return b if b in BASES else "points"


def tier_named(name: str) -> Tier | None:
    return next((t for t in tiers() if t.name == name), None)


def tier_for_points(points: int, rules: list[Tier] | None = None) -> Tier:
    """The tier a qualifying value (points or yuan, per the basis) reaches."""
    rules = rules or tiers()
    chosen = rules[0]
    for t in rules:
        if points >= t.threshold:
            chosen = t
    return chosen


def next_tier(value: int) -> tuple[Tier | None, int]:
    """The next tier above *value* and how much is missing (None, 0 at the top)."""
    for t in tiers():
        if t.threshold > value:
            return t, t.threshold - value
    return None, 0


def _since(on: dt.datetime) -> dt.datetime:
    return on - dt.timedelta(days=int(config.get(QUALIFY_DAYS.key)))


def _window(on: dt.datetime | None) -> tuple[str, str]:
    on = on or now()
    return _since(on).strftime("%Y-%m-%d %H:%M:%S"), on.strftime("%Y-%m-%d %H:%M:%S")


def qualifying_points(member_id: int, on: dt.datetime | None = None) -> int:
    """Points earned in the qualifying period: sales' points net of returns, plus referral/imported points.
    Inside a write transaction from the incrementally kept window sums (``window``, issue 14)."""
    since, until = _window(on)
    points, _paid, extra = window.sums(member_id, since, until, int(config.get(QUALIFY_DAYS.key)))
    return points + extra


def qualifying_spend_yuan(member_id: int, on: dt.datetime | None = None) -> int:
    since, until = _window(on)
    return window.sums(member_id, since, until, int(config.get(QUALIFY_DAYS.key)))[1] // 100


def qualifying_value(member_id: int, on: dt.datetime | None = None, basis_: str | None = None) -> int:
    if (basis_ or basis()) == "spend":
        return qualifying_spend_yuan(member_id, on)
    return qualifying_points(member_id, on)


def all_qualifying_values(on: dt.datetime | None = None, basis_: str | None = None) -> dict[int, int]:
    """member id → qualifying value for every member, in two set-based queries (preview, review)."""
    on = on or now()
    since, until = _since(on).strftime("%Y-%m-%d %H:%M:%S"), on.strftime("%Y-%m-%d %H:%M:%S")
    b = basis_ or basis()
    out: dict[int, int] = {}
    col = "SUM(paid)" if b == "spend" else "SUM(points)"
    for mid, v in db.execute_sql(
            f"SELECT member_id, {col} FROM sale WHERE member_id IS NOT NULL AND sold_at > ? AND sold_at <= ?"
            " GROUP BY member_id", (since, until)).fetchall():
        out[mid] = int(v or 0) // 100 if b == "spend" else int(v or 0)
    if b == "points":
        marks = ",".join("?" * len(QUALIFYING_KINDS))
        for mid, v in db.execute_sql(
                f"SELECT member_id, SUM(delta) FROM points_entry WHERE kind IN ({marks}) AND at > ? AND at <= ?"
                " GROUP BY member_id", (*QUALIFYING_KINDS, since, until)).fetchall():
            out[mid] = out.get(mid, 0) + int(v or 0)
    return out


def discount_for(member: Member | None) -> int:
    if member is None:
        return 1000
    t = tier_named(member.tier) or tiers()[0]
    return t.discount


def line_tier_discount(line_discount: int, tier_discount: int, on_top_min: int | None = None) -> int:
    """The tier discount a line gets (L1): on top of its own discount, unless the line is
    already on a special price deeper than the owner's floor (then 1000 = none)."""
    floor = int(config.get(ON_TOP_MIN.key)) if on_top_min is None else on_top_min
    return tier_discount if line_discount >= floor else 1000


def is_locked(member_id: int) -> bool:
    row = db.execute_sql("SELECT locked FROM tier_state WHERE member_id = ?", (member_id,)).fetchone()
    return bool(row and row[0])


def set_tier(member_id: int, new_tier: str, reason: str, at: dt.datetime | None = None) -> None:
    with transaction():
        old = _tier_of(member_id)
        if old == new_tier:
            return
        TierChange.create(member=member_id, old_tier=old, new_tier=new_tier, reason=reason, at=at or now())
        Member.update(tier=new_tier).where(Member.id == member_id).execute()


def _tier_of(member_id: int) -> str:
    row = db.execute_sql("SELECT tier FROM member WHERE id = ?", (member_id,)).fetchone()
    if row is None:
        raise Member.DoesNotExist(member_id)
    return row[0] or ""


def _clear_grace(member_id: int) -> None:

    db.execute_sql("UPDATE tier_state SET grace_until = NULL, grace_target = '' WHERE member_id = ?"
                   " AND grace_until IS NOT NULL", (member_id,))


def check_upgrade(member_id: int, reason: str = "积分达到升级标准", at: dt.datetime | None = None) -> str | None:
    """Upgrade the moment a threshold is crossed; never downgrades (that is the yearly review)."""
    current = tier_named(_tier_of(member_id))
    if current is not None and is_locked(member_id):
        return None
    value = qualifying_value(member_id, at)
    target = tier_for_points(value)
    if current is not None and value >= current.threshold:
        _clear_grace(member_id)
    if current is None or target.threshold > current.threshold:
        set_tier(member_id, target.name, reason if current is not None else tr("入会"), at)
        _clear_grace(member_id)
        return target.name
    return None


class QualifyingOnce:
    """A member's qualifying points at *on*, read at most once and only if a rule asks (issue 14:
    a sale's tier check and its L5 window share one read, and neither reads it when it cannot matter).
    Valid while nothing writes her sales or her qualifying ledger kinds."""

    def __init__(self, member_id: int, on: dt.datetime) -> None:
        self.member_id, self.on = member_id, on
        self._value: int | None = None

    def __call__(self) -> int:
        if self._value is None:
            self._value = qualifying_points(self.member_id, self.on)
        return self._value


def upgrade_after_sale(member: MemberRules, reason: str, at: dt.datetime,
                       qualifying: QualifyingOnce | None = None) -> str | None:
    """``check_upgrade`` for the member of a sale just recorded, from the tier, lock and grace
    read with the sale (``sales.facts``), so nothing is read twice.  Same outcome: a tier at the
    top of the rules with no grace running cannot change, so her qualifying value is not read."""
    current = tier_named(member.tier)
    if current is not None and member.tier_locked:
        return None
    rules = tiers()
    if current is not None and not member.grace_pending and all(t.threshold <= current.threshold for t in rules):
        return None
    if basis() == "spend":
        value = qualifying_spend_yuan(member.id, at)
    else:
        value = qualifying() if qualifying is not None else qualifying_points(member.id, at)
    target = tier_for_points(value, rules)
    grace = member.grace_pending  # _clear_grace changes nothing when none is running
    if grace and current is not None and value >= current.threshold:
        _clear_grace(member.id)
        grace = False
    if current is None or target.threshold > current.threshold:
        set_tier(member.id, target.name, reason if current is not None else tr("入会"), at)
        if grace:
            _clear_grace(member.id)
        return target.name
    return None


def upgrade_preview(member: Member, added_points: int, added_paid: int, when: dt.datetime) -> str | None:
    """The tier a sale not yet recorded would lift the member to (shown before confirming)."""
    if is_locked(member.id) and tier_named(member.tier) is not None:
        return None
    if basis() == "spend":
        future = (qualifying_spend_yuan(member.id, when) * 100 + added_paid) // 100
    else:
        future = qualifying_points(member.id, when) + added_points
    target = tier_for_points(future)
    current = tier_named(member.tier)
    if current is None or target.threshold > current.threshold:
        return target.name
    return None


def lock(member_id: int, locked: bool, reason: str = "", clerk: str = "") -> None:
    """Lock a member's tier (no automatic up/downgrade), or unlock it."""
    from vipdesk.model.loyalty.tables import TierState

    if locked and not (reason or "").strip():
        raise ValidationError(tr("锁定原因"), tr("请填写锁定等级的原因"))
    with transaction():
        Member.get_by_id(member_id)
        TierState.insert(member=member_id, locked=locked, lock_reason=(reason or "").strip()).on_conflict(
            conflict_target=[TierState.member],
            update={TierState.locked: locked, TierState.lock_reason: (reason or "").strip()}).execute()
        AuditLog.create(clerk=clerk, action="tier_lock" if locked else "tier_unlock", count=1,
                        detail=f"member={member_id} {reason}".strip())


def history(member_id: int) -> list[TierChange]:
    return list(TierChange.select().where(TierChange.member == member_id).order_by(TierChange.at, TierChange.id))


def _moves(rules: list[Tier], basis_: str, on: dt.datetime, downgrades: bool = True) -> list[Move]:
    from vipdesk.model.loyalty.tables import TierState

    values = all_qualifying_values(on, basis_)
    locked = {r[0] for r in TierState.select(TierState.member).where(TierState.locked == True).tuples()}  # noqa: E712
    order = {t.name: i for i, t in enumerate(rules)}
    moves = []
    for mid, name, cur in Member.select(Member.id, Member.name, Member.tier).where(
            Member.status != "anonymised").tuples():
        if mid in locked and cur in order:
            continue
        value = values.get(mid, 0)
        target = tier_for_points(value, rules)
        if cur not in order:
            moves.append(Move(mid, name, cur, target.name, value, True))
        elif order[target.name] > order[cur]:
            moves.append(Move(mid, name, cur, target.name, value, True))
        elif downgrades and order[target.name] < order[cur]:
            moves.append(Move(mid, name, cur, target.name, value, False))
    return moves


def preview_rules(rows: list[dict], basis_: str = "points", on: dt.datetime | None = None) -> list[Move]:
    """Who would move up or down under new tier rules — shown before the owner saves them."""
    if basis_ not in BASES:
        raise ValidationError(tr("等级依据"), tr("未知的等级依据"))
    return _moves(validate_rules(rows), basis_, on or now())


def save_rules(rows: list[dict], basis_: str = "points", *, apply_downgrades: bool = False,
               on: dt.datetime | None = None) -> list[Move]:
    """Save new tier rules; upgrades apply at once, downgrades only if the owner asked
    (otherwise they wait for the yearly review).  Returns the moves made."""
    rules = validate_rules(rows)
    if basis_ not in BASES:
        raise ValidationError(tr("等级依据"), tr("未知的等级依据"))
    on = on or now()
    with transaction():
        old_names = {t.name for t in tiers()}
        settings.put(TIERS.key, [{"name": t.name, "threshold": t.threshold, "discount": t.discount,
                                  "benefits": t.benefits} for t in rules])
        settings.put(config.TIER_BASIS.key, basis_)
        done = []
        for m in _moves(rules, basis_, on):
            if m.up or apply_downgrades or m.old not in {t.name for t in rules}:
                reason = tr("等级规则调整") if m.old in old_names or not m.old else tr("等级规则调整(原等级已取消)")
                set_tier(m.member_id, m.new, reason, on)
                done.append(m)
        return done


def review(on: dt.date | None = None, *, apply: bool = True) -> list[Move]:
    """Yearly review (L9): members below their tier move down — after the grace period
    if one is set (the first review starts it; a later one, once it has run out, applies it)."""
    from vipdesk.model.loyalty.tables import TierState

    on = on or dt.date.today()
    when = dt.datetime.combine(on, dt.time(0, 0))
    grace = int(config.get(config.GRACE_DAYS.key))
    moves = [m for m in _moves(tiers(), basis(), when) if not m.up]
    if not apply:
        return moves
    done = []
    with transaction():
        for m in moves:
            st = TierState.get_or_none(TierState.member == m.member_id)
            if grace > 0 and (st is None or st.grace_until is None):
                TierState.insert(member=m.member_id, grace_until=on + dt.timedelta(days=grace),
                                 grace_target=m.new).on_conflict(
                    conflict_target=[TierState.member],
                    update={TierState.grace_until: on + dt.timedelta(days=grace),
                            TierState.grace_target: m.new}).execute()
                continue
            if st is not None and st.grace_until is not None and st.grace_until > on:
                continue
            set_tier(m.member_id, m.new, tr("年度复核降级"), when)
            _clear_grace(m.member_id)
            done.append(m)
    return done


def grace_due(on: dt.date | None = None) -> list[Move]:
    """Downgrades whose grace period has run out and that still fall short; applies them."""
    from vipdesk.model.loyalty.tables import TierState

    on = on or dt.date.today()
    when = dt.datetime.combine(on, dt.time(0, 0))
    done = []
    due = [r.member_id for r in TierState.select().where(TierState.grace_until.is_null(False)
                                                         & (TierState.grace_until <= on))]
    with transaction():
        for mid in due:
            member = Member.get_by_id(mid)
            value = qualifying_value(mid, when)
            target = tier_for_points(value)
            current = tier_named(member.tier)
            if current is not None and target.threshold < current.threshold and not is_locked(mid):
                set_tier(mid, target.name, tr("宽限期结束降级"), when)
                done.append(Move(mid, member.name, member.tier, target.name, value, False))
            _clear_grace(mid)
    return done

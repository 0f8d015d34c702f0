"""One member's loyalty at a glance — for ``vipdesk member X --json``, the detail
pane's 积分 tab and the reminder texts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vipdesk.model.loyalty import ledger, stored_value, tiers, vouchers
from vipdesk.model.loyalty.tables import TierState
from vipdesk.model.store.tables import Member


def _iso(v: object) -> str | None:
    if v is None:
        return None
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat(sep=" ") if isinstance(v, dt.datetime) else v.isoformat()
    return str(v)


def member_loyalty(member_id: int, today: dt.date | None = None) -> dict[str, Any]:
    """tier, points, open vouchers (value and expiry), tier history, expiry forecast, stored value."""
    today = today or dt.date.today()
    m = Member.get_by_id(member_id)
    t = tiers.tier_named(m.tier)
    value = tiers.qualifying_value(member_id)
    nxt, missing = tiers.next_tier(max(value, t.threshold if t else 0))
    if nxt is not None:
        missing = nxt.threshold - value
    st = TierState.get_or_none(TierState.member == member_id)
    return {
        "tier": m.tier,
        "tier_discount": t.discount if t else 1000,
        "tier_benefits": t.benefits if t else "",
        "tier_locked": bool(st and st.locked),
        "tier_lock_reason": st.lock_reason if st and st.locked else "",
        "grace_until": _iso(st.grace_until) if st and st.grace_until else None,
        "tier_basis": tiers.basis(),
        "qualifying": value,
        "next_tier": nxt.name if nxt else None,
        "to_next_tier": missing,
        "points": ledger.balance(member_id),
        "points_expiring": [{"date": d.isoformat(), "points": p} for d, p in ledger.expiry_forecast(member_id, today)],
        "vouchers": [v.to_json() for v in vouchers.member_vouchers(member_id, open_only=True)],
        "stored_value_fen": stored_value.balance(member_id),
        "tier_history": [{"at": _iso(c.at), "old": c.old_tier, "new": c.new_tier, "reason": c.reason}
                         for c in tiers.history(member_id)],
    }

"""Vouchers (代金券, L5–L7): issued, redeemed at a sale, expired or cancelled.

A voucher row is written once; what happens to it is appended as
VoucherEvent rows ("issue", then at most one of "redeem" / "expire" /
"cancel" — the database refuses a second).  A voucher made from points (L5,
or a gift that includes a 现金券) remembers the points it cost, so cancelling
it gives them back as a new ledger entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from peewee import IntegrityError, fn

from vipdesk.model.errors import NotFound, ValidationError
from vipdesk.model.loyalty import config
from vipdesk.model.loyalty.ledger import balance, post_points
from vipdesk.model.loyalty.tables import Voucher, VoucherEvent
from vipdesk.model.store.db import db, transaction
from vipdesk.model.store.tables import PointsEntry, Sale, now
from vipdesk.text import tr, tr_noop

KINDS = tr_noop({"points": "积分换券", "birthday": "生日礼券", "season": "季度前列礼券", "gift": "兑换礼品券",
         "manual": "手工发券"})
STATES = tr_noop({"open": "可用", "redeem": "已使用", "expire": "已过期", "cancel": "已作废"})


@dataclass(frozen=True)
class VoucherInfo:
    id: int
    code: str
    member_id: int
    kind: str
    value: int  # fen
    valid_from: dt.date
    expires_on: dt.date | None
    state: str  # open / redeem / expire / cancel
    points_cost: int
    note: str = ""

    @property
    def kind_text(self) -> str:
        return tr(KINDS.get(self.kind, self.kind))

    @property
    def state_text(self) -> str:
        return tr(STATES.get(self.state, self.state))

    def to_json(self) -> dict:
        return {"id": self.id, "code": self.code, "kind": self.kind, "kind_text": self.kind_text,
                "value_fen": self.value, "value": f"{self.value / 100:.2f}",
                "valid_from": self.valid_from.isoformat(),
                "expires_on": self.expires_on.isoformat() if self.expires_on else None,
                "state": self.state, "state_text": self.state_text}


def _date(v: object) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v  # type: ignore[return-value]
    return dt.date.fromisoformat(str(v)[:10])


def _info(v: Voucher, state: str) -> VoucherInfo:
    return VoucherInfo(v.id, v.code, v.member_id, v.kind, v.value, _date(v.valid_from), _date(v.expires_on),
                       state, v.points_cost, v.note)


def _states(ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    out = {i: "open" for i in ids}
    q = VoucherEvent.select(VoucherEvent.voucher, VoucherEvent.kind).where(
        VoucherEvent.voucher.in_(ids) & (VoucherEvent.kind != "issue")).tuples()
    for vid, kind in q:
        out[vid] = kind
    return out


def state_of(voucher_id: int) -> str:
    return _states([voucher_id]).get(voucher_id, "open")


def get(voucher_id: int) -> VoucherInfo:
    v = Voucher.get_or_none(Voucher.id == voucher_id)
    if v is None:
        raise NotFound(tr("找不到礼券 #{id}").format(id=voucher_id))
    return _info(v, state_of(voucher_id))


def by_code(code: str) -> VoucherInfo:
    v = Voucher.get_or_none(Voucher.code == (code or "").strip().upper())
    if v is None:
        raise NotFound(tr("找不到礼券:") + (code or ""))
    return _info(v, state_of(v.id))


def member_vouchers(member_id: int, *, open_only: bool = False) -> list[VoucherInfo]:
    q = Voucher.select().where(Voucher.member == member_id)
    if open_only:  # at every sale: only her open vouchers, not every one she ever had (issue 14)
        ended = VoucherEvent.select(VoucherEvent.id).where(
            (VoucherEvent.voucher == Voucher.id) & (VoucherEvent.kind != "issue"))
        rows = list(q.where(~fn.EXISTS(ended)).order_by(Voucher.created_at.desc(), Voucher.id.desc()))
        return [_info(v, "open") for v in rows]
    rows = list(q.order_by(Voucher.created_at.desc(), Voucher.id.desc()))
    states = _states([v.id for v in rows])
    out = [_info(v, states[v.id]) for v in rows]
    return [v for v in out if v.state == "open"] if open_only else out


def all_vouchers(state: str | None = None, limit: int = 2000) -> list[VoucherInfo]:
    """Newest first, for the voucher list window."""
    rows = list(Voucher.select().order_by(Voucher.id.desc()).limit(limit))
    states = _states([v.id for v in rows])
    out = [_info(v, states[v.id]) for v in rows]
    return [v for v in out if state is None or v.state == state]


def _next_code(day: dt.date) -> str:
    prefix = f"Q{day:%y%m%d}"
    # Longest first: after 9999 codes in a day "Q…10000" sorts below "Q…9999" as text.
    last = (Voucher.select(Voucher.code).where((Voucher.code >= prefix) & (Voucher.code < prefix + "\uffff"))
            .order_by(fn.LENGTH(Voucher.code).desc(), Voucher.code.desc()).limit(1).scalar())
    n = int(last[len(prefix):]) + 1 if last and last[len(prefix):].isdigit() else 1
    return f"{prefix}{n:04d}"


def issue(member_id: int, kind: str, value: int, *, expires_on: dt.date | None = None,
          valid_from: dt.date | None = None, points_cost: int = 0, rule_key: str | None = None,
          source_sale_id: int | None = None, clerk_id: int | None = None, note: str = "",
          at: dt.datetime | None = None, reason: str = "") -> Voucher | None:
    """Issue one voucher; with *points_cost* the points are deducted in the same transaction.
    A *rule_key* already used means the rule issued it before: returns None."""
    if kind not in KINDS:
        raise ValidationError(tr("券类型"), tr("未知券类型:") + kind)
    if not isinstance(value, int) or value <= 0:
        raise ValidationError(tr("面值"), tr("面值必须大于 0"))
    at = at or now()
    valid_from = valid_from or at.date()
    if expires_on is not None and expires_on < valid_from:
        raise ValidationError(tr("有效期"), tr("到期日不能早于生效日"))
    with transaction():
        if db.execute_sql("SELECT 1 FROM member WHERE id = ?", (member_id,)).fetchone() is None:
            raise NotFound(tr("找不到会员 #{id}").format(id=member_id))
        if rule_key is not None and Voucher.select().where(Voucher.rule_key == rule_key).exists():
            return None
        entry = None
        if points_cost:
            entry = post_points(member_id, -points_cost, "convert",
                                reason or tr("积分换{kind}").format(kind=tr(KINDS[kind])), clerk_id=clerk_id, at=at)
        v = Voucher.create(code=_next_code(at.date()), member=member_id, kind=kind, value=value,
                           valid_from=valid_from, expires_on=expires_on, points_cost=points_cost,
                           points_entry=entry, rule_key=rule_key, source_sale=source_sale_id, clerk=clerk_id,
                           note=(note or "").strip(), created_at=at)
        VoucherEvent.create(voucher=v, kind="issue", at=at, clerk=clerk_id, reason=reason or tr(KINDS[kind]))
        return v


def issue_many(member_ids: list[int], kind: str, value: int, *, rule_prefix: str, valid_from: dt.date,
               expires_on: dt.date | None, at: dt.datetime, reason: str) -> int:
    """Bulk issue for the automatic rules (a month's birthdays, a season's top list): one
    voucher per member keyed ``rule_prefix + member id``; members already keyed are skipped.
    Set-based inserts, because a shop with 100,000 members issues thousands at once."""
    if kind not in KINDS or value <= 0:
        raise ValidationError(tr("券"), tr("券类型或面值无效"))
    with transaction():
        have = {k for (k,) in Voucher.select(Voucher.rule_key).where(Voucher.rule_key.startswith(rule_prefix)).tuples()}
        todo = [mid for mid in dict.fromkeys(member_ids) if f"{rule_prefix}{mid}" not in have]
        if not todo:
            return 0
        first = _next_code(at.date())
        prefix, n0 = first[:-4], int(first[-4:])
        width = max(4, len(str(n0 + len(todo))))
        rows = [(f"{prefix}{n0 + i:0{width}d}", mid, kind, value, valid_from.isoformat(),
                 expires_on.isoformat() if expires_on else None, f"{rule_prefix}{mid}", at.strftime("%Y-%m-%d %H:%M:%S"))
                for i, mid in enumerate(todo)]
        db.execute_sql("CREATE TEMP TABLE IF NOT EXISTS _issue_keys (k TEXT PRIMARY KEY)")
        db.execute_sql("DELETE FROM _issue_keys")
        cur = db.cursor()
        cur.executemany(
            "INSERT INTO voucher (code, member_id, kind, value, valid_from, expires_on, points_cost, rule_key,"
            " note, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, '', ?)", rows)
        cur.executemany("INSERT INTO _issue_keys (k) VALUES (?)", [(r[6],) for r in rows])
        db.execute_sql(
            "INSERT INTO voucher_event (voucher_id, at, kind, amount, reason) SELECT v.id, v.created_at, 'issue', 0, ?"
            " FROM voucher v JOIN _issue_keys k ON k.k = v.rule_key", (reason,))
        db.execute_sql("DELETE FROM _issue_keys")
        return len(rows)


def _end(voucher_id: int, kind: str, *, at: dt.datetime | None, sale_id: int | None = None, amount: int = 0,
         clerk_id: int | None = None, reason: str = "") -> VoucherEvent:
    try:
        with transaction():
            return VoucherEvent.create(voucher=voucher_id, kind=kind, at=at or now(), sale=sale_id, amount=amount,
                                       clerk=clerk_id, reason=reason)
    except IntegrityError:
        raise ValidationError(tr("礼券"), tr("这张券已经用过、过期或作废")) from None


def usable_reason(v: VoucherInfo, member_id: int | None, when: dt.datetime) -> str:
    """Why a voucher cannot be used at a sale now; "" if it can."""
    if member_id is None or v.member_id != member_id:
        return tr("不是这位会员的券")
    if v.state != "open":
        return v.state_text
    if when.date() < v.valid_from:
        return tr("{d} 起可用").format(d=v.valid_from.isoformat())
    if v.expires_on is not None and when.date() > v.expires_on:
        return tr("已过期")
    if v.kind == "season":
        first = Sale.select().where((Sale.member == member_id) & (Sale.kind == "sale")
                                    & (Sale.sold_at >= dt.datetime.combine(v.valid_from, dt.time(0, 0)))
                                    & (Sale.sold_at <= when)).exists()
        if first:
            return tr("仅限本季第一次消费使用")
    return ""


def usable(member_id: int | None, when: dt.datetime | None = None) -> list[VoucherInfo]:
    """Open vouchers the member can use at a sale at *when* (the sale dialog lists these)."""
    if member_id is None:
        return []
    when = when or now()
    return [v for v in member_vouchers(member_id, open_only=True) if not usable_reason(v, member_id, when)]


def redeem(voucher_id: int, sale_id: int, amount: int, *, clerk_id: int | None = None,
           at: dt.datetime | None = None) -> VoucherEvent:
    """Mark a voucher used on a sale (inside record_sale's transaction)."""
    return _end(voucher_id, "redeem", at=at, sale_id=sale_id, amount=amount, clerk_id=clerk_id,
                reason=tr("消费抵扣"))


def cancel(voucher_id: int, reason: str, *, clerk_id: int | None = None, at: dt.datetime | None = None,
           sale_id: int | None = None) -> VoucherEvent:
    """Cancel an open voucher; points it cost come back as a new ledger entry."""
    if not (reason or "").strip():
        raise ValidationError(tr("作废原因"), tr("请填写作废原因"))
    with transaction():
        v = Voucher.get_or_none(Voucher.id == voucher_id)
        if v is None:
            raise NotFound(tr("找不到礼券 #{id}").format(id=voucher_id))
        ev = _end(voucher_id, "cancel", at=at, clerk_id=clerk_id, reason=reason.strip(), sale_id=sale_id)
        if v.points_cost:
            post_points(v.member_id, v.points_cost, "voucher_cancel",
                        tr("礼券 {code} 作废,退回积分").format(code=v.code), clerk_id=clerk_id, at=at, sale_id=sale_id)
        return ev


def expire_due(today: dt.date | None = None) -> int:
    """Append an 'expire' event to every open voucher past its date; returns how many."""
    today = today or dt.date.today()
    at = dt.datetime.combine(today, dt.time(0, 0)).strftime("%Y-%m-%d %H:%M:%S")
    with transaction():
        cur = db.execute_sql(
            "INSERT INTO voucher_event (voucher_id, at, kind, amount, reason) SELECT v.id, ?, 'expire', 0, ?"
            " FROM voucher v WHERE v.expires_on < ? AND NOT EXISTS (SELECT 1 FROM voucher_event e"
            " WHERE e.voucher_id = v.id AND e.kind != 'issue')", (at, tr("到期未使用"), today.isoformat()))
        return max(cur.rowcount, 0)


# --- L5: points → voucher

def l5_window_points(member_id: int, on: dt.datetime, qualifying: Callable[[], int] | None = None) -> int:
    """Points collected in the last year not yet turned into an L5 voucher in that year.
    *qualifying*: her qualifying points at *on* when the caller has them (``tiers.QualifyingOnce``)."""
    from vipdesk.model.loyalty import tiers

    since = (on - dt.timedelta(days=365)).strftime("%Y-%m-%d %H:%M:%S")
    # Converted minus cancelled in one statement (her points vouchers of the year, a handful).
    net = db.execute_sql(
        "SELECT COALESCE(SUM(v.points_cost), 0) - COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM voucher_event e"
        " WHERE e.voucher_id = v.id AND e.kind = 'cancel') THEN v.points_cost END), 0)"
        " FROM voucher v WHERE v.member_id = ? AND v.kind = 'points' AND v.created_at > ?",
        (member_id, since)).fetchone()[0]
    earned = qualifying() if qualifying is not None else tiers.qualifying_points(member_id, on)
    return earned - int(net)


def convert_points(member_id: int, *, clerk_id: int | None = None, at: dt.datetime | None = None,
                   check_window: bool = False, sale_id: int | None = None) -> Voucher:
    """L5: deduct the configured points (3000) and issue a voucher (300 yuan)."""
    if not config.get(config.L5_ENABLED.key):
        raise ValidationError(tr("积分换券"), tr("积分换券未启用"))
    step = int(config.get(config.L5_POINTS.key))
    value = int(config.get(config.L5_VALUE.key))
    at = at or now()
    with transaction():
        if balance(member_id) < step:
            raise ValidationError(tr("积分"), tr("积分不足 {n} 分,不能换券").format(n=step))
        if check_window and l5_window_points(member_id, at) < step:
            raise ValidationError(tr("积分"), tr("一年内累计积分不足 {n} 分").format(n=step))
        days = int(config.get(config.L5_VALID_DAYS.key))
        v = issue(member_id, "points", value, points_cost=step, clerk_id=clerk_id, at=at,
                  expires_on=at.date() + dt.timedelta(days=days) if days > 0 else None, source_sale_id=sale_id,
                  reason=tr("积分满 {n} 分换代金券").format(n=step))
        assert v is not None
        return v


def auto_convert(member_id: int, *, at: dt.datetime | None = None, sale_id: int | None = None,
                 clerk_id: int | None = None, qualifying: Callable[[], int] | None = None) -> list[Voucher]:
    """After earning: every full step collected within a year becomes a voucher (if switched on).
    *qualifying*: see ``l5_window_points`` (converting changes neither her sales nor the
    qualifying kinds, so one read serves the whole loop)."""
    if not (config.get(config.L5_ENABLED.key) and config.get(config.L5_AUTO.key)):
        return []
    step = int(config.get(config.L5_POINTS.key))
    at = at or now()
    if qualifying is None:
        from vipdesk.model.loyalty.tiers import QualifyingOnce

        qualifying = QualifyingOnce(member_id, at)
    out = []
    while step > 0 and balance(member_id) >= step and l5_window_points(member_id, at, qualifying) >= step:
        out.append(convert_points(member_id, at=at, sale_id=sale_id, clerk_id=clerk_id))
    return out


def auto_convert_preview(member_id: int, added_points: int, at: dt.datetime) -> int:
    """How many L5 vouchers a sale earning *added_points* would trigger (shown before confirming)."""
    if not (config.get(config.L5_ENABLED.key) and config.get(config.L5_AUTO.key)) or added_points <= 0:
        return 0
    step = int(config.get(config.L5_POINTS.key))
    if step <= 0:
        return 0
    usable = min(balance(member_id) + added_points, l5_window_points(member_id, at) + added_points)
    return max(0, usable // step)


def points_vouchers_open_since(member_id: int, since: dt.datetime) -> list[VoucherInfo]:
    """Open vouchers made from points after *since*, oldest first (a return may cancel them)."""
    rows = list(Voucher.select().where((Voucher.member == member_id) & (Voucher.points_cost > 0)
                                       & (Voucher.created_at >= since)).order_by(Voucher.created_at, Voucher.id))
    states = _states([v.id for v in rows])
    return [_info(v, "open") for v in rows if states[v.id] == "open"]


def issued_points_entry(voucher_id: int) -> PointsEntry | None:
    v = Voucher.get_by_id(voucher_id)
    return v.points_entry

"""The outbox: queue, send, settle — never twice.

States: queued → sending → submitted → delivered / failed, or unknown.

- ``sending`` is committed *before* the request leaves, so a crash (kill -9)
  after the request leaves the row in ``sending``: it is never picked up
  again by ``send_due`` (which only takes ``queued``), only settled by the
  delivery report in ``poll``.  A crash before the request also leaves
  ``sending``; the provider then has no record of the key, and after
  ``sms.unknown_settle_hours`` the row becomes ``failed`` (可重发).
- Retries (back-off) only when the provider throttled or the connection
  never reached it; a timeout becomes ``unknown``.
- Each accepted message is written to the member's contact log (C12) in the
  same transaction that marks it submitted.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from vipdesk.model.care import engine
from vipdesk.model.errors import VipdeskError
from vipdesk.model.messaging import config, gating, providers
from vipdesk.model.messaging.providers import Provider, TransportError
from vipdesk.model.messaging.tables import (
    DELIVERED,
    FAILED,
    QUEUED,
    SENDING,
    SUBMITTED,
    UNKNOWN,
    SmsMessage,
    SmsOptOut,
)
from vipdesk.model.privacy import consent
from vipdesk.model.store import settings
from vipdesk.model.store.db import transaction
from vipdesk.model.store.tables import Member
from vipdesk.text import tr

Progress = Callable[[int, int, str], None]
OPT_OUT_REPLIES = {"R", "TD", "T", "N", "退订", "拒收"}


class NotConfigured(VipdeskError):
    def __init__(self) -> None:
        super().__init__(tr("还没有设置短信服务商:会员管家不会发送任何短信。请店长先运行 vipdesk sms configure。"))


_OUTCOME_TEXT = {
    providers.THROTTLED: "服务商限流",
    providers.UNREACHED: "连不上服务商(网络不通)",
    providers.TIMEOUT: "服务商没有应答,可能已发出,等待回执确认",
    providers.AUTH: "AccessKey 或密钥不对,服务商拒绝",
    providers.CLOCK: "电脑时间不准(相差超过5分钟),服务商拒绝;请校准时间",
    providers.ACCOUNT: "短信余额或套餐不足",
    providers.TEMPLATE: "模板或签名未通过审核/参数不符",
    providers.INVALID_NUMBER: "手机号无效",
    providers.BLACKLIST: "号码拒收(黑名单),已记为退订",
    providers.OTHER: "服务商拒绝",
}


def outcome_text(outcome: str) -> str:
    return tr(_OUTCOME_TEXT.get(outcome, outcome))


def provider(timeout: float = 10.0) -> Provider:
    """The configured provider with its secret; NotConfigured when there is none."""
    cfg = config.provider_config()
    if cfg is None:
        raise NotConfigured()
    return providers.make(cfg, config.load_secret(cfg.access_key_id), timeout=timeout,
                          blacklist_codes=set(settings.get(config.BLACKLIST_CODES.key)))


# --- queueing

def enqueue(p: gating.Plan, *, clerk: str = "") -> int:
    """Queue the plan's messages in one transaction; a (member, kind, occasion) already queued is skipped."""
    n = 0
    with transaction():
        for i in p.items:
            if SmsMessage.get_or_none(SmsMessage.key == i.key) is not None:
                continue
            SmsMessage.create(key=i.key, send_key=i.key, member=i.member_id, kind=i.kind, due=i.task.date,
                              ref=i.task.ref, extra=gating.task_json(i.task), phone=i.phone, provider=p.provider,
                              template_code=i.template.code,
                              params=json.dumps(i.params, ensure_ascii=False), text=i.text, units=i.units,
                              marketing=i.marketing, next_try_at=i.send_at, note=i.note, clerk=clerk)
            n += 1
    return n


# --- sending

@dataclass
class SendReport:
    submitted: int = 0
    failed: int = 0
    waiting: int = 0
    unknown: int = 0
    stopped: str = ""  # why the batch stopped early (credentials, clock, network…)
    problems: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"submitted": self.submitted, "failed": self.failed, "waiting": self.waiting,
                "unknown": self.unknown, "stopped": self.stopped, "problems": self.problems}


def _backoff(attempts: int) -> dt.timedelta:
    return dt.timedelta(minutes=min(2 ** max(attempts - 1, 0), 60))


def _task_of(row: SmsMessage) -> engine.Task:
    return engine.Task(date=row.due, kind=row.kind, member_id=row.member_id, ref=row.ref, channel="message",
                       extra=json.loads(row.extra or "{}"))


def _log_contact(row: SmsMessage, outcome: str) -> None:
    """C12: the message goes to the member's contact log (and closes its reminder)."""
    if row.contact_id is not None:
        return
    c = engine.complete(_task_of(row), outcome=outcome, clerk_id=None, channel="sms", note=row.text,
                        at=row.sending_at)
    row.contact = c.id


def _name(row: SmsMessage) -> str:
    return Member.select(Member.name).where(Member.id == row.member_id).scalar() or str(row.member_id)


def _recheck(row: SmsMessage, at: dt.datetime) -> tuple[str, dt.datetime | None] | None:
    """Gates that can change between queueing and sending: (reason, retry at) or None to send now."""
    if row.marketing or consent.is_marketing_kind(row.kind):
        if not consent.marketing_allowed(row.member_id):
            return tr("会员已撤回营销同意(或退订),不再发送"), None
    when = config.next_window_start(at, row.marketing)
    if when is not None:
        return tr("不在发送时段,将于 {m}月{d}日 {t} 发送").format(m=when.month, d=when.day,
                                                                t=when.strftime("%H:%M")), when
    month_cap = int(settings.get(config.MONTH_BUDGET.key))
    if month_cap and gating.month_units_used(at) + row.units > month_cap:
        nxt = dt.datetime(at.year + (at.month == 12), at.month % 12 + 1, 1, 8)
        return tr("本月短信预算已用完,{m}月1日起发送").format(m=nxt.month), nxt
    per_number = int(settings.get(config.DAILY_PER_NUMBER.key))
    if per_number and gating.sent_today(row.phone, at) >= per_number:
        tomorrow = dt.datetime.combine(at.date() + dt.timedelta(days=1), dt.time(9))
        return tr("这个号码今天已达 {n} 条上限,明天再发").format(n=per_number), tomorrow
    return None


def send_due(prov: Provider | None = None, *, at: dt.datetime | None = None, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None, ids: list[int] | None = None) -> SendReport:
    """Send every queued message whose time has come (or just *ids*); one request per message."""
    at = at or dt.datetime.now()
    prov = prov or provider()
    q = SmsMessage.select().where((SmsMessage.status == QUEUED)
                                  & (SmsMessage.next_try_at.is_null() | (SmsMessage.next_try_at <= at)))
    if ids is not None:
        q = q.where(SmsMessage.id.in_(ids))
    rows = list(q.order_by(SmsMessage.id))
    rep = SendReport()
    max_attempts = int(settings.get(config.MAX_ATTEMPTS.key))
    for n, row in enumerate(rows):
        if cancelled is not None and cancelled():
            rep.waiting += len(rows) - n
            break
        if progress is not None:
            progress(n, len(rows), tr("正在发送 {i}/{n}").format(i=n + 1, n=len(rows)))
        held = _recheck(row, at)
        if held is not None:
            reason, when = held
            # Conditional, like the claim below: never overwrite a row another sender has taken.
            change = ({"status": FAILED, "settled_at": at} if when is None else {"next_try_at": when})
            with transaction():
                n_changed = (SmsMessage.update(note=reason, **change)
                             .where((SmsMessage.id == row.id) & (SmsMessage.status == QUEUED)).execute())
            if n_changed:
                if when is None:
                    rep.failed += 1
                else:
                    rep.waiting += 1
            continue
        # Commit "sending" before the request leaves: after a crash this row is settled, never resent.
        # Compare-and-set: a second sender (the scheduled CLI while the window sends) skips the row.
        with transaction():
            claimed = (SmsMessage.update(status=SENDING, attempts=SmsMessage.attempts + 1, sending_at=at,
                                         provider=prov.name)
                       .where((SmsMessage.id == row.id) & (SmsMessage.status == QUEUED)).execute())
        if not claimed:
            continue
        row = SmsMessage.get_by_id(row.id)
        params = json.loads(row.params or "{}")
        res = prov.send(row.phone, row.template_code, params, row.send_key)
        with transaction():
            row.code = res.code
            if res.outcome == providers.OK:
                row.status, row.provider_id, row.note = SUBMITTED, res.provider_id, ""
                _log_contact(row, tr("短信已提交"))
                rep.submitted += 1
            elif res.outcome == providers.TIMEOUT:
                row.status, row.note = UNKNOWN, outcome_text(res.outcome)
                rep.unknown += 1
            elif res.outcome in providers.RETRYABLE or res.outcome in providers.STOPS_BATCH:
                # Rejected or never sent: back to the queue (same key), later.
                retry = res.outcome in providers.RETRYABLE
                if retry and row.attempts >= max_attempts:
                    row.status, row.settled_at = FAILED, at
                    row.note = outcome_text(res.outcome) + tr(",已重试 {n} 次").format(n=row.attempts)
                    rep.failed += 1
                else:
                    row.status, row.sending_at = QUEUED, None
                    row.next_try_at = at + _backoff(row.attempts) if retry else None
                    if not retry:
                        row.attempts -= 1
                    row.note = outcome_text(res.outcome)
                    rep.waiting += 1
            else:
                row.status, row.settled_at = FAILED, at
                row.note = tr("{name}({kind},模板 {code}):{why}").format(
                    name=_name(row), kind=row.kind, code=row.template_code, why=outcome_text(res.outcome))
                if res.outcome == providers.BLACKLIST:
                    record_opt_out(row.phone, "blacklist", detail=res.code, member_id=row.member_id, at=at)
                rep.failed += 1
                rep.problems.append(row.note + (f" [{res.code}]" if res.code else ""))
            row.save()
        if res.outcome in providers.STOPS_BATCH:
            rep.stopped = outcome_text(res.outcome) + (f" [{res.code}]" if res.code else "")
            rep.waiting += len(rows) - n - 1
            break
    if progress is not None:
        progress(len(rows), len(rows), tr("完成"))
    return rep


# --- delivery reports and replies

@dataclass
class PollReport:
    delivered: int = 0
    failed: int = 0
    submitted: int = 0
    still_unknown: int = 0
    opted_out: int = 0
    replies_supported: bool = True
    error: str = ""

    def as_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


_RANK = {"delivered": 3, "pending": 2, "failed": 1}


def poll(prov: Provider | None = None, *, at: dt.datetime | None = None) -> PollReport:
    """Settle submitted / unknown / interrupted messages from delivery reports; record reply opt-outs."""
    at = at or dt.datetime.now()
    prov = prov or provider()
    rep = PollReport(replies_supported=prov.replies_supported)
    settle = dt.timedelta(hours=float(settings.get(config.SETTLE_HOURS.key)))
    stale = at - dt.timedelta(minutes=2)
    rows = list(SmsMessage.select().where(SmsMessage.status.in_([SUBMITTED, UNKNOWN])
                                          | ((SmsMessage.status == SENDING) & (SmsMessage.sending_at < stale)))
                .order_by(SmsMessage.id))
    groups: dict[tuple[str, dt.date], list[SmsMessage]] = {}
    for r in rows:
        groups.setdefault((r.phone, (r.sending_at or r.created_at).date()), []).append(r)
    blacklist = set(settings.get(config.BLACKLIST_CODES.key))
    for (phone, day), group in groups.items():
        try:
            reports = prov.query_delivery(phone, day)
        except TransportError as e:
            rep.error = outcome_text(e.outcome) + f" ({e})"
            break
        best: dict[str, providers.Report] = {}
        for r in reports:
            if r.key and _RANK.get(r.status, 0) > _RANK.get(best[r.key].status if r.key in best else "", 0):
                best[r.key] = r
        with transaction():
            for row in group:
                found = best.get(row.send_key)
                was_unsure = row.status in (UNKNOWN, SENDING)
                if found is None:
                    if was_unsure and (row.sending_at or row.created_at) < at - settle:
                        row.status, row.settled_at = FAILED, at
                        row.note = tr("服务商没有这条短信的记录,未发出,可重发")
                        rep.failed += 1
                    else:
                        if was_unsure:
                            row.status = UNKNOWN
                            rep.still_unknown += 1
                    row.save()
                    continue
                if was_unsure:
                    _log_contact(row, tr("短信已提交"))
                if found.status == "delivered":
                    row.status, row.settled_at, row.note = DELIVERED, found.at or at, ""
                    rep.delivered += 1
                elif found.status == "failed":
                    row.status, row.settled_at, row.code = FAILED, at, found.code
                    row.note = tr("未送达:{c}").format(c=found.code or "-")
                    if found.code in blacklist:
                        record_opt_out(row.phone, "blacklist", detail=found.code, member_id=row.member_id, at=at)
                        rep.opted_out += 1
                    rep.failed += 1
                else:
                    row.status = SUBMITTED
                    rep.submitted += 1
                row.save()
    if not rep.error and prov.replies_supported:
        try:
            replies = prov.pull_replies()
        except TransportError as e:
            rep.error = outcome_text(e.outcome) + f" ({e})"
            replies = []
        for r in replies:
            word = re.sub(r"[\s。.!!]+$", "", r.text.strip().upper())
            if word in OPT_OUT_REPLIES:
                record_opt_out(r.phone, "reply", detail=r.text.strip()[:40], at=r.at)
                rep.opted_out += 1
    return rep


# --- opt-outs, resends, listing

SOURCE_LABELS = {"clerk": "店员登记", "reply": "短信回复", "blacklist": "服务商黑名单"}


def record_opt_out(phone: str, source: str, *, detail: str = "", member_id: int | None = None, clerk: str = "",
                   at: dt.datetime | None = None) -> SmsOptOut:
    """She refuses marketing SMS: recorded with source and time, and her marketing consent is withdrawn."""
    with transaction():
        if member_id is None:
            member_id = Member.select(Member.id).where(Member.phone == phone).scalar()
        row = SmsOptOut.create(member_id=member_id, phone=phone, source=source, detail=detail, clerk=clerk,
                               at=at or dt.datetime.now())
        if member_id is not None and consent.marketing_allowed(member_id):
            consent.withdraw_marketing(member_id, clerk=clerk or tr(SOURCE_LABELS.get(source, source)))
        return row


def opt_outs(member_id: int | None = None) -> list[SmsOptOut]:
    q = SmsOptOut.select().order_by(SmsOptOut.id.desc())
    if member_id is not None:
        q = q.where(SmsOptOut.member_id == member_id)
    return list(q)


def resend_failed(ids: list[int]) -> int:
    """Put failed messages back in the queue under a new provider key (the old one stays settled)."""
    n = 0
    with transaction():
        for row in SmsMessage.select().where(SmsMessage.id.in_(ids) & (SmsMessage.status == FAILED)):
            row.resends += 1
            row.send_key = f"{row.key}r{row.resends}"
            row.status, row.attempts, row.next_try_at, row.sending_at, row.settled_at = QUEUED, 0, None, None, None
            row.note, row.code, row.provider_id = tr("重发"), "", ""
            row.save()
            n += 1
    return n


@dataclass
class OutboxRow:
    id: int
    member_id: int
    name: str
    phone: str
    kind: str
    status: str
    status_label: str
    units: int
    text: str
    note: str
    code: str
    created_at: dt.datetime
    sending_at: dt.datetime | None

    def as_json(self) -> dict[str, Any]:
        d = self.__dict__.copy()
        d["created_at"] = self.created_at.isoformat(sep=" ", timespec="seconds")
        d["sending_at"] = self.sending_at.isoformat(sep=" ", timespec="seconds") if self.sending_at else None
        return d


def outbox(status: str | None = None, limit: int = 500) -> list[OutboxRow]:
    q = (SmsMessage.select(SmsMessage, Member.name).join(Member).order_by(SmsMessage.id.desc()).limit(limit))
    if status:
        q = q.where(SmsMessage.status == status)
    return [OutboxRow(r.id, r.member_id, r.member.name, r.phone, r.kind, r.status, gating.status_label(r.status),
                      r.units, r.text, r.note, r.code, r.created_at, r.sending_at) for r in q]


def ids_for_keys(keys: list[str]) -> list[int]:
    """Outbox ids of these (member, kind, occasion) keys (the rows a preview just queued)."""
    out: list[int] = []
    for i in range(0, len(keys), 500):
        out += [r.id for r in SmsMessage.select(SmsMessage.id).where(SmsMessage.key.in_(keys[i:i + 500]))]
    return out


def counts() -> dict[str, int]:
    from peewee import fn

    return {s: c for s, c in SmsMessage.select(SmsMessage.status, fn.COUNT(SmsMessage.id))
            .group_by(SmsMessage.status).tuples()}

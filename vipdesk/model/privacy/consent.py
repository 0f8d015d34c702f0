"""Consent (PIPL): membership, marketing and a guardian's consent, as an append-only history.

Why events and not a flag on the member: the shop must be able to show *when*
a member agreed, to which version of the privacy notice, who recorded it and
when she withdrew.  The current state is the newest event of each kind.

- Membership consent is recorded by the ``member_enrolled`` hook with the
  current notice version (enrolment means she agreed to be a member).
- Marketing consent is separate and off until recorded: no event → no
  marketing reminders, batches or exports for her.  Care messages the owner
  counts as service (birthday and holiday greetings, after-sale follow-ups)
  are still allowed (setting ``privacy.care_is_service``).
- A member under 14 needs a guardian's name and consent (``require_guardian``).

The table refuses DELETE and any UPDATE except blanking ``guardian_name``
(done when the member is anonymised).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    SqliteDatabase,
    fn,
)

from vipdesk.model.errors import NotFound, ValidationError
from vipdesk.model.members.calendar import age_on
from vipdesk.model.privacy import audit
from vipdesk.model.store import hooks, settings
from vipdesk.model.store.db import BaseModel, transaction
from vipdesk.model.store.tables import Member, Staff, now
from vipdesk.text import tr, tr_noop

MEMBERSHIP = "membership"
MARKETING = "marketing"
GUARDIAN = "guardian"
KINDS = (MEMBERSHIP, MARKETING, GUARDIAN)
KIND_LABELS = {MEMBERSHIP: tr_noop("入会同意"), MARKETING: tr_noop("接收营销信息"), GUARDIAN: tr_noop("监护人同意")}
GUARDIAN_AGE = 14  # PIPL art. 31: personal information of a child under 14 needs a guardian's consent

G = "隐私"
NOTICE_VERSION = settings.declare("privacy.notice_version", "2026-1", "隐私告知书版本", G,
                                  "会员入会时同意的告知书版本;修改告知书后请更新")
CARE_IS_SERVICE = settings.declare(
    "privacy.care_is_service", True, "关怀消息视为服务", G,
    "是:生日/节日问候、售后回访等关怀提醒不需要会员同意接收营销信息;否:所有提醒都需要营销同意")
MARKETING_KINDS = settings.declare(
    "privacy.marketing_kinds", ["event", "promotion"], "营销类提醒", G,
    "这些提醒(如活动/促销通知)只发给同意接收营销信息的会员")


class ConsentEvent(BaseModel):
    """One consent given or withdrawn; the newest event of a kind is the current state."""

    id = AutoField()
    member = ForeignKeyField(Member, backref="consent_events", on_delete="RESTRICT")
    at = DateTimeField(default=now)
    kind = CharField()  # membership / marketing / guardian
    granted = BooleanField()
    notice_version = CharField(default="")
    clerk = CharField(default="")
    guardian_name = CharField(default="")
    note = CharField(default="")

    class Meta:
        indexes = ((("member", "kind", "id"), False),)


_KEEP_ON_UPDATE = ("id", "member_id", "at", "kind", "granted", "notice_version", "clerk", "note")


def migrate(db: SqliteDatabase) -> None:
    db.create_tables([ConsentEvent], safe=True)
    table = ConsentEvent._meta.table_name
    db.execute_sql(
        f"CREATE TRIGGER IF NOT EXISTS {table}_no_delete BEFORE DELETE ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
    same = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in _KEEP_ON_UPDATE)
    db.execute_sql(
        f"CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table} "
        f"WHEN NOT ({same} AND NEW.guardian_name = '') "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")


# --- writing

def _member(member_id: int) -> Member:
    m = Member.get_or_none(Member.id == member_id)
    if m is None:
        raise NotFound(tr("找不到会员 #{id}").format(id=member_id))
    return m


def _record(member_id: int, kind: str, granted: bool, *, clerk: str = "", guardian_name: str = "",
            note: str = "", at: dt.datetime | None = None) -> ConsentEvent:
    if kind not in KINDS:
        raise ValueError(kind)
    return ConsentEvent.create(member=member_id, kind=kind, granted=bool(granted), clerk=clerk or "",
                               notice_version=str(settings.get(NOTICE_VERSION.key)),
                               guardian_name=guardian_name, note=note[:200], at=at or now())


def record_membership(member_id: int, *, clerk: str = "", at: dt.datetime | None = None) -> ConsentEvent:
    with transaction():
        _member(member_id)
        return _record(member_id, MEMBERSHIP, True, clerk=clerk, at=at)


def record_marketing_consent(member_id: int, granted: bool, *, clerk: str = "") -> ConsentEvent:
    """What the enrol dialog (or the detail pane) calls: she agrees to marketing messages, or not.

    Saying no after a yes is a withdrawal and is written to the audit log."""
    with transaction():
        _member(member_id)
        was = marketing_allowed(member_id)
        ev = _record(member_id, MARKETING, granted, clerk=clerk)
        if was and not granted:
            audit.log(audit.CONSENT_WITHDRAWN, count=1, clerk=clerk,
                      detail=tr("会员 #{id} 撤回营销同意").format(id=member_id))
        return ev


def withdraw_marketing(member_id: int, *, clerk: str = "") -> ConsentEvent:
    """One click: she no longer wants marketing messages (logged, also when none was on file)."""
    with transaction():
        _member(member_id)
        ev = _record(member_id, MARKETING, False, clerk=clerk, note=tr("撤回"))
        audit.log(audit.CONSENT_WITHDRAWN, count=1, clerk=clerk,
                  detail=tr("会员 #{id} 撤回营销同意").format(id=member_id))
        return ev


def record_guardian_consent(member_id: int, guardian_name: str, *, clerk: str = "") -> ConsentEvent:
    name = (guardian_name or "").strip()
    if not name:
        raise ValidationError(tr("监护人姓名"), tr("未满14岁的会员须填写监护人姓名"))
    if len(name) > 40:
        raise ValidationError(tr("监护人姓名"), tr("内容太长(最多 {n} 字)").format(n=40))
    with transaction():
        _member(member_id)
        return _record(member_id, GUARDIAN, True, clerk=clerk, guardian_name=name)


@hooks.on("member_enrolled")
def _on_enrolled(member_id: int) -> None:
    """Enrolment = she agreed to membership under the current notice (inside enrol's transaction)."""
    clerk = (Staff.select(Staff.name).join(Member, on=(Member.clerk == Staff.id))
             .where(Member.id == member_id).scalar())
    _record(member_id, MEMBERSHIP, True, clerk=clerk or "")


# --- reading

@dataclass(frozen=True)
class ConsentState:
    membership: ConsentEvent | None
    marketing: ConsentEvent | None
    guardian: ConsentEvent | None

    @property
    def marketing_allowed(self) -> bool:
        return bool(self.marketing is not None and self.marketing.granted)

    @property
    def guardian_name(self) -> str:
        return self.guardian.guardian_name if self.guardian is not None and self.guardian.granted else ""


def latest(member_id: int, kind: str) -> ConsentEvent | None:
    return (ConsentEvent.select().where((ConsentEvent.member == member_id) & (ConsentEvent.kind == kind))
            .order_by(ConsentEvent.id.desc()).first())


def state(member_id: int) -> ConsentState:
    return ConsentState(latest(member_id, MEMBERSHIP), latest(member_id, MARKETING), latest(member_id, GUARDIAN))


def history(member_id: int) -> list[ConsentEvent]:
    """Every consent event of a member, oldest first (for the access export and the pane)."""
    return list(ConsentEvent.select().where(ConsentEvent.member == member_id).order_by(ConsentEvent.id))


def marketing_allowed(member_id: int) -> bool:
    ev = latest(member_id, MARKETING)
    return bool(ev is not None and ev.granted)


def marketing_allowed_condition(member_field=None):
    """A peewee condition "this member agreed to marketing", for bulk queries:

    ``Member.select().where(marketing_allowed_condition())`` or, on another
    table, ``marketing_allowed_condition(CareTask.member)``.  Uses the
    (member, kind, id) index: one seek per member."""
    field = Member.id if member_field is None else member_field
    ce = ConsentEvent.alias("ce_marketing")
    newest = (ce.select(ce.granted).where((ce.member == field) & (ce.kind == MARKETING))
              .order_by(ce.id.desc()).limit(1))
    return fn.COALESCE(newest, 0) == 1


def marketing_member_ids(ids: list[int] | set[int]) -> set[int]:
    """Which of *ids* agreed to marketing (for lists built in Python)."""
    out: set[int] = set()
    id_list = sorted(set(ids))
    for i in range(0, len(id_list), 500):
        chunk = id_list[i:i + 500]
        q = Member.select(Member.id).where(Member.id.in_(chunk) & marketing_allowed_condition())
        out.update(mid for (mid,) in q.tuples())
    return out


def is_marketing_kind(kind: str) -> bool:
    """Does a reminder of this kind need marketing consent?"""
    if not bool(settings.get(CARE_IS_SERVICE.key)):
        return True
    return kind in set(settings.get(MARKETING_KINDS.key))


# --- children (PIPL art. 31)

def is_under_guardian_age(birth_year: int | None, birth_month: int | None = None, birth_day: int | None = None,
                          *, lunar: bool = False, today: dt.date | None = None) -> bool:
    """Under 14?  Without a (solar) birth date we assume this year's birthday is still ahead:
    when in doubt, ask for the guardian."""
    if not birth_year:
        return False
    today = today or dt.date.today()
    if lunar or not birth_month or not birth_day:
        age = today.year - birth_year - 1
    else:
        age = age_on(birth_year, birth_month, birth_day, today) or 0
    return age < GUARDIAN_AGE


def needs_guardian(member_id: int, today: dt.date | None = None) -> bool:
    m = _member(member_id)
    return is_under_guardian_age(m.birth_year, m.birth_month, m.birth_day, lunar=bool(m.birthday_lunar),
                                 today=today)


def require_guardian(member_id: int, today: dt.date | None = None) -> bool:
    """True when this member is under 14 and no guardian's name and consent is on file yet."""
    if not needs_guardian(member_id, today):
        return False
    return not state(member_id).guardian_name


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS.get(kind, kind))

"""Members: enrolment (P5), profile edits (P1–P4, P6–P11), contacts and visits.

Every function that writes is one transaction; bad input raises
ValidationError naming the field in Chinese and writes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from vipdesk.model.errors import DuplicateMember, NotFound, ValidationError
from vipdesk.model.members import stats
from vipdesk.model.members.age import BirthYear
from vipdesk.model.members.calendar import Anniversary
from vipdesk.model.members.phone import normalize_phone
from vipdesk.model.members.pinyin import pinyin_keys
from vipdesk.model.store.db import transaction
from vipdesk.model.store.tables import Card, Child, Contact, Member, MemberDate, Staff, Visit, now
from vipdesk.text import tr, tr_noop

GENDERS = tr_noop({"": "", "F": "女", "M": "男"})
CHANNELS = tr_noop(["日常到店", "新店开业", "店庆活动", "异业联盟", "会员活动", "老会员介绍", "其他"])
CONTACT_CHANNELS = tr_noop({"call": "电话", "sms": "短信", "wechat": "微信", "visit": "到店"})
CARD_STATUSES = tr_noop({"active": "正常", "lost": "挂失", "cancelled": "注销"})

# Soft profile (P2) fields with the pick-list values the seeds suggest; free text is always allowed.
SOFT_FIELDS: dict[str, tuple[str, list[str]]] = tr_noop({
    "occupation": ("职业/工作", ["私营企业主", "高级白领", "公务员", "教师", "医生", "自由职业", "全职太太", "学生"]),
    "family": ("家庭状况", ["单身", "已婚", "已婚有孩", "三代同堂"]),
    "personality": ("性格取向", ["外向", "内向", "随和", "挑剔", "果断", "犹豫"]),
    "buying_habits": ("消费习惯", ["新品上市就买", "等打折再买", "一次买多件", "只买单品", "看中就买"]),
    "style_prefs": ("着装喜好", ["简约", "优雅", "休闲", "职业", "时尚", "民族风"]),
    "hobbies": ("娱乐爱好", ["旅游", "瑜伽", "美食", "阅读", "打麻将", "舞蹈", "音乐"]),
    "lifestyle": ("生活习惯", ["早起", "夜猫子", "常出差", "爱运动"]),
    "service_pref": ("喜欢的服务方式", ["安静自选", "热情推荐", "专属导购陪同"]),
    "contact_pref": ("联系方式偏好", ["电话", "短信", "微信", "不要打扰"]),
    "promo_attitude": ("对促销的态度", ["很感兴趣", "一般", "反感"]),
    "values": ("价值观", ["品质", "性价比", "品牌", "环保"]),
})

TEXT_FIELDS = tr_noop({
    "name": "姓名", "ethnicity": "民族", "email": "邮箱", "address": "地址", "sizes": "尺码",
    "soft_notes": "软档案备注", "observations": "员工观察", "channel": "入会渠道", "notes": "备注",
    **{k: v[0] for k, v in SOFT_FIELDS.items()},
})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class Birthday:
    """A birthday as entered: solar or lunar, year optional (P1, P5)."""

    month: int
    day: int
    year: int | None = None
    is_lunar: bool = False
    is_leap: bool = False
    year_estimated: bool = False

    def anniversary(self) -> Anniversary:
        return Anniversary(self.month, self.day, self.is_lunar, self.is_leap, self.year)


def validate_birthday(b: Birthday | None, field: str = "生日", today: dt.date | None = None) -> None:
    if b is None:
        return
    today = today or dt.date.today()
    if not 1 <= b.month <= 12:
        raise ValidationError(field, tr("月份应在 1 到 12 之间"))
    if b.is_lunar:
        if not 1 <= b.day <= 30:
            raise ValidationError(field, tr("农历日期应在初一到三十之间"))
        if b.is_leap and b.year is not None:
            from vipdesk.model.members.calendar import lunar_month_days

            if lunar_month_days(b.year, b.month, True) is None:
                raise ValidationError(field, tr("农历{year}年没有闰{month}月").format(year=b.year, month=b.month))
    else:
        try:
            dt.date(b.year or 2000, b.month, b.day)
        except ValueError:
            raise ValidationError(field, tr("不存在的日期:") + f"{b.year or ''}{'年' if b.year else ''}{b.month}月{b.day}日") from None
    if b.year is not None:
        if not 1900 <= b.year <= today.year:
            raise ValidationError(field, tr("出生年份不合理:") + str(b.year))
        if not b.is_lunar and dt.date(b.year, b.month, b.day) > today:
            raise ValidationError(field, tr("生日不能晚于今天"))


def _clean_text(field: str, value: Any, max_len: int = 200) -> str:
    text = "" if value is None else str(value).strip()
    if len(text) > max_len:
        raise ValidationError(tr(TEXT_FIELDS.get(field, field)), tr("内容太长(最多 {n} 字)").format(n=max_len))
    return text


def _apply_fields(member: Member, fields: dict[str, Any]) -> None:
    for key, value in fields.items():
        if key == "name":
            name = _clean_text("name", value, 40)
            if not name:
                raise ValidationError(tr("姓名"), tr("请填写姓名"))
            member.name = name
            member.py_initials, member.py_full = pinyin_keys(name)
        elif key == "phone":
            phone = normalize_phone(value, tr("手机"))
            member.phone = phone
            member.phone_rev = re.sub(r"\D", "", phone)[::-1]
        elif key == "gender":
            g = {"女": "F", "男": "M", "f": "F", "m": "M"}.get(str(value or "").strip(), str(value or "").strip())
            if g not in GENDERS:
                raise ValidationError(tr("性别"), tr("性别只能是男或女"))
            member.gender = g
        elif key == "email":
            email = _clean_text("email", value, 100)
            if email and not _EMAIL.match(email):
                raise ValidationError(tr("邮箱"), tr("邮箱格式不对:") + email)
            member.email = email
        elif key == "birthday":
            b = value
            validate_birthday(b, tr("生日"))
            member.birth_year = b.year if b else None
            member.birth_month = b.month if b else None
            member.birth_day = b.day if b else None
            member.birthday_lunar = bool(b and b.is_lunar)
            member.birthday_leap = bool(b and b.is_leap)
            member.birth_year_estimated = bool(b and b.year_estimated)
        elif key == "birth_year":
            # P1: a year (or an age) without month/day; a full birthday keeps its own year.
            by = value
            if by is not None and not isinstance(by, BirthYear):
                by = BirthYear(int(by))
            if by is not None and not 1900 <= by.year <= dt.date.today().year:
                raise ValidationError(tr("出生年份"), tr("出生年份不合理:") + str(by.year))
            member.birth_year = by.year if by else None
            member.birth_year_estimated = bool(by and by.estimated)
        elif key == "clerk_id":
            if value is not None and Staff.get_or_none(Staff.id == value) is None:
                raise ValidationError(tr("专属导购"), tr("没有这位导购"))
            member.clerk = value
        elif key == "referred_by_id":
            if value is not None:
                if value == member.id:
                    raise ValidationError(tr("介绍人"), tr("介绍人不能是本人"))
                if Member.get_or_none(Member.id == value) is None:
                    raise ValidationError(tr("介绍人"), tr("没有这位会员"))
            member.referred_by = value
        elif key == "enrolled_on":
            if not isinstance(value, dt.date):
                raise ValidationError(tr("入会日期"), tr("日期无效"))
            member.enrolled_on = value
        elif key in TEXT_FIELDS:
            limit = 2000 if key in ("soft_notes", "observations", "notes") else 200
            setattr(member, key, _clean_text(key, value, limit))
        else:
            raise KeyError(key)


def find_by_phone(phone: str) -> Member | None:
    try:
        normal = normalize_phone(phone)
    except ValidationError:
        return None
    return Member.get_or_none(Member.phone == normal)


def same_name_birthday(name: str, birthday: Birthday | None, exclude_id: int | None = None) -> list[Member]:
    """Members with this name and birthday: a likely duplicate to warn about while typing."""
    if not name or birthday is None:
        return []
    q = Member.select().where(
        (Member.name == name.strip())
        & (Member.birth_month == birthday.month)
        & (Member.birth_day == birthday.day)
        & (Member.status.not_in(("anonymised", "merged")))
    )
    if exclude_id is not None:
        q = q.where(Member.id != exclude_id)
    return list(q)


def enrol(name: str, phone: str, *, birthday: Birthday | None = None, clerk_id: int | None = None,
          enrolled_on: dt.date | None = None, **fields: Any) -> Member:
    """Enrol with name + mobile only (P5); everything else optional.

    A mobile already on file raises DuplicateMember carrying that member's id.
    """
    from vipdesk.model.access.session import acting_staff_id

    clerk_id = acting_staff_id(clerk_id)  # issue 13: no clerk given → the signed-in person
    with transaction():
        member = Member(status="active")
        _apply_fields(member, {"name": name, "phone": phone})
        existing = Member.get_or_none(Member.phone == member.phone)
        if existing is not None:
            raise DuplicateMember(
                tr("手机号 {phone} 已是会员 {name} 的号码").format(phone=member.phone, name=existing.name),
                existing.id,
            )
        extra: dict[str, Any] = dict(fields)
        if birthday is not None:
            extra["birthday"] = birthday
        if clerk_id is not None:
            extra["clerk_id"] = clerk_id
        if enrolled_on is not None:
            extra["enrolled_on"] = enrolled_on
        _apply_fields(member, extra)
        member.created_at = member.updated_at = now()
        member.save()
        stats.refresh_member(member.id)
        from vipdesk.model.store import hooks

        hooks.run("member_enrolled", member.id)
        return Member.get_by_id(member.id)


def update_member(member_id: int, **fields: Any) -> Member:
    with transaction():
        member = get_member(member_id)
        old_phone = member.phone
        _apply_fields(member, fields)
        if member.phone != old_phone:
            clash = Member.get_or_none((Member.phone == member.phone) & (Member.id != member.id))
            if clash is not None:
                raise DuplicateMember(tr("手机号 {phone} 已是会员 {name} 的号码").format(
                    phone=member.phone, name=clash.name), clash.id)
        member.updated_at = now()
        member.save()
        return member


def get_member(member_id: int) -> Member:
    member = Member.get_or_none(Member.id == member_id)
    if member is None:
        raise NotFound(tr("找不到会员 #{id}").format(id=member_id))
    return member


def resolve(key: str) -> Member:
    """A member by id, mobile or card number (for the command line)."""
    key = (key or "").strip()
    m = None
    if key.isdigit() and len(key) < 9:
        m = Member.get_or_none(Member.id == int(key))
    if m is None:
        m = Member.get_or_none(Member.card_no == key.upper()) or find_by_phone(key)
    if m is None:
        raise NotFound(tr("找不到会员:") + key)
    return m


# --- children (P4), other dates (P11)

def add_child(member_id: int, name: str, gender: str = "", birthday: Birthday | None = None,
              size: str = "", notes: str = "") -> Child:
    name = (name or "").strip()
    if not name:
        raise ValidationError(tr("孩子姓名"), tr("请填写孩子姓名"))
    validate_birthday(birthday, tr("孩子生日"))
    with transaction():
        get_member(member_id)
        return Child.create(
            member=member_id, name=name, gender={"女": "F", "男": "M"}.get(gender, gender),
            birth_year=birthday.year if birthday else None,
            birth_month=birthday.month if birthday else None,
            birth_day=birthday.day if birthday else None,
            birthday_lunar=bool(birthday and birthday.is_lunar),
            birthday_leap=bool(birthday and birthday.is_leap),
            size=(size or "").strip(), notes=(notes or "").strip(),
        )


def remove_child(child_id: int) -> None:
    with transaction():
        Child.delete().where(Child.id == child_id).execute()


def add_date(member_id: int, label: str, birthday: Birthday, kind: str = "custom") -> MemberDate:
    validate_birthday(birthday, label or tr("纪念日"))
    with transaction():
        get_member(member_id)
        return MemberDate.create(member=member_id, kind=kind, label=(label or "").strip() or tr("纪念日"),
                                 year=birthday.year, month=birthday.month, day=birthday.day,
                                 is_lunar=birthday.is_lunar, is_leap=birthday.is_leap)


def remove_date(date_id: int) -> None:
    with transaction():
        MemberDate.delete().where(MemberDate.id == date_id).execute()


# --- cards (P6)

def issue_card(member_id: int, card_no: str, *, price: int = 0, free_reason: str = "",
               clerk_id: int | None = None, issued_on: dt.date | None = None) -> Card:
    """A new active card; the member's previous active card is cancelled."""
    from vipdesk.model.access.session import acting_staff_id

    clerk_id = acting_staff_id(clerk_id)  # issue 13: L10 counts cards by who issued them
    card_no = (card_no or "").strip().upper()
    if not re.fullmatch(r"[0-9A-Z\-]{3,20}", card_no):
        raise ValidationError(tr("卡号"), tr("卡号应为 3–20 位数字或字母"))
    if price < 0:
        raise ValidationError(tr("售卡金额"), tr("金额不能为负数"))
    with transaction():
        member = get_member(member_id)
        other = Member.get_or_none((Member.card_no == card_no) & (Member.id != member_id))
        if other is not None or Card.select().where((Card.card_no == card_no) & (Card.member != member_id)).exists():
            raise ValidationError(tr("卡号"), tr("卡号已被使用:") + card_no)
        Card.update(status="cancelled").where((Card.member == member_id) & (Card.status == "active")).execute()
        card = Card.create(member=member_id, card_no=card_no, price=price, free_reason=free_reason,
                           clerk=clerk_id, issued_on=issued_on or dt.date.today())
        member.card_no = card_no
        member.save()
        from vipdesk.model.store import hooks

        hooks.run("card_issued", card.id)
        return card


def set_card_status(card_id: int, status: str) -> None:
    if status not in CARD_STATUSES:
        raise ValidationError(tr("卡状态"), tr("未知状态:") + status)
    with transaction():
        card = Card.get_by_id(card_id)
        card.status = status
        card.save()
        if status != "active":
            Member.update(card_no=None).where((Member.id == card.member_id) & (Member.card_no == card.card_no)).execute()
        else:
            Member.update(card_no=card.card_no).where(Member.id == card.member_id).execute()


def next_card_no() -> str:
    """Suggest the next free card number (shop cards are usually sequential)."""
    last = Card.select(Card.card_no).order_by(Card.id.desc()).limit(1).scalar()
    if last and last.isdigit():
        n = int(last) + 1
        while Card.select().where(Card.card_no == str(n).zfill(len(last))).exists():
            n += 1
        return str(n).zfill(len(last))
    return "80000001"


# --- contacts (C12) and visits (T4)

def log_contact(member_id: int, *, clerk_id: int | None, channel: str = "call", outcome: str = "",
                note: str = "", kind: str = "manual", satisfaction: int | None = None,
                at: dt.datetime | None = None) -> Contact:
    if channel not in CONTACT_CHANNELS:
        raise ValidationError(tr("方式"), tr("未知联系方式:") + channel)
    if satisfaction is not None and not 1 <= satisfaction <= 5:
        raise ValidationError(tr("满意度"), tr("满意度应为 1 到 5 分"))
    if not (outcome or "").strip() and not (note or "").strip():
        raise ValidationError(tr("结果"), tr("请填写联系结果或备注"))
    with transaction():
        get_member(member_id)
        return Contact.create(member=member_id, clerk=clerk_id, channel=channel, outcome=(outcome or "").strip(),
                              note=(note or "").strip(), kind=kind, satisfaction=satisfaction, at=at or now())


def log_visit(member_id: int, *, clerk_id: int | None, note: str = "", at: dt.datetime | None = None) -> Visit:
    with transaction():
        get_member(member_id)
        visit = Visit.create(member=member_id, clerk=clerk_id, note=(note or "").strip(), visited_at=at or now())
        from vipdesk.model.store import hooks

        hooks.run("visit_logged", visit.id)
        return visit

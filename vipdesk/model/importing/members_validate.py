"""Member import, part 2 of 4: one file row → a ``MemberRecord`` (or problems), no writes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from vipdesk.model.errors import ValidationError
from vipdesk.model.importing import parse
from vipdesk.model.importing.mapping import MEMBER_FIELDS, NOTES
from vipdesk.model.importing.members_records import _CARD_RE, NO_PHONE, MemberRecord
from vipdesk.model.importing.runner import ImportRow
from vipdesk.model.loyalty import tiers as tiers_model
from vipdesk.model.members import profile as members_model
from vipdesk.model.members.age import BirthYear, parse_birth_year
from vipdesk.model.members.phone import normalize_phone
from vipdesk.text import tr


def _note(column: str, value: object) -> str:
    text = parse.parse_text(parse.text_of(value) if not isinstance(value, str) else value, column, max_len=2000)
    return text


def _birthday(raw: object, column: str) -> members_model.Birthday:
    d = parse.parse_date(raw, column)
    b = members_model.Birthday(d.month, d.day, d.year, d.is_lunar, d.is_leap_month)
    members_model.validate_birthday(b, column)
    return b


def _approx_in_birthday(raw: object, column: str) -> BirthYear | None:
    """A birth year or an age written in the 生日 column ("1985年", "约40岁"); None for a date."""
    if isinstance(raw, (dt.date, int, float)):
        return None  # a date cell or an Excel serial: the date parser's business
    try:
        return parse_birth_year(raw, column, bare_number_is_age=False)
    except ValidationError:
        return None  # e.g. "1885年": let the date parser word the rejection


def _age(raw: object, column: str) -> BirthYear:
    b = parse_birth_year(raw, column)
    if b is None:
        raise ValidationError(column, tr("看不懂的年龄:") + parse.text_of(raw) + tr("(可写 1985年、约40岁、40多岁、80后)"))
    return b


def _joined(raw: object, column: str) -> dt.date:
    d = parse.parse_date(raw, column).to_date()
    if d is None:
        raise ValidationError(column, tr("入会日期需要完整的公历日期"))
    if d > dt.date.today():
        raise ValidationError(column, tr("入会日期不能晚于今天"))
    return d


def _phone_changed(raw: object, normal: str) -> bool:
    digits = re.sub(r"\D", "", parse.text_of(raw), flags=re.ASCII)
    return digits != re.sub(r"\D", "", normal)


def make_validator(tier_names: Sequence[str] | None = None) -> Callable[[ImportRow], MemberRecord | None]:
    """validate(row) for run_import.  *tier_names*: the configured tiers (read from
    the database when None)."""
    known_tiers = list(tier_names) if tier_names is not None else [t.name for t in tiers_model.tiers()]

    def validate(row: ImportRow) -> MemberRecord | None:
        notes: list[str] = []

        def to_notes(key: str, value: object, reason: str) -> None:
            row.changed(key, value, reason)
            notes.append(f"{row.column(key)}:{parse.text_of(value)}")

        name = row.parse("name", lambda v, c: parse.parse_text(v, c, max_len=40), required=True)
        if row.has("name") and not name:
            row.reject("name", row.raw("name"), tr("请填写姓名"))

        mobile = row.parse("mobile", normalize_phone)
        landline = row.parse("phone", normalize_phone)
        if mobile and _phone_changed(row.raw("mobile"), mobile):
            row.changed("mobile", row.raw("mobile"), tr("号码已规范为") + f" {mobile}")
        phone = mobile or landline
        if mobile and landline and landline != mobile:
            notes.append(f"{row.column('phone')}:{landline}")
        if not phone and not row.rejected and not (row.has("birthday") and row.has("name")):
            row.reject("mobile", None, tr(NO_PHONE))
        # A row without a phone but with name + birthday may still complete a member on
        # file (P13); the writer rejects it if there is nobody to merge it into.

        rec = MemberRecord(name=name or "", phone=phone or "")
        if row.has("gender"):
            g = parse.text_of(row.raw("gender"))
            if g in ("保密", "未知", "不详", "-", "/"):
                pass
            else:
                try:
                    rec.gender = "M" if parse.parse_gender(row.raw("gender"), row.column("gender")) == parse.MALE else "F"
                except ValidationError as exc:
                    to_notes("gender", row.raw("gender"), exc.message + tr(",已记入备注"))
        if row.has("birthday") and (approx := _approx_in_birthday(row.raw("birthday"), row.column("birthday"))):
            rec.birth_year = approx  # P1: a year or an age in the 生日 column is not a date
        else:
            rec.birthday = row.parse("birthday", _birthday)
        if row.has("age") and rec.birth_year is None and (rec.birthday is None or rec.birthday.year is None):
            rec.birth_year = row.parse("age", _age)
        rec.enrolled_on = row.parse("joined_on", _joined)
        rec.points = row.parse("points", parse.parse_points)
        rec.spend = row.parse("total_spend", parse.parse_amount_fen)

        if row.has("card_no"):
            card = re.sub(r"\s+", "", parse.text_of(row.raw("card_no"))).upper()
            if _CARD_RE.fullmatch(card):
                rec.card_no = card
            else:
                to_notes("card_no", row.raw("card_no"), tr("卡号应为 3–20 位数字或字母,已记入备注"))
        if row.has("tier"):
            tier = parse.text_of(row.raw("tier"))
            match = next((t for t in known_tiers if t == tier or t.rstrip("卡") == tier.rstrip("卡会员")), None)
            if match:
                rec.tier = match
            else:
                to_notes("tier", row.raw("tier"), tr("未设置的会员等级,按积分定级,原等级记入备注"))
        if row.has("email"):
            try:
                rec.profile["email"] = parse.parse_email(row.raw("email"), row.column("email"))
            except ValidationError as exc:
                to_notes("email", row.raw("email"), exc.message + tr(",已记入备注"))
        for key, target in (("ethnicity", "ethnicity"), ("address", "address"), ("size", "sizes"),
                            ("occupation", "occupation"), ("channel", "channel")):
            if row.has(key):
                text = row.parse(key, lambda v, c: parse.parse_text(v, c, max_len=200))
                if text:
                    rec.profile[target] = text
        if row.has("clerk"):
            rec.clerk = row.parse("clerk", lambda v, c: parse.parse_text(v, c, max_len=40)) or None
        if row.has("referrer"):
            try:
                rec.referrer_phone = normalize_phone(row.raw("referrer"), row.column("referrer"))
            except ValidationError:
                notes.append(f"{row.column('referrer')}:{parse.text_of(row.raw('referrer'))}")
        if row.has("last_purchase"):
            notes.append(f"{row.column('last_purchase')}:{parse.text_of(row.raw('last_purchase'))}")
        for column, value in row.notes:
            text = _note(column, value)
            if not text:
                continue
            is_notes_column = row.columns.get(NOTES) == column or column in MEMBER_FIELDS[NOTES].synonyms
            notes.append(text if is_notes_column else f"{column}:{text}")
        rec.notes = notes
        return rec

    return validate

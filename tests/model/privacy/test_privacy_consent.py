"""Consent: membership recorded at enrolment, marketing separate and off until given,
withdrawal logged, an append-only history, guardians for members under 14."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from vipdesk.model.errors import DuplicateMember, ValidationError
from vipdesk.model.members import profile as members
from vipdesk.model.members.profile import Birthday
from vipdesk.model.privacy import audit, consent
from vipdesk.model.store import settings
from vipdesk.model.store.db import db
from vipdesk.model.store.tables import AuditLog, Member


def test_enrolment_records_membership_consent_with_notice_version(db_path, clerk):
    settings.put("privacy.notice_version", "2026-2")
    m = members.enrol("李秀英", "13987651234", clerk_id=clerk.id)
    st = consent.state(m.id)
    assert st.membership is not None and st.membership.granted
    assert (st.membership.notice_version, st.membership.clerk) == ("2026-2", "王丽")
    assert st.marketing is None and not st.marketing_allowed
    assert consent.marketing_allowed(m.id) is False


def test_a_failed_enrolment_leaves_no_consent(db_path):
    members.enrol("李秀英", "13987651234")
    with pytest.raises(DuplicateMember):
        members.enrol("李秀英二", "13987651234")
    assert consent.ConsentEvent.select().count() == 1


def test_marketing_consent_yes_then_withdrawn_in_one_call(db_path, clerk):
    m = members.enrol("李秀英", "13987651234")
    consent.record_marketing_consent(m.id, True, clerk="王丽")
    assert consent.marketing_allowed(m.id)
    consent.withdraw_marketing(m.id, clerk="王丽")
    assert not consent.marketing_allowed(m.id)
    log = audit.entries(action=audit.CONSENT_WITHDRAWN)
    assert len(log) == 1 and log[0].clerk == "王丽" and f"#{m.id}" in log[0].detail
    assert "李秀英" not in log[0].detail  # the log outlives an anonymisation
    kinds = [(e.kind, e.granted) for e in consent.history(m.id)]
    assert kinds == [("membership", True), ("marketing", True), ("marketing", False)]


def test_saying_no_after_yes_is_a_logged_withdrawal_but_a_first_no_is_not(db_path):
    a = members.enrol("甲", "13900000001")
    consent.record_marketing_consent(a.id, False)
    assert AuditLog.select().count() == 0
    consent.record_marketing_consent(a.id, True)
    consent.record_marketing_consent(a.id, False)
    assert AuditLog.select().where(AuditLog.action == audit.CONSENT_WITHDRAWN).count() == 1


def test_condition_selects_exactly_the_consenting_members_in_bulk(db_path):
    ids = [members.enrol(f"会员{i}", f"139000000{i:02d}").id for i in range(6)]
    consent.record_marketing_consent(ids[0], True)
    consent.record_marketing_consent(ids[1], True)
    consent.record_marketing_consent(ids[1], False)  # withdrawn
    consent.record_marketing_consent(ids[2], False)
    consent.record_marketing_consent(ids[2], True)  # changed her mind
    consent.record_marketing_consent(ids[3], True)
    got = {m for (m,) in Member.select(Member.id).where(consent.marketing_allowed_condition()).tuples()}
    assert got == {ids[0], ids[2], ids[3]}
    assert consent.marketing_member_ids(ids) == {ids[0], ids[2], ids[3]}
    # the negation, used to hold reminders back
    held = {m for (m,) in Member.select(Member.id).where(~consent.marketing_allowed_condition()).tuples()}
    assert held == {ids[1], ids[4], ids[5]}


def test_condition_on_another_tables_member_column(db_path):
    from vipdesk.model.store.tables import Contact

    a = members.enrol("甲", "13900000001")
    b = members.enrol("乙", "13900000002")
    consent.record_marketing_consent(b.id, True)
    for mid in (a.id, b.id):
        members.log_contact(mid, clerk_id=None, outcome="接通")
    q = Contact.select(Contact.member).where(consent.marketing_allowed_condition(Contact.member))
    assert [c.member_id for c in q] == [b.id]


@pytest.mark.parametrize("sql", [
    "DELETE FROM consent_event",
    "UPDATE consent_event SET granted = 1",
    "UPDATE consent_event SET at = '2020-01-01 00:00:00'",
    "UPDATE consent_event SET guardian_name = '别人'",
])
def test_consent_history_is_append_only(db_path, sql):
    m = members.enrol("甲", "13900000001")
    consent.record_marketing_consent(m.id, False)
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        db.execute_sql(sql)
    assert [(e.kind, e.granted) for e in consent.history(m.id)] == [("membership", True), ("marketing", False)]


def test_only_blanking_the_guardian_name_is_allowed(db_path):
    m = members.enrol("小朋友", "13900000001", birthday=Birthday(6, 1, 2018))
    consent.record_guardian_consent(m.id, "王芳")
    db.execute_sql("UPDATE consent_event SET guardian_name = '' WHERE kind = 'guardian'")
    assert consent.latest(m.id, consent.GUARDIAN).guardian_name == ""


def test_marketing_kinds_setting(db_path):
    assert consent.is_marketing_kind("event")
    assert not consent.is_marketing_kind("birthday")
    assert not consent.is_marketing_kind("followup")
    assert not consent.is_marketing_kind("holiday")
    settings.put("privacy.marketing_kinds", ["event", "dormant"])
    assert consent.is_marketing_kind("dormant")
    settings.put("privacy.care_is_service", False)
    assert consent.is_marketing_kind("birthday") and consent.is_marketing_kind("followup")


TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(("birthday", "under"), [
    (None, False),
    (Birthday(12, 1, 2012), True),  # 13 until next week
    (Birthday(11, 23, 2012), False),  # 14 today
    (Birthday(1, 1, 2000), False),
    (Birthday(3, 1, 2020, is_lunar=True), True),
])
def test_under_14_by_birthday(birthday, under):
    b = birthday
    assert consent.is_under_guardian_age(b.year if b else None, b.month if b else None, b.day if b else None,
                                         lunar=bool(b and b.is_lunar), today=TODAY) is under


def test_year_only_counts_as_possibly_under_14():
    assert consent.is_under_guardian_age(2012, today=TODAY)  # 13 or 14: ask for the guardian
    assert not consent.is_under_guardian_age(2011, today=TODAY)


def test_require_guardian_until_name_and_consent_recorded(db_path):
    kid = members.enrol("小朋友", "13900000001", birthday=Birthday(6, 1, 2016))
    adult = members.enrol("大人", "13900000002", birthday=Birthday(6, 1, 1990))
    nobirth = members.enrol("无生日", "13900000003")
    assert consent.require_guardian(kid.id, TODAY)
    assert not consent.require_guardian(adult.id, TODAY)
    assert not consent.require_guardian(nobirth.id, TODAY)
    with pytest.raises(ValidationError) as e:
        consent.record_guardian_consent(kid.id, "  ")
    assert e.value.field == "监护人姓名"
    consent.record_guardian_consent(kid.id, "王芳", clerk="王丽")
    assert not consent.require_guardian(kid.id, TODAY)
    assert consent.state(kid.id).guardian_name == "王芳"


def test_no_id_card_number_anywhere_in_the_schema(db_path):
    """Minimal collection: the shop never stores an ID-card number (身份证号)."""
    bad = ("id_card", "idcard", "id_no", "id_number", "identity", "shenfen", "sfz", "身份证", "passport")
    tables = [r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'").fetchall()]
    assert "member" in tables and "consent_event" in tables
    for t in tables:
        for col in db.get_columns(t):
            assert not any(b in col.name.lower() for b in bad), f"{t}.{col.name}"
    from vipdesk.model.members.profile import TEXT_FIELDS

    assert not any("身份证" in label for label in TEXT_FIELDS.values())
    assert Member._meta.fields["birth_year"].null  # the birth year is optional

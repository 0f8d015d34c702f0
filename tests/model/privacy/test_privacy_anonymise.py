"""Delete member = anonymise: who she was is gone, the books stay true; her data export; retention."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile

import pytest

from vipdesk.model.errors import ValidationError
from vipdesk.model.members import profile as members
from vipdesk.model.members import stats
from vipdesk.model.members.search import search_member_ids
from vipdesk.model.privacy import anonymise, audit, consent
from vipdesk.model.store.db import db
from vipdesk.model.store.tables import Card, Child, Contact, Member, MemberDate, PointsEntry, Sale, Visit
from vipdesk.reports.kpi import overview
from vipdesk.reports.period import Period


def _totals():
    p = Period(dt.date(2026, 10, 1), dt.date(2026, 12, 1))
    o = overview(p)
    sale_sum = db.execute_sql("SELECT SUM(paid), COUNT(*) FROM sale").fetchone()
    return (o.member_sales, o.total_sales, o.transactions, o.buying_members, sale_sum,
            PointsEntry.select().count())


def test_anonymise_clears_who_she_was(member):
    consent.record_marketing_consent(member.id, True)
    anonymise.anonymise_member(member.id, clerk="店长")
    m = Member.get_by_id(member.id)
    assert m.name == f"已注销会员#{member.id}"
    assert m.phone == f"anon-{member.id}"
    assert (m.phone_rev, m.py_initials, m.py_full) == ("", "", "")
    assert (m.birth_year, m.birth_month, m.birth_day) == (None, None, None)
    assert (m.email, m.address, m.occupation, m.observations, m.notes) == ("", "", "", "", "")
    assert m.card_no is None and m.status == "anonymised"
    assert [c.name for c in Child.select().where(Child.member == member.id)] == [""]
    assert MemberDate.select().where(MemberDate.member == member.id).count() == 0
    assert all(c.status == "cancelled" for c in Card.select().where(Card.member == member.id))
    assert [c.note for c in Contact.select().where(Contact.member == member.id)] == [""]
    assert [v.note for v in Visit.select().where(Visit.member == member.id)] == [""]
    assert all(s.note == "" for s in Sale.select().where(Sale.member == member.id))
    assert not consent.marketing_allowed(member.id)
    # no trace of the personal data anywhere in the file's text columns
    for t, in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
        cols = [c.name for c in db.get_columns(t)]
        for row in db.execute_sql(f'SELECT * FROM "{t}"').fetchall():
            for col, v in zip(cols, row, strict=True):
                if isinstance(v, str):
                    for secret in ("黄明华", "13812345678", "5678", "文三路", "小宝", "hmh@", "带女儿"):
                        assert secret not in v, (t, col, v)


@pytest.mark.parametrize("query", ["13812345678", "5678", "345678", "黄明华", "黄", "hmh", "huangminghua",
                                   "80001234"])
def test_searching_her_old_phone_or_name_finds_nothing(member, query):
    assert search_member_ids(query) == [member.id]
    anonymise.anonymise_member(member.id)
    assert search_member_ids(query) == []
    assert search_member_ids(query, include_anonymised=True) == []
    assert members.find_by_phone("13812345678") is None


def test_reports_totals_unchanged(member, clerk):
    from vipdesk.model.sales import recording as sales

    other = members.enrol("李秀英", "13987651234")
    sales.record_sale(other.id, [sales.LineInput("C1", 10000)], clerk_id=clerk.id,
                      sold_at=dt.datetime(2026, 11, 2, 10, 0))
    before = _totals()
    points_before = stats.ledger_balance(member.id)
    spend_before = Member.get_by_id(member.id).total_spend
    assert spend_before > 0 and points_before > 0
    anonymise.anonymise_member(member.id)
    assert _totals() == before
    assert stats.ledger_balance(member.id) == points_before
    stats.refresh_member(member.id)  # the caches rebuilt from the kept sales agree
    assert Member.get_by_id(member.id).total_spend == spend_before


def test_audit_logged_without_her_name_and_not_twice(member):
    anonymise.anonymise_member(member.id, clerk="店长")
    log = audit.entries(action=audit.ANONYMISE)
    assert len(log) == 1 and log[0].clerk == "店长" and f"#{member.id}" in log[0].detail
    assert "黄明华" not in log[0].detail
    with pytest.raises(anonymise.AlreadyAnonymised):
        anonymise.anonymise_member(member.id)


def test_her_old_phone_can_enrol_again_as_a_new_member(member):
    anonymise.anonymise_member(member.id)
    again = members.enrol("黄明华", "13812345678")
    assert again.id != member.id
    assert search_member_ids("5678") == [again.id]


def test_bulk_anonymise_backs_up_first(member, tmp_path):
    other = members.enrol("李秀英", "13987651234")
    n = anonymise.anonymise_members([member.id, other.id, member.id], clerk="店长", backup_dir=tmp_path / "bk")
    assert n == 2
    backups = list((tmp_path / "bk").glob("vipdesk-*-bulk_delete.db"))
    assert len(backups) == 1
    assert audit.entries(action=audit.BULK)[0].count == 2


# --- access request

def _xlsx_strings(path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def test_export_member_data_xlsx_has_everything_as_text(member, tmp_path):
    members.update_member(member.id, notes="=HYPERLINK(\"http://x\")", address="+1 号楼")
    consent.record_marketing_consent(member.id, True)
    path = anonymise.export_member_data(member.id, tmp_path / "her.xlsx", clerk="店长")
    xml = _xlsx_strings(path)
    for expected in ("黄明华", "13812345678", "80001234", "小宝", "结婚纪念日", "A100", "连衣裙", "她说下周带女儿来",
                     "试了大衣", "接收营销信息", "入会同意", "HYPERLINK"):
        assert expected in xml, expected
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere
    from openpyxl import load_workbook

    wb = load_workbook(path)
    assert {"基本资料", "孩子", "消费记录", "积分明细", "联系记录", "同意记录"} <= set(wb.sheetnames)
    notes = [r for r in wb["基本资料"].iter_rows(values_only=True) if r[0] == "备注"][0]
    assert notes[1].startswith("=HYPERLINK")
    assert wb["基本资料"].cell(row=2, column=2).data_type == "s"
    assert audit.entries(action="member_export")[0].file == str(path)
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_member_data_json(member, tmp_path):
    path = anonymise.export_member_data(member.id, tmp_path / "her.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["member_id"] == member.id
    profile = dict(data["sections"]["基本资料"][1:])
    assert profile["手机"] == "13812345678" and profile["姓名"] == "黄明华"
    assert len(data["sections"]["消费记录"]) == 3  # header + two lines
    assert any(r[0] for r in data["sections"]["积分明细"][1:])


def test_export_refuses_other_file_types(member, tmp_path):
    with pytest.raises(ValidationError):
        anonymise.export_member_data(member.id, tmp_path / "her.csv")


# --- retention

def test_due_for_anonymisation_lists_members_inactive_beyond_the_period(db_path, clerk):
    from vipdesk.model.sales import recording as sales

    today = dt.date(2026, 11, 23)
    old = members.enrol("老会员", "13900000001", enrolled_on=dt.date(2020, 1, 1))
    sales.record_sale(old.id, [sales.LineInput("A", 1000)], clerk_id=None, sold_at=dt.datetime(2022, 5, 1, 10))
    called = members.enrol("联系过", "13900000002", enrolled_on=dt.date(2020, 1, 1))
    members.log_contact(called.id, clerk_id=None, outcome="接通", at=dt.datetime(2024, 6, 1, 10))
    bought = members.enrol("买过", "13900000003", enrolled_on=dt.date(2020, 1, 1))
    sales.record_sale(bought.id, [sales.LineInput("A", 1000)], clerk_id=None, sold_at=dt.datetime(2025, 5, 1, 10))
    new = members.enrol("新会员", "13900000004", enrolled_on=dt.date(2026, 1, 1))
    never = members.enrol("从没来过", "13900000005", enrolled_on=dt.date(2021, 3, 1))
    gone = members.enrol("已注销", "13900000006", enrolled_on=dt.date(2019, 1, 1))
    anonymise.anonymise_member(gone.id)
    due = anonymise.due_for_anonymisation(today)
    assert [r.member_id for r in due] == [never.id, old.id]  # oldest activity first
    assert due[1].last_activity == dt.date(2022, 5, 1)
    assert {r.member_id for r in anonymise.due_for_anonymisation(today, months=24)} == {never.id, old.id, called.id}
    assert {r.member_id for r in anonymise.due_for_anonymisation(today, months=12)} == {
        never.id, old.id, called.id, bought.id}
    assert new.id not in {r.member_id for r in anonymise.due_for_anonymisation(today, months=11)}
    assert new.id in {r.member_id for r in anonymise.due_for_anonymisation(today, months=10)}
    from vipdesk.model.store import settings

    settings.put("privacy.retention_months", 60)
    assert [r.member_id for r in anonymise.due_for_anonymisation(today)] == [never.id]


def test_no_formula_cells_in_export_even_for_hostile_names(db_path, tmp_path):
    m = members.enrol("=1+2", "13900000001", address="@SUM(A1)", notes="-3")
    path = anonymise.export_member_data(m.id, tmp_path / "x.xlsx")
    xml = _xlsx_strings(path)
    assert "<f>" not in xml
    assert re.search(r"=1\+2", xml)

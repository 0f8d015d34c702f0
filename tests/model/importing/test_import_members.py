"""Member import end to end on real SQLite files: messy xlsx/CSV, opening balances,
duplicates (in the file and against the database), re-import, cancel, round trip."""

from __future__ import annotations

import csv
import datetime as dt
import threading
from pathlib import Path

import pytest
from importing_fixtures import (
    MESSY,
    XLSX_ONLY,
    Row,
    first_data_row_csv,
    first_data_row_xlsx,
    to_shared_strings,
    write_csv,
    write_xlsx,
)
from openpyxl import load_workbook

from vipdesk.model.importing.members_import import KEEP_BOTH, MERGE, SKIP, import_members
from vipdesk.model.importing.runner import SKIP_BAD
from vipdesk.model.importing.tabular import ImportCancelled
from vipdesk.model.loyalty.incentives import monthly_table
from vipdesk.model.loyalty.ledger import ledger_consistent
from vipdesk.model.members import profile as members
from vipdesk.model.members import stats
from vipdesk.model.store.db import close_database, open_database
from vipdesk.model.store.tables import AuditLog, Card, Member, PointsEntry, Sale, Staff, TierChange


def _check_member(r: Row) -> Member:
    m = Member.get(Member.phone == r.phone)
    assert m.name == r.name
    if r.bday:
        assert (m.birth_year, m.birth_month, m.birth_day, m.birthday_lunar, m.birthday_leap) == r.bday
    else:
        assert m.birth_month is None
    assert m.gender == r.sex
    assert m.points == r.pts and stats.ledger_balance(m.id) == r.pts
    assert m.total_spend == r.fen
    assert m.purchase_count == 0 and m.last_purchase is None  # opening spend is not a purchase
    if r.hobby:
        assert f"爱好:{r.hobby}" in m.notes
    if "card_no" in r.extra:
        assert m.card_no == r.extra["card_no"] and Card.get(Card.member == m.id).card_no == m.card_no
    return m


def _assert_all_good_rows_imported(rows: list[Row]) -> None:
    good = [r for r in rows if not r.bad]
    assert Member.select().count() == len(good)
    for r in good:
        _check_member(r)
    assert ledger_consistent()
    # one opening entry per member with points, one opening sale per member with spend
    assert PointsEntry.select().where(PointsEntry.kind == "import").count() == sum(1 for r in good if r.pts)
    assert Sale.select().where(Sale.kind == "opening").count() == sum(1 for r in good if r.fen)
    assert all(e.reason == "导入期初积分" for e in PointsEntry.select())


def _rejected_rows(result) -> set[int]:  # noqa: ANN001
    return {p.row for p in result.problems if p.severity == "rejected"}


@pytest.mark.parametrize("shared", [False, True], ids=["inline-strings", "shared-strings"])
def test_messy_xlsx_with_title_row_and_merged_header(db_path: Path, tmp_path: Path, shared: bool) -> None:
    rows = MESSY + XLSX_ONLY
    path = write_xlsx(tmp_path / "会员.xlsx", rows)
    if shared:
        to_shared_strings(path)
    result = import_members(path, policy=SKIP_BAD)
    assert result.written
    start = first_data_row_xlsx()
    assert _rejected_rows(result) == {start + i for i, r in enumerate(rows) if r.bad}
    assert result.counts() == {"read": len(rows), "imported": len(rows) - 4, "updated": 0, "skipped": 0,
                               "rejected": 4}
    _assert_all_good_rows_imported(rows)
    landline = Member.get(Member.name == "冯梅")
    assert landline.phone == "0571-88886666-801"
    assert (tmp_path / "会员_导入报告.xlsx").exists()


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_messy_csv(db_path: Path, tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "会员.csv", MESSY, encoding)
    result = import_members(path, policy=SKIP_BAD)
    assert result.written
    start = first_data_row_csv()
    assert _rejected_rows(result) == {start + i for i, r in enumerate(MESSY) if r.bad}
    _assert_all_good_rows_imported(MESSY)


def test_default_policy_writes_nothing_and_reports_each_bad_row(db_path: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "m.xlsx", MESSY)
    result = import_members(path)
    assert not result.written and Member.select().count() == 0 and PointsEntry.select().count() == 0
    reasons = {p.row: (p.column, p.reason) for p in result.problems if p.severity == "rejected"}
    start = first_data_row_xlsx()
    assert reasons[start + 12][0] == "会员姓名"
    assert reasons[start + 13][0] == "手机" and "12345" in reasons[start + 13][1]
    assert reasons[start + 14][0] == "生日(农历请注明)" and "日期不存在" in reasons[start + 14][1]
    assert reasons[start + 15][0] == "当前积分"
    report = load_workbook(tmp_path / "m_导入报告.xlsx")
    texts = [[c.value for c in row] for row in report.worksheets[0].iter_rows(min_row=2)]
    assert [start + 13, "手机", "12345"] in [t[:3] for t in texts]


def test_dry_run_previews_without_writing(db_path: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "m.xlsx", [r for r in MESSY if not r.bad])
    result = import_members(path, dry_run=True, report=False)
    assert not result.written and result.imported == 12
    assert Member.select().count() == 0 and Staff.select().count() == 0 and TierChange.select().count() == 0
    assert AuditLog.select().count() == 0


def test_reimport_adds_nothing_and_never_doubles_points(db_path: Path, tmp_path: Path) -> None:
    good = [r for r in MESSY + XLSX_ONLY if not r.bad]
    path = write_xlsx(tmp_path / "m.xlsx", good)
    first = import_members(path)
    assert first.written and first.imported == len(good)
    again = import_members(path)
    assert again.written
    assert again.counts() == {"read": len(good), "imported": 0, "updated": 0, "skipped": len(good), "rejected": 0}
    assert len(again.extra["duplicates"]) == len(good)
    audit = [(a.action, a.count, a.file) for a in AuditLog.select().order_by(AuditLog.id)]
    assert audit == [("import_members", len(good), str(path)), ("import_members", 0, str(path))]
    assert {d["action"] for d in again.extra["duplicates"]} == {MERGE}
    _assert_all_good_rows_imported(good)


def _write_simple(path: Path, rows: list[list[object]],
                  header: tuple[str, ...] = ("姓名", "手机", "生日", "性别", "积分", "邮箱", "导购")) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_duplicate_of_a_member_on_file_fills_her_empty_fields(db_path: Path, tmp_path: Path) -> None:
    m = members.enrol("王芳", "13812345678", email="")
    path = _write_simple(tmp_path / "d.csv", [["王小芳", "138 1234 5678", "1985-03-07", "女", "500", "w@x.cn", "小美"]])
    result = import_members(path)
    assert result.counts()["updated"] == 1 and result.imported == 0
    assert Member.select().count() == 1
    m = Member.get_by_id(m.id)
    assert m.name == "王芳"  # what is on file is never overwritten
    assert (m.birth_year, m.birth_month, m.birth_day) == (1985, 3, 7)
    assert m.gender == "F" and m.email == "w@x.cn" and m.clerk.name == "小美"
    assert "导入姓名:王小芳" in m.notes
    assert m.points == 500 and ledger_consistent()
    [dup] = result.extra["duplicates"]
    assert dup["reason"] == "phone" and dup["member_id"] == m.id and dup["action"] == MERGE


def test_same_phone_twice_in_the_file_is_one_member(db_path: Path, tmp_path: Path) -> None:
    path = _write_simple(tmp_path / "d.csv", [["王芳", "13812345678", "", "", "300", "", ""],
                                              ["王芳", "+86 13812345678", "1985/3/7", "女", "300", "", ""]])
    result = import_members(path)
    assert Member.select().count() == 1
    m = Member.get()
    assert m.birth_month == 3 and m.gender == "F"
    assert m.points == 300  # the opening balance is posted once per member
    [dup] = result.extra["duplicates"]
    assert dup["row"] == 3 and dup["other_row"] == 2


def test_same_name_and_birthday_choices(db_path: Path, tmp_path: Path) -> None:
    members.enrol("李娜", "13900001111", birthday=members.Birthday(3, 7, 1985))
    path = _write_simple(tmp_path / "d.csv", [["李娜", "13700002222", "1985-03-07", "", "", "", ""]])

    preview = import_members(path, dry_run=True, report=False)
    [dup] = preview.extra["duplicates"]
    assert dup["reason"] == "name_birthday" and dup["action"] == KEEP_BOTH  # two phones: maybe two people

    skipped = import_members(path, choices={2: SKIP}, report=False)
    assert skipped.skipped == 1 and Member.select().count() == 1

    merged = import_members(path, choices={2: MERGE}, report=False)
    assert merged.updated == 1 and Member.select().count() == 1
    assert "另一号码:13700002222" in Member.get().notes

    both = import_members(path, default_choice=KEEP_BOTH, report=False)
    assert both.imported == 1 and Member.select().count() == 2


def test_row_without_phone_completes_a_member_with_the_same_name_and_birthday(db_path: Path,
                                                                             tmp_path: Path) -> None:
    m = members.enrol("李娜", "13900001111", birthday=members.Birthday(3, 7, 1985))
    path = _write_simple(tmp_path / "d.csv", [["李娜", "", "1985-03-07", "女", "", "l@x.cn", ""],
                                              ["无名", "", "1990-01-01", "", "", "", ""],
                                              ["没生日", "", "", "", "", "", ""]])
    result = import_members(path, policy=SKIP_BAD, report=False)
    assert result.counts() == {"read": 3, "imported": 0, "updated": 1, "skipped": 0, "rejected": 2}
    m = Member.get_by_id(m.id)
    assert m.gender == "F" and m.email == "l@x.cn" and Member.select().count() == 1
    assert {(p.row, p.column) for p in result.problems if p.severity == "rejected"} == {(3, "手机"), (4, "手机")}
    result = import_members(path, policy=SKIP_BAD, default_choice=KEEP_BOTH, report=False)
    assert result.rejected == 3 and Member.select().count() == 1


def test_keep_both_with_the_same_phone_still_merges(db_path: Path, tmp_path: Path) -> None:
    members.enrol("王芳", "13812345678")
    path = _write_simple(tmp_path / "d.csv", [["王芳", "13812345678", "", "女", "", "", ""]])
    result = import_members(path, default_choice=KEEP_BOTH, report=False)
    assert Member.select().count() == 1 and result.updated == 1
    assert any("只能有一位会员" in p.reason for p in result.problems)


def test_tiers_cards_and_clerks(db_path: Path, tmp_path: Path) -> None:
    members.enrol("老会员", "13600000000")
    Member.update(card_no="C100").execute()
    path = _write_simple(tmp_path / "t.csv", [
        ["甲", "13800000001", "", "", "6500", "", "小美", "", ""],
        ["乙", "13800000002", "", "", "10", "", "小美", "金卡", "C200"],
        ["丙", "13800000003", "", "", "", "", "", "黑金卡", "C100"],
    ], header=("姓名", "手机", "生日", "性别", "积分", "邮箱", "导购", "会员等级", "卡号"))
    result = import_members(path)
    assert result.written
    tiers = {m.name: m.tier for m in Member.select()}
    assert tiers["甲"] == "金卡"  # by points
    assert tiers["乙"] == "金卡"  # as the file says
    assert tiers["丙"] == "普卡"  # unknown tier name → by points, original kept in notes
    c = Member.get(Member.name == "丙")
    assert "会员等级:黑金卡" in c.notes and "原卡号:C100" in c.notes and c.card_no is None
    assert Member.get(Member.name == "乙").card_no == "C200"
    assert Staff.select().where(Staff.name == "小美").count() == 1
    assert TierChange.select().where(TierChange.reason == "导入").count() == 3
    # imported cards are no card sales: nobody earns a card incentive for them (L10)
    today = dt.date.today()
    assert monthly_table(today.year, today.month) == []


def test_merged_away_members_are_not_merge_targets(db_path: Path, tmp_path: Path) -> None:
    m = members.enrol("王芳", "13812345678", birthday=members.Birthday(3, 7, 1985))
    Member.update(status="merged").where(Member.id == m.id).execute()
    path = _write_simple(tmp_path / "d.csv", [["王芳", "13900001111", "1985-03-07", "", "", "", ""]])
    result = import_members(path, report=False)
    assert result.imported == 1 and not result.extra["duplicates"]


def test_opening_spend_is_dated_at_enrolment_when_known(db_path: Path, tmp_path: Path) -> None:
    path = _write_simple(tmp_path / "o.csv", [["甲", "13800000001", "", "", "", "2019-05-01", "¥1,000"],
                                              ["乙", "13800000002", "", "", "", "", "¥2,000"]],
                         header=("姓名", "手机", "生日", "性别", "积分", "开卡日期", "累计消费"))
    import_members(path, report=False)
    opening = {s.member.name: s.sold_at for s in Sale.select().where(Sale.kind == "opening")}
    assert opening["甲"] == dt.datetime(2019, 5, 1)
    assert opening["乙"].date() == dt.date.today()
    assert Member.get(Member.name == "甲").enrolled_on == dt.date(2019, 5, 1)
    assert {m.name: m.total_spend for m in Member.select()} == {"甲": 100000, "乙": 200000}


def test_cancel_halfway_writes_nothing(db_path: Path, tmp_path: Path) -> None:
    """Issue 13: cancelled halfway through the all-or-nothing check (which runs the writer on a
    private copy of the file), nothing reaches the shop's database."""
    rows = [[f"会员{i}", f"138{i:08d}", "1985-03-07", "女", str(i), "", "小美"] for i in range(600)]
    path = _write_simple(tmp_path / "big.csv", rows)
    stop = threading.Event()
    state = {"phase": "", "members_seen": 0}

    def progress(done: int, total: int) -> None:
        if state["phase"] == "checking" and done >= total // 2 and not stop.is_set():
            state["members_seen"] = Member.select().count()  # on the private copy
            stop.set()

    with pytest.raises(ImportCancelled):
        import_members(path, progress=progress, phase=lambda p: state.update(phase=p), cancel=stop)
    assert state["members_seen"] >= 250  # the write was really under way
    for model in (Member, PointsEntry, Sale, Staff, TierChange, Card, AuditLog):
        assert model.select().count() == 0, model


def test_cancel_while_applying_finishes_the_import(db_path: Path, tmp_path: Path) -> None:
    """Issue 13: once the short transactions have begun, a cancel would leave half an import;
    the run finishes instead, so the file holds all of it (never half)."""
    rows = [[f"会员{i}", f"138{i:08d}", "1985-03-07", "女", str(i), "", "小美"] for i in range(300)]
    path = _write_simple(tmp_path / "big.csv", rows)
    stop = threading.Event()
    state = {"phase": ""}

    def progress(done: int, total: int) -> None:
        if state["phase"] == "writing" and done >= 10:
            stop.set()

    result = import_members(path, progress=progress, phase=lambda p: state.update(phase=p), cancel=stop,
                            report=False)
    assert stop.is_set() and result.written
    assert Member.select().count() == 300
    assert PointsEntry.select().count() == 299  # row 0 has 0 points


def test_round_trip_through_the_export(db_path: Path, tmp_path: Path) -> None:
    from vipdesk.model.importing.members_export import export_members

    good = [r for r in MESSY + XLSX_ONLY if not r.bad]
    import_members(write_xlsx(tmp_path / "in.xlsx", good))
    fields = ("name", "phone", "gender", "birth_year", "birth_month", "birth_day", "birthday_lunar",
              "birthday_leap", "points", "total_spend", "tier", "card_no")

    def snapshot() -> list[tuple]:
        return sorted(tuple(getattr(m, f) for f in fields) for m in Member.select())

    before = snapshot()
    export_members(tmp_path / "out.xlsx", full_phones=True)
    close_database()
    open_database(tmp_path / "fresh.db")
    result = import_members(tmp_path / "out.xlsx")
    assert result.written and result.rejected == 0
    assert snapshot() == before
    assert ledger_consistent()

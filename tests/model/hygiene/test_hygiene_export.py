"""Members export: same column layout as the import; export → import into an
empty database gives the same members; user text never becomes a formula."""

from __future__ import annotations

import datetime as dt
import threading
import zipfile
from pathlib import Path

import pytest

from vipdesk.model.importing.mapping import MEMBER_FIELDS, guess_mapping
from vipdesk.model.importing.members_export import HEADERS, ExportCancelled, export_members
from vipdesk.model.importing.members_import import import_members
from vipdesk.model.importing.tabular import open_table
from vipdesk.model.loyalty import config, ledger
from vipdesk.model.members import profile as members
from vipdesk.model.members.profile import Birthday
from vipdesk.model.members.staff import add_staff
from vipdesk.model.sales import recording as sales
from vipdesk.model.sales.recording import LineInput
from vipdesk.model.store import settings
from vipdesk.model.store.db import close_database, open_database
from vipdesk.model.store.tables import AuditLog, Member, Staff

FIELDS = ("name", "phone", "card_no", "gender", "birth_year", "birth_month", "birth_day", "birthday_lunar",
          "birthday_leap", "points", "total_spend", "tier", "address", "email", "notes", "enrolled_on",
          "ethnicity", "occupation", "sizes", "channel")


def _snapshot() -> dict[str, dict]:
    out = {}
    for m in Member.select().where(Member.status == "active"):
        row = {f: getattr(m, f) for f in FIELDS}
        row["enrolled_on"] = str(row["enrolled_on"])
        row["clerk"] = Staff.get_by_id(m.clerk_id).name if m.clerk_id else None
        row["referrer"] = Member.get_by_id(m.referred_by_id).phone if m.referred_by_id else None
        out[m.phone] = row
    return out


def _fill() -> None:
    settings.put(config.L5_AUTO.key, False)
    li = add_staff("小李")
    zhang = add_staff("张姐")
    a = members.enrol("王芳", "13812345678", birthday=Birthday(3, 7, 1985), clerk_id=li.id, gender="女",
                      address="杭州市西湖区文三路 1 号", email="wf@example.com", notes="老顾客;喜欢红色",
                      enrolled_on=dt.date(2019, 4, 2), ethnicity="汉族", occupation="教师", sizes="M / 27",
                      channel="日常到店")
    members.issue_card(a.id, "80000001")
    sales.record_sale(a.id, [LineInput("A1", 123450)], clerk_id=li.id)
    members.enrol("李娜", "13900000002", birthday=Birthday(8, 15, is_lunar=True), clerk_id=zhang.id,
                  gender="男", enrolled_on=dt.date(2021, 1, 5))
    b = members.enrol("陈静", "13700000003", birthday=Birthday(6, 1, 1987, is_lunar=True, is_leap=True),
                      referred_by_id=a.id, enrolled_on=dt.date(2022, 2, 3))
    ledger.post_points(b.id, 6500, "adjust", "补录")
    members.enrol("=HYPERLINK(\"http://x\")", "0571-88886666", birthday=Birthday(2, 29),
                  notes="+1 @先生 -折扣", enrolled_on=dt.date(2023, 6, 1))
    members.enrol("赵敏", "13600000004", enrolled_on=dt.date(2024, 7, 8))


def test_round_trip_into_empty_database(tmp_path: Path):
    open_database(tmp_path / "a.db")
    try:
        _fill()
        from vipdesk.model.loyalty import tiers

        for m in Member.select():
            tiers.check_upgrade(m.id)
        before = _snapshot()
        result = export_members(tmp_path / "会员.xlsx", full_phones=True, clerk="店长")
        assert result.count == 5
        log = AuditLog.get(AuditLog.action == "export_members")
        assert (log.count, log.clerk, log.file) == (5, "店长", str(result.path))
    finally:
        close_database()
    open_database(tmp_path / "b.db")
    try:
        imported = import_members(result.path, report=False)
        assert imported.written, [p.to_json() for p in imported.problems]
        assert imported.counts()["imported"] == 5 and imported.rejected == 0
        after = _snapshot()
        assert after == before
        assert ledger.ledger_consistent()
    finally:
        close_database()


def test_headers_are_recognised_by_the_import(tmp_path: Path, db_path):
    members.enrol("王芳", "13812345678")
    path = export_members(tmp_path / "x.xlsx", full_phones=True).path
    with open_table(path) as t:
        assert t.columns == [h for h in HEADERS] and t.header_row == 1
        mapping = guess_mapping(t.columns, MEMBER_FIELDS)
    assert "notes" in mapping.values() and all(v != "ignore" for v in mapping.values())
    assert len(set(mapping.values())) == len(HEADERS)  # every column its own field


def test_masked_by_default_and_text_never_formula(tmp_path: Path, db_path):
    members.enrol("=1+2", "13812345678", notes="@SUM(A1)")
    path = export_members(tmp_path / "x.xlsx").path
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
        strings = " ".join(z.read(n).decode("utf-8") for n in z.namelist() if "sharedStrings" in n)
    assert "<f>" not in sheet and "<f " not in sheet
    everything = sheet + strings
    assert "138****5678" in everything and "13812345678" not in everything
    assert "=1+2" in everything
    log = AuditLog.get(AuditLog.action == "export_members")
    assert "隐藏" in log.detail


def test_masked_export_cannot_be_imported(tmp_path: Path, db_path):
    members.enrol("王芳", "13812345678")
    path = export_members(tmp_path / "x.xlsx").path
    close_database()
    open_database(tmp_path / "empty.db")
    result = import_members(path, report=False)
    assert not result.written and result.rejected == 1


def test_merged_members_not_exported_and_selection(tmp_path: Path, db_path):
    a = members.enrol("甲", "13800000001")
    b = members.enrol("乙", "13900000002")
    c = members.enrol("丙", "13700000003")
    from vipdesk.model.hygiene.merge import merge_members

    merge_members(a.id, b.id)
    assert export_members(tmp_path / "all.xlsx", True).count == 2
    assert export_members(tmp_path / "one.xlsx", True, member_ids=[c.id]).count == 1


def test_cancel_leaves_no_file_and_keeps_old_one(tmp_path: Path, db_path):
    members.enrol("甲", "13800000001")
    target = tmp_path / "x.xlsx"
    target.write_bytes(b"old")
    stop = threading.Event()
    stop.set()
    with pytest.raises(ExportCancelled):
        export_members(target, True, cancelled=stop)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []
    assert not AuditLog.select().where(AuditLog.action == "export_members").exists()


def test_progress_reaches_total(tmp_path: Path, db_path):
    for i in range(3):
        members.enrol(f"会员{i}", f"1380000000{i}")
    seen: list[tuple[int, int]] = []
    export_members(tmp_path / "x.xlsx", True, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (3, 3)

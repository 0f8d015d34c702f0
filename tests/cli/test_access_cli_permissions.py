"""Issue 13 item 2: every CLI gate checks the signed-in person's role against the
owner's permission table, like the GUI: per permission a clerk is refused (exit 3),
a manager allowed exactly when the table says so, the owner always.  Credentials
come from VIPDESK_USER / VIPDESK_PIN, as a scheduled task gives them."""

from __future__ import annotations

from pathlib import Path

import pytest

from vipdesk.cli import main
from vipdesk.model import access
from vipdesk.model.loyalty import gifts, ledger
from vipdesk.model.loyalty.tables import GiftRedemption
from vipdesk.model.members import profile as members
from vipdesk.model.privacy import audit
from vipdesk.model.safety import backup as bk
from vipdesk.model.store.db import close_database, open_database
from vipdesk.model.store.tables import AuditLog

PINS = {"王店长": "258013", "赵主管": "135792", "小李": "246813"}


@pytest.fixture
def shop(tmp_path: Path, monkeypatch) -> dict:
    monkeypatch.delenv("VIPDESK_PIN", raising=False)
    monkeypatch.delenv("VIPDESK_USER", raising=False)
    db = tmp_path / "vipdesk.db"
    open_database(db)
    try:
        m = members.enrol("王芳", "13800001111")
        ledger.adjust(m.id, 20000, "开业赠送")
        gift = gifts.add_gift("保温杯", 6000, stock=5)
        access.create_owner("王店长", PINS["王店长"])
        boss = access.authenticate("王店长", PINS["王店长"])
        access.add_user(boss, "赵主管", PINS["赵主管"], access.MANAGER)
        access.add_user(boss, "小李", PINS["小李"], access.CLERK)
        access.set_permission_table(boss, {access.MANAGER: [], access.CLERK: []}, redeem_limit=5000)
        gift_id = gift.id
    finally:
        close_database()
    backup = bk.backup_now(db, bk.backup_dir_for(db), "manual")
    csv = tmp_path / "m.csv"
    csv.write_text("姓名,手机\n李娜,13900002222\n", encoding="utf-8")
    return {"db": db, "tmp": tmp_path, "backup": backup.path, "csv": csv, "gift": gift_id}


COMMANDS = {
    access.IMPORT: lambda s: ["import", "members", str(s["csv"]), "--no-report"],
    access.RESTORE: lambda s: ["restore", str(s["backup"])],
    access.FULL_PHONES: lambda s: ["export", "members", "-o", str(s["tmp"] / "x.xlsx"), "--full-phones"],
    access.REDEEM_LARGE: lambda s: ["loyalty", "redeem", "13800001111", str(s["gift"])],
    access.SETTINGS_PERM: lambda s: ["sms", "template", "birthday", "--code", "SMS_1", "--type", "notification",
                                     "--text", "生日快乐"],
    access.SMS_SEND: lambda s: ["sms", "send"],
}


def _grant(db: Path, perms: list[str]) -> None:
    open_database(db)
    try:
        boss = access.authenticate("王店长", PINS["王店长"])
        access.set_permission_table(boss, {access.MANAGER: perms, access.CLERK: []})
    finally:
        close_database()


def _run(shop: dict, who: str, argv: list[str], monkeypatch) -> int:
    monkeypatch.setenv("VIPDESK_USER", who)
    monkeypatch.setenv("VIPDESK_PIN", PINS[who])
    return main(["--db", str(shop["db"]), *argv])


@pytest.mark.parametrize("permission", sorted(COMMANDS))
def test_cli_gate_follows_the_permission_table(shop, permission, monkeypatch, capsys) -> None:
    argv = COMMANDS[permission](shop)
    label = access.PERMISSIONS[permission]
    assert _run(shop, "小李", argv, monkeypatch) == 3
    assert f"没有“{label}”的权限" in capsys.readouterr().err
    assert _run(shop, "赵主管", argv, monkeypatch) == 3  # not granted yet
    assert f"赵主管 没有“{label}”的权限" in capsys.readouterr().err
    _grant(shop["db"], [permission])
    code = _run(shop, "赵主管", argv, monkeypatch)
    err = capsys.readouterr().err
    assert "权限" not in err and (code != 3 or "短信服务商" in err), err  # sms send: provider not set up
    _grant(shop["db"], [])
    code = _run(shop, "王店长", argv, monkeypatch)
    err = capsys.readouterr().err
    assert "权限" not in err and (code != 3 or "短信服务商" in err), err


def test_small_redemption_needs_only_a_signed_in_clerk_and_is_attributed(shop, monkeypatch, capsys) -> None:
    """Issue 13 item 3: the CLI's PIN check sets who did the write."""
    open_database(shop["db"])
    try:
        small = gifts.add_gift("纸巾", 100, stock=5).id
    finally:
        close_database()
    assert _run(shop, "小李", ["loyalty", "redeem", "13800001111", str(small)], monkeypatch) == 0
    capsys.readouterr()
    open_database(shop["db"])
    try:
        from vipdesk.model.store.tables import Staff

        row = GiftRedemption.select().order_by(GiftRedemption.id.desc()).get()
        assert row.clerk_id == Staff.get(Staff.name == "小李").id
    finally:
        close_database()


def test_cli_audit_entries_name_the_signed_in_person(shop, monkeypatch, capsys) -> None:
    assert _run(shop, "王店长", COMMANDS[access.FULL_PHONES](shop), monkeypatch) == 0
    capsys.readouterr()
    open_database(shop["db"])
    try:
        entry = AuditLog.select().where(AuditLog.action != audit.SETTINGS).order_by(AuditLog.id.desc()).get()
        assert entry.clerk == "王店长"
    finally:
        close_database()

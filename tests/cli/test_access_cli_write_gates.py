"""Issue 13 item 4 (CLI obeys the GUI's permissions): the write commands the first
pass left open — ``loyalty review --apply``, ``loyalty convert``, ``loyalty topup``,
``backup -o``, ``demo --force`` on a shop's file, ``calllist --full-phone`` — ask
for the same permission as the GUI action that does the same thing.  Without
credentials (or as a clerk, where the GUI needs more) they exit with 3 and a
Chinese message; the permitted role goes through."""

from __future__ import annotations

from pathlib import Path

import pytest

from vipdesk.cli import main
from vipdesk.model import access
from vipdesk.model.loyalty import config, ledger
from vipdesk.model.members import profile as members
from vipdesk.model.store import settings
from vipdesk.model.store.db import close_database, open_database

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
        settings.put(config.SV_ENABLED.key, True)  # the shop offers stored value
        access.create_owner("王店长", PINS["王店长"])
        boss = access.authenticate("王店长", PINS["王店长"])
        access.add_user(boss, "赵主管", PINS["赵主管"], access.MANAGER)
        access.add_user(boss, "小李", PINS["小李"], access.CLERK)
        access.set_permission_table(boss, {access.MANAGER: [], access.CLERK: []})
    finally:
        close_database()
        access.sign_out()
    return {"db": db, "tmp": tmp_path}


def _run(shop: dict, who: str | None, argv: list[str], monkeypatch) -> int:
    access.sign_out()
    if who is None:
        monkeypatch.delenv("VIPDESK_USER", raising=False)
        monkeypatch.delenv("VIPDESK_PIN", raising=False)
    else:
        monkeypatch.setenv("VIPDESK_USER", who)
        monkeypatch.setenv("VIPDESK_PIN", PINS[who])
    try:
        return main(["--db", str(shop["db"]), *argv])
    finally:
        access.sign_out()


def _grant(db: Path, perms: list[str]) -> None:
    open_database(db)
    try:
        boss = access.authenticate("王店长", PINS["王店长"])
        access.set_permission_table(boss, {access.MANAGER: perms, access.CLERK: []})
    finally:
        close_database()
        access.sign_out()


# Commands the GUI lets only a permitted role do: permission -> argv.
GATED = {
    "review --apply": (access.POINTS_ADJUST, lambda s: ["loyalty", "review", "--apply"]),
    "backup -o": (access.COPY_DATA, lambda s: ["backup", "-o", str(s["tmp"] / "copy.db")]),
    "demo --force": (access.RESTORE, lambda s: ["demo", "--force", "--members", "3", "--sales", "5"]),
    "calllist --full-phone": (access.FULL_PHONES,
                              lambda s: ["calllist", "--full-phone", "-o", str(s["tmp"] / "c.pdf")]),
}


@pytest.mark.parametrize("name", sorted(GATED))
def test_clerk_refused_permitted_manager_allowed(shop, name, monkeypatch, capsys, qapp) -> None:
    """Issue 13: clerk → exit 3 naming the permission; manager only once granted; owner always."""
    permission, argv = GATED[name]
    label = access.PERMISSIONS[permission]
    assert _run(shop, "小李", argv(shop), monkeypatch) == 3
    assert f"小李 没有“{label}”的权限" in capsys.readouterr().err
    assert _run(shop, "赵主管", argv(shop), monkeypatch) == 3
    assert f"赵主管 没有“{label}”的权限" in capsys.readouterr().err
    assert _run(shop, None, argv(shop), monkeypatch) == 3  # no credentials, no terminal
    assert "没有提供密码" in capsys.readouterr().err
    if name == "demo --force":  # the owner only: it replaces the manager's login too
        assert _run(shop, "王店长", argv(shop), monkeypatch) == 0, capsys.readouterr().err
        return
    _grant(shop["db"], [permission])
    code = _run(shop, "赵主管", argv(shop), monkeypatch)
    err = capsys.readouterr().err
    assert code == 0, err


@pytest.mark.parametrize("argv", [["loyalty", "topup", "13800001111", "100"],
                                  ["loyalty", "convert", "13800001111"]])
def test_counter_writes_need_someone_signed_in_and_are_attributed(shop, argv, monkeypatch, capsys) -> None:
    """Issue 13: a top-up or a points→voucher conversion needs no extra right at the
    counter, so the CLI asks only for a signed-in person — and records who it was."""
    assert _run(shop, None, argv, monkeypatch) == 3
    assert "没有提供密码" in capsys.readouterr().err
    assert _run(shop, "小李", argv, monkeypatch) == 0, capsys.readouterr().err
    open_database(shop["db"])
    try:
        from vipdesk.model.loyalty.tables import StoredValueEntry, Voucher
        from vipdesk.model.store.tables import Staff

        table = StoredValueEntry if argv[1] == "topup" else Voucher
        row = table.select().order_by(table.id.desc()).get()
        assert row.clerk_id == Staff.get(Staff.name == "小李").id
    finally:
        close_database()

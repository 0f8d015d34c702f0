"""Issue 14: ``vipdesk find`` reads a healthy file on plain sqlite3 (no peewee); its answer must be
exactly the full (peewee) path's — full vs masked phones (issue 13, D5) included — and every
unusual file must go the full way (migrate, refuse, explain) as before."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

import vipdesk.cli.members as cli_members
from vipdesk.cli import build_parser, main
from vipdesk.model import access
from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.sales import recording as sales
from vipdesk.model.sales.recording import LineInput
from vipdesk.model.store import writers
from vipdesk.model.store.db import close_database, open_database
from vipdesk.model.store.migrations import SCHEMA_VERSION

OWNER_PIN = "258013"
CLERK_PIN = "246813"
MANAGER_PIN = "135792"


@pytest.fixture(autouse=True)
def _no_env_credentials(monkeypatch) -> None:
    monkeypatch.delenv("VIPDESK_PIN", raising=False)
    monkeypatch.delenv("VIPDESK_USER", raising=False)


def _shop(path: Path, *, owner: bool) -> Path:
    """Members with a clerk, a card and a sale; with *owner*: an owner, a clerk login (no
    full-phones right) and a manager login (full phones by default)."""
    open_database(path)
    try:
        clerk = staff.add_staff("王丽娜")
        m = members.enrol("黄明华", "13812341234", clerk_id=clerk.id)
        members.issue_card(m.id, "80000001")
        members.enrol("黄敏", "13900001234")
        members.enrol("李明", "18622223333")
        sales.record_sale(m.id, [LineInput("W26D001", 129900, 1, category="外套")], clerk_id=clerk.id,
                          sold_at=dt.datetime(2026, 11, 1, 15, 0))
        if owner:
            access.create_owner("王店长", OWNER_PIN)
            boss = access.authenticate("王店长", OWNER_PIN)
            access.add_user(boss, "小李", CLERK_PIN, access.CLERK)
            access.add_user(boss, "张主管", MANAGER_PIN, access.MANAGER)
    finally:
        close_database()
    return path


def _run(capsys, argv: list[str], *, light: bool, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.setattr(cli_members, "FIND_LIGHT_PATH", light)
    try:
        code = main(list(argv))
    finally:
        close_database()
    out, err = capsys.readouterr()
    return code, out, err


def _light_answers(argv: list[str]) -> bool:
    """Whether the light path itself answers *argv* (else it hands over to the full path)."""
    args = build_parser(argv).parse_args(argv)
    try:
        return cli_members._find_light(args) is not None
    finally:
        close_database()


def _same_both_ways(capsys, monkeypatch, argv: list[str]) -> tuple[int, str, str]:
    light = _run(capsys, argv, light=True, monkeypatch=monkeypatch)
    full = _run(capsys, argv, light=False, monkeypatch=monkeypatch)
    assert light == full
    return light


def _phones(out: str) -> list[str]:
    return [r["phone"] for r in json.loads(out)]


def test_setup_mode_shows_full_phones_on_both_paths(tmp_path, capsys, monkeypatch) -> None:
    """Issue 14 / D5: a shop with no owner yet (setup mode): full numbers, the same JSON either way."""
    db = _shop(tmp_path / "shop.db", owner=False)
    argv = ["find", "--db", str(db), "1234", "--json"]
    assert _light_answers(argv)
    code, out, _ = _same_both_ways(capsys, monkeypatch, argv)
    assert code == 0 and sorted(_phones(out)) == ["13812341234", "13900001234"]
    hmh = next(r for r in json.loads(out) if r["name"] == "黄明华")
    assert hmh["clerk"] == "王丽娜" and hmh["card_no"] == "80000001" and hmh["last_purchase"] == "2026-11-01 15:00:00"
    for query in ("hmh", "黄", "80000001", "13812341234", "huangminghua", "0000"):
        for extra in ([], ["--json"], ["--limit", "1"]):
            _same_both_ways(capsys, monkeypatch, ["--db", str(db), "find", query, *extra])


def test_owner_without_credentials_masks_on_both_paths(tmp_path, capsys, monkeypatch) -> None:
    """Issue 14 / D5: an owner exists and no PIN is given: masked numbers, the light path answers."""
    db = _shop(tmp_path / "shop.db", owner=True)
    argv = ["find", "--db", str(db), "1234", "--json"]
    assert _light_answers(argv)
    code, out, _ = _same_both_ways(capsys, monkeypatch, argv)
    assert code == 0 and sorted(_phones(out)) == ["138****1234", "139****1234"]
    code, out, _ = _same_both_ways(capsys, monkeypatch, ["find", "--db", str(db), "1234"])
    assert "138****1234" in out and "13812341234" not in out


@pytest.mark.parametrize(("user", "pin", "full"), [("小李", CLERK_PIN, False), ("张主管", MANAGER_PIN, True),
                                                   (None, OWNER_PIN, True), ("小李", "999999", False)])
def test_credentials_are_checked_by_the_full_path(tmp_path, capsys, monkeypatch, user, pin, full) -> None:
    """Issue 14 / D5: with a PIN the sign-in (failure count, access log) is the full path's; the answer is
    the same as with the light path switched off: full numbers only with the full-phones right."""
    db = _shop(tmp_path / "shop.db", owner=True)
    pin_file = tmp_path / "pin.txt"
    pin_file.write_text(pin + "\n", encoding="utf-8")
    argv = ["--pin-file", str(pin_file), *(["--user", user] if user else []), "find", "--db", str(db), "1234", "--json"]
    assert not _light_answers(argv)
    code, out, _ = _same_both_ways(capsys, monkeypatch, argv)
    assert code == 0
    expected = ["13812341234", "13900001234"] if full else ["138****1234", "139****1234"]
    assert sorted(_phones(out)) == expected


def _drop(db: Path, *statements: str) -> None:
    con = sqlite3.connect(db)
    try:
        for sql in statements:
            con.execute(sql)
        con.commit()
    finally:
        con.close()


@pytest.mark.parametrize("tamper", [
    ("DROP TABLE staff_login", "DROP TABLE access_event", "DROP TABLE role_permission"),
    ("DROP TABLE staff_login", "DROP TABLE access_event", "DELETE FROM setting WHERE key = 'access.owner_established'"),
    ("DROP TABLE staff_login", "DELETE FROM setting WHERE key = 'access.owner_established'"),
])
def test_dropped_access_tables_fail_closed_on_both_paths(tmp_path, capsys, monkeypatch, tamper) -> None:
    """Issue 14 / SECURITY.md: access tables dropped with plain sqlite3 never open full numbers —
    not without credentials (light path) and not with the owner's PIN (locked, full path)."""
    db = _shop(tmp_path / "shop.db", owner=True)
    _drop(db, *tamper)
    argv = ["find", "--db", str(db), "1234", "--json"]
    assert _light_answers(argv)
    code, out, _ = _same_both_ways(capsys, monkeypatch, argv)
    assert code == 0 and sorted(_phones(out)) == ["138****1234", "139****1234"]
    monkeypatch.setenv("VIPDESK_PIN", OWNER_PIN)
    code, out, _ = _same_both_ways(capsys, monkeypatch, argv)
    assert code == 0 and sorted(_phones(out)) == ["138****1234", "139****1234"]


def test_a_broken_access_table_in_setup_mode_is_reported_the_same(tmp_path, capsys, monkeypatch) -> None:
    """Issue 14: an error while reading the access state (no owner ever, the login table dropped)
    goes the full way, so the message and exit code are the ones the full path gives."""
    db = _shop(tmp_path / "shop.db", owner=False)
    _drop(db, "DROP TABLE staff_login")
    argv = ["find", "--db", str(db), "1234", "--json"]
    assert not _light_answers(argv)
    code, out, err = _same_both_ways(capsys, monkeypatch, argv)
    assert code != 0 and out == "" and "Traceback" not in err


def test_files_the_full_open_must_handle_take_the_full_path(tmp_path, capsys, monkeypatch) -> None:
    """Issue 14: missing file, older schema (migrated), newer schema (refused), damaged marker,
    not in WAL mode: the light path steps aside and the answer is the full path's."""
    missing = tmp_path / "new" / "shop.db"
    assert not _light_answers(["find", "--db", str(missing), "1234", "--json"])
    code, out, _ = _run(capsys, ["find", "--db", str(missing), "1234", "--json"], light=True, monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out) == [] and missing.exists()

    older = _shop(tmp_path / "older.db", owner=False)
    _drop(older, f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    assert not _light_answers(["find", "--db", str(older), "1234"])
    code, out, _ = _run(capsys, ["find", "--db", str(older), "1234", "--json"], light=True, monkeypatch=monkeypatch)
    assert code == 0 and len(json.loads(out)) == 2
    assert _light_answers(["find", "--db", str(older), "1234"])  # migrated by the full path

    newer = _shop(tmp_path / "newer.db", owner=False)
    _drop(newer, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    assert not _light_answers(["find", "--db", str(newer), "1234"])
    code, _, err = _same_both_ways(capsys, monkeypatch, ["find", "--db", str(newer), "1234"])
    assert code != 0 and "更新版本" in err

    damaged = _shop(tmp_path / "damaged.db", owner=False)
    writers.mark_damaged(damaged, "test")
    assert not _light_answers(["find", "--db", str(damaged), "1234"])
    code, _, err = _same_both_ways(capsys, monkeypatch, ["find", "--db", str(damaged), "1234"])
    assert code != 0 and "损坏" in err

    rollback = _shop(tmp_path / "rollback.db", owner=False)
    _drop(rollback, "PRAGMA journal_mode = DELETE")
    assert not _light_answers(["find", "--db", str(rollback), "1234"])
    code, out, _ = _same_both_ways(capsys, monkeypatch, ["find", "--db", str(rollback), "1234", "--json"])
    assert code == 0 and len(json.loads(out)) == 2


def test_the_light_path_leaves_no_lock_and_no_connection(tmp_path, capsys, monkeypatch) -> None:
    """Issue 13/14: after a light `find` this process holds no writer lock, so a restore may run."""
    db = _shop(tmp_path / "shop.db", owner=False)
    assert _run(capsys, ["find", "--db", str(db), "1234"], light=True, monkeypatch=monkeypatch)[0] == 0
    lock = writers.WriterLock(db).acquire("exclusive", timeout=0)
    lock.release()

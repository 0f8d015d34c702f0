"""CLI output redirected on any code page: never a UnicodeEncodeError.

A Windows counter PC writes redirected output in its ANSI code page (936,
or 1252 on a Western install); PYTHONIOENCODING reproduces that on Linux.
Each command runs in a real subprocess with its output in a pipe.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

COMMANDS = [
    ["--help"],
    ["find", "--help"],
    ["find", "黄"],
    ["find", "黄", "--json"],
    ["member", "1"],
    ["member", "1", "--json"],
    ["reminders", "--date", "2026-11-23", "--days", "7"],
    ["reminders", "--date", "2026-11-23", "--days", "7", "--json"],
    ["segments"],
    ["check"],
    ["no-such-command"],  # argparse's error message goes to stderr
]


def run(args: list[str], encoding: str, db: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONIOENCODING=encoding, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "vipdesk", *args]
    if db is not None and args[0] not in ("--help", "no-such-command") and "--help" not in args:
        cmd += ["--db", str(db)]
    return subprocess.run(cmd, env=env, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("cp") / "shop.db"
    done = run(["demo", "--db", str(db), "--members", "80", "--sales", "400", "--seed", "2"], "utf-8")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return db


@pytest.mark.slow
@pytest.mark.parametrize("io_encoding", ["cp1252", "gbk", "gbk:surrogateescape"])
def test_every_command_prints_into_a_pipe_on_a_narrow_code_page(shop: Path, io_encoding: str) -> None:
    """gbk:surrogateescape is what Windows Python reported for a pipe under Wine's zh_CN locale."""
    encoding = io_encoding.split(":")[0]
    for args in COMMANDS:
        done = run(args, io_encoding, shop)
        err = done.stderr.decode(encoding, "replace")
        assert "Traceback" not in err and "UnicodeEncodeError" not in err, (args, err[-2000:])
        assert done.returncode == (2 if args == ["no-such-command"] else 0), (args, err[-2000:])
        out = done.stdout.decode(encoding)  # the bytes are valid in the code page the reader uses
        if encoding == "gbk" and args == ["--help"]:
            assert "会员管家" in out  # Chinese stays readable where the code page has it


@pytest.mark.slow
def test_json_stays_lossless_on_cp1252(shop: Path) -> None:
    """A script reading --json output gets the same data on every code page."""
    for args in (["member", "1", "--json"], ["find", "黄", "--json"]):
        utf8 = json.loads(run(args, "utf-8", shop).stdout.decode("utf-8"))
        narrow = run(args, "cp1252", shop).stdout
        assert narrow.isascii()  # \\u escapes, nothing replaced by "?"
        assert json.loads(narrow.decode("cp1252")) == utf8
        assert any("\u4e00" <= c <= "\u9fff" for c in json.dumps(utf8, ensure_ascii=False))


def test_csv_exports_are_utf8_with_a_bom(db_path: Path, tmp_path: Path) -> None:
    """Excel and WPS open a CSV as UTF-8 only when it starts with a BOM."""
    import datetime as dt

    from vipdesk.model.care import sending
    from vipdesk.model.care.engine import due_tasks
    from vipdesk.model.members import profile as members

    today = dt.date.today()
    members.enrol("黄明华", "13800001111", birthday=members.Birthday(today.month, today.day, 1990))
    out = tmp_path / "send.csv"
    sending.export_batch(due_tasks(today), out, include_held=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines()[0] == "手机号,短信内容,姓名"

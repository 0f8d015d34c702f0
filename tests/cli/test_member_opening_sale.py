"""``vipdesk member`` labels an imported opening balance 期初, not 销售 (it is no purchase)."""

from __future__ import annotations

from pathlib import Path

from vipdesk.cli import main
from vipdesk.model.store.db import close_database, open_database


def test_member_text_labels_opening_spend(tmp_path: Path, capsys) -> None:
    from vipdesk.model.importing.members_import import import_members

    path = tmp_path / "shop.db"
    src = tmp_path / "members.csv"
    src.write_text("姓名,手机,入会日期,累计消费\n周一,13900000011,2025-05-01,5000\n", encoding="utf-8")
    open_database(path)
    assert import_members(src, report=False).imported == 1
    close_database()
    try:
        code = main(["member", "--db", str(path), "13900000011"])
    finally:
        close_database()
    out = capsys.readouterr().out
    assert code == 0
    line = next(ln for ln in out.splitlines() if "2025-05-01" in ln and "5,000" in ln)
    assert "期初" in line and "销售" not in line

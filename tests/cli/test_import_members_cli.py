"""vipdesk import members FILE: --dry-run, --skip-bad, --encoding, --json, report next to the file."""

from __future__ import annotations

import json
from pathlib import Path

from vipdesk.cli import main


def _csv(tmp_path: Path, encoding: str = "utf-8", bad: bool = True) -> Path:
    lines = ["会员资料", "姓名,手机,生日,积分,爱好", "王芳,138 1234 5678,1985/3/7,\"1,200\",瑜伽",
             "李娜,+86 139-0000-1111,农历八月十五,800,"]
    if bad:
        lines.append("张三,12345,1985-02-30,abc,")
    path = tmp_path / "会员.csv"
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def _members(db: Path) -> list[tuple[str, str, int]]:
    from vipdesk.model.store.db import close_database, open_database
    from vipdesk.model.store.tables import Member

    open_database(db)
    try:
        return sorted((m.name, m.phone, m.points) for m in Member.select())
    finally:
        close_database()


def test_json_counts_and_row_problems_without_writing(tmp_path: Path, capsys) -> None:
    db = tmp_path / "shop.db"
    path = _csv(tmp_path)
    assert main(["--db", str(db), "import", "members", str(path), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["written"] is False
    assert out["counts"] == {"read": 3, "imported": 2, "updated": 0, "skipped": 0, "rejected": 1}
    bad = [p for p in out["problems"] if p["severity"] == "rejected"]
    assert {(p["row"], p["column"]) for p in bad} == {(5, "手机"), (5, "生日"), (5, "积分")}
    assert all(p["reason"] for p in bad)
    assert Path(out["report"]) == tmp_path / "会员_导入报告.xlsx" and Path(out["report"]).exists()
    assert _members(db) == []


def test_skip_bad_imports_the_good_rows(tmp_path: Path, capsys) -> None:
    db = tmp_path / "shop.db"
    assert main(["import", "members", str(_csv(tmp_path)), "--skip-bad", "--db", str(db)]) == 1
    text = capsys.readouterr().out
    assert "导入完成" in text and "第 5 行" in text
    assert _members(db) == [("李娜", "13900001111", 800), ("王芳", "13812345678", 1200)]


def test_dry_run_and_clean_file(tmp_path: Path, capsys) -> None:
    db = tmp_path / "shop.db"
    path = _csv(tmp_path, bad=False)
    assert main(["--db", str(db), "import", "members", str(path), "--dry-run", "--json", "--no-report"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["dry_run"] and not out["written"] and out["counts"]["imported"] == 2 and out["report"] is None
    assert _members(db) == []
    assert main(["--db", str(db), "import", "members", str(path)]) == 0
    assert "导入完成" in capsys.readouterr().out
    assert len(_members(db)) == 2


def test_encoding_flag_and_unreadable_file(tmp_path: Path, capsys) -> None:
    db = tmp_path / "shop.db"
    path = _csv(tmp_path, encoding="gbk", bad=False)
    assert main(["--db", str(db), "import", "members", str(path), "--encoding", "utf-8", "--json"]) == 2
    err = json.loads(capsys.readouterr().out)["error"]
    assert err["field"] == "文件" and "编码" in err["message"]
    assert main(["--db", str(db), "import", "members", str(path), "--encoding", "gbk"]) == 0
    assert len(_members(db)) == 2
    assert main(["--db", str(db), "import", "members", str(tmp_path / "none.xlsx")]) == 2

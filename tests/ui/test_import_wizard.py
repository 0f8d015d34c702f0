"""The import wizard, driven like a user on a GBK CSV: mapping shown, dry run writes nothing,
the import writes the members, duplicates take the user's choice, bad rows follow the policy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from vipdesk.model.members import profile as members
from vipdesk.model.members.profile import Birthday
from vipdesk.model.store.tables import Member, PointsEntry
from vipdesk.ui.importing.wizard import ImportWizard

ROWS = [
    "2025年会员资料,,,,,,",
    "会员姓名,联系电话,生日,性别,当前积分,喜欢的颜色,累计消费",
    "王芳,138 1234 5678,1985年3月7日,女,\"1,200\",红色,\"￥1,234.50\"",
    "李娜,+86 139-0000-0002,农历八月十五,先生,0,蓝色,0",
    "陈静,13700000003,3月7日,F,300,,",
]


def _csv(tmp_path: Path, rows=ROWS, name="会员.csv") -> Path:
    path = tmp_path / name
    path.write_bytes("\r\n".join(rows).encode("gbk"))
    return path


@pytest.fixture
def wizard(qtbot, db_path, ui_env, answers):
    w = ImportWizard()
    qtbot.addWidget(w)
    w.show()
    return w


def _to_mapping(w: ImportWizard, path: Path, encoding_label: str | None = None) -> None:
    w.file_page.path_edit.setText(str(path))
    if encoding_label:
        w.file_page.encoding.setCurrentIndex(w.file_page.encoding.findText(encoding_label))
    w.next()
    assert w.currentPage() is w.mapping_page


def test_mapping_shown_dry_run_writes_nothing_import_writes(wizard, tmp_path, db_path, qtbot):
    path = _csv(tmp_path)
    _to_mapping(wizard, path)
    page = wizard.mapping_page
    assert "第 2 行" in page.info.text() and "gb18030" in page.info.text()
    assert page.preview.rowCount() == 3
    assert page.mapping() == {"会员姓名": "name", "联系电话": "mobile", "生日": "birthday", "性别": "gender",
                              "当前积分": "points", "喜欢的颜色": "notes", "累计消费": "total_spend"}
    combo = page.table.cellWidget(5, 2)
    assert isinstance(combo, QComboBox) and combo.currentText() == "备注"

    wizard.next()  # dry run
    assert wizard.currentPage() is wizard.preview_page
    assert Member.select().count() == 0 and PointsEntry.select().count() == 0
    prev = wizard.preview_page
    assert "可新增 3" in prev.summary.text()
    assert any(prev.problems.item(r, 1).text() == "喜欢的颜色" for r in range(prev.problems.rowCount()))
    assert not (tmp_path / "会员_导入报告.xlsx").exists()  # a preview writes no file either

    with qtbot.waitSignal(wizard.imported, timeout=5000):
        wizard.next()
    assert wizard.currentPage() is wizard.result_page
    names = {m.name: m for m in Member.select()}
    assert set(names) == {"王芳", "李娜", "陈静"}
    assert names["王芳"].phone == "13812345678" and names["王芳"].points == 1200
    assert names["王芳"].total_spend == 123450 and "红色" in names["王芳"].notes
    assert names["李娜"].birthday_lunar and names["李娜"].gender == "M"
    text = wizard.result_page.text.text()
    assert "新增 3" in text and "会员_导入报告.xlsx" in text
    assert (tmp_path / "会员_导入报告.xlsx").exists()
    assert list((db_path.parent / "backups").glob("*import*.db"))  # backed up first


def test_user_changes_mapping(wizard, tmp_path):
    _to_mapping(wizard, _csv(tmp_path), "GBK")
    wizard.mapping_page.set_field("喜欢的颜色", "ignore")
    wizard.next()
    wizard.next()
    assert all("红色" not in m.notes for m in Member.select())


def test_mapping_without_name_is_refused(wizard, tmp_path, answers):
    _to_mapping(wizard, _csv(tmp_path))
    wizard.mapping_page.set_field("会员姓名", "notes")
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert any("姓名" in t for t in answers.texts())


def test_duplicate_choice_and_policy(wizard, tmp_path):
    existing = members.enrol("陈静", "13600000009", birthday=Birthday(3, 7))
    rows = ROWS + ["坏行,12345,,,,,"]
    _to_mapping(wizard, _csv(tmp_path, rows))
    wizard.next()
    prev = wizard.preview_page
    assert prev.duplicates.rowCount() == 1
    assert prev.duplicates.item(0, 3).text() == f"已有会员 #{existing.id}"
    # the user keeps both records apart, and imports the good rows only
    prev.set_choice(5, "skip")
    prev.skip_bad.setChecked(True)
    wizard.next()
    assert Member.select().count() == 3  # 陈静 skipped, 坏行 rejected
    assert "有问题 1" in wizard.result_page.text.text()


def test_all_or_nothing_with_a_bad_row_writes_nothing(wizard, tmp_path):
    _to_mapping(wizard, _csv(tmp_path, ROWS + ["坏行,12345,,,,,"]))
    wizard.next()
    wizard.next()
    assert Member.select().count() == 0
    assert "没有写入任何数据" in wizard.result_page.text.text()


def test_unreadable_file_stays_on_first_page(wizard, tmp_path, answers):
    bad = tmp_path / "x.xls"
    bad.write_bytes(b"old excel")
    wizard.file_page.path_edit.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert any(".xls" in t for t in answers.texts())


def test_cancel_halfway_writes_nothing(wizard, tmp_path, answers, monkeypatch):
    rows = ROWS[:2] + [f"会员{i},138{i:08d},,,100,," for i in range(60)]
    _to_mapping(wizard, _csv(tmp_path, rows))
    wizard.next()
    assert "可新增 60" in wizard.preview_page.summary.text()
    from vipdesk.ui.importing import wizard as import_wizard

    calls = {"n": 0, "writing_seen": False}

    def fake_run_task(parent, title, fn, on_done, on_error=None, **kw):
        def progress(done, total, text=""):
            if "写入" in text:
                calls["writing_seen"] = True

        def cancelled():
            calls["n"] += 1
            return calls["writing_seen"] and calls["n"] > 90  # the user presses 取消 while writing

        try:
            on_done(fn(progress, cancelled))
        except BaseException as exc:  # noqa: BLE001 - what run_task hands to on_error
            on_error(exc)

    monkeypatch.setattr(import_wizard.tasks, "run_task", fake_run_task)
    wizard.next()
    assert calls["writing_seen"]
    assert wizard.currentPage() is wizard.preview_page  # stays: nothing happened
    assert Member.select().count() == 0 and PointsEntry.select().count() == 0
    assert any("已取消" in t for t in answers.texts())


def test_xlsx_second_sheet_with_title_and_merged_header(wizard, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "说明"
    wb.active.append(["这张表不是会员"])
    ws = wb.create_sheet("2025会员")
    ws.append(["2025年会员资料"])
    ws.merge_cells("A1:C1")
    ws.append(["姓名", "手机号", "开卡日期"])
    ws.append(["王芳", 13812345678, "2020/5/1"])
    path = tmp_path / "会员.xlsx"
    wb.save(path)
    wizard.file_page.path_edit.setText(str(path))
    combo = wizard.file_page.sheet
    assert [combo.itemText(i) for i in range(combo.count())][1:] == ["说明", "2025会员"]
    combo.setCurrentIndex(combo.findData("2025会员"))
    wizard.next()
    assert wizard.mapping_page.mapping() == {"姓名": "name", "手机号": "mobile", "开卡日期": "joined_on"}
    wizard.next()
    wizard.next()
    m = Member.get()
    assert (m.name, m.phone, str(m.enrolled_on)) == ("王芳", "13812345678", "2020-05-01")


def test_wrong_encoding_override_is_refused(wizard, tmp_path, answers):
    wizard.file_page.path_edit.setText(str(_csv(tmp_path)))
    wizard.file_page.encoding.setCurrentIndex(wizard.file_page.encoding.findText("UTF-8"))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert any("编码" in t for t in answers.texts())

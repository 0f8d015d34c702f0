"""Header synonyms → fields, and the validation report written as a safe .xlsx."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from vipdesk.model.errors import ValidationError
from vipdesk.model.importing.mapping import (
    IGNORE,
    MEMBER_FIELDS,
    NOTES,
    SALE_FIELDS,
    apply_mapping,
    check_mapping,
    field_choices,
    guess_mapping,
    normalise_header,
)
from vipdesk.model.importing.report import (
    CHANGED,
    DUPLICATE,
    REJECTED,
    Problem,
    report_path_for,
    write_report_xlsx,
)


@pytest.mark.parametrize("header, field", [
    ("姓名", "name"), ("会员姓名", "name"), ("客户名称", "name"), ("Name", "name"),
    ("手机", "mobile"), ("手机号", "mobile"), ("联系电话", "mobile"), ("电话", "mobile"), ("Mobile Phone", "mobile"),
    ("会员手机号码", "mobile"), ("卡号", "card_no"), ("会员卡号", "card_no"), ("生日", "birthday"),
    ("出生日期", "birthday"), ("生日(农历请注明)", "birthday"), ("性别", "gender"), ("积分", "points"),
    ("当前积分", "points"), ("累计消费", "total_spend"), ("消费金额", "total_spend"), ("等级", "tier"),
    ("会员等级", "tier"), ("地址", "address"), ("邮箱", "email"), ("E-mail", "email"), ("备注", NOTES),
    ("导购", "clerk"), ("专属导购", "clerk"), ("入会日期", "joined_on"), ("开卡日期", "joined_on"),
    ("*姓名:", "name"), ("座机", "phone"), ("爱好", NOTES), ("", NOTES),
])
def test_member_header_synonyms(header: str, field: str) -> None:
    assert guess_mapping([header], MEMBER_FIELDS) == {header: field}


def test_sales_headers_including_original_ticket() -> None:
    headers = ["日期时间", "小票号", "会员", "款号", "品类", "尺码", "单价", "数量", "折扣", "实收金额", "导购", "类型",
               "原小票号"]
    mapping = guess_mapping(headers, SALE_FIELDS)
    assert mapping == {
        "日期时间": "sold_at", "小票号": "ticket_no", "会员": "member", "款号": "style_code", "品类": "category",
        "尺码": "size", "单价": "unit_price", "数量": "quantity", "折扣": "discount", "实收金额": "amount_paid",
        "导购": "clerk", "类型": "kind", "原小票号": "original_ticket_no",
    }
    check_mapping(mapping, SALE_FIELDS)


def test_each_field_once_best_match_wins_rest_to_notes() -> None:
    mapping = guess_mapping(["紧急联系人电话", "手机", "姓名", "会员姓名"], MEMBER_FIELDS)
    assert mapping == {"紧急联系人电话": NOTES, "手机": "mobile", "姓名": "name", "会员姓名": NOTES}


def test_check_mapping() -> None:
    check_mapping({"姓名": "name", "手机": "mobile", "x": NOTES, "y": IGNORE}, MEMBER_FIELDS)
    with pytest.raises(ValidationError) as exc:
        check_mapping({"手机": "mobile"}, MEMBER_FIELDS)
    assert exc.value.field == "姓名"
    with pytest.raises(ValidationError):
        check_mapping({"姓名": "name", "a": "mobile", "b": "mobile"}, MEMBER_FIELDS)
    with pytest.raises(ValidationError):
        check_mapping({"姓名": "name", "a": "no_such_field"}, MEMBER_FIELDS)


def test_apply_mapping_never_drops_a_value() -> None:
    row = {"姓名": "王芳", "手机": " ", "爱好": "瑜伽", "备注": "老顾客", "丢弃": "x", "空": None}
    values, notes = apply_mapping(row, {"姓名": "name", "手机": "mobile", "爱好": NOTES, "备注": NOTES,
                                        "丢弃": IGNORE})
    assert values == {"姓名" and "name": "王芳"}
    assert notes == [("爱好", "瑜伽"), ("备注", "老顾客")]  # unmapped 空 is blank; 丢弃 only when the user says so


def test_field_choices_for_the_wizard() -> None:
    choices = dict(field_choices(MEMBER_FIELDS))
    assert choices["name"] == "姓名" and choices[NOTES] == "备注" and choices[IGNORE] == "忽略"
    assert len(choices) == len(MEMBER_FIELDS) + 1
    assert dict(field_choices(SALE_FIELDS))["original_ticket_no"] == "原小票号"


def test_normalise_header() -> None:
    assert normalise_header(" 手机号码(必填)* ") == "手机号码"
    assert normalise_header("Ｍｏｂｉｌｅ　Ｐｈｏｎｅ") == "mobilephone"
    assert normalise_header(None) == ""


# ---------------------------------------------------------------- report

DANGEROUS = ["=HYPERLINK(\"http://x\",\"点我\")", "+8613812345678", "-1+1", "@SUM(A1)", "=1+1", "\t=cmd"]


def test_report_cells_are_text_never_formulas(tmp_path: Path) -> None:
    problems = [Problem(i + 2, "姓名", value, "原因" + value, REJECTED) for i, value in enumerate(DANGEROUS)]
    problems.append(Problem(None, "=列", "", "未识别的列", CHANGED))
    problems.append(Problem(9, "手机", 13812345678, "重复", DUPLICATE))
    path = write_report_xlsx(problems, tmp_path / "r.xlsx", {"读取行数": 9, "文件": "=evil.xlsx"})
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert sheets
        for name in sheets:
            xml = z.read(name).decode()
            assert "<f>" not in xml and "<f " not in xml, name
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    values = [c.value for c in ws["C"][1:len(DANGEROUS) + 1]]
    assert values == DANGEROUS
    assert all(c.data_type == "s" for c in ws["C"][1:len(DANGEROUS) + 1])
    assert ws["A2"].value == 2 and ws["E2"].value == "未导入"
    assert ws.cell(row=len(problems) + 1, column=3).value == "13812345678"


def test_report_is_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"old report")
    write_report_xlsx([Problem(2, "a", "b", "c")], target)
    assert zipfile.is_zipfile(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]  # no temp file left behind

    class Boom:
        def __str__(self) -> str:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_report_xlsx([Problem(2, "a", Boom(), "c")], target)
    assert zipfile.is_zipfile(target)  # the earlier report is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]


def test_report_path_next_to_source(tmp_path: Path) -> None:
    assert report_path_for(tmp_path / "会员.csv") == tmp_path / "会员_导入报告.xlsx"


def test_problem_json() -> None:
    import datetime as dt

    p = Problem(3, "生日", dt.datetime(1985, 3, 7), "x", CHANGED)
    assert p.to_json() == {"row": 3, "column": "生日", "value": "1985-03-07", "reason": "x", "severity": "changed"}

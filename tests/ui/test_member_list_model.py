from PySide6.QtCore import Qt

from vipdesk.model.members import profile as members
from vipdesk.ui.counter import list_model as mlm
from vipdesk.ui.counter.list_model import MemberIdRole, MemberListModel


def names(model: MemberListModel) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, shop):
    model = MemberListModel()
    model.reload()
    qtmodeltester.check(model)
    model.set_query("1234")
    qtmodeltester.check(model)


def test_columns_mask_phone_and_show_clerk(shop):
    ids = shop
    model = MemberListModel()
    model.set_query("黄明华")
    assert model.rowCount() == 1
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[0] == "黄明华"
    assert row[1] == "138****1234"
    assert row[2] == "普卡"
    assert row[5] == "王丽"
    assert model.data(model.index(0, 0), MemberIdRole) == ids["hmh"]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "姓名", "手机", "等级", "积分", "最近消费", "专属导购"]


def test_search_by_last_four_digits_and_card(shop):
    model = MemberListModel()
    model.set_query("1234")
    # three mobiles end in 1234, and 张静's card 80001234 does not start with 1234
    assert sorted(names(model)) == sorted(["黄明华", "李秀英", "赵敏"])
    model.set_query("80001234")
    assert names(model) == ["张静"]
    model.set_query("hmh")
    assert names(model) == ["黄明华"]


def test_sort_by_header_runs_in_sql(shop):
    ids = shop
    members.update_member(ids["zm"], name="赵敏")
    model = MemberListModel()
    model.reload()
    model.sort(0, Qt.SortOrder.AscendingOrder)  # by pinyin: huang, li, zhang, zhao
    assert names(model) == ["黄明华", "李秀英", "张静", "赵敏"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["赵敏", "张静", "李秀英", "黄明华"]
    model.sort(5, Qt.SortOrder.AscendingOrder)  # clerk: none, 李娜, 王丽, 王丽
    assert names(model)[0] == "赵敏"


def test_rows_are_fetched_lazily_in_pages(db_path, monkeypatch):
    from vipdesk.model.store.db import transaction

    with transaction():
        for n in range(250):
            members.enrol(f"会员{n}", f"139{n:08d}")
    model = MemberListModel()
    model.reload()
    assert model.rowCount() == 250
    assert model.pages_fetched == 0  # only ids so far
    model.data(model.index(0, 0))
    model.data(model.index(5, 1))
    assert model.pages_fetched == 1
    model.data(model.index(249, 0))
    assert model.pages_fetched == 2
    assert len(model._cache) == mlm.PAGE_SIZE + 50

"""Issue 14 item 1: the customer list reads only its first screen of ids before the window
paints; the rest arrive when the clerk scrolls to the end or something needs them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from vipdesk.model.members import profile as members
from vipdesk.model.store.db import transaction
from vipdesk.ui.counter import list_model as mlm
from vipdesk.ui.counter.list_model import MemberListModel


@pytest.fixture
def sixty(db_path, monkeypatch) -> list[int]:
    monkeypatch.setattr(mlm, "FIRST_FETCH", 20)
    with transaction():
        ids = [members.enrol(f"会员{n:02d}", f"139{n:08d}").id for n in range(60)]
    return ids


def test_only_the_first_screen_is_loaded_and_the_count_is_the_whole_list(main_window, sixty) -> None:
    """Issue 14: 20 of 60 ids loaded at start; the count under the list still says 60."""
    pane = main_window.list_pane
    pane.refresh()
    assert pane.model.rowCount() == 20
    assert pane.model.canFetchMore()
    assert pane.count_label.text() == "共 60 位会员"


def test_scrolling_to_the_end_fetches_the_rest(main_window, sixty, qtbot) -> None:
    """Issue 14: the view's fetchMore at the bottom brings in every other member, in order."""
    pane = main_window.list_pane
    pane.refresh()
    first = [pane.model.member_id(r) for r in range(20)]
    bar = pane.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: pane.model.rowCount() == 60)
    assert [pane.model.member_id(r) for r in range(20)] == first
    assert not pane.model.canFetchMore()
    assert sorted(pane.model.ids()) == sorted(sixty)
    assert pane.count_label.text() == "共 60 位会员"


def test_a_member_further_down_can_still_be_opened(main_window, sixty) -> None:
    """Opening a member past the first screen (scan, reminder, after a sale) loads the rest and selects her."""
    pane = main_window.list_pane
    pane.refresh()
    last = MemberListModel()
    last.reload()
    far = last.ids()[-1]
    assert pane.model.row_of(far) == 59
    main_window.show_member(far)
    assert main_window.current_member_id() == far
    assert pane.model.member_id(pane.table.currentIndex().row()) == far


def test_sorting_keeps_the_selected_member_selected(main_window, sixty) -> None:
    """Sorting by name while she is selected: she stays selected even outside the new first screen."""
    pane = main_window.list_pane
    pane.refresh()
    mid = pane.model.member_id(0)
    pane.select_row(0)
    assert pane.model.data(pane.model.index(0, 0)) == "会员59"  # newest first
    pane.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name: 会员59 moves to the last row
    row = pane.table.currentIndex().row()
    assert row == 59 and pane.model.member_id(row) == mid
    names = [pane.model.data(pane.model.index(r, 0)) for r in range(3)]
    assert names == ["会员00", "会员01", "会员02"]


def test_incomplete_model_passes_qt_model_tester(qtmodeltester, sixty) -> None:
    model = MemberListModel()
    model.reload()
    assert model.rowCount() == 20
    qtmodeltester.check(model)  # the tester calls fetchMore too
    assert model.rowCount() == 60

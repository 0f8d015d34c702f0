"""P1 through the profile tab: an age without a birthday is typed, saved, shown back, and a
wrong form is refused with a message naming the field (input kept)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from vipdesk.model.store.tables import Member


def test_P1_profile_tab_saves_an_approximate_age(main_window, shop, qtbot, answers) -> None:
    main_window.show_member(shop["zj"])
    p = main_window.detail_pane.profile
    assert p.birthday.value() is None and p.approx_age.text() == ""
    p.approx_age.setFocus()
    qtbot.keyClicks(p.approx_age, "1985")  # typed at the counter (a bare year)
    assert p.dirty
    qtbot.keyClick(p, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    m = Member.get_by_id(shop["zj"])
    assert (m.birth_year, m.birth_year_estimated, m.birth_month) == (1985, False, None)
    main_window.show_member(shop["zj"])
    assert p.approx_age.text() == "1985年生"
    p.approx_age.setText("40多岁")  # an age band (Chinese text: set, not key-clicked offscreen)
    assert p.save()
    m = Member.get_by_id(shop["zj"])
    year = dt.date.today().year - 45
    assert (m.birth_year, m.birth_year_estimated, m.birth_month, m.birth_day) == (year, True, None, None)
    # Shown back as the estimate after a reload of the pane.
    main_window.show_member(shop["zj"])
    assert p.approx_age.text() == f"约{year}年生" and not p.dirty
    # A form nobody can read is refused and kept.
    p.approx_age.setText("很年轻")
    assert not p.save()
    assert answers.texts()[-1].startswith("出生年份/年龄:")
    assert p.approx_age.text() == "很年轻"
    assert Member.get_by_id(shop["zj"]).birth_year == year  # nothing changed

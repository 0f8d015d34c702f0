"""Enrolment records membership consent (hook), the marketing yes/no, and warns for a child under 14."""

from __future__ import annotations

import datetime as dt

from vipdesk.model.members import staff
from vipdesk.model.members.profile import Birthday
from vipdesk.model.privacy import consent
from vipdesk.ui.counter.enrol_dialog import EnrolDialog


def make(qtbot, name, phone, birthday=None, marketing=False, clerk_id=None):
    d = EnrolDialog(None, clerk_id)
    qtbot.addWidget(d)
    d.name.setText(name)
    d.phone.setText(phone)
    if birthday is not None:
        d.birthday.set_value(birthday)
    d.privacy.marketing.setChecked(marketing)
    d.check_now()
    return d


def test_marketing_yes_is_recorded_with_the_clerk(qtbot, db_path, ui_env):
    wang = staff.add_staff("王丽").id
    d = make(qtbot, "黄明华", "13812345678", marketing=True, clerk_id=wang)
    assert d.submit()
    st = consent.state(d.member_id)
    assert st.membership.granted and st.marketing_allowed and st.marketing.clerk == "王丽"


def test_unticked_means_no_marketing(qtbot, db_path, ui_env):
    d = make(qtbot, "李秀英", "13987651234")
    assert d.submit()
    st = consent.state(d.member_id)
    assert st.marketing is not None and not st.marketing_allowed


def test_child_under_14_shows_the_guardian_warning(qtbot, db_path, ui_env):
    year = dt.date.today().year - 9
    d = make(qtbot, "小朋友", "13900000001", birthday=Birthday(3, 1, year))
    assert not d.privacy.guardian.isHidden()
    assert "监护人" in d.privacy.guardian.text()
    d.birthday.set_value(Birthday(3, 1, 1990))
    d.check_now()
    assert d.privacy.guardian.isHidden()
    d.birthday.set_value(Birthday(3, 1, year))
    d.check_now()
    assert d.submit()
    assert consent.require_guardian(d.member_id)

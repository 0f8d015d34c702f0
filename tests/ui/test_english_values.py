"""Issue 12 item 7: defaults the app stores in Chinese show in English under --lang en, while what
goes into a member's message stays Chinese and what an owner edits in English is stored as the
Chinese default it stands for (so rules, pick-lists and reports keep matching)."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def english(qapp):
    from vipdesk import i18n

    assert i18n.install_translators(qapp, "en") == "en"
    yield
    i18n.install_translators(qapp, "zh_CN")


def test_ledger_reasons_show_in_english_whatever_they_hold(english) -> None:
    """L3/L4 ledgers: a reason the app wrote in Chinese is shown in English, values put back;
    a reason the owner typed shows as typed."""
    from vipdesk.model.loyalty.ledger import reason_shown

    assert reason_shown("消费积分 小票 V20260129-0003") == "Purchase points, receipt V20260129-0003"
    assert reason_shown("积分满 3000 分换代金券") == "3000 points exchanged for a cash voucher"
    assert reason_shown("入会") == "Joined"
    assert reason_shown("老顾客补偿") == "老顾客补偿"  # the owner's own words
    assert reason_shown("") == ""


def test_care_plan_edited_in_english_keeps_the_chinese_theme_for_messages(english, db_path) -> None:
    """P4/C11: the plan table shows the default talking points in English; saving them unchanged
    stores the Chinese default again, and the {主题} a member reads stays Chinese."""
    from vipdesk.model.care import plan

    default = plan.rules()[0]
    shown = plan.shown(default.theme)
    assert shown == "Growing fast: remind her to size up every 3 months"
    assert plan.stored(shown) == default.theme == "成长价值;宝宝长得快,每3个月提醒换码"
    assert plan.stored("每月一次新品信息") == "每月一次新品信息"  # her own text, as typed
    behaviour = plan.rules()[-1]
    assert plan.stored(plan.shown(behaviour.value)) == "高价值会员"  # the rule still matches the segment

    applied = plan.choose(plan.Facts(child_ages=(("小宝", 2),)), dt.date(2026, 5, 1))
    text = applied.explain()
    assert "Growing fast" in text and "Child's age group" in text and "1–3 yrs" in text
    assert "宝宝" not in text


def test_lapse_reasons_round_trip_through_english(english, db_path) -> None:
    """C16: the default reasons show in English and an unchanged English list saves as the Chinese one."""
    from vipdesk.model.care import lapse

    before = lapse.reasons()
    shown = [lapse.shown(r) for r in before]
    assert shown[:2] == ["Moved away", "Price"]
    lapse.save_reasons([lapse.stored(s) for s in shown])
    assert lapse.reasons() == before
    lapse.save_reasons([lapse.stored(s) for s in [*shown, "换工作"]])
    assert lapse.reasons()[-1] == "换工作"


def test_survey_followup_reason_english_message_field_chinese(english, db_path) -> None:
    """C15: the low-score reminder reads in English; {低分} for the member's SMS stays Chinese."""
    from vipdesk.model.care import surveys
    from vipdesk.model.members import profile as members

    m = members.enrol("黄明华", "13800001234")
    first = surveys.questions()[0]
    day = dt.datetime(2026, 11, 2, 15, 0)
    surveys.record_survey(m.id, {first.id: 1}, clerk_id=None, at=day)
    (cand,) = list(surveys.gen_survey_followup(dt.date(2026, 11, 3)))
    assert "Satisfaction with product quality and styles 1 pts" in cand.reason
    assert cand.extra["低分"] == "商品质量与款式满意度 1分"
    assert surveys.shown(first.text) == "Satisfaction with product quality and styles"


def test_sms_template_fields_typed_in_english_are_stored_as_keys(english) -> None:
    """Issue 12 item 7 (SMS settings): "name=Name" in English maps to the 姓名 field; the field list
    the dialog offers matches the placeholders the messages use."""
    from vipdesk.model.care.templates import PLACEHOLDERS
    from vipdesk.ui.messaging.settings import FIELDS, field_shown, parse_params

    assert set(FIELDS) == set(PLACEHOLDERS)
    assert parse_params("name=Name, fest=Holiday") == [("name", "姓名"), ("fest", "节日")]
    assert parse_params("1=姓名") == [("1", "姓名")]
    assert field_shown("到期积分") == "Expiring points"


def test_report_month_headers_are_dates_in_english(english, db_path) -> None:
    """R-sheets: the survey sheet's month columns read 2026-06 in English, 2026年6月 in the workbook."""
    from vipdesk.reports.analyses.care_feedback import survey_table
    from vipdesk.reports.period import month_period
    from vipdesk.ui.reports.view import table_widget

    t = survey_table(month_period(dt.date(2026, 11, 1)))
    assert [c.label for c in t.columns][-1] == "2026年11月"
    w = table_widget(t)
    try:
        headers = [w.horizontalHeaderItem(i).text() for i in range(w.columnCount())]
        assert headers[-6:] == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
        assert w.item(w.rowCount() - 1, 0).text() == "Surveys"
    finally:
        w.deleteLater()

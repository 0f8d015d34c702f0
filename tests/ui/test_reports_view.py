"""The reports view on a small shop: figures in the tabs, charts painted, the
workbook exported through the background-task helper; the 分群 tab and menus."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.gui


@pytest.fixture
def report_shop(db_path):
    from vipdesk.model.loyalty import tiers
    from vipdesk.model.members import profile as members
    from vipdesk.model.members import staff
    from vipdesk.model.sales.recording import LineInput, record_sale
    from vipdesk.model.store import settings

    settings.put(tiers.TIERS.key, [{"name": "普卡", "threshold": 0, "discount": 1000}])  # no member discount
    wang = staff.add_staff("王丽").id
    a = members.enrol("黄明华", "13812341234", clerk_id=wang, enrolled_on=dt.date(2026, 1, 5)).id
    b = members.enrol("李秀英", "13987651234", clerk_id=wang, enrolled_on=dt.date(2026, 3, 2)).id
    record_sale(a, [LineInput("K1", 20000, 2, 1000, "上衣")], clerk_id=wang, sold_at=dt.datetime(2026, 3, 3, 10))
    record_sale(b, [LineInput("K2", 50000, 1, 1000, "外套")], clerk_id=wang, sold_at=dt.datetime(2026, 3, 9, 10))
    record_sale(None, [LineInput("K3", 10000, 1, 1000, "配饰")], clerk_id=wang, sold_at=dt.datetime(2026, 3, 9, 11))
    return {"a": a, "b": b}


def test_reports_dialog_shows_month_and_exports(qtbot, report_shop, ui_env, answers, tmp_path):
    from vipdesk.ui.reports.charts import ChartWidget
    from vipdesk.ui.reports.view import ReportsDialog, TablePage

    dlg = ReportsDialog()
    qtbot.addWidget(dlg)
    dlg.set_month(2026, 3)
    dlg.refresh()
    titles = [dlg.tabs.tabText(i) for i in range(dlg.tabs.count())]
    assert titles[0] == "总览" and "会员分群" in titles and "导购竞赛" in titles
    page: TablePage = dlg.tabs.widget(0)
    table = page.tables[0]
    texts = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert texts["会员销售额"] == "¥900.00"  # 2 × ¥200 + ¥500
    assert texts["总销售额"] == "¥1,000.00"
    assert texts["会员销售占比"] == "90.0%"
    assert texts["新增会员数"] == "1"
    dlg.show()
    qtbot.waitExposed(dlg)
    for i in range(dlg.tabs.count()):
        dlg.tabs.setCurrentIndex(i)
        for chart in dlg.tabs.widget(i).findChildren(ChartWidget):
            chart.resize(480, 240)
            image = chart.grab().toImage()
            assert not image.isNull()
    out = tmp_path / "march"
    dlg.export_to(out)
    assert dlg.last_export == tmp_path / "march.xlsx"
    assert load_workbook(dlg.last_export)["总览"]["B10"].value == 900.0
    assert any("已导出" in t for t in answers.texts())


def test_full_phone_export_needs_the_owner(qtbot, report_shop, ui_env, answers, tmp_path, owner_pin):
    from vipdesk.model.privacy import audit
    from vipdesk.ui.reports.view import ReportsDialog

    dlg = ReportsDialog()
    qtbot.addWidget(dlg)
    dlg.set_range(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    dlg.full_phones.setChecked(True)
    owner_pin.deny()
    dlg.export_to(tmp_path / "no.xlsx")
    owner_pin.cancel()
    dlg.export_to(tmp_path / "no.xlsx")
    assert not (tmp_path / "no.xlsx").exists()
    assert audit.entries(action="export_monthly") == []
    owner_pin.allow()
    dlg.export_to(tmp_path / "yes.xlsx")
    [entry] = audit.entries(action="export_monthly")
    assert "完整手机号" in entry.detail and entry.file == str(tmp_path / "yes.xlsx")
    wb = load_workbook(tmp_path / "yes.xlsx")
    top = wb[[n for n in wb.sheetnames if "消费前" in n][0]]
    phones = {top.cell(r, 3).value for r in range(4, 6)}
    assert phones == {"13812341234", "13987651234"}


def test_roster_with_full_phones_needs_the_owner(qtbot, report_shop, ui_env, answers, tmp_path, owner_pin):
    from PySide6.QtWidgets import QWidget

    from vipdesk.model.privacy import audit
    from vipdesk.ui.reports.feature import export_roster

    host = QWidget()
    qtbot.addWidget(host)
    out = tmp_path / "roster.xlsx"
    owner_pin.deny()
    export_roster(host, out, full_phones=True)
    owner_pin.cancel()
    export_roster(host, out, full_phones=True)
    assert not out.exists() and audit.entries(action="export_members") == []
    owner_pin.allow()
    export_roster(host, out, full_phones=True)
    phones = {c.value for row in load_workbook(out).active.iter_rows() for c in row}
    assert "13812341234" in phones
    [entry] = audit.entries(action="export_members")
    assert "完整手机号" in entry.detail
    export_roster(host, tmp_path / "masked.xlsx")  # masked: no PIN asked (no handler pushed)
    assert (tmp_path / "masked.xlsx").exists() and len(audit.entries(action="export_members")) == 2


def test_main_window_menus_and_segment_tab(main_window, report_shop, qtbot):
    from vipdesk.model.segmentation import recompute_all
    from vipdesk.ui.reports import feature as reports_feature

    texts = [a.text() for a in main_window.menu("报表").actions()]
    assert "会员月度汇总…" in texts and "导出会员名单(含分群)…" in texts
    assert "会员分群规则" in [a.text() for a in main_window.menu("帮助").actions()]
    recompute_all()
    main_window.open_member(report_shop["b"])
    assert not main_window.segment_tab.built  # issue 14: built when the clerk first opens it
    main_window.detail_pane.tabs.setCurrentWidget(main_window.segment_tab)
    tab = main_window.segment_tab.page()
    assert tab.member_id == report_shop["b"]  # built for the member already open
    assert tab.labels["有效性"].text() == "一次性会员"
    assert tab.labels["RFM"].text().startswith("R")
    dlg = reports_feature.open_reports(main_window)
    qtbot.addWidget(dlg)
    assert dlg.tabs.count() >= 14


def test_segment_combo_filters_customer_list(main_window, report_shop):
    from vipdesk.model.members import profile as members
    from vipdesk.model.segmentation import recompute_all

    never = members.enrol("王五", "13700001111").id
    recompute_all()
    combo = main_window.segment_combo
    combo.showPopup()  # the clerk opens it: the segments are listed (filled on first use, issue 14)
    combo.hidePopup()
    model = main_window.list_pane.model
    model.reload()
    assert model.rowCount() == 3
    combo.setCurrentIndex(combo.findData("validity:未消费"))
    assert model.ids() == [never]
    combo.setCurrentIndex(combo.findData("validity:一次性会员"))
    assert sorted(model.ids()) == sorted([report_shop["a"], report_shop["b"]])
    combo.setCurrentIndex(0)
    assert model.rowCount() == 3

"""设置 → 积分与等级设置: every loyalty default the owner can change.

Tabs: 等级 (tier list, basis, review and grace, the L2 threshold helper with its
figures, and a preview of who would move before saving), 积分 (earning,
multiplier days, referral, returns, expiry, exit rule), 礼券 (L5/L6/L7), 储值,
导购激励 and 礼品 (the redemption catalogue).  Saving validates everything in
the model layer first; a change applies from then on, past entries stay.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import yuan_text_plain
from vipdesk.model.errors import ValidationError, VipdeskError
from vipdesk.model.loyalty import config, earning, gifts, thresholds, tiers
from vipdesk.model.store import settings
from vipdesk.text import tr, tr_noop
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.dialogs import Std, button_box
from vipdesk.ui.common.unsaved import UnsavedGuard
from vipdesk.ui.common.widgets import parse_discount, parse_yuan
from vipdesk.ui.privacy.pin import require_owner

# (setting, kind) per tab; kind: int / yuan (fen stored) / bool / choice:{value: label}
POINTS_FIELDS: list[tuple[settings.SettingDef, Any]] = tr_noop([
    (earning.POINTS_PER_YUAN, "int"),
    (config.BIRTHDAY_PERCENT, "int"),
    (config.BIRTHDAY_DISCOUNT, "discount"),
    (config.REFERRAL_POINTS, "int"),
    (tiers.QUALIFY_DAYS, "int"),
    (config.RETURN_POLICY, {"cancel_voucher": "先作废积分换来的未用礼券,不够再扣减退款", "reduce_refund": "直接按积分价值扣减退款"}),
    (config.POINT_VALUE_FEN, "yuan"),
    (config.EXPIRY_ENABLED, "bool"),
    (config.EXPIRY_MODE, {"next_year_end": "当年积分次年12月31日过期", "months": "获得后若干个月过期"}),
    (config.EXPIRY_MONTHS, "int"),
    (config.INACTIVE_ENABLED, "bool"),
    (config.INACTIVE_MONTHS, "int"),
])
VOUCHER_FIELDS: list[tuple[settings.SettingDef, Any]] = [
    (config.L5_ENABLED, "bool"), (config.L5_AUTO, "bool"), (config.L5_POINTS, "int"), (config.L5_VALUE, "yuan"),
    (config.L5_VALID_DAYS, "int"),
    (config.BIRTHDAY_ENABLED, "bool"), (config.BIRTHDAY_VALUE, "yuan"), (config.BIRTHDAY_MIN_TIER, "tier"),
    (config.SEASON_ENABLED, "bool"), (config.SEASON_TOP_N, "int"), (config.SEASON_VALUE, "yuan"),
    (config.SEASON_STARTS, "months"),
]
SV_FIELDS: list[tuple[settings.SettingDef, Any]] = [(config.SV_ENABLED, "bool")]
INCENTIVE_FIELDS: list[tuple[settings.SettingDef, Any]] = [
    (settings.CARD_PRICE, "yuan"), (settings.FREE_CARD_ITEMS, "int"), (config.INC_SOLD, "yuan"),
    (config.INC_FREE, "yuan"), (config.INC_TARGET, "int"), (config.INC_BONUS, "yuan"),
]
TIER_FIELDS: list[tuple[settings.SettingDef, Any]] = tr_noop([
    (config.TIER_BASIS, {"points": "按周期内所得积分", "spend": "按近12个月消费金额(元)"}),
    (config.GRACE_DAYS, "int"), (config.REVIEW_ENABLED, "bool"), (config.REVIEW_DAY, "text"),
])


def _label(d: settings.SettingDef) -> str:
    """Money is stored in fen and edited here in yuan: the label says so in either language."""
    return tr(d.label).replace("(分)", "(元)").replace("(fen)", "(¥)")


class SettingsForm(QWidget):
    """A form for a list of declared settings; ``values()`` parses and validates."""

    def __init__(self, fields: list[tuple[settings.SettingDef, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout(self)
        for d, kind in fields:
            value = settings.get(d.key)
            if kind == "bool":
                w: QWidget = QCheckBox(self)
                w.setChecked(bool(value))
            elif kind == "int":
                w = QSpinBox(self)
                w.setRange(0, 10_000_000)
                w.setValue(int(value))
            elif kind == "yuan":
                w = QLineEdit(yuan_text_plain(int(value)).replace(",", ""), self)
            elif kind == "discount":
                w = QLineEdit("" if int(value) >= 1000 else f"{int(value) / 100:g}", self)
                w.setPlaceholderText(self.tr("如 9 表示9折;空白不打折"))
            elif kind == "tier":
                w = QComboBox(self)
                w.addItem(self.tr("所有会员"), "")
                for t in tiers.tiers():
                    w.addItem(tiers.tier_display(t.name), t.name)
                w.setCurrentIndex(max(0, w.findData(value)))
            elif kind == "months":
                w = QLineEdit(",".join(str(m) for m in value), self)
            elif isinstance(kind, dict):
                w = QComboBox(self)
                for k, label in kind.items():
                    w.addItem(self.tr(label), k)
                w.setCurrentIndex(max(0, w.findData(value)))
            else:
                w = QLineEdit(str(value), self)
            if d.help:
                w.setToolTip(self.tr(d.help))
            self.widgets[d.key] = w
            form.addRow(self.tr(_label(d)), w)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for d, kind in self.fields:
            w = self.widgets[d.key]
            label = self.tr(_label(d))
            if kind == "bool":
                out[d.key] = w.isChecked()
            elif kind == "int":
                out[d.key] = int(w.value())
            elif kind == "yuan":
                out[d.key] = parse_yuan(w.text(), label)
            elif kind == "discount":
                out[d.key] = parse_discount(w.text(), label)
            elif kind in ("tier",) or isinstance(kind, dict):
                out[d.key] = w.currentData()
            elif kind == "months":
                try:
                    months = sorted({int(x) for x in w.text().replace(",", ",").split(",") if x.strip()})
                except ValueError:
                    raise ValidationError(label, self.tr("请用逗号分隔月份,如 3,6,9,12")) from None
                if not months or any(not 1 <= m <= 12 for m in months):
                    raise ValidationError(label, self.tr("月份应在 1 到 12 之间"))
                out[d.key] = months
            else:
                out[d.key] = w.text().strip()
        if config.REVIEW_DAY.key in out:
            import datetime as dt

            try:
                mm, dd = (int(x) for x in out[config.REVIEW_DAY.key].split("-"))
                dt.date(2001, mm, dd)
            except ValueError:
                raise ValidationError(self.tr("年度复核日"), self.tr("格式为 月-日,如 01-01")) from None
        return out


def _cell(table: QTableWidget, r: int, c: int) -> str:
    item = table.item(r, c)
    return item.text().strip() if item else ""


def _check(table: QTableWidget, r: int, c: int) -> bool:
    item = table.item(r, c)
    return bool(item and item.checkState() == Qt.CheckState.Checked)


def _check_item(on: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    return item


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _rows_with_buttons(parent: QWidget, table: QTableWidget, new_row: list[Any]) -> QHBoxLayout:
    add, remove = QPushButton(tr("添加一行"), parent), QPushButton(tr("删除所选行"), parent)

    def do_add() -> None:
        r = table.rowCount()
        table.insertRow(r)
        for c, v in enumerate(new_row):
            table.setItem(r, c, _check_item(v) if isinstance(v, bool) else QTableWidgetItem(str(v)))

    add.clicked.connect(do_add)
    remove.clicked.connect(lambda: table.removeRow(table.currentRow()) if table.currentRow() >= 0 else None)
    box = QHBoxLayout()
    box.addWidget(add)
    box.addWidget(remove)
    box.addStretch(1)
    return box


class LoyaltySettingsDialog(UnsavedGuard, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("积分与等级设置"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._tier_tab(), self.tr("等级"))
        self.points_form = SettingsForm(POINTS_FIELDS, self)
        # The longest tab scrolls, so the dialog fits 1366×768 at 125% (issue 17).
        self.tabs.addTab(dialogs.scrolled(self._with_multipliers(self.points_form)), self.tr("积分"))
        self.voucher_form = SettingsForm(VOUCHER_FIELDS, self)
        self.tabs.addTab(self.voucher_form, self.tr("礼券"))
        self.sv_form = SettingsForm(SV_FIELDS, self)
        self.tabs.addTab(self._with_bonus_rules(self.sv_form), self.tr("储值"))
        self.incentive_form = SettingsForm(INCENTIVE_FIELDS, self)
        self.tabs.addTab(self.incentive_form, self.tr("导购激励"))
        self.tabs.addTab(self._gift_tab(), self.tr("礼品"))
        box = button_box(self, Std.Save | Std.Cancel, on_accept=self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("修改从保存后开始生效,已有积分和礼券不受影响。"), self), 1)
        buttons.addWidget(box)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(buttons)
        self.resize(860, 620)
        self.mark_clean()  # issue 17: leaving with edits asks 保存 / 不保存 / 取消

    # --- tiers
    def _tier_tab(self) -> QWidget:
        page = QWidget(self)
        self.tier_table = _table(page, [self.tr("等级名称"), self.tr("门槛"), self.tr("折扣(如 9.5)"), self.tr("权益")])
        for t in tiers.tiers():
            r = self.tier_table.rowCount()
            self.tier_table.insertRow(r)
            disc = "" if t.discount >= 1000 else f"{t.discount / 100:g}"
            for c, v in enumerate((tiers.tier_display(t.name), str(t.threshold), disc, tiers.tier_display(t.benefits))):
                self.tier_table.setItem(r, c, QTableWidgetItem(v))
        self.tier_form = SettingsForm(TIER_FIELDS, page)
        self.apply_downgrades = QCheckBox(self.tr("保存时同时执行降级(否则等年度复核)"), page)
        advise = QPushButton(self.tr("门槛建议(按本店销售计算)"), page)
        advise.clicked.connect(self.show_advice)
        preview = QPushButton(self.tr("预览会员变动"), page)
        preview.clicked.connect(self.show_preview)
        self.advice_text = QPlainTextEdit(page)
        self.advice_text.setReadOnly(True)
        self.advice_text.setPlaceholderText(self.tr("点“门槛建议”:平均单价 × 连带率 = 基本线,再加 15%~30% 增长;"
                                                    "点“预览会员变动”:看看新规则下谁会升级或降级。"))
        buttons = QHBoxLayout()
        buttons.addWidget(advise)
        buttons.addWidget(preview)
        buttons.addStretch(1)
        lay = QVBoxLayout(page)
        lay.addWidget(self.tier_table, 2)
        lay.addLayout(_rows_with_buttons(page, self.tier_table, ["", "0", "", ""]))
        lay.addWidget(self.tier_form)
        lay.addWidget(self.apply_downgrades)
        lay.addLayout(buttons)
        lay.addWidget(self.advice_text, 2)
        return page

    def tier_rows(self) -> list[dict]:
        rows = []
        for r in range(self.tier_table.rowCount()):
            name = tiers.tier_stored(_cell(self.tier_table, r, 0))
            if not name and not _cell(self.tier_table, r, 1):
                continue
            where = self.tr("第 {n} 个等级").format(n=r + 1)
            try:
                threshold = int(_cell(self.tier_table, r, 1).replace(",", "") or "0")
            except ValueError:
                raise ValidationError(where, self.tr("门槛应为整数")) from None
            rows.append({"name": name, "threshold": threshold,
                         "discount": parse_discount(_cell(self.tier_table, r, 2), where + self.tr("折扣")),
                         "benefits": tiers.tier_stored(_cell(self.tier_table, r, 3))})
        tiers.validate_rules(rows)
        return rows

    def tier_basis(self) -> str:
        return self.tier_form.values()[config.TIER_BASIS.key]

    def show_advice(self) -> None:
        a = thresholds.advise()
        self.advice_text.setPlainText("\n".join(a.lines()))

    def preview_moves(self) -> list[tiers.Move]:
        return tiers.preview_rules(self.tier_rows(), self.tier_basis())

    def show_preview(self) -> None:
        try:
            moves = self.preview_moves()
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return
        self.advice_text.setPlainText(self.moves_text(moves))

    def moves_text(self, moves: list[tiers.Move]) -> str:
        up = [m for m in moves if m.up]
        down = [m for m in moves if not m.up]
        lines = [self.tr("新规则下:{u} 人升级,{d} 人降级").format(u=len(up), d=len(down))]
        for m in (up + down)[:200]:
            arrow = "↑" if m.up else "↓"
            lines.append(f"{arrow} {m.name}:{m.old or '—'} → {m.new}({m.value:,})")
        return "\n".join(lines)

    # --- points: multiplier days
    def _with_multipliers(self, form: QWidget) -> QWidget:
        page = QWidget(self)
        self.mult_table = _table(page, [self.tr("名称"), self.tr("开始 YYYY-MM-DD"), self.tr("结束"),
                                        self.tr("倍率%"), self.tr("每年重复"), self.tr("农历")])
        for m in settings.get(config.MULTIPLIER_DAYS.key):
            r = self.mult_table.rowCount()
            self.mult_table.insertRow(r)
            for c, v in enumerate((m.get("name", ""), m.get("start", ""), m.get("end", ""), str(m.get("percent", 200)))):
                self.mult_table.setItem(r, c, QTableWidgetItem(str(v)))
            self.mult_table.setItem(r, 4, _check_item(bool(m.get("yearly"))))
            self.mult_table.setItem(r, 5, _check_item(bool(m.get("lunar"))))
        lay = QVBoxLayout(page)
        lay.addWidget(form)
        lay.addWidget(QLabel(self.tr("多倍积分日(店庆、节假日、新店开业;几个同时适用时取最高倍率)"), page))
        lay.addWidget(self.mult_table, 1)
        lay.addWidget(QLabel(self.tr("农历节日(如春节 01-01 至 01-07、中秋 08-15)勾选“农历”,日期写 月-日,每年自动换算。"), page))
        lay.addLayout(_rows_with_buttons(page, self.mult_table,
                                         ["店庆", "2026-05-01", "2026-05-03", "200", False, False]))
        return page

    def multiplier_rows(self) -> list[dict]:
        rows = []
        for r in range(self.mult_table.rowCount()):
            try:
                pct = int(_cell(self.mult_table, r, 3) or "200")
            except ValueError:
                raise ValidationError(self.tr("多倍积分日第 {n} 行").format(n=r + 1), self.tr("倍率应为整数")) from None
            rows.append({"name": _cell(self.mult_table, r, 0), "start": _cell(self.mult_table, r, 1),
                         "end": _cell(self.mult_table, r, 2) or _cell(self.mult_table, r, 1), "percent": pct,
                         "yearly": _check(self.mult_table, r, 4), "lunar": _check(self.mult_table, r, 5)})
        earning.parse_multiplier_days(rows)
        return rows

    # --- stored value bonus rules
    def _with_bonus_rules(self, form: QWidget) -> QWidget:
        page = QWidget(self)
        self.bonus_table = _table(page, [self.tr("充满(元)"), self.tr("赠送(元)")])
        for rule in settings.get(config.SV_BONUS_RULES.key):
            r = self.bonus_table.rowCount()
            self.bonus_table.insertRow(r)
            self.bonus_table.setItem(r, 0, QTableWidgetItem(yuan_text_plain(int(rule["min_fen"])).replace(",", "")))
            self.bonus_table.setItem(r, 1, QTableWidgetItem(yuan_text_plain(int(rule["bonus_fen"])).replace(",", "")))
        lay = QVBoxLayout(page)
        lay.addWidget(form)
        lay.addWidget(QLabel(self.tr("充值赠送规则(如 充1000送100;取满足的最高一档)"), page))
        lay.addWidget(self.bonus_table, 1)
        lay.addLayout(_rows_with_buttons(page, self.bonus_table, ["1000", "100"]))
        return page

    def bonus_rows(self) -> list[dict]:
        rows = []
        for r in range(self.bonus_table.rowCount()):
            where = self.tr("赠送规则第 {n} 行").format(n=r + 1)
            rows.append({"min_fen": parse_yuan(_cell(self.bonus_table, r, 0), where),
                         "bonus_fen": parse_yuan(_cell(self.bonus_table, r, 1), where)})
        return rows

    # --- gifts
    def _gift_tab(self) -> QWidget:
        page = QWidget(self)
        self.gift_table = _table(page, [self.tr("礼品"), self.tr("所需积分"), self.tr("库存"), self.tr("附赠现金券(元)"),
                                        self.tr("上架")])
        self.gift_ids: list[int | None] = []
        for g in gifts.catalogue(include_inactive=True):
            r = self.gift_table.rowCount()
            self.gift_table.insertRow(r)
            for c, v in enumerate((g.name, str(g.points), str(g.stock), yuan_text_plain(g.voucher_value))):
                self.gift_table.setItem(r, c, QTableWidgetItem(v))
            self.gift_table.setItem(r, 4, _check_item(g.active))
            self.gift_ids.append(g.id)
        lay = QVBoxLayout(page)
        lay.addWidget(self.gift_table, 1)
        add = QPushButton(self.tr("添加礼品"), page)

        def do_add() -> None:
            r = self.gift_table.rowCount()
            self.gift_table.insertRow(r)
            for c, v in enumerate(("", "600", "10", "0")):
                self.gift_table.setItem(r, c, QTableWidgetItem(v))
            self.gift_table.setItem(r, 4, _check_item(True))
            self.gift_ids.append(None)

        add.clicked.connect(do_add)
        lay.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(QLabel(self.tr("下架的礼品不再出现在兑换目录;已兑换的记录保留。"), page))
        return page

    def gift_rows(self) -> list[tuple[int | None, dict]]:
        out = []
        for r in range(self.gift_table.rowCount()):
            where = self.tr("礼品第 {n} 行").format(n=r + 1)
            try:
                points = int(_cell(self.gift_table, r, 1))
                stock = int(_cell(self.gift_table, r, 2) or "0")
            except ValueError:
                raise ValidationError(where, self.tr("积分和库存应为整数")) from None
            out.append((self.gift_ids[r], {"name": _cell(self.gift_table, r, 0), "points": points, "stock": stock,
                                           "voucher_value": parse_yuan(_cell(self.gift_table, r, 3) or "0", where),
                                           "active": _check(self.gift_table, r, 4)}))
        return out

    # --- save
    def save(self) -> bool:
        """Validate everything, show the tier preview if the rules changed, then write."""
        try:
            rows = self.tier_rows()
            tier_values = self.tier_form.values()
            basis = tier_values[config.TIER_BASIS.key]
            values = {**self.points_form.values(), **self.voucher_form.values(), **self.sv_form.values(),
                      **self.incentive_form.values(), **tier_values}
            values[config.MULTIPLIER_DAYS.key] = self.multiplier_rows()
            values[config.SV_BONUS_RULES.key] = self.bonus_rows()
            gift_rows = self.gift_rows()
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        current = [{"name": t.name, "threshold": t.threshold, "discount": t.discount, "benefits": t.benefits}
                   for t in tiers.tiers()]
        rules_changed = rows != current or basis != tiers.basis()
        if rules_changed:
            moves = tiers.preview_rules(rows, basis)
            text = self.moves_text(moves)
            if not dialogs.ask(self, self.tr("等级规则有变化。") + "\n" + text[:1500] + "\n\n" + self.tr("确认保存?")):
                return False
        if not require_owner(self, self.tr("修改积分、等级和礼品设置"), "settings"):
            return False
        fields = ("name", "points", "stock", "voucher_value", "active")
        before = {g.id: {f: getattr(g, f) for f in fields} for g in gifts.catalogue(include_inactive=True)}
        gift_rows = [(gid, g) for gid, g in gift_rows
                     if (gid is None and g["name"]) or (gid is not None and before.get(gid) != g)]
        try:
            from vipdesk.model.privacy import audit
            from vipdesk.model.store.db import transaction

            with transaction():
                if gift_rows:  # the catalogue is not a setting row: log it here (settings.put logs the rest)
                    audit.log(audit.SETTINGS, count=len(gift_rows), detail=self.tr("积分礼品目录"))
                for key, value in values.items():
                    if key != config.TIER_BASIS.key:
                        settings.put(key, value)
                if rules_changed:
                    tiers.save_rules(rows, basis, apply_downgrades=self.apply_downgrades.isChecked())
                for gid, g in gift_rows:
                    if gid is None:
                        if g["name"]:
                            new = gifts.add_gift(g["name"], g["points"], g["stock"], g["voucher_value"])
                            if not g["active"]:
                                gifts.update_gift(new.id, **g)
                    else:
                        gifts.update_gift(gid, **g)
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self.accept()
        return True

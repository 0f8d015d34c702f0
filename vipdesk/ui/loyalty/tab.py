"""The member's 积分 tab in the detail pane: tier and how far to the next, points
with the expiry forecast, open vouchers, stored value, the points ledger and the
tier history; buttons to redeem, convert, top up and lock the tier."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import fen_to_yuan_text, format_date, format_datetime, format_discount
from vipdesk.model.errors import ValidationError, VipdeskError
from vipdesk.model.loyalty import ledger, stored_value, tiers, vouchers
from vipdesk.model.loyalty.summary import member_loyalty
from vipdesk.text import tr_noop
from vipdesk.ui.common import dialogs
from vipdesk.ui.loyalty.dialogs import RedeemDialog, StoredValueDialog, fill, make_table
from vipdesk.ui.privacy.pin import require_owner

KIND_TEXT = tr_noop({"earn": "消费积分", "redeem": "兑换礼品", "reverse": "退货扣回", "adjust": "调整", "expire": "到期",
             "import": "导入", "convert": "换券", "referral": "介绍奖励", "merge": "合并", "voucher_cancel": "券作废退回",
             "bonus": "奖励"})


class LoyaltyTab(QWidget):
    """Signals: changed() after a write made from the tab."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member_id: int | None = None
        self.tier = QLabel(self)
        self.tier.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.points = QLabel(self)
        self.points.setStyleSheet("font-size: 15px; font-weight: bold; color: #b03a2e;")
        self.next = QLabel(self)
        self.expiry = QLabel(self)
        self.expiry.setWordWrap(True)
        self.sv = QLabel(self)
        grid = QGridLayout()
        for r, (label, w) in enumerate(((self.tr("等级"), self.tier), (self.tr("可用积分"), self.points),
                                        (self.tr("升级进度"), self.next), (self.tr("积分到期"), self.expiry),
                                        (self.tr("储值余额"), self.sv))):
            grid.addWidget(QLabel(label, self), r, 0)
            grid.addWidget(w, r, 1)
        grid.setColumnStretch(1, 1)
        self.inner = QTabWidget(self)
        self.voucher_table = make_table(self, [self.tr("券号"), self.tr("类型"), self.tr("面值"), self.tr("可用日期"),
                                               self.tr("到期")])
        self.ledger_table = make_table(self, [self.tr("时间"), self.tr("类型"), self.tr("积分"), self.tr("说明")])
        self.history_table = make_table(self, [self.tr("时间"), self.tr("原等级"), self.tr("新等级"), self.tr("原因")])
        self.inner.addTab(self.voucher_table, self.tr("可用礼券"))
        self.inner.addTab(self.ledger_table, self.tr("积分明细"))
        self.inner.addTab(self.history_table, self.tr("等级变化"))
        self.redeem_button = QPushButton(self.tr("积分兑换…"), self)
        self.redeem_button.clicked.connect(self.redeem)
        self.convert_button = QPushButton(self.tr("积分换券"), self)
        self.convert_button.clicked.connect(self.convert)
        self.sv_button = QPushButton(self.tr("储值…"), self)
        self.sv_button.clicked.connect(self.stored_value)
        self.lock_button = QPushButton(self.tr("锁定等级…"), self)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.adjust_button = QPushButton(self.tr("调整积分…"), self)
        self.adjust_button.clicked.connect(self.adjust_points)
        self.issue_button = QPushButton(self.tr("发礼券…"), self)
        self.issue_button.clicked.connect(self.issue_voucher)
        buttons = QHBoxLayout()
        for b in (self.redeem_button, self.convert_button, self.sv_button, self.lock_button, self.adjust_button,
                  self.issue_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(self.inner, 1)
        lay.addLayout(buttons)

    def load(self, member_id: int | None) -> None:
        self.member_id = member_id
        if not member_id:
            for w in (self.tier, self.points, self.next, self.expiry, self.sv):
                w.setText("")
            for t in (self.voucher_table, self.ledger_table, self.history_table):
                t.setRowCount(0)
            return
        s = member_loyalty(member_id)
        lock = self.tr("(已锁定:{r})").format(r=s["tier_lock_reason"]) if s["tier_locked"] else ""
        self.tier.setText(f"{tiers.tier_display(s['tier'])} {format_discount(s['tier_discount'])}{lock}")
        self.tier.setToolTip(tiers.tier_display(s["tier_benefits"]))
        self.points.setText(f"{s['points']:,}")
        unit = self.tr("积分") if s["tier_basis"] == "points" else self.tr("元")
        if s["next_tier"]:
            self.next.setText(self.tr("近一年 {v} {u},再 {n} {u} 升 {t}").format(
                v=f"{s['qualifying']:,}", n=f"{s['to_next_tier']:,}", u=unit, t=tiers.tier_display(s["next_tier"])))
        else:
            self.next.setText(self.tr("近一年 {v} {u},已是最高等级").format(v=f"{s['qualifying']:,}", u=unit))
        exp = s["points_expiring"]
        self.expiry.setText("; ".join(self.tr("{p} 积分 {d} 到期").format(p=f"{e['points']:,}", d=e["date"])
                                      for e in exp[:3]) or self.tr("无"))
        self.sv.setText(fen_to_yuan_text(s["stored_value_fen"]))
        self.sv_button.setVisible(stored_value.enabled() or s["stored_value_fen"] != 0)
        self.lock_button.setText(self.tr("解除锁定") if s["tier_locked"] else self.tr("锁定等级…"))
        fill(self.voucher_table, [(v.id, [v.code, v.kind_text, fen_to_yuan_text(v.value), format_date(v.valid_from),
                                          format_date(v.expires_on) or self.tr("长期")])
                                  for v in vouchers.member_vouchers(member_id, open_only=True)], (2,))
        fill(self.ledger_table, [(e.id, [format_datetime(e.at), self.tr(KIND_TEXT.get(e.kind, e.kind)),
                                         f"{e.delta:+,}", ledger.reason_shown(e.reason)])
                                 for e in reversed(ledger.entries(member_id))], (2,))
        fill(self.history_table, [(c.id, [format_datetime(c.at), tiers.tier_display(c.old_tier),
                                           tiers.tier_display(c.new_tier), ledger.reason_shown(c.reason)])
                                  for c in reversed(tiers.history(member_id))])

    def _done(self) -> None:
        self.load(self.member_id)
        self.changed.emit()

    def redeem(self) -> None:
        if not self.member_id:
            return
        d = RedeemDialog(self, self.member_id)
        dialogs.exec_dialog(d)
        if d.redeemed:
            self._done()

    def convert(self) -> bool:
        if not self.member_id:
            return False
        from vipdesk.model.loyalty import config
        from vipdesk.model.store import settings

        step, value = settings.get(config.L5_POINTS.key), settings.get(config.L5_VALUE.key)
        if not dialogs.ask(self, self.tr("扣 {p} 积分,换一张 {v} 代金券?").format(p=f"{step:,}", v=fen_to_yuan_text(value))):
            return False
        try:
            v = vouchers.convert_points(self.member_id)
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        dialogs.info(self, self.tr("已发券 {code}").format(code=v.code))
        self._done()
        return True

    def stored_value(self) -> None:
        if not self.member_id:
            return
        dialogs.exec_dialog(StoredValueDialog(self, self.member_id))
        self._done()

    def adjust_points(self, delta: int | None = None, reason: str | None = None) -> bool:
        """A correction entry (+/−) with its reason; the ledger refuses a negative balance."""
        if not self.member_id:
            return False
        if delta is None:
            delta, ok = QInputDialog.getInt(self, self.tr("调整积分"), self.tr("增加(正数)或扣减(负数)的积分"),
                                            0, -10_000_000, 10_000_000)
            if not ok:
                return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("调整积分"), self.tr("调整原因"))
            if not ok:
                return False
        if not (reason or "").strip():  # before the PIN: the owner should not type it in vain
            dialogs.show_error(self, ValidationError(self.tr("调整原因"), self.tr("请填写调整原因")))
            return False
        if not require_owner(self, self.tr("手工调整积分"), "points_adjust"):
            return False
        try:
            ledger.adjust(self.member_id, delta, reason)
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self._done()
        return True

    def issue_voucher(self, yuan: str | None = None, reason: str | None = None, days: int = 365) -> bool:
        """A manual voucher (compensation, a special case), valid for *days* days."""
        if not self.member_id:
            return False
        if yuan is None:
            yuan, ok = QInputDialog.getText(self, self.tr("发礼券"), self.tr("面值(元)"))
            if not ok:
                return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("发礼券"), self.tr("发券原因"))
            if not ok:
                return False
        import datetime as dt

        from vipdesk.ui.common.widgets import parse_yuan

        try:
            if not (reason or "").strip():
                raise ValidationError(self.tr("发券原因"), self.tr("请填写发券原因"))
            value = parse_yuan(yuan, self.tr("面值"))
            if not require_owner(self, self.tr("手工发礼券"), "points_adjust"):
                return False
            vouchers.issue(self.member_id, "manual", value, note=reason.strip(),
                           reason=reason.strip(), expires_on=dt.date.today() + dt.timedelta(days=days))
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self._done()
        return True

    def toggle_lock(self, reason: str | None = None) -> bool:
        if not self.member_id:
            return False
        locked = tiers.is_locked(self.member_id)
        try:
            if locked:
                if not dialogs.ask(self, self.tr("解除等级锁定?之后等级按规则自动升降。")):
                    return False
                if not require_owner(self, self.tr("解除等级锁定"), "points_adjust"):
                    return False
                tiers.lock(self.member_id, False)
            else:
                if reason is None:
                    reason, ok = QInputDialog.getText(self, self.tr("锁定等级"), self.tr("锁定原因(如:员工、特殊客户)"))
                    if not ok:
                        return False
                if not require_owner(self, self.tr("锁定等级"), "points_adjust"):
                    return False
                tiers.lock(self.member_id, True, reason)
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self._done()
        return True

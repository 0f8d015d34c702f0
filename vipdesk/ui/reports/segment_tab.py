"""The 分群 tab of the detail pane: the member's RFM scores and segments (S1–S10),
so the clerk sees at a glance whom she is serving."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from vipdesk.formatting import fen_to_yuan_text
from vipdesk.text import tr, tr_noop


class SegmentTab(QWidget):
    FIELDS = tr_noop(("RFM", "行为矩阵", "价值分层", "客户金字塔", "ABC分类", "2012分级", "购买类型", "有效性", "沉睡",
              "流失预警", "近12个月"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member_id: int | None = None
        form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        for name in self.FIELDS:
            lab = QLabel(self)
            lab.setWordWrap(True)
            self.labels[name] = lab
            form.addRow(self.tr(name) + ":", lab)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #666666;")
        self.hint.setWordWrap(True)
        form.addRow(self.hint)

    def load(self, member_id: int | None) -> None:
        from vipdesk.model.segmentation import member_segments

        self.member_id = member_id
        s = member_segments(member_id) if member_id else None
        for lab in self.labels.values():
            lab.setText("")
        if s is None:
            self.hint.setText(self.tr("尚未计算分群(报表 → 重新计算会员分群)") if member_id else "")
            return
        rfm = self.tr("R{r} F{f} M{m}(1–5 分,5 最好)").format(r=s.r, f=s.f, m=s.m) if s.r else self.tr("未消费")
        values = {
            "RFM": rfm, "行为矩阵": tr(s.behaviour), "价值分层": tr(s.value_band), "客户金字塔": tr(s.pyramid),
            "ABC分类": tr(s.abc), "2012分级": tr(s.grid),
            "购买类型": self.tr("、").join(tr(t) for t in s.tags) or self.tr("(满 3 次购买后判断)"),
            "有效性": tr(s.validity), "沉睡": tr(s.dormant) if s.dormant else self.tr("否"),
            "流失预警": self.tr("是:已超过她平时的购买间隔") if s.churn else self.tr("否"),
            "近12个月": self.tr("购买 {n} 次,消费 {m},客单价 {a}").format(
                n=s.purchases_win, m=fen_to_yuan_text(s.spend_win), a=fen_to_yuan_text(s.avg_ticket_win)),
        }
        for k, v in values.items():
            self.labels[k].setText(v)
        self.hint.setText(self.tr("规则见 帮助 → 会员分群规则"))

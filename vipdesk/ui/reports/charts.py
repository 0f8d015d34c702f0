"""Charts for the reports view, drawn with QPainter (no QtCharts: it is not
shipped with PySide6-Essentials and would double the install size).

``ChartWidget(table, chart)`` draws a bar, stacked bar, line or pie chart
from the same ``Table``/``Chart`` description the workbook uses, so the screen
and Excel show the same picture.  Money columns are drawn in yuan.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from vipdesk.reports.table import Chart, Table

PALETTE = ["#8B1A1A", "#D4A017", "#2E6E9E", "#3C8D5A", "#7A4E9C", "#C8642B", "#4F6D7A", "#B03A6F", "#6B8E23",
           "#9E7B4F", "#5B5EA6", "#A0522D"]


def _num(v: Any, kind: str) -> float:
    if v is None or isinstance(v, str):
        return 0.0
    return v / 100 if kind == "money" else float(v)


def _short(v: float) -> str:
    a = abs(v)
    if a >= 1e8:
        return f"{v / 1e8:.1f}亿"
    if a >= 1e4:
        return f"{v / 1e4:.1f}万"
    if a == int(a):
        return f"{int(v)}"
    return f"{v:.1f}"


def _r(text: str) -> str:
    """Chart titles and category labels in the app's language (see view._r)."""
    template = getattr(text, "template", None)
    if template is not None:
        values = {k: _r(v) if isinstance(v, str) else v for k, v in text.values.items()}
        return QCoreApplication.translate("reports", template).format(**values)
    shown = QCoreApplication.translate("reports", text)
    # stored defaults (lapse reasons, survey questions, segment names) are marked in context "vipdesk"
    return shown if shown != text else QCoreApplication.translate("vipdesk", text)


class ChartWidget(QWidget):
    def __init__(self, table: Table, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.chart = chart
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        last = chart.last_row if chart.last_row is not None else len(table.rows)
        rows = table.rows[chart.first_row:last]
        self.categories = [_r(str(r[0])) for r in rows]
        self.series: list[tuple[str, list[float]]] = []
        for col in chart.value_cols:
            kind = table.columns[col].kind
            self.series.append((_r(table.columns[col].label), [_num(r[col], kind) for r in rows]))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(520, 260)

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(0, 4, self.width(), 20), Qt.AlignmentFlag.AlignHCenter, _r(self.chart.title))
        p.setFont(self.font())
        area = QRectF(8, 28, self.width() - 16, self.height() - 36)
        if not self.categories or not any(any(v for v in vals) for _, vals in self.series):
            p.setPen(QColor("#888888"))
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("本期没有数据"))
            p.end()
            return
        if self.chart.kind == "pie":
            self._pie(p, area)
        else:
            self._axes_chart(p, area)
        p.end()

    # --- pie
    def _pie(self, p: QPainter, area: QRectF) -> None:
        values = [max(v, 0.0) for v in self.series[0][1]]
        total = sum(values)
        d = min(area.height(), area.width() * 0.55)
        box = QRectF(area.left() + 10, area.top() + (area.height() - d) / 2, d, d)
        angle = 90 * 16
        for i, v in enumerate(values):
            span = int(round(-v / total * 360 * 16)) if total else 0
            p.setBrush(QColor(PALETTE[i % len(PALETTE)]))
            p.setPen(QPen(QColor("white"), 1))
            p.drawPie(box, angle, span)
            angle += span
        self._legend(p, QRectF(box.right() + 16, area.top(), area.right() - box.right() - 16, area.height()),
                     [f"{c}  {v / total * 100:.1f}%" if total else c for c, v in zip(self.categories, values,
                                                                                      strict=True)])

    def _legend(self, p: QPainter, rect: QRectF, labels: list[str]) -> None:
        fm = p.fontMetrics()
        y = rect.top()
        for i, text in enumerate(labels):
            if y + fm.height() > rect.bottom():
                break
            p.setBrush(QColor(PALETTE[i % len(PALETTE)]))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRect(QRectF(rect.left(), y + 3, 10, 10))
            p.setPen(QColor("#333333"))
            p.drawText(QPointF(rect.left() + 16, y + fm.ascent()), text)
            y += fm.height() + 2

    # --- bar / stacked bar / line
    def _axes_chart(self, p: QPainter, area: QRectF) -> None:
        stacked = self.chart.kind == "bar_stacked"
        n = len(self.categories)
        if stacked:
            top = max(sum(max(s[1][i], 0) for s in self.series) for i in range(n))
        else:
            top = max(max(vals) for _, vals in self.series)
        top = top if top > 0 else 1.0
        step = 10 ** math.floor(math.log10(top))
        top = math.ceil(top / step) * step
        fm = p.fontMetrics()
        legend_w = 0 if len(self.series) == 1 else min(160, max(fm.horizontalAdvance(s[0]) for s in self.series) + 24)
        left = area.left() + max(fm.horizontalAdvance(_short(top)) + 8, 40)
        plot = QRectF(left, area.top() + 4, area.right() - left - legend_w - 8, area.height() - fm.height() - 12)
        p.setPen(QPen(QColor("#DDDDDD"), 1))
        for k in range(5):
            y = plot.bottom() - plot.height() * k / 4
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor("#666666"))
            p.drawText(QRectF(area.left(), y - fm.height() / 2, left - area.left() - 4, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _short(top * k / 4))
            p.setPen(QPen(QColor("#DDDDDD"), 1))
        slot = plot.width() / max(n, 1)
        every = max(1, math.ceil(n * max(fm.horizontalAdvance(c) for c in self.categories) / max(plot.width(), 1)))
        p.setPen(QColor("#333333"))
        for i, c in enumerate(self.categories):
            if i % every == 0:
                p.drawText(QRectF(plot.left() + i * slot - 20, plot.bottom() + 4, slot + 40, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, c)

        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * max(v, 0) / top

        if self.chart.kind == "line":
            for si, (_, vals) in enumerate(self.series):
                path = QPainterPath()
                for i, v in enumerate(vals):
                    pt = QPointF(plot.left() + slot * (i + 0.5), y_of(v))
                    path.moveTo(pt) if i == 0 else path.lineTo(pt)
                p.setPen(QPen(QColor(PALETTE[si % len(PALETTE)]), 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPath(path)
        else:
            groups = 1 if stacked else len(self.series)
            bar_w = slot * 0.7 / groups
            for i in range(n):
                base = plot.bottom()
                for si, (_, vals) in enumerate(self.series):
                    v = max(vals[i], 0)
                    h = plot.height() * v / top
                    x = plot.left() + slot * i + slot * 0.15 + (0 if stacked else si * bar_w)
                    y = base - h if stacked else plot.bottom() - h
                    p.setBrush(QColor(PALETTE[si % len(PALETTE)]))
                    p.setPen(Qt.PenStyle.NoPen)
                    p.drawRect(QRectF(x, y, bar_w, h))
                    if stacked:
                        base -= h
        if legend_w:
            self._legend(p, QRectF(plot.right() + 8, plot.top(), legend_w, plot.height()),
                         [s[0] for s in self.series])

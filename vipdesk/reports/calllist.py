"""The printed weekly call list as HTML: one section per clerk (the owner hands each her page).

Pure Python so the layout is testable without Qt; ``vipdesk.ui.care.printing``
renders it for print preview or to a PDF.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from vipdesk.model.care.printing import ClerkSection, shop_name, week_start, weekly_call_list
from vipdesk.text import tr

STYLE = """
body { font-family: 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'PingFang SC', sans-serif; font-size: 10pt; }
h1 { font-size: 16pt; margin: 0 0 4pt 0; }
h2 { font-size: 13pt; margin: 14pt 0 4pt 0; }
p.sub { color: #555; margin: 0 0 8pt 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: 3pt 4pt; vertical-align: top; }
th { background: #eee; }
td.done { width: 32pt; }
"""


# Qt's rich text ignores CSS table width; the attributes are what it honours.
TABLE = "<table width='100%' border='1' cellspacing='0' cellpadding='3'>"


def call_list_html(sections: list[ClerkSection], week: dt.date, shop: str | None = None) -> str:
    start = week_start(week)
    end = start + dt.timedelta(days=6)
    shop = shop if shop is not None else shop_name()
    title = tr("{shop} 本周回访清单").format(shop=shop)
    sub = tr("{start} 至 {end}").format(start=f"{start:%Y-%m-%d}", end=f"{end:%Y-%m-%d}")
    out = [f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>",
           f"<h1>{escape(title)}</h1><p class='sub'>{escape(sub)}</p>"]
    if not sections:
        out.append(f"<p>{escape(tr('本周没有需要电话回访的会员。'))}</p>")
    heads = [tr("日期"), tr("会员"), tr("电话"), tr("事由"), tr("上次购买"), tr("聊天话题"), tr("完成")]
    for sec in sections:
        out.append(f"<h2>{escape(tr('导购:') + sec.clerk)}({len(sec.rows)})</h2>")
        out.append(TABLE + "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in heads) + "</tr>")
        for r in sec.rows:
            day = f"{r.date:%m-%d}" + (tr("(逾期)") if r.overdue else "")
            cells = [day, r.name, r.phone, f"{r.kind_label}:{r.reason}", r.last_purchase, r.talking_points]
            out.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "<td class='done'>□</td></tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "".join(out)


def build(week: dt.date, *, full_phone: bool | None = None, clerk_id: int | None = None,
          printed_by: str = "") -> str:
    return call_list_html(weekly_call_list(week, full_phone=full_phone, clerk_id=clerk_id, printed_by=printed_by),
                          week)

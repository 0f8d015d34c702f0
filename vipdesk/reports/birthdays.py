"""Next month's birthday list to post in the shop (C1): name + birth date, never a phone."""

from __future__ import annotations

from html import escape

from vipdesk.model.care.printing import BirthdayRow, birthday_list, shop_name
from vipdesk.reports.calllist import STYLE, TABLE
from vipdesk.text import tr


def birthday_list_html(rows: list[BirthdayRow], year: int, month: int, shop: str | None = None) -> str:
    shop = shop if shop is not None else shop_name()
    title = tr("{shop} {year}年{month}月 会员生日").format(shop=shop, year=year, month=month)
    out = [f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>",
           f"<h1>{escape(title)}</h1>",
           f"<p class='sub'>{escape(tr('全体同事熟悉名单,共同祝贺到店的寿星。'))}</p>"]
    if not rows:
        out.append(f"<p>{escape(tr('本月没有会员过生日。'))}</p>")
    else:
        out.append(f"{TABLE}<tr><th>{escape(tr('生日'))}</th><th>{escape(tr('姓名'))}</th>"
                   f"<th>{escape(tr('农历生日'))}</th></tr>")
        for r in rows:
            lunar = r.birthday if r.birthday.startswith(tr("农历")) else ""
            out.append(f"<tr><td>{r.date.month}月{r.date.day}日</td><td>{escape(r.name)}</td>"
                       f"<td>{escape(lunar)}</td></tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "".join(out)


def build(year: int, month: int) -> str:
    return birthday_list_html(birthday_list(year, month), year, month)

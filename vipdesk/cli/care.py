"""``vipdesk reminders``, ``calllist``, ``birthdays`` and ``uncontacted`` (care, C1–C16).

reminders: tasks due from a date over N days (text or --json objects with
date, kind, member_id, name, phone, clerk, text…).  calllist / birthdays:
PDFs rendered with Qt offscreen (see ``vipdesk.ui.care.printing``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from vipdesk.cli.common import emit_json, fail, open_db


def _common(p: argparse.ArgumentParser) -> None:
    # SUPPRESS defaults so `vipdesk --db X reminders` is not overwritten by the sub-parser's None.
    p.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="数据库文件路径(默认在本机用户数据目录)")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="输出 JSON(供脚本使用)")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD:{text}") from None


def _month(text: str) -> tuple[int, int]:
    try:
        d = dt.datetime.strptime(text, "%Y-%m")
    except ValueError:
        raise argparse.ArgumentTypeError(f"月份格式应为 YYYY-MM:{text}") from None
    return d.year, d.month


def register(sub: Any) -> None:
    p = sub.add_parser("reminders", help="列出到期的关怀提醒", description="列出从某天起若干天内到期的关怀提醒")
    _common(p)
    p.add_argument("--date", type=_date, default=None, help="起始日期 YYYY-MM-DD(默认今天)")
    p.add_argument("--days", type=int, default=1, help="天数(默认 1)")
    p.add_argument("--clerk", default=None, help="只看这位导购的会员(姓名)")
    p.set_defaults(func=_reminders)

    p = sub.add_parser("calllist", help="打印本周电话回访清单(PDF)", description="按导购生成一周的电话回访清单 PDF")
    _common(p)
    p.add_argument("--week", type=_date, default=None, help="这一周里的任意一天 YYYY-MM-DD(默认本周)")
    p.add_argument("-o", "--output", type=Path, required=True, help="输出 PDF 文件")
    p.add_argument("--full-phone", action="store_true", default=None, help="打印完整手机号(默认按设置,通常打码)")
    p.set_defaults(func=_calllist)

    p = sub.add_parser("birthdays", help="下月会员生日名单(PDF)", description="某月过生日的会员名单(姓名+生日,不含电话)")
    _common(p)
    p.add_argument("--month", type=_month, default=None, help="月份 YYYY-MM(默认下个月)")
    p.add_argument("-o", "--output", type=Path, required=True, help="输出 PDF 文件")
    p.set_defaults(func=_birthdays)

    p = sub.add_parser("uncontacted", help="本月未联系会员(C7)",
                       description="某月关怀次数少于每月最少次数的会员(手机号打码)")
    _common(p)
    p.add_argument("--month", type=_month, default=None, help="月份 YYYY-MM(默认本月)")
    p.add_argument("--clerk", default=None, help="只看这位导购的会员(姓名)")
    p.set_defaults(func=_uncontacted)


def _clerk_id(name: str | None) -> int | None:
    if not name:
        return None
    from vipdesk.model.members.staff import staff_by_name

    s = staff_by_name(name)
    if s is None:
        raise LookupError(f"没有这位导购:{name}")
    return s.id


def _reminders(args: argparse.Namespace) -> int:
    from vipdesk.model.care.engine import due_tasks

    open_db(args)
    if args.days < 1:
        return fail("天数至少为 1")
    try:
        clerk_id = _clerk_id(args.clerk)
    except LookupError as exc:
        return fail(str(exc))
    tasks = due_tasks(args.date or dt.date.today(), args.days, clerk_id)
    if getattr(args, "json", False):
        emit_json([t.as_json() for t in tasks])
        return 0
    from vipdesk.model.members.phone import mask_phone

    if not tasks:
        print("没有到期的提醒。")
    for t in tasks:
        flags = "(逾期)" if t.overdue else ""
        if t.held_reason:
            flags += f"(暂缓:{t.held_reason})"
        print(f"{t.date.isoformat()} {t.kind_label}{flags} {t.name} {mask_phone(t.phone)} "
              f"导购:{t.clerk or '-'} {t.reason}")
        print(f"    {t.text}")
    return 0


def _calllist(args: argparse.Namespace) -> int:
    from vipdesk.reports.calllist import build
    from vipdesk.ui.care.printing import html_to_pdf

    open_db(args)
    if args.full_phone:  # issue 13: like the GUI's 打印完整手机号
        from vipdesk.cli.common import require_permission
        from vipdesk.model import access

        require_permission(args, access.FULL_PHONES)
    html = build(args.week or dt.date.today(), full_phone=args.full_phone, printed_by="cli")
    path = html_to_pdf(html, args.output, landscape=True)
    if getattr(args, "json", False):
        emit_json({"file": str(path)})
    else:
        print(f"已生成:{path}")
    return 0


def _birthdays(args: argparse.Namespace) -> int:
    from vipdesk.model.care.printing import next_month
    from vipdesk.reports.birthdays import build
    from vipdesk.ui.care.printing import html_to_pdf

    open_db(args)
    year, month = args.month or next_month()
    path = html_to_pdf(build(year, month), args.output, landscape=False)
    if getattr(args, "json", False):
        emit_json({"file": str(path)})
    else:
        print(f"已生成:{path}")
    return 0


def _uncontacted(args: argparse.Namespace) -> int:
    from vipdesk.model.care.cap import monthly_min, uncontacted_in_month
    from vipdesk.model.members.phone import mask_phone

    open_db(args)
    try:
        clerk_id = _clerk_id(args.clerk)
    except LookupError as exc:
        return fail(str(exc))
    year, month = args.month or (dt.date.today().year, dt.date.today().month)
    rows = uncontacted_in_month(dt.date(year, month, 1), clerk_id)
    if getattr(args, "json", False):
        emit_json([{"member_id": r.member_id, "name": r.name, "phone": mask_phone(r.phone), "clerk": r.clerk,
                    "care_messages": r.count} for r in rows])
        return 0
    print(f"{year}年{month}月:{len(rows)} 位会员的关怀少于每月 {monthly_min()} 次")
    for r in rows:
        print(f"{r.name} {mask_phone(r.phone)} 导购:{r.clerk or '-'} 本月 {r.count} 次")
    return 0

"""``vipdesk sms configure|template|send|poll|outbox`` (issue 16): SMS for scheduled tasks.

The provider secret is read from standard input or VIPDESK_SMS_SECRET and
goes to the OS credential store; it is never printed, logged or stored in
the database.  Without ``sms configure`` nothing is ever sent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from typing import Any

from vipdesk.cli.common import add_subcommand, emit_json, fail, open_db

EXIT_CODES = """退出码:
  0  成功
  1  意外错误
  2  输入有误(参数、模板、设置)
  3  还没有设置短信服务商(不会发送任何短信)
  4  服务商拒绝或连不上,本批已停止(密钥、电脑时间、余额、网络),未发的留在发件箱
  5  部分短信失败(原因见输出),其余已发送"""

OK, UNEXPECTED, BAD_INPUT, NOT_CONFIGURED, STOPPED, SOME_FAILED = 0, 1, 2, 3, 4, 5


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD:{text}") from None


def register(sub: Any) -> None:
    p = sub.add_parser("sms", help="通过阿里云/腾讯云发送短信", description="短信:设置服务商、模板,发送、查回执、看发件箱",
                       epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    ss = p.add_subparsers(dest="sms_command")

    def sp(name: str, text: str) -> argparse.ArgumentParser:
        q = add_subcommand(ss, name, text)
        q.epilog, q.formatter_class = EXIT_CODES, argparse.RawDescriptionHelpFormatter
        return q

    c = sp("configure", "设置短信服务商(密钥从标准输入或环境变量 VIPDESK_SMS_SECRET 读取)")
    c.add_argument("--provider", required=True, choices=["aliyun", "tencent"])
    c.add_argument("--sign-name", required=True, help="审核通过的短信签名(店名)")
    c.add_argument("--sdk-app-id", default="", help="腾讯云短信应用 SdkAppId")
    c.add_argument("--region", default="", help="地域(腾讯云默认 ap-guangzhou)")
    c.add_argument("--endpoint", default="", help="服务地址(默认官方地址;私有网关或测试时填写)")
    c.add_argument("--access-key-id", required=True, help="AccessKey ID / SecretId")
    c.set_defaults(func=_configure)

    t = sp("template", "把一种提醒对应到服务商审核通过的模板")
    t.add_argument("kind", help="提醒类型,如 birthday、holiday、dormant、points_expiry")
    t.add_argument("--code", required=True, help="模板编号(阿里云 SMS_xxx,腾讯云数字 ID)")
    t.add_argument("--type", required=True, choices=["notification", "marketing"], help="通知 / 营销")
    t.add_argument("--param", action="append", default=[], metavar="NAME=FIELD",
                   help="模板变量=会员字段,如 name=姓名(腾讯云按位置:1=姓名);可重复")
    t.add_argument("--text", default="", help="审核通过的模板内容(用于预览和计费条数)")
    t.set_defaults(func=_template)

    s = sp("send", "发送到期提醒的短信(先预览;已发过的不会再发)")
    s.add_argument("--date", type=_date, default=None, help="提醒日期 YYYY-MM-DD(默认今天)")
    s.add_argument("--kind", default=None, help="只发这种提醒")
    s.add_argument("--dry-run", action="store_true", help="只预览:条数、计费、费用、排除的会员和原因")
    s.set_defaults(func=_send)

    q = sp("poll", "拉取送达回执和会员回复(回复 R/TD/T/N 记为退订)")
    q.set_defaults(func=_poll)

    o = sp("outbox", "查看发件箱")
    o.add_argument("--status", default=None, choices=["queued", "sending", "submitted", "delivered", "failed",
                                                      "unknown"])
    o.set_defaults(func=_outbox)
    p.set_defaults(func=lambda args: (p.print_help(), BAD_INPUT)[1])


def _json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def _guard(fn: Any) -> Any:
    """Chinese message and the documented exit code instead of a traceback."""

    def run(args: argparse.Namespace) -> int:
        from vipdesk.model.errors import VipdeskError
        from vipdesk.model.messaging.outbox import NotConfigured

        try:
            return fn(args)
        except NotConfigured as e:
            return fail(str(e), NOT_CONFIGURED)
        except VipdeskError as e:
            return fail(str(e), int(getattr(e, "exit_code", 0) or BAD_INPUT))  # AccessDenied: 3 (issue 13)
    return run


@_guard
def _configure(args: argparse.Namespace) -> int:
    from vipdesk.model.messaging import config

    open_db(args)
    from vipdesk.cli.common import require_permission

    require_permission(args, "settings")  # issue 13: the same permission as the GUI's 短信设置
    secret = os.environ.get(config.ENV_SECRET, "")
    if not secret:
        if sys.stdin.isatty():
            import getpass

            secret = getpass.getpass("AccessKey Secret / SecretKey(输入时不显示):").strip()
        else:
            secret = sys.stdin.readline().strip()
    if not secret:
        return fail("请从标准输入或环境变量 VIPDESK_SMS_SECRET 提供密钥(AccessKey Secret / SecretKey)", BAD_INPUT)
    cfg = config.configure(args.provider, args.sign_name, args.access_key_id, endpoint=args.endpoint,
                           region=args.region, sdk_app_id=args.sdk_app_id)
    stored = config.store_secret(cfg.access_key_id, secret)
    status = config.secret_store_status()
    if _json(args):
        emit_json({**cfg.as_json(), "secret_in_os_store": stored, "secret_status": status})
    else:
        print(f"已设置:{cfg.provider} 签名【{cfg.sign_name}】 {cfg.endpoint}")
        print(status)
    return OK


@_guard
def _template(args: argparse.Namespace) -> int:
    from vipdesk.model.errors import ValidationError
    from vipdesk.model.messaging import templates

    open_db(args)
    from vipdesk.cli.common import require_permission

    require_permission(args, "settings")  # issue 13
    params = []
    for p in args.param:
        if "=" not in p:
            raise ValidationError("--param", f"格式应为 NAME=FIELD:{p}")
        a, b = p.split("=", 1)
        params.append((a, b))
    t = templates.set_template(args.kind, args.code, args.type, params, args.text)
    if _json(args):
        emit_json(t.as_json())
    else:
        print(f"{templates.kind_label(t.kind)} → 模板 {t.code}({templates.TYPE_LABELS[t.type]})")
    return OK


@_guard
def _send(args: argparse.Namespace) -> int:
    from vipdesk.model.care.engine import due_tasks
    from vipdesk.model.messaging import config, gating, outbox, templates

    open_db(args)
    day = args.date or dt.date.today()
    mapped = templates.mapped()
    tasks = [t for t in due_tasks(day, 1) if t.kind in mapped and t.status == "open"
             and (args.kind is None or t.kind == args.kind)]
    now = dt.datetime.now()
    plan = gating.plan(tasks, now)
    configured = config.provider_config() is not None
    out: dict[str, Any] = {"date": day.isoformat(), "dry_run": args.dry_run, "configured": configured,
                           "plan": plan.as_json()}
    if not _json(args):
        print(f"{day.isoformat()}:{len(plan.items)} 条短信,计费 {plan.units} 条,约 ¥{plan.cost_fen / 100:.2f}")
        for i in plan.items:
            print(f"  {i.name} {templates.kind_label(i.kind)} [{i.units}] {i.text}" + (f"({i.note})" if i.note else ""))
        for e in plan.excluded:
            print(f"  不发:{e.name} {templates.kind_label(e.kind)} — {e.reason}")
    if args.dry_run:
        if not configured and not _json(args):
            print("(还没有设置短信服务商,不会发送)")
        if _json(args):
            emit_json(out)
        return OK
    from vipdesk.cli.common import require_permission

    require_permission(args, "sms_send")  # issue 13: sending costs money and uses full phones
    if not configured:
        raise outbox.NotConfigured()
    outbox.enqueue(plan, clerk="cli")
    rep = outbox.send_due(at=now)
    out["result"] = rep.as_json()
    if _json(args):
        emit_json(out)
    else:
        print(f"已提交 {rep.submitted},失败 {rep.failed},等待 {rep.waiting},待确认 {rep.unknown}")
        for p in rep.problems:
            print("  " + p)
        if rep.stopped:
            print("已停止:" + rep.stopped, file=sys.stderr)
    if rep.stopped:
        return STOPPED
    return SOME_FAILED if rep.failed else OK


@_guard
def _poll(args: argparse.Namespace) -> int:
    from vipdesk.model.messaging import outbox

    open_db(args)
    rep = outbox.poll()
    if _json(args):
        emit_json(rep.as_json())
    else:
        print(f"送达 {rep.delivered},失败 {rep.failed},已提交 {rep.submitted},仍待确认 {rep.still_unknown},"
              f"退订 {rep.opted_out}")
        if not rep.replies_supported:
            print("(阿里云的会员回复通过消息队列推送,本程序不拉取;退订请在会员资料里登记)")
    if rep.error:
        print("错误:" + rep.error, file=sys.stderr)
        return STOPPED
    return OK


@_guard
def _outbox(args: argparse.Namespace) -> int:
    from vipdesk.model.members.phone import mask_phone
    from vipdesk.model.messaging import outbox, templates

    open_db(args)
    rows = outbox.outbox(args.status)
    if _json(args):
        emit_json([r.as_json() for r in rows])
        return OK
    if not rows:
        print("发件箱是空的。")
    for r in rows:
        print(f"#{r.id} {r.created_at:%Y-%m-%d %H:%M} {r.status_label} {r.name} {mask_phone(r.phone)} "
              f"{templates.kind_label(r.kind)} [{r.units}] {r.note}")
    return OK

"""``vipdesk loyalty …`` (daily jobs, a member's points, redeem, convert, top-up,
incentives, threshold helper, tier review) and ``vipdesk import sales FILE``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from vipdesk.cli.common import emit_json, fail, open_db


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _clerk(name: str | None) -> int | None:
    if not name:
        return None
    from vipdesk.model.members.staff import staff_by_name

    s = staff_by_name(name)
    if s is None:
        raise SystemExit(fail("没有这位导购:" + name))
    return s.id


def _member_id(key: str) -> int:
    from vipdesk.model.members.profile import resolve

    return resolve(key).id


def _run(args: argparse.Namespace, fn: Any) -> int:
    from vipdesk.model.errors import VipdeskError

    open_db(args)
    try:
        data, text = fn(args)
    except VipdeskError as exc:
        return fail(str(exc), getattr(exc, "exit_code", 2))
    if args.json:
        emit_json(data)
    else:
        print(text)
    return 0


def _daily(args: argparse.Namespace) -> tuple[Any, str]:
    from vipdesk.model.loyalty.daily import run_daily

    counts = run_daily(_date(args.date))
    labels = {"points_expired": "到期积分", "vouchers_expired": "到期礼券", "birthday_vouchers": "生日礼券",
              "season_vouchers": "季度礼券", "tier_downgrades": "降级", "inactive": "设为不活跃"}
    return counts, "\n".join(f"{labels[k]}:{v}" for k, v in counts.items())


def _show(args: argparse.Namespace) -> tuple[Any, str]:
    from vipdesk.formatting import fen_to_yuan_text
    from vipdesk.model.loyalty.summary import member_loyalty

    s = member_loyalty(_member_id(args.member))
    lines = [f"等级:{s['tier']}{'(已锁定)' if s['tier_locked'] else ''}", f"积分:{s['points']:,}",
             f"储值:{fen_to_yuan_text(s['stored_value_fen'])}"]
    if s["next_tier"]:
        lines.append(f"距 {s['next_tier']} 还差 {s['to_next_tier']:,}")
    for v in s["vouchers"]:
        lines.append(f"礼券 {v['code']} {v['kind_text']} ¥{v['value']} 到期 {v['expires_on'] or '长期'}")
    for e in s["points_expiring"]:
        lines.append(f"{e['points']:,} 积分 {e['date']} 到期")
    for h in s["tier_history"]:
        lines.append(f"{h['at']} {h['old'] or '—'} → {h['new']}({h['reason']})")
    return s, "\n".join(lines)


def _gifts(args: argparse.Namespace) -> tuple[Any, str]:
    from vipdesk.model.loyalty.gifts import catalogue

    rows = [{"id": g.id, "name": g.name, "points": g.points, "stock": g.stock, "voucher_fen": g.voucher_value}
            for g in catalogue()]
    return rows, "\n".join(f"#{r['id']} {r['name']} {r['points']:,}积分 库存{r['stock']}" for r in rows)


def _redeem(args: argparse.Namespace) -> tuple[Any, str]:
    from vipdesk.cli.common import require_permission
    from vipdesk.model import access
    from vipdesk.model.loyalty.gifts import catalogue, redeem

    # Issue 13: a redemption needs someone signed in; above the owner's limit the
    # "大额积分兑换" permission.
    points = next((g.points for g in catalogue() if g.id == args.gift), 0)
    require_permission(args, access.redeem_permission(points), any_user=True)

    clerk = _clerk(args.clerk) if args.clerk else access.current_staff_id()
    r = redeem(_member_id(args.member), args.gift, clerk_id=clerk)
    return {"redemption_id": r.id, "points": r.points}, f"已兑换,扣 {r.points:,} 积分"


def _convert(args: argparse.Namespace) -> tuple[Any, str]:
    from vipdesk.cli.common import require_permission
    from vipdesk.model import access
    from vipdesk.model.loyalty.vouchers import convert_points, get

    require_permission(args, None, any_user=True)  # issue 13: as at the counter, anyone signed in
    clerk = _clerk(args.clerk) if args.clerk else access.current_staff_id()
    v = get(convert_points(_member_id(args.member), clerk_id=clerk).id)
    return v.to_json(), f"已换券 {v.code} ¥{v.value / 100:.2f}"


def _topup(args: argparse.Namespace) -> tuple[Any, str]:
    from vipdesk.cli.common import require_permission
    from vipdesk.model import access
    from vipdesk.model.importing.parse import parse_amount_fen
    from vipdesk.model.loyalty import stored_value

    require_permission(args, None, any_user=True)  # issue 13: as at the counter, anyone signed in
    clerk = _clerk(args.clerk) if args.clerk else access.current_staff_id()
    e = stored_value.top_up(_member_id(args.member), parse_amount_fen(args.amount, "充值金额"), clerk_id=clerk)
    return {"entry_id": e.id, "balance_fen": stored_value.balance(e.member_id)}, stored_value.slip_text(e.id)


def _incentives(args: argparse.Namespace) -> tuple[Any, str]:
    from vipdesk.formatting import fen_to_yuan_text
    from vipdesk.model.loyalty.incentives import monthly_table

    y, m = (int(x) for x in (args.month or dt.date.today().strftime("%Y-%m")).split("-"))
    rows = monthly_table(y, m)
    text = "\n".join(f"{r.staff_name}:售卡 {r.sold}(计 {r.sold_counted}) 免费卡 {r.free}(计 {r.free_counted}) "
                     f"提成 {fen_to_yuan_text(r.commission)} 奖金 {fen_to_yuan_text(r.bonus)}" for r in rows)
    return [r.to_json() for r in rows], text or "本月没有办卡记录"


def _thresholds(args: argparse.Namespace) -> tuple[Any, str]:
    from dataclasses import asdict

    from vipdesk.model.loyalty.thresholds import advise

    a = advise(_date(args.since), _date(args.until))
    return asdict(a), "\n".join(a.lines())


def _review(args: argparse.Namespace) -> tuple[Any, str]:
    from dataclasses import asdict

    from vipdesk.model.loyalty.tiers import review

    if args.apply:  # issue 13: changing tiers by hand is the GUI's "手工调整积分、发券、锁定等级"
        from vipdesk.cli.common import require_permission
        from vipdesk.model import access

        require_permission(args, access.POINTS_ADJUST)
    moves = review(_date(args.date), apply=args.apply)
    verb = "已降级" if args.apply else "将降级"
    return [asdict(m) for m in moves], "\n".join(f"{verb}:{m.name} {m.old} → {m.new}" for m in moves) or "无人变动"


def _parser(sub: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """Like add_subcommand, but with SUPPRESS defaults so `vipdesk --db X loyalty …` keeps X."""
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="数据库文件路径(默认在本机用户数据目录)")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="输出 JSON(供脚本使用)")
    return p


def register(sub: Any) -> None:
    p = _parser(sub, "loyalty", "积分、等级、礼券、储值与导购激励")
    lsub = p.add_subparsers(dest="loyalty_command", required=True)

    def cmd(name: str, help_text: str, fn: Any) -> argparse.ArgumentParser:
        q = _parser(lsub, name, help_text)
        q.set_defaults(func=lambda a: _run(a, fn))
        return q

    cmd("daily", "每日任务:积分/礼券到期、生日礼券、季度礼券、年度复核、不活跃", _daily).add_argument(
        "--date", help="按哪一天运行(YYYY-MM-DD,默认今天)")
    cmd("show", "会员积分、等级、礼券", _show).add_argument("member", help="会员编号、手机号或卡号")
    cmd("gifts", "积分兑换礼品目录", _gifts)
    q = cmd("redeem", "积分兑换礼品", _redeem)
    q.add_argument("member")
    q.add_argument("gift", type=int, help="礼品编号")
    q.add_argument("--clerk", help="经办导购姓名")
    q = cmd("convert", "积分换代金券", _convert)
    q.add_argument("member")
    q.add_argument("--clerk")
    q = cmd("topup", "储值充值", _topup)
    q.add_argument("member")
    q.add_argument("amount", help="金额(元)")
    q.add_argument("--clerk")
    cmd("incentives", "导购办卡激励月表", _incentives).add_argument("--month", help="YYYY-MM,默认本月")
    q = cmd("thresholds", "等级门槛建议(平均单价 × 连带率)", _thresholds)
    q.add_argument("--since")
    q.add_argument("--until")
    q = cmd("review", "年度等级复核(默认只预览)", _review)
    q.add_argument("--date")
    q.add_argument("--apply", action="store_true", help="执行降级")

    # `vipdesk import sales FILE` is run by cli/importing.py (IMPORT_KINDS → vipdesk.model.sales.pos_import).

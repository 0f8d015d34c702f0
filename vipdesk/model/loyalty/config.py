"""Every loyalty setting the owner can change (besides tiers/qualify days/points per
yuan, declared in tiers.py and earning.py).  Defaults come from the seeds; rules
read them when they run, so a change applies from then on and past ledger
entries stay as they were."""

from __future__ import annotations

import json
from typing import Any

from vipdesk.model.store import settings

G = "等级积分"
GV = "礼券"
GS = "储值"
GI = "导购激励"

# --- earning (L3)
MULTIPLIER_DAYS = settings.declare(
    "loyalty.multiplier_days", [], "多倍积分日", G,
    "列表:{name 名称, start 开始 YYYY-MM-DD, end 结束, percent 倍率百分比(200=双倍), yearly 每年重复}")
BIRTHDAY_PERCENT = settings.declare("loyalty.birthday_percent", 200, "生日月积分倍率(%)", G, "100 = 不加倍")
BIRTHDAY_DISCOUNT = settings.declare("loyalty.birthday_discount", 1000, "生日月折扣", G,
                                     "千分比:900 = 9折;1000 = 不另打折。与等级折扣取较优的一个(L6)")
# --- tiers (L1, L9)
TIER_BASIS = settings.declare("loyalty.tier_basis", "points", "等级依据", G,
                              "points 按周期内所得积分 / spend 按近12个月消费金额(元)")
GRACE_DAYS = settings.declare("loyalty.downgrade_grace_days", 0, "降级宽限期(天)", G)
REVIEW_ENABLED = settings.declare("loyalty.review_enabled", True, "每年复核等级(可降级)", G)
REVIEW_DAY = settings.declare("loyalty.review_day", "01-01", "年度复核日(MM-DD)", G)
# --- returns whose points were already spent (T2)
RETURN_POLICY = settings.declare(
    "loyalty.return_spent_policy", "cancel_voucher", "退货时积分已用掉", G,
    "cancel_voucher 先作废由积分换来的未用礼券,不够再扣减退款 / reduce_refund 直接按积分价值扣减退款")
POINT_VALUE_FEN = settings.declare("loyalty.point_value_fen", 10, "1 积分折合金额(分)", G,
                                   "扣减退款时用:300元/3000分 = 10 分")
# --- expiry
EXPIRY_ENABLED = settings.declare("loyalty.expiry_enabled", False, "积分过期", G)
EXPIRY_MODE = settings.declare("loyalty.expiry_mode", "next_year_end", "过期方式", G,
                               "next_year_end 当年积分次年12月31日过期 / months 获得后若干个月过期")
EXPIRY_MONTHS = settings.declare("loyalty.expiry_months", 24, "获得后几个月过期", G)
# --- L5 points → voucher
L5_ENABLED = settings.declare("loyalty.l5_enabled", True, "积分换代金券", GV)
L5_AUTO = settings.declare("loyalty.l5_auto", True, "积分够数时自动换券", GV)
L5_POINTS = settings.declare("loyalty.l5_points", 3000, "每多少积分换一张券", GV)
L5_VALUE = settings.declare("loyalty.l5_value_fen", 30000, "换券面值(分)", GV, "默认 300 元")
L5_VALID_DAYS = settings.declare("loyalty.l5_valid_days", 365, "积分券有效天数", GV)
# --- L6 birthday voucher
BIRTHDAY_ENABLED = settings.declare("loyalty.birthday_voucher_enabled", True, "生日礼券", GV)
BIRTHDAY_VALUE = settings.declare("loyalty.birthday_voucher_fen", 10000, "生日礼券面值(分)", GV, "默认 100 元")
BIRTHDAY_MIN_TIER = settings.declare("loyalty.birthday_voucher_min_tier", "", "生日礼券最低等级", GV, "空 = 所有会员")
# --- L7 season top N
SEASON_ENABLED = settings.declare("loyalty.season_enabled", True, "每季消费前N名礼券", GV)
SEASON_TOP_N = settings.declare("loyalty.season_top_n", 30, "每季前几名", GV)
SEASON_VALUE = settings.declare("loyalty.season_voucher_fen", 10000, "季度礼券面值(分)", GV)
SEASON_STARTS = settings.declare("loyalty.season_starts", [3, 6, 9, 12], "各季开始月份", GV, "春3 夏6 秋9 冬12")
# --- L8 referral
REFERRAL_POINTS = settings.declare("loyalty.referral_points", 200, "介绍新会员首次消费奖励积分", G, "0 = 不奖励")
# --- L11 exit rule
INACTIVE_ENABLED = settings.declare("loyalty.inactive_enabled", True, "长期未消费设为不活跃", G)
INACTIVE_MONTHS = settings.declare("loyalty.inactive_months", 24, "几个月未消费设为不活跃", G)
# --- stored value (储值)
SV_ENABLED = settings.declare("loyalty.sv_enabled", False, "启用储值", GS)
SV_BONUS_RULES = settings.declare("loyalty.sv_bonus_rules", [{"min_fen": 100000, "bonus_fen": 10000}],
                                  "充值赠送规则", GS, "充满 min_fen 送 bonus_fen;取满足的最高一档")
# --- L10 staff card incentives
INC_SOLD = settings.declare("incentive.sold_card_fen", 1000, "售卡提成(分/张)", GI, "默认 10 元")
INC_FREE = settings.declare("incentive.free_card_fen", 1000, "免费卡奖励(分/张)", GI, "默认 10 元")
INC_TARGET = settings.declare("incentive.monthly_target", 30, "月办卡达标张数", GI)
INC_BONUS = settings.declare("incentive.monthly_bonus_fen", 10000, "月达标奖金(分)", GI, "默认 100 元")


def get(key: str) -> Any:
    """``settings.get`` through one raw statement: a sale reads a dozen settings and peewee's
    query building made that the counter's slowest step.  Same values, same defaults."""
    d = settings.REGISTRY[key]
    text = settings.stored_json(key)  # remembered within the sale's transaction
    if text is not None:
        return json.loads(text)
    v = d.default
    return v if isinstance(v, (int, float, str, bool)) or v is None else json.loads(json.dumps(v))  # lists: a copy

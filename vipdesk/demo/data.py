"""Demo data: names, catalogue, calendar weights and the small pure helpers every part draws from."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import logging
import math
import random
from collections.abc import Callable, Iterator, Sequence

Progress = Callable[[int, int, str], None]
log = logging.getLogger(__name__)

DAY = 86400
HISTORY_DAYS = 730  # two years of sales up to today
CHUNK = 50_000  # rows per executemany

# --- names: surnames weighted roughly like the 2020 census; given names a shop actually sees
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏"
    "吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万"
    "钱严覃武莫孔汤向常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁"
)
_SURNAME_CUM = list(itertools.accumulate(max(1.0, 7.4 * math.exp(-i / 18)) for i in range(len(_SURNAMES))))
_FEMALE_GIVEN_2 = (
    "丽娟 秀英 桂英 玉兰 海燕 丽华 晓燕 雪梅 美玲 春梅 红梅 丽萍 晓红 小红 艳红 秀兰 丽娜 婷婷 静怡 "
    "雅琴 慧敏 佳琪 欣怡 诗涵 梦琪 思雨 雨婷 晓婷 晶晶 丹丹 莉莉 媛媛 倩倩 敏敏 燕妮 晓丽 秋云 "
    "文静 雅静 淑芬 凤英 彩霞 玉梅 冬梅 翠花 金凤 美华 晓霞 海霞 丽君 雪莲 素芳 慧娟 玉洁 "
    "佳怡 可欣 紫涵 梓萱 一诺 若曦 思琪 晓雯 嘉怡 佩琪 安琪 瑞雪 晨曦 芳芳 琳琳 蕾蕾 霞霞 "
    "雪芳 月娥 春燕 小燕 亚楠 海英 爱华 建英 志红 艳萍 琼华 碧云 慧琳 静雯 梦瑶 子琪 雨欣"
).split()
_FEMALE_GIVEN_1 = list("丽静敏燕艳娟霞芳娜婷雪慧玲萍红梅琳颖洁倩琴云莉兰凤佳欣怡悦瑶晶璐薇蓉岚")
_MALE_GIVEN_2 = (
    "建国 建华 志强 志明 国强 海涛 晓东 俊杰 文博 浩然 子豪 宇航 明辉 永刚 振华 立新 伟民 "
    "家豪 天宇 博文 正阳 鹏飞 晓峰 国庆 少华 建军 春雷 德明"
).split()
_MALE_GIVEN_1 = list("伟强磊军勇杰涛明超华刚辉鹏斌宇浩凯健俊峰毅平")
_KID_GIVEN = (
    "子涵 欣怡 梓涵 一诺 浩宇 宇轩 若汐 依诺 沐宸 梓睿 可馨 语桐 思彤 诗琪 子墨 奕辰 俊熙 "
    "雨泽 悦彤 乐乐 朵朵 甜甜 豆豆 果果 安安 小宝"
).split()

_MOBILE_PREFIXES = (
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 "
    "180 181 182 183 185 186 187 188 189 191 193 195 198 199"
).split()
_MOBILE_WEIGHTS = [3 if p.startswith("13") else 2 if p.startswith(("15", "18")) else 1 for p in _MOBILE_PREFIXES]

_LUCKY_TAILS = ["8888", "6666", "1234", "5678", "1688", "9999", "5188"]
_STAFF = ["王丽娜", "张晓燕", "陈静", "李婷婷", "刘芳", "赵敏", "孙悦", "周倩"]

_DISTRICTS = ["上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区"]
_ROADS = ["文三路", "莫干山路", "延安路", "解放路", "凤起路", "庆春路", "天目山路", "教工路", "古墩路", "江南大道"]
_ESTATES = ["金色家园", "翠苑一区", "嘉绿苑", "文鼎苑", "西溪花园", "锦绣江南", "和家园", "阳光城", "绿城桂花园"]
_EMAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "139.com"]
_OBSERVATIONS = [
    "喜欢浅色系,肤色白,穿米色很好看", "身材偏瘦,上衣 S 码刚好", "最近胖了一点,裤子要大一码",
    "说话爽快,不喜欢导购一直跟着", "每次都带女儿一起来逛", "注重面料,先摸后看价签",
    "喜欢收腰款,不穿太短的裙子", "对羊毛过敏,推荐时注意", "常出差,喜欢免烫好打理的款",
    "老公常陪同,决定快", "爱打麻将,下午三点后来得多", "上次说想找参加婚礼的连衣裙",
]
_SOFT_NOTES = [
    "在银行工作,周末有空", "开了两家美容院", "孩子在读初中,周末接送", "喜欢旅游,每年出国一次",
    "老会员介绍来的,很信任小王", "对促销短信反感,只接电话", "爱跳广场舞,喜欢宽松款",
]
_VISIT_NOTES = [
    "试穿了两件大衣,说再考虑", "陪朋友来逛", "看了新款,嫌颜色深", "来问上次那款有没有补货",
    "试了连衣裙,等活动再来", "路过进来看看", "来改裤脚", "", "", "",
]
_FOLLOWUP_OUTCOMES = [
    ("穿着满意,说面料舒服", 5), ("很喜欢,朋友都说好看", 5), ("提醒了洗涤要点:手洗不可暴晒", 4),
    ("反馈尺码偏大,约下周来换", 3), ("未接通,已发短信", None), ("说最近忙,改天再来看新款", 4),
    ("对搭配建议很感兴趣", 5), ("起了点球,已约来店处理", 2),
]
_MEMBER_DATE_LABELS = [("恋爱纪念日", False), ("母亲生日", True), ("父亲生日", True), ("女儿生日", False)]

# --- the catalogue: categories with tag-price ranges in yuan (seeds: core ¥999–1999, range ¥199–3999)
# (category, style-code letter, low, core, high, size kind, weight by season 春夏秋冬)
_CATEGORIES = [
    ("上衣", "T", 399, 699, 1299, "top", (18, 22, 14, 8)),
    ("裤装", "K", 499, 899, 1499, "pants", (12, 12, 12, 10)),
    ("裙装", "Q", 599, 999, 1699, "top", (12, 16, 10, 5)),
    ("连衣裙", "L", 899, 1399, 2599, "top", (16, 24, 14, 6)),
    ("外套", "W", 1299, 1999, 3999, "coat", (14, 3, 20, 30)),
    ("针织", "Z", 699, 1299, 1999, "top", (10, 2, 16, 20)),
    ("配饰", "P", 199, 299, 599, "free", (6, 8, 6, 9)),
    ("鞋包", "X", 599, 999, 1999, "shoes", (6, 6, 6, 7)),
    ("饰品", "S", 199, 299, 499, "free", (6, 7, 2, 5)),
]
_SIZES = {
    "top": (["S", "M", "L", "XL"], [2, 4, 3, 1]),
    "pants": (["25", "26", "27", "28", "29", "30"], [1, 3, 4, 3, 2, 1]),
    "coat": (["155/80A", "160/84A", "165/88A", "170/92A"], [2, 4, 3, 1]),
    "shoes": (["35", "36", "37", "38", "39"], [1, 3, 4, 3, 1]),
    "free": (["均码"], [1]),
}
_SEASON_LETTERS = "ABCD"  # 春 夏 秋 冬


class _Catalogue:
    """Styles per collection (year, season), created on first use so they are stable per seed."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.collections: dict[tuple[int, int], list[list[tuple[str, int, str, str]]]] = {}
        self.cat_weights = [[c[6][s] for c in _CATEGORIES] for s in range(4)]
        self.cum_cat = [list(_accumulate(w)) for w in self.cat_weights]

    def styles(self, year: int, season: int) -> list[list[tuple[str, int, str, str]]]:
        key = (year, season)
        styles = self.collections.get(key)
        if styles is None:
            rng = random.Random(f"{self.seed}-{year}-{season}")
            styles = []
            for category, letter, low, core, high, kind, weights in _CATEGORIES:
                n = 4 + weights[season]
                rows = []
                for k in range(1, n + 1):
                    step = 100 if core >= 600 else 50  # tag prices end in 9: ¥1,399 / ¥349
                    yuan = int(round(rng.triangular(low, high, core) / step)) * step - 1
                    yuan = max(low, min(high, yuan))
                    code = f"{letter}{year % 100:02d}{_SEASON_LETTERS[season]}{k:03d}"
                    rows.append((code, yuan * 100, kind, category))
                styles.append(rows)
            self.collections[key] = styles
        return styles


def _below_of(rng: random.Random) -> Callable[[int], int]:
    """``below(n)``: the draw ``rng.randint(a, b)`` (= a + below(b - a + 1)) and ``rng.choice(seq)``
    (= seq[below(len(seq))]) make, CPython's ``_randbelow``, without the two layers of calls around
    it (~0.5 µs; ~2 million of them at benchmark size).  The same numbers as those calls give."""
    getrandbits = rng.getrandbits

    def below(n: int) -> int:
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    return below


def _accumulate(weights: Sequence[float]) -> Iterator[float]:
    total = 0.0
    for w in weights:
        total += w
        yield total


def _season_of(d: dt.date) -> tuple[int, int]:
    """(collection year, season index) a date sells from: Jan–Feb still sell last year's winter."""
    m = d.month
    if m in (1, 2):
        return d.year - 1, 3
    if m <= 5:
        return d.year, 0
    if m <= 8:
        return d.year, 1
    if m <= 10:
        return d.year, 2
    return d.year, 3


def _lunar_to_solar(year: int, month: int, day: int) -> dt.date:
    from vipdesk.model.members.calendar import to_solar

    return to_solar(year, month, day)


def _calendar(start: dt.date, days: int) -> tuple[list[float], list[tuple[int, ...] | None]]:
    """Traffic weight and promotion discounts (per-mille) of every day in the window."""
    month_factor = [0, 1.3, 1.0, 1.0, 0.9, 1.0, 1.0, 0.75, 0.75, 0.9, 1.1, 1.3, 1.4]
    weights: list[float] = []
    promos: list[tuple[int, ...] | None] = []
    special: dict[dt.date, tuple[float, tuple[int, ...] | None]] = {}
    for year in range(start.year - 1, start.year + 4):
        spring = _lunar_to_solar(year, 1, 1)
        for k in range(1, 22):  # the three weeks before 春节: new clothes for the new year
            special[spring - dt.timedelta(days=k)] = (1.5 + (22 - k) / 14, (880, 900))
        for k in range(0, 4):  # shop closed or quiet on the first days
            special[spring + dt.timedelta(days=k)] = (0.15, None)
        for k in range(4, 8):
            special[spring + dt.timedelta(days=k)] = (1.2, None)
        for k in range(10, 18):  # 618
            special[dt.date(year, 6, k)] = (1.8, (850, 800))
        special[dt.date(year, 6, 18)] = (3.0, (800, 700))
        for k in range(1, 11):  # 双11 warm-up and the day itself
            special[dt.date(year, 11, k)] = (1.5, (850, 800))
        special[dt.date(year, 11, 11)] = (4.0, (700, 800, 500))
        for k in range(1, 8):  # 国庆 golden week
            special[dt.date(year, 10, k)] = (2.2, (880, 900))
        for k in range(1, 6):  # 五一
            special[dt.date(year, 5, k)] = (1.6, (900,))
        special[dt.date(year, 3, 8)] = (2.0, (880,))  # 三八妇女节
        special[dt.date(year, 2, 14)] = (1.5, None)
        special[dt.date(year, 1, 1)] = (1.8, (900,))
        special[dt.date(year, 12, 24)] = (1.6, (900,))
        special[dt.date(year, 12, 25)] = (1.6, (900,))
        special[dt.date(year, 9, 18)] = (2.0, (800,))  # 店庆
        special[_lunar_to_solar(year, 7, 7)] = (1.8, None)  # 七夕
        mid = _lunar_to_solar(year, 8, 15)
        special[mid - dt.timedelta(days=1)] = (1.5, None)
    for i in range(days):
        d = start + dt.timedelta(days=i)
        w = month_factor[d.month] * (1.7 if d.weekday() >= 5 else 1.2 if d.weekday() == 4 else 1.0)
        factor, promo = special.get(d, (1.0, None))
        weights.append(w * factor)
        promos.append(promo)
    return weights, promos


# Opening hours 10:00–22:00; afternoons and evenings busiest.
_HOUR_WEIGHTS = [2, 4, 5, 5, 6, 7, 7, 6, 7, 8, 6, 3]
_HOUR_CUM = list(_accumulate(_HOUR_WEIGHTS))


def _time_of_day(rng: random.Random) -> int:
    r = rng.random
    return (10 + bisect.bisect(_HOUR_CUM, r() * _HOUR_TOTAL)) * 3600 + int(r() * 3600)


_HOUR_TOTAL = _HOUR_CUM[-1]

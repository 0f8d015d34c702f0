"""A living demo shop, built deterministically into a brand-new database file.

Why it exists: a newcomer's first start opens a shop that looks used (two
years of seasonal sales, birthdays this week, follow-ups due), and the
benchmarks need 100,000 members and 1,000,000 sale lines in about a minute.

Why it does not call ``members.enrol`` / ``sales.record_sale``: those run one
transaction, several queries and the hooks per ticket, which would take an
hour at benchmark size.  Instead the whole shop is simulated in Python in
time order with the *real* rules — ``loyalty.earning.points_for_amount`` per
line, ``loyalty.tiers.tier_for_points`` for upgrades, the line-amount
rounding of ``sales`` and the exact return shares of ``sales.record_return``
— and the rows are bulk-inserted.  The invariants the services keep hold
here too: ``Sale.points`` is the sum of its lines, every points entry is an
``earn`` of a sale or the ``reverse`` of a return (never below zero), the
cached member columns are rebuilt by ``stats.refresh_all``.  Tiers go up the
moment the qualifying value crosses a threshold and the yearly review (if
on, without grace period) moves them down, each change in TierChange.

L5 (points → voucher) runs as ``vouchers.auto_convert`` does after each sale:
while the balance and the year's unconverted points both reach the step, a
``convert`` entry, a ``points`` voucher and its ``issue`` event are written at
that sale's time.  Most vouchers are spent at one of her later sales (a
``redeem`` event, the Settlement row of ``record_sale`` and no points on the
voucher's share); the rest expire (the daily job's ``expire`` event) or are
still open.  Returns follow ``record_return``: spent points first cancel the
open vouchers they became (points back as ``voucher_cancel``), the remainder is
withheld from the refund.  A few members exchange points for a gift (L4).
Every member has the membership consent of her enrolment, most the marketing
consent, a few withdrew it later (privacy.consent's table, audit-logged).

Not simulated: birthday/season vouchers (the daily job issues them), referral
points, stored value and the other per-row hooks; ``bulk_loaded`` is announced
afterwards so modules can backfill.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import heapq
import inspect
import itertools
import logging
import math
import random
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vipdesk.model.errors import VipdeskError
from vipdesk.model.loyalty import config as lconfig
from vipdesk.model.loyalty import earning, tiers
from vipdesk.model.loyalty.tables import Gift, GiftRedemption, PointsLot, Settlement, Voucher, VoucherEvent
from vipdesk.model.members import stats
from vipdesk.model.members.pinyin import pinyin_keys
from vipdesk.model.members.profile import CHANNELS, SOFT_FIELDS
from vipdesk.model.privacy import audit as privacy_audit
from vipdesk.model.privacy.consent import MARKETING, MEMBERSHIP, NOTICE_VERSION, ConsentEvent
from vipdesk.model.sales.recording import _round_div, allocate
from vipdesk.model.store import settings
from vipdesk.model.store.db import db, open_database
from vipdesk.model.store.tables import (
    AuditLog,
    Card,
    Child,
    Contact,
    Member,
    MemberDate,
    PointsEntry,
    Sale,
    SaleLine,
    Staff,
    TierChange,
    Visit,
)
from vipdesk.text import tr

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


class DemoCancelled(VipdeskError):
    """The user cancelled the build; the half-built file has been removed."""


@dataclass
class DemoSummary:
    """What was built (the CLI prints it; tests check it)."""

    path: str
    members: int
    staff: int
    tickets: int
    returns: int
    sale_lines: int
    points_entries: int
    tier_changes: int
    visits: int
    contacts: int
    seconds: float
    vouchers: int = 0
    voucher_events: int = 0
    gift_redemptions: int = 0
    consent_events: int = 0


class _Catalogue:
    """Styles per collection (year, season), created on first use so they are stable per seed."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.collections: dict[tuple[int, int], list[list[tuple[str, int, str]]]] = {}
        self.cat_weights = [[c[6][s] for c in _CATEGORIES] for s in range(4)]
        self.cum_cat = [list(_accumulate(w)) for w in self.cat_weights]

    def styles(self, year: int, season: int) -> list[list[tuple[str, int, str]]]:
        key = (year, season)
        styles = self.collections.get(key)
        if styles is None:
            rng = random.Random(f"{self.seed}-{year}-{season}")
            styles = []
            for _name, letter, low, core, high, kind, weights in _CATEGORIES:
                n = 4 + weights[season]
                rows = []
                for k in range(1, n + 1):
                    step = 100 if core >= 600 else 50  # tag prices end in 9: ¥1,399 / ¥349
                    yuan = int(round(rng.triangular(low, high, core) / step)) * step - 1
                    yuan = max(low, min(high, yuan))
                    code = f"{letter}{year % 100:02d}{_SEASON_LETTERS[season]}{k:03d}"
                    rows.append((code, yuan * 100, kind))
                styles.append(rows)
            self.collections[key] = styles
        return styles


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
    hour = 10 + bisect.bisect(_HOUR_CUM, rng.random() * _HOUR_CUM[-1])
    return hour * 3600 + rng.randrange(3600)


@contextmanager
def _rules_read_once() -> Iterator[None]:
    """While building, each setting is read from the file once and the pure pieces of the
    loyalty rules are memoised: the rules run for every sale line, and nothing changes
    settings during the build.  Everything is restored on exit."""
    real_get = settings.get
    cache: dict[str, Any] = {}

    def get(key: str) -> Any:
        if key not in cache:
            cache[key] = real_get(key)
        value = cache[key]
        if isinstance(value, (int, float, str, bool, type(None))):
            return value
        # A shallow copy: rules only read these lists (a deep copy per call would dominate the build).
        return copy.copy(value)

    patched: list[tuple[Any, str, Any]] = [(settings, "get", real_get)]
    settings.get = get  # type: ignore[assignment]
    # loyalty.config.get reads the file with its own raw statement (every line's points ask it).
    real_config_get = lconfig.get
    config_cache: dict[str, Any] = {}

    def config_get(key: str) -> Any:
        if key not in config_cache:
            config_cache[key] = real_config_get(key)
        value = config_cache[key]
        return value if isinstance(value, (int, float, str, bool, type(None))) else copy.copy(value)

    patched.append((lconfig, "get", real_config_get))
    lconfig.get = config_get  # type: ignore[assignment]
    # Pure functions of the settings (and of a birthday): computed once per distinct argument.
    real_days = getattr(earning, "multiplier_days", None)
    if real_days is not None:
        days_once: list[Any] = []

        def multiplier_days() -> Any:
            if not days_once:
                days_once.append(real_days())
            return days_once[0]

        patched.append((earning, "multiplier_days", real_days))
        earning.multiplier_days = multiplier_days  # type: ignore[attr-defined]
    real_bmonth = getattr(earning, "birthday_month_of", None)
    if real_bmonth is not None:
        months: dict[tuple, Any] = {}

        def birthday_month_of(member: Member, year: int) -> Any:
            key = (member.birth_month, member.birth_day, bool(member.birthday_lunar), bool(member.birthday_leap),
                   year)
            if key not in months:
                months[key] = real_bmonth(member, year)
            return months[key]

        patched.append((earning, "birthday_month_of", real_bmonth))
        earning.birthday_month_of = birthday_month_of  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module, name, real in reversed(patched):
            setattr(module, name, real)


BULK_TABLES = ("sale", "sale_line", "points_entry", "tier_change", "visit", "contact", "voucher_event",
               "consent_event")


@contextmanager
def _bulk_pragmas() -> Iterator[None]:
    """Fast writes, allowed only because the file is brand new and nobody else has it open:
    a crash just loses the demo (``build_demo`` then deletes the file).  Afterwards the file
    is back to WAL + synchronous=FULL like every other connection (see db.PRAGMAS)."""
    db.execute_sql("PRAGMA journal_mode = MEMORY")
    db.execute_sql("PRAGMA synchronous = OFF")
    db.execute_sql("PRAGMA cache_size = -262144")
    try:
        yield
    finally:
        if db.in_transaction():
            db.rollback()
        db.execute_sql("PRAGMA synchronous = 2")
        db.execute_sql("PRAGMA cache_size = -32000")
        db.execute_sql("PRAGMA journal_mode = WAL")


@contextmanager
def _indexes_built_afterwards(tables: Sequence[str]) -> Iterator[None]:
    """Drop the big tables' indexes while rows pour in and build each once at the end
    (a sorted build is much cheaper than a million B-tree inserts)."""
    marks = ",".join("?" * len(tables))
    indexes = [(name, sql) for name, sql in db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
        tuple(tables)).fetchall()]
    with db.atomic():
        for name, _sql in indexes:
            db.execute_sql(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        if db.in_transaction():
            db.rollback()
        with db.atomic():
            for _name, sql in indexes:
                db.execute_sql(sql)


def _insert_sql(model: type, fields: Sequence[str]) -> str:
    meta = model._meta  # type: ignore[attr-defined]
    cols = ", ".join(f'"{meta.fields[f].column_name}"' for f in fields)
    marks = ", ".join("?" for _ in fields)
    return f'INSERT INTO "{meta.table_name}" ({cols}) VALUES ({marks})'


class _Writer:
    """Buffers rows per table and writes them with executemany on the open transaction."""

    def __init__(self) -> None:
        self.sql: dict[str, str] = {}
        self.rows: dict[str, list[tuple]] = {}
        self.counts: dict[str, int] = {}

    def table(self, key: str, model: type, fields: Sequence[str]) -> list[tuple]:
        self.sql[key] = _insert_sql(model, fields)
        self.rows[key] = []
        self.counts[key] = 0
        return self.rows[key]

    def flush(self, *keys: str) -> None:
        conn = db.connection()
        for key in keys or tuple(self.rows):
            rows = self.rows[key]
            if rows:
                conn.executemany(self.sql[key], rows)
                self.counts[key] += len(rows)
                rows.clear()


def _fmt_dt(base: dt.datetime, t: int) -> str:
    return (base + dt.timedelta(seconds=t)).strftime("%Y-%m-%d %H:%M:%S")


def build_demo(path: str | Path, members: int = 2000, sales: int = 20000, seed: int = 1,
               progress: Progress | None = None, today: dt.date | None = None,
               cancelled: Callable[[], bool] | None = None) -> DemoSummary:
    """Build a demo shop into the NEW file *path* and leave ``db`` open on it.

    *sales* counts sale lines of kind "sale" (returns add about 1.5% more lines).
    Deterministic for the same seed and ``today`` (built on the real today, the
    hours not yet lived are moved before now).  ``progress(done, total, text)``
    is called every few thousand rows; when ``cancelled()`` turns true the build
    stops with DemoCancelled and the file is removed.  Raises FileExistsError if
    *path* already holds data, ValueError for a size below 1 member / 0 lines.
    """
    path = Path(path)
    if members < 1 or sales < 0:
        raise ValueError(tr("会员数至少为 1,销售行数不能为负"))
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(str(path))
    started = time.perf_counter()

    def report(done: int, total: int, text: str) -> None:
        if cancelled is not None and cancelled():
            raise DemoCancelled(tr("已取消生成示范店"))
        if progress is not None:
            progress(done, total, text)

    open_database(path)
    try:
        with _rules_read_once(), _bulk_pragmas():
            summary = _Builder(members, sales, seed, today, report).run()
    except BaseException:
        # Half a demo is worth nothing, and the file was ours: remove it.
        db.close()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                         path.with_name(path.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    _announce_bulk_load()
    summary.path = str(path)
    summary.seconds = round(time.perf_counter() - started, 2)
    return summary


def _announce_bulk_load() -> None:
    """The rows above were written without the per-row domain events (member_enrolled,
    sale_recorded, ...).  Modules that keep data derived from those events can backfill it
    with ``@hooks.on("bulk_loaded")``.  A failing handler must not cost the newcomer the
    demo shop: it is logged and the shop opens without that module's extras."""
    from vipdesk.model.store import hooks
    from vipdesk.model.store.db import transaction

    try:
        with transaction():
            hooks.run("bulk_loaded")
    except Exception:  # noqa: BLE001 - see docstring
        log.exception("a bulk_loaded handler failed after building the demo shop")


class _Builder:
    def __init__(self, n_members: int, n_lines: int, seed: int, today: dt.date | None, report: Progress) -> None:
        self.n = n_members
        self.m = n_lines
        self.rng = random.Random(seed)
        self.seed = seed
        real_now = dt.datetime.now().replace(microsecond=0)
        self.today = today or real_now.date()
        self.start = self.today - dt.timedelta(days=HISTORY_DAYS)
        self.base = dt.datetime.combine(self.start, dt.time())
        self.days = HISTORY_DAYS + 1
        end = dt.datetime.combine(self.today, dt.time(22, 0))  # closing time
        if self.today == real_now.date():
            end = min(end, real_now)
        self.now_t = int((end - self.base).total_seconds())
        self.report = report
        self.total_work = self.n + self.m + max(1, self.m // 10)
        self.w = _Writer()
        self.day_str = [(self.start + dt.timedelta(days=i)).isoformat() for i in range(self.days)]

    # -- helpers
    def t_str(self, t: int) -> str:
        d, s = divmod(t, DAY)
        if 0 <= d < self.days:
            return f"{self.day_str[d]} {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"
        return _fmt_dt(self.base, t)

    def date_of(self, t: int) -> dt.date:
        return self.start + dt.timedelta(days=t // DAY)

    def run(self) -> DemoSummary:
        self.weights, self.promos = _calendar(self.start, self.days)
        self.day_cum = list(_accumulate(self.weights))
        self.tiers = tiers.tiers()
        self.catalogue = _Catalogue(self.seed)
        with db.atomic("IMMEDIATE"):
            self.make_staff()
            self.make_members()
            self.make_consents()
        self.report(self.n, self.total_work, tr("正在生成销售记录…"))
        with _indexes_built_afterwards(BULK_TABLES):
            with db.atomic("IMMEDIATE"):
                self.simulate(self.plan_tickets())
            with db.atomic("IMMEDIATE"):
                self.make_visits_and_contacts()
            self.report(self.n + self.m, self.total_work, tr("正在更新会员统计…"))
        with db.atomic("IMMEDIATE"):
            stats.refresh_all()
            conn = db.connection()
            conn.executemany('UPDATE "member" SET "tier" = ? WHERE "id" = ?',
                             [(self.tiers[ti].name, mid) for mid, ti in enumerate(self.tier_idx) if mid])
        self.report(self.total_work, self.total_work, tr("示范店已建好"))
        c = self.w.counts
        return DemoSummary(path="", members=self.n, staff=len(self.staff_ids), tickets=self.n_tickets,
                           returns=self.n_returns, sale_lines=c["line"], points_entries=c["points"],
                           tier_changes=c["tier"], visits=c["visit"], contacts=c["contact"], seconds=0.0,
                           vouchers=c["voucher"], voucher_events=c["vevent"], gift_redemptions=c["gift"],
                           consent_events=c["consent"])

    # -- staff, members, profile
    def make_staff(self) -> None:
        rng = self.rng
        n_staff = rng.randint(6, 8)
        rows = self.w.table("staff", Staff, ["id", "name", "phone", "active", "created_at"])
        opened = _fmt_dt(self.base, -3 * 365 * DAY + 9 * 3600)
        for i, name in enumerate(_STAFF[:n_staff], 1):
            rows.append((i, name, self.new_mobile(set()), 1, opened))
        self.staff_ids = list(range(1, n_staff + 1))
        # Some clerks enrol and sell much more than others (the staff contest has a winner).
        self.staff_cum = list(_accumulate([rng.choice([3, 2, 2, 1.5, 1, 1]) for _ in self.staff_ids]))
        self.w.flush("staff")

    def new_mobile(self, used: set[str]) -> str:
        rng = self.rng
        while True:
            prefix = rng.choices(_MOBILE_PREFIXES, _MOBILE_WEIGHTS)[0]
            if rng.random() < 0.01:  # people pay extra for "lucky" tails; clerks search them often
                phone = f"{prefix}{rng.randrange(10_000):04d}{rng.choice(_LUCKY_TAILS)}"
            else:
                phone = f"{prefix}{rng.randrange(100_000_000):08d}"
            if phone not in used:
                used.add(phone)
                return phone

    def pick_staff(self) -> int:
        return self.staff_ids[bisect.bisect(self.staff_cum, self.rng.random() * self.staff_cum[-1])]

    def random_name(self, female: bool) -> str:
        rng = self.rng
        surname = rng.choices(_SURNAMES, cum_weights=_SURNAME_CUM)[0]
        if female:
            given = rng.choice(_FEMALE_GIVEN_2) if rng.random() < 0.72 else rng.choice(_FEMALE_GIVEN_1)
        else:
            given = rng.choice(_MALE_GIVEN_2) if rng.random() < 0.6 else rng.choice(_MALE_GIVEN_1)
        return surname + given

    def day_in_range(self, lo: int, hi: int) -> int:
        """A day index in [lo, hi] drawn by shop traffic (seasons, holidays, weekends)."""
        cw = self.day_cum
        low = cw[lo - 1] if lo > 0 else 0.0
        u = low + self.rng.random() * (cw[hi] - low)
        return min(hi, max(lo, bisect.bisect(cw, u)))

    def make_members(self) -> None:
        rng, n = self.rng, self.n
        used_phones: set[str] = set()
        # Enrolment days: 40% joined before the two-year window, the rest by traffic inside it.
        enrol_t: list[int] = []
        for _ in range(n):
            if rng.random() < 0.4:
                day = -rng.randint(1, 4 * 365)
            else:
                day = self.day_in_range(0, self.days - 1)
            enrol_t.append(day * DAY + _time_of_day(rng))
        enrol_t.sort()
        enrol_t = [min(t, self.now_t - 1800) for t in enrol_t]
        self.enrol_t = [0] + enrol_t  # by member id
        self.first_ticket = [False] * (n + 1)
        self.activity = [0.0] * (n + 1)
        self.clerk = [0] * (n + 1)
        self.tier_idx = [0] * (n + 1)
        self.birthday: list[tuple] = [()] * (n + 1)
        member_fields = ["id", "name", "phone", "phone_rev", "py_initials", "py_full", "gender", "ethnicity",
                         "birth_year", "birth_year_estimated", "birth_month", "birth_day", "birthday_lunar",
                         "birthday_leap", "email", "address", "sizes", *SOFT_FIELDS.keys(), "soft_notes",
                         "observations", "card_no", "clerk", "referred_by", "channel", "enrolled_on", "status",
                         "notes", "created_at", "updated_at", "points", "total_spend", "purchase_count", "tier"]
        mrows = self.w.table("member", Member, member_fields)
        crow = self.w.table("child", Child, ["member", "name", "gender", "birth_year", "birth_month", "birth_day",
                                             "birthday_lunar", "birthday_leap", "size", "notes"])
        drows = self.w.table("date", MemberDate, ["member", "kind", "label", "year", "month", "day", "is_lunar",
                                                  "is_leap"])
        cards = self.w.table("card", Card, ["member", "card_no", "issued_on", "status", "price", "free_reason",
                                            "clerk"])
        trows = self.w.table("tier", TierChange, ["member", "at", "old_tier", "new_tier", "reason"])
        keys_cache: dict[str, tuple[str, str]] = {}
        card_seq = 80000000
        lost: list[tuple[int, int]] = []
        soft_keys = list(SOFT_FIELDS)
        channel_weights = [50, 8, 10, 6, 8, 12, 6]
        this_year = self.today.year
        for mid in range(1, n + 1):
            t = self.enrol_t[mid]
            female = rng.random() < 0.88
            name = self.random_name(female)
            if mid == 1:
                name, female = "黄明华", True
            keys = keys_cache.get(name)
            if keys is None:
                keys = keys_cache[name] = pinyin_keys(name)
            phone = self.new_mobile(used_phones)
            # Birthday: most give one, ~15% of those keep the lunar date.
            by = bm = bd = None
            lunar = leap = estimated = False
            r = rng.random()
            age = max(18, min(75, int(rng.gauss(40, 10))))
            if mid == 1:
                by, bm, bd, lunar = 1978, 8, 15, True
            elif mid == 2:
                by, bm, bd, lunar, leap = 1985, 6, 10, True, True  # 闰六月
            elif mid == 3:
                by, bm, bd = 1988, 2, 29
            elif r < 0.05:
                by, estimated = this_year - age, True  # "about 40": year only
            elif r < 0.88:
                by = this_year - age if rng.random() < 0.75 else None
                bm = rng.randint(1, 12)
                if rng.random() < 0.15:
                    lunar, bd = True, rng.randint(1, 30)
                else:
                    bd = rng.randint(1, 28 if bm == 2 else 30 if bm in (4, 6, 9, 11) else 31)
            self.birthday[mid] = (bm, bd, lunar, leap)
            completeness = rng.random() ** 1.5
            soft = [rng.choice(SOFT_FIELDS[k][1]) if rng.random() < completeness * 0.8 else "" for k in soft_keys]
            family_i = soft_keys.index("family")
            has_kids = female and age < 55 and rng.random() < 0.3
            if has_kids:
                soft[family_i] = "已婚有孩"
            clerk = self.pick_staff()
            self.clerk[mid] = clerk
            referred = None
            channel = rng.choices(CHANNELS, channel_weights)[0]
            if channel == "老会员介绍":
                referred = rng.randint(1, mid - 1) if mid > 1 else None
                if referred is None:
                    channel = CHANNELS[0]
            day_t = t // DAY
            enrolled_on = (self.start + dt.timedelta(days=day_t)).isoformat()
            card_no = None
            if rng.random() < 0.85 or mid == 1:
                card_seq += 1
                card_no = str(card_seq)
                paid_card = rng.random() < 0.4
                cards.append((mid, card_no, enrolled_on, "active", 3800 if paid_card else 0,
                              "" if paid_card else "一次购买满3件", clerk))
                if rng.random() < 0.02 and mid != 1:
                    lost.append((mid, len(cards) - 1))
            in_window = t >= 0
            self.first_ticket[mid] = in_window and rng.random() < 0.85
            act = min(15.0, rng.lognormvariate(0, 1.5))  # a few regulars bring most of the money (80/20)
            if rng.random() < 0.3:
                act = 0.0  # bought once (or never) and did not come back
            if mid == 1:
                act = 25.0
            self.activity[mid] = act
            created = self.t_str(t)
            email = ""
            if rng.random() < 0.15:
                email = f"{keys[1] or 'vip'}{rng.randint(1, 9999)}@{rng.choice(_EMAIL_DOMAINS)}"
            address = ""
            if rng.random() < 0.4:
                address = (f"杭州市{rng.choice(_DISTRICTS)}{rng.choice(_ROADS)}{rng.randint(1, 399)}号"
                           f"{rng.choice(_ESTATES)}{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元{rng.randint(1, 28)}"
                           f"{rng.randint(1, 4):02d}室")
            sizes = ""
            if rng.random() < 0.5:
                sizes = (f"上衣 {rng.choice(['S', 'M', 'M', 'L', 'XL'])} / 裤 {rng.randint(25, 30)} / "
                         f"鞋 {rng.randint(35, 39)}") if female else f"上衣 {rng.choice(['L', 'XL', 'XXL'])}"
            mrows.append((
                mid, name, phone, phone[::-1], keys[0], keys[1], "F" if female else "M",
                "汉族" if rng.random() < 0.55 else rng.choice(["", "", "", "回族", "满族", "畲族"]),
                by, int(estimated), bm, bd, int(lunar), int(leap), email, address, sizes, *soft,
                rng.choice(_SOFT_NOTES) if rng.random() < 0.12 * (1 + completeness) else "",
                rng.choice(_OBSERVATIONS) if rng.random() < 0.2 * (1 + completeness) else "",
                card_no, clerk, referred, channel, enrolled_on, "active", "", created, created, 0, 0, 0, "",
            ))
            trows.append((mid, created, "", self.tiers[0].name, "入会"))
            if has_kids:
                for _k in range(1 if rng.random() < 0.75 else 2):
                    kid_age = rng.randint(0, 15)
                    kid_year = this_year - kid_age
                    kid_lunar = rng.random() < 0.05
                    km = rng.randint(1, 12)
                    kd = rng.randint(1, 28)
                    height = min(165, 66 + kid_age * 7 if kid_age < 2 else 80 + kid_age * 6)
                    size = str(int(round(height / 10.0) * 10) if height > 75 else 73)
                    kid_surname = name[0] if rng.random() < 0.3 else rng.choices(_SURNAMES, cum_weights=_SURNAME_CUM)[0]
                    crow.append((mid, kid_surname + rng.choice(_KID_GIVEN), rng.choice(["F", "M"]), kid_year,
                                 km, kd, int(kid_lunar), 0, size, ""))
            married = soft[family_i] in ("已婚", "已婚有孩", "三代同堂") or has_kids
            if married and rng.random() < 0.45:
                wy = this_year - rng.randint(2, max(3, age - 22))
                wm = rng.randint(1, 12)
                drows.append((mid, "wedding", "结婚纪念日", wy, wm, rng.randint(1, 28), 0, 0))
            if rng.random() < 0.03:
                label, lunar_date = rng.choice(_MEMBER_DATE_LABELS)
                drows.append((mid, "custom", label, None, rng.randint(1, 12), rng.randint(1, 28),
                              int(lunar_date), 0))
            if mid % 2000 == 0:
                self.report(mid, self.total_work, tr("正在生成会员档案…"))
        # A few lost cards were replaced later with a new number.
        for mid, idx in lost:
            old = cards[idx]
            card_seq += 1
            new_no = str(card_seq)
            cards[idx] = (*old[:3], "lost", *old[4:])
            issued = min(self.today, dt.date.fromisoformat(old[2]) + dt.timedelta(days=rng.randint(30, 300)))
            cards.append((mid, new_no, issued.isoformat(), "active", 0, "补办", old[6]))
            row = mrows[mid - 1]
            card_i = member_fields.index("card_no")
            mrows[mid - 1] = (*row[:card_i], new_no, *row[card_i + 1:])
        self.w.flush("staff", "member", "child", "date", "card")

    def make_consents(self) -> None:
        """privacy.consent as the counter leaves it: membership consent at enrolment (the
        enrol hook, current notice version), the enrol dialog's marketing yes/no, and a few
        later withdrawals (newest event wins, so they come after; each is audit-logged)."""
        rng = random.Random(f"{self.seed}-consent")
        rows = self.w.table("consent", ConsentEvent, ["member", "at", "kind", "granted", "notice_version", "clerk",
                                                      "guardian_name", "note"])
        audit_rows = self.w.table("audit", AuditLog, ["at", "clerk", "action", "count", "detail", "file"])
        version = str(settings.get(NOTICE_VERSION.key))
        names = {sid: name for sid, name in zip(self.staff_ids, _STAFF, strict=False)}
        withdrawals: list[tuple[int, int, str]] = []
        last = self.now_t - 3600
        for mid in range(1, self.n + 1):
            t = self.enrol_t[mid]
            ts = self.t_str(t)
            clerk = names[self.clerk[mid]]
            rows.append((mid, ts, MEMBERSHIP, 1, version, clerk, "", ""))
            yes = rng.random() < 0.85
            rows.append((mid, ts, MARKETING, int(yes), version, clerk, "", ""))
            if yes and rng.random() < 0.03 and t + DAY < last:
                withdrawals.append((rng.randint(t + DAY, last), mid, names[self.pick_staff_with(rng)]))
        withdrawals.sort()
        for t, mid, clerk in withdrawals:
            ts = self.t_str(t)
            rows.append((mid, ts, MARKETING, 0, version, clerk, "", tr("撤回")))
            audit_rows.append((ts, clerk, privacy_audit.CONSENT_WITHDRAWN, 1,
                               tr("会员 #{id} 撤回营销同意").format(id=mid), ""))
        self.w.flush("consent", "audit")

    def pick_staff_with(self, rng: random.Random) -> int:
        return self.staff_ids[bisect.bisect(self.staff_cum, rng.random() * self.staff_cum[-1])]

    # -- tickets
    def plan_tickets(self) -> list[tuple[int, int, int]]:
        """(time, member id or 0, number of lines) of every sale ticket, in time order."""
        rng, n = self.rng, self.n
        sizes: list[int] = []
        left = self.m
        line_cum = list(_accumulate([40, 30, 17, 9, 4]))
        while left > 0:
            k = min(left, 1 + bisect.bisect(line_cum, rng.random() * line_cum[-1]))
            sizes.append(k)
            left -= k
        self.n_tickets = len(sizes)
        walk_in = [rng.random() < 0.25 for _ in sizes]
        n_member_tickets = sum(1 for w in walk_in if not w)
        owners: list[int] = []
        firsts = [mid for mid in range(1, n + 1) if self.first_ticket[mid]]
        rng.shuffle(firsts)
        firsts = firsts[:n_member_tickets]
        for mid in range(1, n + 1):
            self.first_ticket[mid] = False
        for mid in firsts:
            self.first_ticket[mid] = True
        owners.extend(firsts)
        rest = n_member_tickets - len(firsts)
        if rest > 0:
            last_day = self.days - 1
            span = [0.0] + [self.activity[mid] * (last_day - max(0, self.enrol_t[mid] // DAY) + 1) / self.days
                            for mid in range(1, n + 1)]
            if sum(span) <= 0:
                span = [0.0] + [1.0] * n
            cum = list(_accumulate(span[1:]))
            owners.extend(rng.choices(range(1, n + 1), cum_weights=cum, k=rest))
        first_done = [False] * (n + 1)
        plan: list[tuple[int, int, int]] = []
        oi = 0
        last_day = self.days - 1
        for k, w in zip(sizes, walk_in, strict=True):
            if w:
                day = self.day_in_range(0, last_day)
                t = day * DAY + _time_of_day(rng)
                plan.append((t, 0, k))
                continue
            mid = owners[oi]
            oi += 1
            et = self.enrol_t[mid]
            if self.first_ticket[mid] and not first_done[mid]:
                first_done[mid] = True
                t = et + rng.randint(300, 1500)  # enrolled at the counter while paying
            else:
                day = self.day_in_range(max(0, et // DAY), last_day)
                t = day * DAY + _time_of_day(rng)
                if t <= et:
                    t = et + rng.randint(1800, 4 * 3600)
            plan.append((t, mid, k))
        # Built today, the day is not over yet: what "would" happen later moved before now.
        now_t = self.now_t
        enrol_t = self.enrol_t
        plan = [(t if t <= now_t else max(now_t - t % 3600 - 60, enrol_t[mid] + 60 if mid else 0), mid, k)
                for t, mid, k in plan]
        plan.sort()
        return plan

    def simulate(self, plan: list[tuple[int, int, int]]) -> None:
        """Play the tickets in time order with the real points and tier rules; write as we go."""
        rng, w = self.rng, self.w
        sale_rows = w.table("sale", Sale, ["id", "ticket_no", "member", "clerk", "sold_at", "kind", "original",
                                            "list_total", "paid", "items", "tier_discount", "points", "note",
                                            "source", "created_at"])
        line_rows = w.table("line", SaleLine, ["id", "sale", "style_code", "category", "size", "unit_price",
                                               "quantity", "discount", "amount", "points", "original_line"])
        points_rows = w.table("points", PointsEntry, ["id", "member", "at", "delta", "kind", "reason", "sale",
                                                      "clerk"])
        lot_rows = w.table("lot", PointsLot, ["entry", "member", "expires_on"])
        voucher_rows = w.table("voucher", Voucher, ["id", "code", "member", "kind", "value", "valid_from",
                                                    "expires_on", "points_cost", "points_entry", "rule_key",
                                                    "source_sale", "clerk", "note", "created_at"])
        vevent_rows = w.table("vevent", VoucherEvent, ["voucher", "at", "kind", "sale", "amount", "clerk", "reason"])
        settle_rows = w.table("settle", Settlement, ["sale", "voucher", "stored_value", "cash", "points_offset",
                                                     "points_withheld", "note"])
        gift_rows = w.table("gift", GiftRedemption, ["member", "gift", "points", "entry", "voucher", "at", "clerk"])
        flush_order = ("sale", "line", "points", "lot", "voucher", "vevent", "settle", "gift")
        tier_rows = w.rows["tier"]
        n = self.n
        # --- L5 and the vouchers (see the module docstring); own random stream, so the tickets
        # themselves stay what they were without vouchers.
        vrng = random.Random(f"{self.seed}-vouchers")
        l5_on = bool(lconfig.get(lconfig.L5_ENABLED.key) and lconfig.get(lconfig.L5_AUTO.key))
        step = int(lconfig.get(lconfig.L5_POINTS.key))
        l5_on = l5_on and step > 0
        l5_value = int(lconfig.get(lconfig.L5_VALUE.key))
        l5_days = int(lconfig.get(lconfig.L5_VALID_DAYS.key))
        l5_reason = tr("积分满 {n} 分换代金券").format(n=step)
        policy = lconfig.get(lconfig.RETURN_POLICY.key)
        point_value = int(lconfig.get(lconfig.POINT_VALUE_FEN.key))
        expiry_on = bool(lconfig.get(lconfig.EXPIRY_ENABLED.key))
        lot_dates: dict[str, str | None] = {}
        year_secs = 365 * DAY  # l5_window_points: conversions "in the last year" are 365 days
        # Per member: open vouchers [id, expire time, created time, spend it?, value, cost, code] and
        # the L5 conversions still counting against the year's points (time, voucher id).
        open_v: list[list[list] | None] = [None] * (n + 1)
        conv: list[deque[tuple[int, int]] | None] = [None] * (n + 1)
        ended: dict[int, str] = {}  # voucher id → redeem / cancel (expiries are written at the end)
        all_v: list[tuple[int, int]] = []  # (voucher id, expire time or never)
        code_counter: dict[int, int] = {}
        pwin: list[deque[tuple[int, int]] | None] = [None] * (n + 1)  # points window when tiers go by spend
        pwin_sum = [0] * (n + 1)
        gifts = [(g.id, g.name, g.points) for g in Gift.select().where(
            (Gift.active == True) & (Gift.voucher_value == 0) & (Gift.stock > 0)).order_by(Gift.points)]  # noqa: E712
        gift_stock = {g.id: g.stock for g in Gift.select()}
        gift_used: dict[int, int] = {}
        pe_id = 0
        v_id = 0
        never_ends = 1 << 62
        self.followups: list[tuple[int, int, int]] = []  # (time, member, clerk) of member tickets
        n = self.n
        balance = [0] * (n + 1)
        # Tier qualification (tiers.qualifying_value): what sales earned (points) or paid (spend),
        # net of returns, in the qualifying period before the sale.
        by_spend = getattr(tiers, "basis", lambda: "points")() == "spend"
        window: list[deque[tuple[int, int]] | None] = [None] * (n + 1)
        window_sum = [0] * (n + 1)
        member_obj: list[Member | None] = [None] * (n + 1)
        pass_member = "member" in inspect.signature(earning.points_for_amount).parameters
        tier_idx = self.tier_idx
        tier_list = self.tiers
        tier_by_name = {t.name: i for i, t in enumerate(tier_list)}
        tier_cache: dict[int, int] = {}
        qualify_secs = int(settings.get(tiers.QUALIFY_DAYS.key)) * DAY
        on_top_min = int(settings.get(tiers.ON_TOP_MIN.key))  # L1: no tier discount on deep specials
        points_for_amount = earning.points_for_amount
        base = self.base
        day_counter: dict[int, int] = {}
        returns: list[tuple[int, int, tuple]] = []
        seq = 0
        sale_id = 0
        line_id = 0
        self.n_returns = 0
        now_t = self.now_t
        cat_cum = self.catalogue.cum_cat
        size_cum = {k: (v[0], list(_accumulate(v[1]))) for k, v in _SIZES.items()}
        lines_done = 0
        next_report = 20_000

        def ticket_no(t: int) -> str:
            d = t // DAY
            c = day_counter.get(d, 0) + 1
            day_counter[d] = c
            return f"V{self.day_str[d].replace('-', '')}-{c:04d}"

        def member_of(mid: int) -> Member:
            m = member_obj[mid]
            if m is None:
                bm, bd, lunar, leap = self.birthday[mid]
                m = member_obj[mid] = Member(id=mid, birth_month=bm, birth_day=bd, birthday_lunar=lunar,
                                             birthday_leap=leap, tier=tier_list[tier_idx[mid]].name)
            return m

        def slide(wins: list, sums: list[int], mid: int, t: int, delta: int) -> int:
            """Add *delta* at time t to member mid's rolling window; return its sum over the period ending at t."""
            win = wins[mid]
            if win is None:
                win = wins[mid] = deque()
            win.append((t, delta))
            s = sums[mid] + delta
            edge = t - qualify_secs
            while win and win[0][0] <= edge:
                s -= win.popleft()[1]
            sums[mid] = s
            return s

        def qualify(mid: int, t: int, delta: int) -> int:
            """Add a sale's (or return's) qualifying delta; return the value in the period ending at t."""
            return slide(window, window_sum, mid, t, delta)

        def post(mid: int, ts: str, delta: int, kind: str, reason: str, sid: int | None, clerk: int | None) -> int:
            """ledger.post_points: one entry (and its expiry lot when expiry is on)."""
            nonlocal pe_id
            pe_id += 1
            balance[mid] += delta
            points_rows.append((pe_id, mid, ts, delta, kind, reason, sid, clerk))
            if expiry_on and delta > 0 and kind in ("earn", "import", "referral", "bonus"):
                day = ts[:10]
                if day not in lot_dates:
                    from vipdesk.model.loyalty.ledger import expiry_date_for

                    exp = expiry_date_for(dt.datetime.fromisoformat(ts))
                    lot_dates[day] = exp.isoformat() if exp else None
                if lot_dates[day] is not None:
                    lot_rows.append((pe_id, mid, lot_dates[day]))
            return pe_id

        def l5_points(mid: int, t: int, q_points: int) -> int:
            """vouchers.l5_window_points: the year's qualifying points minus live conversions."""
            c = conv[mid]
            if c is None:
                return q_points
            edge = t - year_secs
            while c and c[0][0] <= edge:
                c.popleft()
            return q_points - step * len(c)

        def points_window(mid: int, t: int, delta: int) -> int:
            """qualifying_points when the tiers qualify by spend (else the tier window is it)."""
            return slide(pwin, pwin_sum, mid, t, delta)

        def next_code(t: int) -> str:
            d = t // DAY
            c = code_counter.get(d, 0) + 1
            code_counter[d] = c
            return f"Q{self.day_str[d][2:].replace('-', '')}{c:04d}"

        def auto_convert(mid: int, t: int, ts: str, sid: int, clerk: int, q_points: int) -> None:
            """vouchers.auto_convert after a sale's earning: every full step becomes a voucher."""
            nonlocal v_id
            while balance[mid] >= step and l5_points(mid, t, q_points) >= step:
                entry = post(mid, ts, -step, "convert", l5_reason, None, clerk)
                v_id += 1
                day = t // DAY
                expires = self.day_str[day + l5_days] if 0 <= day + l5_days < self.days else None
                if l5_days > 0 and expires is None:
                    expires = (self.start + dt.timedelta(days=day + l5_days)).isoformat()
                exp_t = (day + l5_days + 1) * DAY if l5_days > 0 else never_ends
                voucher_rows.append((v_id, next_code(t), mid, "points", l5_value, self.day_str[day],
                                     expires if l5_days > 0 else None, step, entry, None, sid, clerk, "", ts))
                vevent_rows.append((v_id, ts, "issue", None, 0, clerk, l5_reason))
                all_v.append((v_id, exp_t))
                c = conv[mid]
                if c is None:
                    c = conv[mid] = deque()
                c.append((t, v_id))
                ov = open_v[mid]
                if ov is None:
                    ov = open_v[mid] = []
                ov.append([v_id, exp_t, t, vrng.random() < 0.8, l5_value, step, voucher_rows[-1][1]])

        def still_open(mid: int, t: int) -> list[list]:
            """Her open vouchers at *t*; those past their date leave (the daily job expires them)."""
            ov = open_v[mid]
            if not ov:
                return []
            if any(v[1] <= t for v in ov):
                ov[:] = [v for v in ov if v[1] > t]
            return ov

        def do_return(t: int, info: tuple) -> None:
            """sales.record_return: exact shares back; points already spent cancel the open vouchers
            they became (policy cancel_voucher), what is still missing is kept from the refund."""
            nonlocal sale_id, line_id
            orig_id, orig_t, mid, clerk, tier_disc, lines = info
            sale_id += 1
            tno = ticket_no(t)
            ts = self.t_str(t)
            paid = pts = items = list_total = kept = 0
            for lid, code, cat, size, unit, qty, disc, amount, lpts, share, back in lines:
                a = (amount * back) // qty
                p = (lpts * back) // qty
                line_id += 1
                line_rows.append((line_id, sale_id, code, cat, size, unit, -back, disc, -a, -p, lid))
                paid -= a
                pts -= p
                kept += (share * back) // qty
                items -= back
                list_total -= unit * back
            sale_rows.append((sale_id, tno, mid or None, clerk, ts, "return", orig_id, list_total, paid, items,
                              tier_disc, pts, "", "demo", ts))
            self.n_returns += 1
            goods, back_pts = -paid, -pts
            withheld = offset = 0
            notes: list[str] = []
            if mid:
                qualify(mid, t, paid if by_spend else pts)
                if by_spend:
                    points_window(mid, t, pts)
                bal = balance[mid]
                if back_pts > bal and policy == "cancel_voucher":
                    gone = []
                    for v in sorted(still_open(mid, t), key=lambda v: (v[2], v[0])):
                        if back_pts <= bal:
                            break
                        if v[5] > 0 and v[2] >= orig_t:
                            gone.append(v)
                            bal += v[5]
                    for v in gone:
                        open_v[mid].remove(v)
                        ended[v[0]] = "cancel"
                        vevent_rows.append((v[0], ts, "cancel", sale_id, 0, clerk,
                                            tr("退货 小票 {t},积分已换成此券").format(t=tno)))
                        post(mid, ts, v[5], "voucher_cancel", tr("礼券 {code} 作废,退回积分").format(code=v[6]),
                             sale_id, clerk)
                        c = conv[mid]
                        if c is not None:
                            for x in list(c):
                                if x[1] == v[0]:
                                    c.remove(x)
                    if gone:
                        notes.append(tr("作废由积分换来的礼券:") + "、".join(v[6] for v in gone))
                withheld = max(0, back_pts - bal)
                offset = min(withheld * point_value, goods - kept)
                if withheld:
                    notes.append(tr("积分已用掉 {n} 分,退款扣减 {m} 分钱").format(n=withheld, m=offset))
                if back_pts - withheld:
                    post(mid, ts, -(back_pts - withheld), "reverse", tr("退货扣回积分 小票 {t}").format(t=tno),
                         sale_id, clerk)
            settle_rows.append((sale_id, -kept, 0, -(goods - kept - offset), offset, withheld, "; ".join(notes)[:250]))

        def tier_for(value: int) -> int:
            target = tier_cache.get(value)
            if target is None:
                target = tier_cache[value] = tier_by_name[tiers.tier_for_points(value).name]
            return target

        def yearly_review(rt: int) -> None:
            """tiers.review on the review day: members below their tier move down."""
            ts = self.t_str(rt)
            edge = rt - qualify_secs
            for mid in range(1, n + 1):
                win = window[mid]
                if win is None:
                    continue
                s = window_sum[mid]
                while win and win[0][0] <= edge:
                    s -= win.popleft()[1]
                window_sum[mid] = s
                target = tier_for(s // 100 if by_spend else s)
                if tier_list[target].threshold < tier_list[tier_idx[mid]].threshold:
                    tier_rows.append((mid, ts, tier_list[tier_idx[mid]].name, tier_list[target].name,
                                      tr("年度复核降级")))
                    tier_idx[mid] = target
                    if member_obj[mid] is not None:
                        member_obj[mid].tier = tier_list[target].name

        reviews = self.review_times()
        never = now_t + DAY

        def advance(until: int) -> None:
            """Run the returns and yearly reviews that fall before *until*, in time order."""
            while True:
                next_return = returns[0][0] if returns else never
                next_review = reviews[0] if reviews else never
                if min(next_return, next_review) > until:
                    return
                if next_review <= next_return:
                    yearly_review(reviews.pop(0))
                else:
                    rt, _, info = heapq.heappop(returns)
                    do_return(rt, info)

        for t, mid, k in plan:
            if t > now_t:
                break
            advance(t)
            sale_id += 1
            tno = ticket_no(t)
            ts = self.t_str(t)
            day = t // DAY
            promo = self.promos[day]
            sale_date = self.start + dt.timedelta(days=day)
            styles = self.catalogue.styles(*_season_of(sale_date))
            season_cum = cat_cum[_season_of(sale_date)[1]]
            if mid:
                clerk = self.clerk[mid] if rng.random() < 0.7 else self.pick_staff()
                tier_disc = tier_list[tier_idx[mid]].discount
                when = base + dt.timedelta(seconds=t)
            else:
                clerk = self.pick_staff()
                tier_disc = 1000
            paid = pts_total = items = list_total = 0
            kept: list[tuple] = []
            drawn: list[tuple] = []
            for _ in range(k):
                cat_i = bisect.bisect(season_cum, rng.random() * season_cum[-1])
                code, unit, kind = rng.choice(styles[cat_i])
                names, cum = size_cum[kind]
                size = names[bisect.bisect(cum, rng.random() * cum[-1])] if len(names) > 1 else names[0]
                qty = 2 if rng.random() < (0.2 if kind == "free" else 0.04) else 1
                if promo is not None and rng.random() < 0.75:
                    disc = rng.choice(promo)
                elif rng.random() < 0.06:
                    disc = rng.choice((700, 800, 880))  # off-season rack
                else:
                    disc = 1000
                gross = unit * qty
                amount = _round_div(gross * disc * (tier_disc if disc >= on_top_min else 1000), 1_000_000)
                drawn.append((code, cat_i, size, unit, qty, disc, amount))
                paid += amount
            # Her vouchers pay part of it (record_sale(vouchers=...)): those she means to use, while
            # the ticket still covers a whole one; their share of each line earns no points.
            used: list[tuple[list, int]] = []
            left = paid
            if mid and open_v[mid]:
                for v in still_open(mid, t):
                    if v[3] and v[2] < t and left >= v[4]:
                        used.append((v, v[4]))
                        left -= v[4]
            voucher_amount = paid - left
            shares = allocate(voucher_amount, [d[6] for d in drawn]) if used else [0] * len(drawn)
            for (code, cat_i, size, unit, qty, disc, amount), share in zip(drawn, shares, strict=True):
                if not mid:
                    lpts = 0
                elif pass_member:
                    lpts = points_for_amount(amount - share, mid, when, member=member_of(mid))
                else:
                    lpts = points_for_amount(amount - share, mid, when)
                line_id += 1
                line_rows.append((line_id, sale_id, code, _CATEGORIES[cat_i][0], size, unit, qty, disc, amount,
                                  lpts, None))
                kept.append((line_id, code, _CATEGORIES[cat_i][0], size, unit, qty, disc, amount, lpts, share))
                pts_total += lpts
                items += qty
                list_total += unit * qty
            sale_rows.append((sale_id, tno, mid or None, clerk, ts, "sale", None, list_total, paid, items,
                              tier_disc, pts_total, "", "demo", ts))
            for v, amount in used:
                open_v[mid].remove(v)
                ended[v[0]] = "redeem"
                vevent_rows.append((v[0], ts, "redeem", sale_id, amount, clerk, tr("消费抵扣")))
            settle_rows.append((sale_id, voucher_amount, 0, left, 0, 0, ""))
            if mid:
                self.followups.append((t, mid, self.clerk[mid]))
                if pts_total > 0:
                    post(mid, ts, pts_total, "earn", f"消费积分 小票 {tno}", sale_id, clerk)
                # tiers.check_upgrade after every sale: up the moment a threshold is crossed, never down.
                q = qualify(mid, t, paid if by_spend else pts_total)
                target = tier_for(q // 100 if by_spend else q)
                if tier_list[target].threshold > tier_list[tier_idx[mid]].threshold:
                    tier_rows.append((mid, ts, tier_list[tier_idx[mid]].name, tier_list[target].name,
                                      tr("消费后积分达到升级标准")))
                    tier_idx[mid] = target
                    if member_obj[mid] is not None:
                        member_obj[mid].tier = tier_list[target].name
                if l5_on and balance[mid] >= step:
                    auto_convert(mid, t, ts, sale_id, clerk, points_window(mid, t, pts_total) if by_spend else q)
                elif l5_on and by_spend:
                    points_window(mid, t, pts_total)
                # L4: now and then she exchanges points for a small gift at the counter (stock allowing).
                if gifts and balance[mid] >= gifts[0][2] and vrng.random() < 0.004:
                    choice = [g for g in gifts if g[2] <= balance[mid] and gift_used.get(g[0], 0) < gift_stock[g[0]] // 2]
                    if choice:
                        gid, gname, gpts = vrng.choice(choice)
                        entry = post(mid, ts, -gpts, "redeem", tr("兑换礼品:") + gname, None, clerk)
                        gift_rows.append((mid, gid, gpts, entry, None, ts, clerk))
                        gift_used[gid] = gift_used.get(gid, 0) + 1
            # About 3% of tickets come back within two weeks, whole or in part.
            if rng.random() < 0.03:
                rt = t + rng.randint(1, 14) * DAY + rng.randint(-3 * 3600, 3 * 3600)
                if rt % DAY < 10 * 3600 or rt % DAY > 21 * 3600:
                    rt = rt // DAY * DAY + 15 * 3600 + rng.randrange(3600)
                if rt <= now_t:
                    if rng.random() < 0.3:
                        back = [(*line, line[5]) for line in kept]
                    else:
                        line = rng.choice(kept)
                        back = [(*line, rng.randint(1, line[5]))]
                    seq += 1
                    heapq.heappush(returns, (rt, seq, (sale_id, t, mid, clerk, tier_disc, back)))
            lines_done += k
            if len(line_rows) >= CHUNK:
                w.flush(*flush_order)
            if lines_done >= next_report:
                next_report += 20_000
                self.report(self.n + lines_done, self.total_work, tr("正在生成销售记录…"))
        advance(now_t)
        # The daily job (vouchers.expire_due) has expired every voucher past its date by today.
        expire_reason = tr("到期未使用")
        for vid, exp_t in all_v:
            if vid not in ended and exp_t <= now_t:
                vevent_rows.append((vid, self.t_str(exp_t // DAY * DAY), "expire", None, 0, None, expire_reason))
        w.flush(*flush_order)
        for gid, k in gift_used.items():
            db.execute_sql('UPDATE "gift" SET "stock" = "stock" - ? WHERE "id" = ?', (k, gid))
        # Tier changes in time order (enrolments and upgrades interleave).
        tier_rows.sort(key=lambda r: (r[1], r[0]))
        w.flush("tier")

    def review_times(self) -> list[int]:
        """When the yearly tier review (L9) ran inside the window, if the shop has it on
        and without a grace period (a grace period would need the review's own bookkeeping)."""
        reg = settings.REGISTRY
        if "loyalty.review_enabled" not in reg or not settings.get("loyalty.review_enabled"):
            return []
        if "loyalty.downgrade_grace_days" in reg and int(settings.get("loyalty.downgrade_grace_days")) > 0:
            return []
        try:
            month, day = (int(x) for x in str(settings.get("loyalty.review_day")).split("-"))
        except (KeyError, ValueError):
            month, day = 1, 1
        out = []
        for year in range(self.start.year, self.today.year + 1):
            try:
                d = dt.date(year, month, day)
            except ValueError:
                continue
            t = (d - self.start).days * DAY
            if 0 < t <= self.now_t:
                out.append(t)
        return out

    def make_visits_and_contacts(self) -> None:
        """Visits without purchase (T4) and the after-sale follow-up calls (C4, C12)."""
        rng, n = self.rng, self.n
        visit_rows = self.w.table("visit", Visit, ["member", "clerk", "visited_at", "note"])
        contact_rows = self.w.table("contact", Contact, ["member", "clerk", "at", "channel", "kind", "outcome",
                                                         "note", "satisfaction"])
        last_day = self.days - 1
        visits: list[tuple[int, int]] = []
        n_visits = len(self.followups) // 8 + n // 20
        cum = list(_accumulate([self.activity[mid] + 0.2 for mid in range(1, n + 1)]))
        for mid in rng.choices(range(1, n + 1), cum_weights=cum, k=n_visits):
            day = self.day_in_range(max(0, self.enrol_t[mid] // DAY), last_day)
            t = max(day * DAY + _time_of_day(rng), self.enrol_t[mid] + 3600)
            if t <= self.now_t:
                visits.append((t, mid))
        visits.sort()
        for t, mid in visits:
            clerk = self.clerk[mid] if rng.random() < 0.6 else self.pick_staff()
            visit_rows.append((mid, clerk, self.t_str(t), rng.choice(_VISIT_NOTES)))
        contacts: list[tuple] = []
        recent = self.now_t - 7 * DAY  # the last week's follow-ups stay open for the reminder pane
        for t, mid, clerk in self.followups:
            if t < recent and rng.random() < 0.35:
                ct = (t // DAY + rng.randint(2, 7)) * DAY + rng.randint(10 * 3600, 17 * 3600)
                if ct > self.now_t:
                    continue
                outcome, sat = rng.choice(_FOLLOWUP_OUTCOMES)
                channel = rng.choices(["call", "wechat", "sms"], [7, 2, 1])[0]
                contacts.append((ct, mid, clerk, channel, "followup", outcome, "", sat))
        contacts.sort()
        for ct, mid, clerk, channel, kind, outcome, note, sat in contacts:
            contact_rows.append((mid, clerk, self.t_str(ct), channel, kind, outcome, note, sat))
        self.w.flush("visit", "contact")

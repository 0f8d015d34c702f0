"""Keeping ``member_segment`` current: a bulk recompute (on demand, and at most
once a day through ``ensure_fresh``) and a cheap per-member recompute after
each sale, return or enrolment (hooks), which reuses the boundaries of the
last bulk run so one sale never re-reads the whole shop.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from vipdesk.model.segmentation.classify import Bounds, Segments, classify, classify_all
from vipdesk.model.segmentation.config import Config, load_config
from vipdesk.model.segmentation.facts import (
    load_facts,
    note_sale_styles,
    rebuild_style_first,
    shop_unit_price,
)
from vipdesk.model.segmentation.tables import MemberSegment, SegmentRun
from vipdesk.model.store import hooks
from vipdesk.model.store.db import db, transaction
from vipdesk.model.store.tables import Member, Sale, now

Progress = Callable[[int, int, str], None]


def _now() -> dt.datetime:
    """"Now" for segmenting: one second ahead, so a sale stamped this very second counts."""
    return now() + dt.timedelta(seconds=1)


def compute(as_of: dt.datetime | None = None, cfg: Config | None = None,
            member_ids: list[int] | None = None, *, with_tags: bool = True) -> tuple[dict[int, Segments], Bounds]:
    """Segments of every member as the shop stood at ``as_of`` (nothing is written).

    Boundaries always come from the whole shop; ``member_ids`` only limits what is returned.
    ``with_tags=False`` skips the line-level reading the buying-type tags need (reports).
    """
    as_of = as_of or _now()
    cfg = cfg or load_config()
    facts = load_facts(as_of, cfg.window_days, with_tickets=with_tags, tag_new_days=cfg.tag_new_days,
                       min_tag_purchases=cfg.tags_min_purchases,
                       families=cfg.style_families, deep_discount=cfg.tag_discount_max)
    unit = shop_unit_price(as_of, cfg.window_days) if with_tags else 0.0
    segs, bounds = classify_all(facts, cfg, as_of, unit)
    if member_ids is not None:
        keep = set(member_ids)
        segs = {k: v for k, v in segs.items() if k in keep}
    return segs, bounds


def _row(s: Segments, as_of: dt.datetime) -> dict:
    return {
        "member": s.member_id, "as_of": as_of, "recency_days": s.recency_days, "purchases": s.purchases,
        "purchases_win": s.purchases_win, "spend_win": s.spend_win, "avg_ticket_win": s.avg_ticket_win,
        "r": s.r, "f": s.f, "m": s.m, "behaviour": s.behaviour, "value_band": s.value_band,
        "pyramid": s.pyramid, "abc": s.abc, "grid": s.grid,
        "tags": ("|" + "|".join(s.tags) + "|") if s.tags else "",
        "validity": s.validity, "dormant": s.dormant, "churn": s.churn,
    }


def recompute_all(as_of: dt.datetime | None = None, progress: Progress | None = None) -> int:
    """Rebuild every member's segments and store the boundaries; returns the member count."""
    as_of = as_of or _now()
    if progress:
        progress(0, 3, "读取消费记录…")
    segs, bounds = compute(as_of)
    if progress:
        progress(1, 3, "写入分群…")
    rows = [_row(s, as_of) for s in segs.values()]
    cols = list(rows[0]) if rows else []
    sql = (f"INSERT INTO member_segment ({', '.join(c + '_id' if c == 'member' else c for c in cols)})"
           f" VALUES ({', '.join('?' for _ in cols)})")
    stamp = f"{as_of:%Y-%m-%d %H:%M:%S}"
    with transaction():
        MemberSegment.delete().execute()
        if rows:  # raw executemany: peewee would build 100,000 statements' worth of SQL
            db.connection().executemany(sql, [
                tuple(stamp if c == "as_of" else (int(v) if isinstance(v, bool) else v) for c, v in r.items())
                for r in rows])
        SegmentRun.create(as_of=as_of, members=len(rows), bounds=json.dumps(
            {**bounds.to_dict(), "config": _config_key()}, ensure_ascii=False))
    if progress:
        progress(3, 3, "完成")
    return len(rows)


def last_run() -> SegmentRun | None:
    return SegmentRun.select().order_by(SegmentRun.id.desc()).first()


def is_fresh(today: dt.date | None = None) -> bool:
    run = last_run()
    if run is None:
        return False
    as_of = run.as_of if isinstance(run.as_of, dt.datetime) else dt.datetime.fromisoformat(str(run.as_of))
    if as_of.date() < (today or dt.date.today()):
        return False
    if json.loads(run.bounds or "{}").get("config") != _config_key():
        return False  # the owner changed a threshold since
    return Member.select().count() == MemberSegment.select().count()


def _config_key() -> dict:
    from dataclasses import asdict

    return json.loads(json.dumps(asdict(load_config())))


def ensure_fresh(progress: Progress | None = None) -> bool:
    """Recompute everything if the last run is from an earlier day (recency, dormancy and
    churn move with the calendar) or members are missing; True if it recomputed."""
    if is_fresh():
        return False
    recompute_all(progress=progress)
    return True


# A first bulk run from inside a sale only for small shops: a big one waits for ensure_fresh
# (the GUI runs it in the background at start-up) instead of holding the till's transaction.
FIRST_RUN_IN_SALE_MAX = 5000


def recompute_member(member_id: int, as_of: dt.datetime | None = None) -> Segments | None:
    """Re-segment one member with the last run's boundaries.  Without any run yet, a small
    shop gets its first bulk run now; a large one is left to ``ensure_fresh``."""
    run = last_run()
    if run is None:
        if Member.select().count() > FIRST_RUN_IN_SALE_MAX:
            return None
        recompute_all(as_of)
        row = MemberSegment.get_or_none(MemberSegment.member == member_id)
        return None if row is None else _segments_from_row(row)
    as_of = as_of or _now()
    cfg = load_config()
    facts = load_facts(as_of, cfg.window_days, member_ids=[member_id], tag_new_days=cfg.tag_new_days,
                       min_tag_purchases=cfg.tags_min_purchases,
                       families=cfg.style_families, deep_discount=cfg.tag_discount_max)
    f = facts.get(member_id)
    if f is None:
        return None
    bounds = Bounds.from_dict(json.loads(run.bounds or "{}"))
    s = classify(f, bounds, cfg, as_of)
    row = _row(s, as_of)
    cols = [c + "_id" if c == "member" else c for c in row]
    values = [MemberSegment.as_of.db_value(v) if c == "as_of" else (int(v) if isinstance(v, bool) else v)
              for c, v in row.items()]
    with transaction():  # raw SQL: at every sale peewee's statement building cost more than the write
        db.execute_sql(f"INSERT OR REPLACE INTO member_segment ({', '.join(cols)})"
                       f" VALUES ({', '.join('?' for _ in cols)})", values)
    return s


def _segments_from_row(row: MemberSegment) -> Segments:
    return Segments(
        member_id=row.member_id, recency_days=row.recency_days, purchases=row.purchases,
        purchases_win=row.purchases_win, spend_win=row.spend_win, avg_ticket_win=row.avg_ticket_win,
        r=row.r, f=row.f, m=row.m, behaviour=row.behaviour, value_band=row.value_band, pyramid=row.pyramid,
        abc=row.abc, grid=row.grid, tags=tuple(t for t in row.tags.split("|") if t), validity=row.validity,
        dormant=row.dormant, churn=bool(row.churn),
    )


def member_segments(member_id: int) -> Segments | None:
    """The stored segments of one member (for the detail pane), or None if never computed."""
    row = MemberSegment.get_or_none(MemberSegment.member == member_id)
    return None if row is None else _segments_from_row(row)


def segments_summary(member_id: int) -> str:
    """One line for the member pane: "R5F4M3 · 高价值会员 · A白金 · 重度 · 新货型、高价型"."""
    s = member_segments(member_id)
    if s is None:
        return ""
    parts = [s.rfm, s.behaviour, s.pyramid, s.abc, "、".join(s.tags), s.dormant, "流失预警" if s.churn else ""]
    return " · ".join(p for p in parts if p)


# --- hooks: run inside the writer's transaction

_deferred = 0


@contextmanager
def deferred() -> Iterator[None]:
    """For bulk writers (a sales import through ``record_sale``): skip the per-sale
    re-segmenting and recompute everything once at the end instead."""
    global _deferred
    _deferred += 1
    try:
        yield
    finally:
        _deferred -= 1
    if _deferred == 0 and last_run() is not None:
        recompute_all()


_tables_seen: set[tuple[str, str]] = set()


def _has_table(name: str) -> bool:
    """``db.table_exists`` once per database file: tables are only ever added (by migrations)."""
    key = (str(db.database), name)
    if key not in _tables_seen and db.table_exists(name):
        _tables_seen.add(key)
    return key in _tables_seen


@hooks.on("sale_recorded")
def _after_sale(sale_id: int) -> None:
    if _has_table("style_first_sale"):
        note_sale_styles(sale_id)  # O(lines of this sale); keeps recompute_member off the shop's history
    if _deferred:
        return
    row = db.execute_sql("SELECT member_id, sold_at FROM sale WHERE id = ?", (sale_id,)).fetchone()
    if row is not None and row[0] is not None and _has_table("member_segment"):
        recompute_member(row[0], _sale_time(sale_id, Sale.sold_at.python_value(row[1])))


@hooks.on("return_recorded")
def _after_return(sale_id: int) -> None:
    _after_sale(sale_id)


@hooks.on("bulk_loaded")
def _after_bulk_load() -> None:
    if db.table_exists("style_first_sale"):
        rebuild_style_first()


@hooks.on("member_enrolled")
def _after_enrol(member_id: int) -> None:
    if not _deferred and db.table_exists("member_segment") and last_run() is not None:
        recompute_member(member_id)


def _sale_time(sale_id: int, sold: object = None) -> dt.datetime:
    """Segment as of now, or just after the sale if it is back-dated into the future (imports, demo)."""
    if sold is None:
        sold = Sale.select(Sale.sold_at).where(Sale.id == sale_id).scalar()
    t = _now()
    if isinstance(sold, dt.datetime) and sold >= t:
        return sold + dt.timedelta(seconds=1)
    return t

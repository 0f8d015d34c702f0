"""Keeping ``member_segment`` current: a bulk recompute (on demand, and at most
once a day through ``ensure_fresh``) and a cheap per-member recompute after
each sale, return or enrolment (hooks), which reuses the boundaries of the
last bulk run so one sale never re-reads the whole shop.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

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
from vipdesk.text import tr

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


# Short transactions (issue 13 item 2): the bulk run reads outside any write transaction and
# writes in batches sized to hold the write lock about TARGET_HOLD seconds, sleeping GAP between
# commits so a sale waiting at the counter gets the lock.
TARGET_HOLD = 0.15
FIRST_BATCH = 500
MIN_BATCH = 50
MAX_BATCH = 50_000
GAP = 0.02


@dataclass
class HoldStats:
    """What the last bulk run did with the write lock: for tests, the bench and the log."""

    commits: int = 0
    longest: float = 0.0  # seconds of the longest write transaction
    batches: list[int] = field(default_factory=list)  # members written per batch transaction
    refreshed: int = 0  # members sold to during the run, re-segmented from fresh facts

    def note(self, held: float, n: int | None = None) -> None:
        self.commits += 1
        self.longest = max(self.longest, held)
        if n is not None:
            self.batches.append(n)


last_stats = HoldStats()


@contextmanager
def _read_snapshot() -> Iterator[None]:
    """One consistent view of the shop without the write lock (WAL: writers carry on)."""
    if db.in_transaction():  # already inside a writer's transaction (a first run from a sale)
        yield
        return
    with db.transaction(lock_type="DEFERRED"):
        yield


def recompute_all(as_of: dt.datetime | None = None, progress: Progress | None = None) -> int:
    """Rebuild every member's segments and store the boundaries; returns the member count.

    Computed from one read snapshot, written in short batches.  A member sold to after the
    snapshot is re-segmented from her fresh facts inside the batch that writes her; the run
    row goes in first (marked partial) so the per-sale hook already uses the new boundaries."""
    global last_stats
    stats = last_stats = HoldStats()
    as_of = as_of or _now()
    if progress:
        progress(0, 3, tr("读取消费记录…"))
    with _read_snapshot():
        segs, bounds = compute(as_of)
        snap_sale = db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM sale").fetchone()[0]
    if progress:
        progress(1, 3, tr("写入分群…"))
    cfg = load_config()
    stamp = f"{as_of:%Y-%m-%d %H:%M:%S}"
    base = {**bounds.to_dict(), "config": _config_key()}
    t0 = time.perf_counter()
    with transaction():
        run = SegmentRun.create(as_of=as_of, members=len(segs),
                                bounds=json.dumps({**base, "partial": True}, ensure_ascii=False))
    stats.note(time.perf_counter() - t0)
    ids = list(segs)
    size, i = FIRST_BATCH, 0
    pause = GAP if not db.in_transaction() else 0.0
    while i < len(ids):
        chunk = ids[i:i + size]
        with transaction():
            t0 = time.perf_counter()
            fresh = _sold_since(snap_sale, chunk)
            rows = [_row(segs[m], as_of) for m in chunk if m not in fresh]
            _write_rows(rows, stamp)
            for mid, sale_id in fresh.items():
                _resegment(mid, bounds, cfg, _sale_time(sale_id))
            stats.refreshed += len(fresh)
        held = time.perf_counter() - t0
        stats.note(held, len(chunk))
        i += len(chunk)
        if progress:
            progress(1, 3, tr("写入分群…") + f" {i}/{len(ids)}")
        if pause:
            time.sleep(pause)
        # aim at TARGET_HOLD: grow at most ×2, shrink as far as needed (as importing/jobs.py)
        size = max(MIN_BATCH, min(MAX_BATCH, size * 2, int(len(chunk) * TARGET_HOLD / max(held, 1e-4))))
    with transaction():
        t0 = time.perf_counter()
        for mid, sale_id in _drop_leftovers(set(segs), snap_sale).items():
            _resegment(mid, bounds, cfg, _sale_time(sale_id))  # enrolled and sold to during the run
        SegmentRun.update(bounds=json.dumps(base, ensure_ascii=False)).where(SegmentRun.id == run.id).execute()
    stats.note(time.perf_counter() - t0)
    if progress:
        progress(3, 3, tr("完成"))
    return len(segs)


def _write_rows(rows: list[dict], stamp: str) -> None:
    if not rows:
        return
    cols = list(rows[0])
    sql = (f"INSERT OR REPLACE INTO member_segment ({', '.join(c + '_id' if c == 'member' else c for c in cols)})"
           f" VALUES ({', '.join('?' for _ in cols)})")
    # raw executemany: peewee would build 100,000 statements' worth of SQL
    db.connection().executemany(sql, [
        tuple(stamp if c == "as_of" else (int(v) if isinstance(v, bool) else v) for c, v in r.items())
        for r in rows])


def _sold_since(snap_sale: int, member_ids: list[int]) -> dict[int, int]:
    """Members of *member_ids* with a sale or return recorded after the snapshot → their latest one."""
    rows = db.execute_sql("SELECT member_id, MAX(id) FROM sale WHERE id > ? AND member_id IS NOT NULL"
                          " GROUP BY member_id", (snap_sale,)).fetchall()
    if not rows:
        return {}
    keep = set(member_ids)
    return {m: s for m, s in rows if m in keep}


def _resegment(member_id: int, bounds: Bounds, cfg: Config, as_of: dt.datetime) -> None:
    """One member from her facts now, with the new run's boundaries (inside the caller's transaction)."""
    facts = load_facts(as_of, cfg.window_days, member_ids=[member_id], tag_new_days=cfg.tag_new_days,
                       min_tag_purchases=cfg.tags_min_purchases,
                       families=cfg.style_families, deep_discount=cfg.tag_discount_max)
    f = facts.get(member_id)
    if f is not None:
        _write_rows([_row(classify(f, bounds, cfg, as_of), as_of)], MemberSegment.as_of.db_value(as_of))


def _drop_leftovers(computed: set[int], snap_sale: int) -> dict[int, int]:
    """Delete rows the run did not write and nobody wrote since (the old single-transaction run
    deleted everything first); returns members new since the snapshot who bought → latest sale."""
    since = dict(db.execute_sql("SELECT member_id, MAX(id) FROM sale WHERE id > ?"
                                " AND member_id IS NOT NULL GROUP BY member_id", (snap_sale,)).fetchall())
    gone = [m for (m,) in db.execute_sql("SELECT member_id FROM member_segment")
            if m not in computed and m not in since]
    for k in range(0, len(gone), 500):
        part = gone[k:k + 500]
        db.execute_sql(f"DELETE FROM member_segment WHERE member_id IN ({','.join('?' for _ in part)})", part)
    return {m: s for m, s in since.items() if m not in computed}


def last_run() -> SegmentRun | None:
    return SegmentRun.select().order_by(SegmentRun.id.desc()).first()


def is_fresh(today: dt.date | None = None) -> bool:
    run = last_run()
    if run is None:
        return False
    as_of = run.as_of if isinstance(run.as_of, dt.datetime) else dt.datetime.fromisoformat(str(run.as_of))
    if as_of.date() < (today or dt.date.today()):
        return False
    saved = json.loads(run.bounds or "{}")
    if saved.get("partial"):
        return False  # a run stopped half-way (the app was closed): some rows are older
    if saved.get("config") != _config_key():
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

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

from vipdesk.model.segmentation import member_facts as mf
from vipdesk.model.segmentation.classify import Bounds, Segments, classify, classify_all
from vipdesk.model.segmentation.config import Config, load_config
from vipdesk.model.segmentation.facts import (
    load_facts,
    note_sale_styles,
    rebuild_style_first,
    shop_unit_price,
    ts,
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
# writes in batches sized to hold the write lock about TARGET_HOLD seconds, with at least GAP
# between commits (spent preparing the next batch) so a sale waiting at the counter gets the lock.
TARGET_HOLD = 0.2
FIRST_BATCH = 2000
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
    facts_written: int = 0  # member_seg_facts rows that differed from the sales and were rewritten

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


SEG_COLS = ("member_id", "as_of", "recency_days", "purchases", "purchases_win", "spend_win", "avg_ticket_win",
            "r", "f", "m", "behaviour", "value_band", "pyramid", "abc", "grid", "tags", "validity", "dormant", "churn")
SEG_UPSERT = (f"INSERT OR REPLACE INTO member_segment ({', '.join(SEG_COLS)})"
              f" VALUES ({', '.join('?' for _ in SEG_COLS)})")


def _seg_tuple(s: Segments, stamp: str) -> tuple:
    """The member_segment row of SEG_COLS (as ``_row`` maps it), built straight as a tuple."""
    return (s.member_id, stamp, s.recency_days, s.purchases, s.purchases_win, s.spend_win, s.avg_ticket_win,
            s.r, s.f, s.m, s.behaviour, s.value_band, s.pyramid, s.abc, s.grid,
            ("|" + "|".join(s.tags) + "|") if s.tags else "", s.validity, s.dormant, 1 if s.churn else 0)


def _facts_key_now(saved: dict, cfg: Config) -> list | None:
    return mf.facts_key(cfg) if saved.get("facts_key") == mf.facts_key(cfg) else None


def recompute_all(as_of: dt.datetime | None = None, progress: Progress | None = None) -> int:
    """Rebuild every member's segments and store the boundaries; returns the member count.

    Computed from one read snapshot, written in short batches.  A member sold to after the
    snapshot is re-segmented from her fresh facts inside the batch that writes her; the run
    row goes in first (marked partial) so the per-sale hook already uses the new boundaries.
    The per-member lifetime facts (member_seg_facts) are checked against the same reading and
    the rows that differ rewritten in the same batches."""
    global last_stats
    stats = last_stats = HoldStats()
    as_of = as_of or _now()
    cfg = load_config()
    keep = _has_table("member_seg_facts")
    if progress:
        progress(0, 3, tr("读取消费记录…"))
    with _read_snapshot():
        # every buyer's ticket figures (the rows need them); the S6 tags still start at the Nth purchase
        facts = mf.lifetime_facts(cfg, as_of=as_of)
        unit = shop_unit_price(as_of, cfg.window_days)
        snap_sale = db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM sale").fetchone()[0]
        old_rows = mf.stored_rows() if keep else {}
        late = {m for (m,) in db.execute_sql("SELECT DISTINCT member_id FROM sale WHERE sold_at >= ?"
                                              " AND member_id IS NOT NULL", (ts(as_of),))} if keep else set()
        prev = last_run()
    segs, bounds = classify_all(facts, cfg, as_of, unit)
    if progress:
        progress(1, 3, tr("写入分群…"))
    stamp = f"{as_of:%Y-%m-%d %H:%M:%S}"
    base = {**bounds.to_dict(), "config": _config_key(), "facts_key": mf.facts_key(cfg) if keep else None}
    prev_key = _facts_key_now(json.loads(prev.bounds or "{}"), cfg) if prev is not None else None
    t0 = time.perf_counter()
    with transaction():
        # while rows built under other S6 settings are being rewritten, the counter reads histories
        run = SegmentRun.create(as_of=as_of, members=len(segs), bounds=json.dumps(
            {**base, "partial": True, "facts_key": prev_key}, ensure_ascii=False))
    stats.note(time.perf_counter() - t0)

    def prepare(chunk: list[int]) -> tuple[list[int], list[tuple], list[tuple], list[int]]:
        seg_rows = [_seg_tuple(segs[m], stamp) for m in chunk]
        put: list[tuple] = []
        gone: list[int] = []
        if keep:
            for m in chunk:
                new = mf.row_from_facts(facts[m], stale=m in late)
                if new != old_rows.get(m):
                    if new is None:
                        gone.append(m)
                    else:
                        put.append(new)
        return chunk, seg_rows, put, gone

    ids = list(segs)
    size, i = FIRST_BATCH, 0
    pause = GAP if not db.in_transaction() else 0.0
    batch = prepare(ids[:size])
    while batch[0]:
        chunk, seg_rows, put, gone = batch
        with transaction():
            t0 = time.perf_counter()
            fresh = _sold_since(snap_sale, chunk)
            _write(SEG_UPSERT, [r for r in seg_rows if r[0] not in fresh])
            if keep:
                _write(mf.UPSERT, [r for r in put if r[0] not in fresh])
                _delete_facts([m for m in gone if m not in fresh])
                stats.facts_written += len(put) + len(gone)
            for mid, sale_id in fresh.items():
                _resegment(mid, bounds, cfg, _sale_time(sale_id), keep)
            stats.refreshed += len(fresh)
        held = time.perf_counter() - t0
        stats.note(held, len(chunk))
        i += len(chunk)
        if progress:
            progress(1, 3, tr("写入分群…") + f" {i}/{len(ids)}")
        # aim at TARGET_HOLD: grow at most ×4, shrink as far as needed (as importing/jobs.py)
        size = max(MIN_BATCH, min(MAX_BATCH, size * 4, int(len(chunk) * TARGET_HOLD / max(held, 1e-4))))
        t1 = time.perf_counter()
        batch = prepare(ids[i:i + size])
        if pause:
            time.sleep(max(0.0, pause - (time.perf_counter() - t1)))
    with transaction():
        t0 = time.perf_counter()
        for mid, sale_id in _drop_leftovers(set(segs), snap_sale).items():
            _resegment(mid, bounds, cfg, _sale_time(sale_id), keep)  # enrolled and sold to during the run
        if keep:
            for m in late - set(segs):  # enrolled after the moment with tickets after it: read her history
                db.execute_sql("INSERT INTO member_seg_facts (member_id, stale) VALUES (?, 1)"
                               " ON CONFLICT(member_id) DO UPDATE SET stale = 1", (m,))
        SegmentRun.update(bounds=json.dumps(base, ensure_ascii=False)).where(SegmentRun.id == run.id).execute()
    stats.note(time.perf_counter() - t0)
    if progress:
        progress(3, 3, tr("完成"))
    return len(segs)


def _write(sql: str, rows: list[tuple]) -> None:
    if rows:  # raw executemany: peewee would build 100,000 statements' worth of SQL
        db.connection().executemany(sql, rows)


def _delete_facts(member_ids: list[int]) -> None:
    for k in range(0, len(member_ids), 500):
        part = member_ids[k:k + 500]
        db.execute_sql(f"DELETE FROM member_seg_facts WHERE member_id IN ({','.join('?' * len(part))})", part)


def _sold_since(snap_sale: int, member_ids: list[int]) -> dict[int, int]:
    """Members of *member_ids* with a sale or return recorded after the snapshot → their latest one.
    ``NOT INDEXED``: a rowid range over the few new tickets, not a walk of the member index."""
    rows = db.execute_sql("SELECT member_id, MAX(id) FROM sale NOT INDEXED WHERE id > ? AND member_id IS NOT NULL"
                          " GROUP BY member_id", (snap_sale,)).fetchall()
    if not rows:
        return {}
    keep = set(member_ids)
    return {m: s for m, s in rows if m in keep}


def _resegment(member_id: int, bounds: Bounds, cfg: Config, as_of: dt.datetime, keep: bool = False) -> None:
    """One member from her facts now, with the new run's boundaries (inside the caller's transaction)."""
    if keep:
        mf.rebuild_members([member_id], cfg)
    facts = load_facts(as_of, cfg.window_days, member_ids=[member_id], tag_new_days=cfg.tag_new_days,
                       min_tag_purchases=cfg.tags_min_purchases,
                       families=cfg.style_families, deep_discount=cfg.tag_discount_max)
    f = facts.get(member_id)
    if f is not None:
        _write(SEG_UPSERT, [_seg_tuple(classify(f, bounds, cfg, as_of), MemberSegment.as_of.db_value(as_of))])


def _drop_leftovers(computed: set[int], snap_sale: int) -> dict[int, int]:
    """Delete rows the run did not write and nobody wrote since (the old single-transaction run
    deleted everything first); returns members new since the snapshot who bought → latest sale."""
    since = dict(db.execute_sql("SELECT member_id, MAX(id) FROM sale NOT INDEXED WHERE id > ?"
                                " AND member_id IS NOT NULL GROUP BY member_id", (snap_sale,)).fetchall())
    gone = [m for (m,) in db.execute_sql("SELECT member_id FROM member_segment")
            if m not in computed and m not in since]
    for k in range(0, len(gone), 500):
        part = gone[k:k + 500]
        db.execute_sql(f"DELETE FROM member_segment WHERE member_id IN ({','.join('?' for _ in part)})", part)
    return {m: s for m, s in since.items() if m not in computed}


def last_run() -> SegmentRun | None:
    return SegmentRun.select().order_by(SegmentRun.id.desc()).first()


def _saved_bounds() -> dict:
    """The last run's saved boundaries and keys ({} without a run)."""
    run = last_run()
    return json.loads(run.bounds or "{}") if run is not None else {}


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
    if "facts_key" not in saved:
        return False  # a run from before member_seg_facts: build them
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


def recompute_member(member_id: int, as_of: dt.datetime | None = None, cfg: Config | None = None
                     ) -> Segments | None:
    """Re-segment one member with the last run's boundaries.  Without any run yet, a small
    shop gets its first bulk run now; a large one is left to ``ensure_fresh``.

    Reads her member_seg_facts row and her window of sales when the row can be trusted (issue 14:
    the cost does not grow with her history), else her whole history as before."""
    bounds_text = db.execute_sql("SELECT bounds FROM segment_run ORDER BY id DESC LIMIT 1").fetchone()
    if bounds_text is None:
        # bounded count: a big shop must not count every member at each sale until its first run
        if db.execute_sql("SELECT COUNT(*) FROM (SELECT 1 FROM member LIMIT ?)",
                          (FIRST_RUN_IN_SALE_MAX + 1,)).fetchone()[0] > FIRST_RUN_IN_SALE_MAX:
            return None
        recompute_all(as_of)
        row = MemberSegment.get_or_none(MemberSegment.member == member_id)
        return None if row is None else _segments_from_row(row)
    as_of = as_of or _now()
    cfg = cfg or load_config()
    saved, bounds = _parsed_bounds(bounds_text[0])
    trusted, f = False, None
    if _has_table("member_seg_facts") and _facts_key_now(saved, cfg) is not None:
        trusted, f = mf.window_facts(member_id, as_of, cfg)
        if not trusted:
            mf.rebuild_members([member_id], cfg)  # stale: once from her history, then by each ticket again
    if not trusted:
        facts = load_facts(as_of, cfg.window_days, member_ids=[member_id], tag_new_days=cfg.tag_new_days,
                           min_tag_purchases=cfg.tags_min_purchases,
                           families=cfg.style_families, deep_discount=cfg.tag_discount_max)
        f = facts.get(member_id)
    if f is None:
        return None
    s = classify(f, bounds, cfg, as_of)
    row = [_seg_tuple(s, MemberSegment.as_of.db_value(as_of))]
    if db.in_transaction():  # the sale's own transaction (no savepoint needed for one statement)
        _write(SEG_UPSERT, row)
    else:
        with transaction():  # raw SQL: at every sale peewee's statement building cost more than the write
            _write(SEG_UPSERT, row)
    return s


_bounds_memo: dict[str, tuple[dict, Bounds]] = {}


def _parsed_bounds(text: str | None) -> tuple[dict, Bounds]:
    """The last run's stored JSON and its Bounds, parsed once per distinct text (it changes once a day)."""
    key = text or "{}"
    hit = _bounds_memo.get(key)
    if hit is None:
        saved = json.loads(key)
        hit = (saved, Bounds.from_dict(saved))
        _bounds_memo.clear()
        _bounds_memo[key] = hit
    return hit


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
    """Inside the sale's (or return's) transaction: the style and member aggregates move by this
    ticket alone, then she is re-segmented — O(lines of the ticket + her window), not her history."""
    row = db.execute_sql("SELECT member_id, kind, sold_at, paid, items FROM sale WHERE id = ?",
                         (sale_id,)).fetchone()
    if row is None:
        return
    member_id, kind, sold_at, paid, items = row
    keep = _has_table("member_seg_facts")
    cfg = load_config() if keep or (member_id is not None and not _deferred) else None
    moved: list[str] = []
    if _has_table("style_first_sale"):
        if keep and kind == "sale":  # a back-dated ticket before a style's first sale: 新货 pieces move
            moved = [c for (c,) in db.execute_sql(
                "SELECT DISTINCT l.style_code FROM sale_line l JOIN style_first_sale f ON f.style_code = l.style_code"
                " WHERE l.sale_id = ? AND f.first_at > ?", (sale_id, sold_at))]
        note_sale_styles(sale_id)  # O(lines of this sale); keeps recompute_member off the shop's history
    if keep and cfg is not None:
        mf.add_ticket(sale_id, member_id, kind, sold_at, int(paid or 0), int(items or 0), moved, cfg)
    if _deferred:
        return
    if member_id is not None and _has_table("member_segment"):
        recompute_member(member_id, _sale_time(sale_id, Sale.sold_at.python_value(sold_at)), cfg)


@hooks.on("return_recorded")
def _after_return(sale_id: int) -> None:
    _after_sale(sale_id)


@hooks.on("bulk_loaded")
def _after_bulk_load() -> None:
    if db.table_exists("style_first_sale"):
        rebuild_style_first()
    if db.table_exists("member_seg_facts"):
        # Rows bypassed by the bulk writer: dropped, and the last run no longer vouches for them, so
        # the counter reads histories until the next bulk run (at start-up: is_fresh is False)
        # rebuilds them — cheaper than a full reading here, which that run does anyway.
        db.execute_sql("DELETE FROM member_seg_facts")
        run = last_run() if db.table_exists("segment_run") else None
        if run is not None:
            saved = json.loads(run.bounds or "{}")
            saved.pop("facts_key", None)
            SegmentRun.update(bounds=json.dumps(saved, ensure_ascii=False)).where(SegmentRun.id == run.id).execute()


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

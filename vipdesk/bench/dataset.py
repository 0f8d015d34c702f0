"""The demo database a bench runs on: built once per (seed, size) in the user cache folder."""

from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    d = Path(user_cache_dir("vipdesk")) / "bench"
    d.mkdir(parents=True, exist_ok=True)
    return d


def demo_path(seed: int, members: int, sales: int, folder: Path | None = None) -> Path:
    return (folder or cache_dir()) / f"demo-seed{seed}-m{members}-s{sales}.db"


def ensure_demo(seed: int, members: int, sales: int, folder: Path | None = None) -> tuple[Path, float | None]:
    """The cached demo file, built if missing; returns (path, build seconds or None if reused).

    A build is written to a temporary name and renamed at the end, so an interrupted
    build is never mistaken for a finished one."""
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    path = demo_path(seed, members, sales, folder)
    if path.exists() and path.stat().st_size > 0:
        return path, None
    from vipdesk.demo.builder import build_demo
    from vipdesk.model.store.db import close_database

    tmp = path.with_name(path.name + ".building")
    for f in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        f.unlink(missing_ok=True)
    t0 = time.perf_counter()
    build_demo(tmp, members=members, sales=sales, seed=seed)
    close_database()
    seconds = time.perf_counter() - t0
    tmp.replace(path)
    return path, seconds


def as_after_startup(path: Path) -> None:
    """The shop as the app leaves it after start-up: migrated, and today's segment run done
    (``ensure_fresh``), so a sale re-segments its member as at a real counter.  Once a day."""
    from vipdesk.model.segmentation.store import ensure_fresh
    from vipdesk.model.store.db import close_database, open_database

    open_database(path)
    try:
        ensure_fresh()
    finally:
        close_database()


def work_copy(src: Path, folder: Path) -> Path:
    """A private copy for tasks that write (sales, recompute, scans): the cache stays pristine."""
    import sqlite3

    dst = folder / "work.db"
    for f in (dst, dst.with_name(dst.name + "-wal"), dst.with_name(dst.name + "-shm")):
        f.unlink(missing_ok=True)
    con = sqlite3.connect(src)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError:
        pass
    con.close()
    shutil.copyfile(src, dst)
    return dst


def today() -> dt.date:
    return dt.date.today()

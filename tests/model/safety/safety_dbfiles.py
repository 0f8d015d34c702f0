"""Helpers for the safety tests: small WAL databases and the three kinds of damage."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

PAGE = 4096


def make_db(path: Path, members: int = 300, user_version: int = 1) -> Path:
    """A WAL database shaped like vipdesk's: a ``member`` table plus enough rows for many pages."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = wal")
    conn.execute("CREATE TABLE member (id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT UNIQUE)")
    conn.execute("CREATE TABLE sale (id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES member(id), paid INTEGER)")
    conn.executemany(
        "INSERT INTO member (name, phone) VALUES (?, ?)",
        [(f"会员{i:04d}", f"138{i:08d}") for i in range(members)],
    )
    conn.executemany("INSERT INTO sale (member_id, paid) VALUES (?, ?)",
                     [(i % members + 1 if members else None, 100 * i) for i in range(2000)])
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()  # last connection: checkpointed, -wal removed
    return path


def member_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM member").fetchone()[0]
    finally:
        conn.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def overwrite_page(path: Path) -> None:
    """Overwrite the root page of the ``sale`` table (an interior b-tree page) with junk."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sale'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * PAGE)
        f.write(bytes(range(256)) * (PAGE // 256))


def truncate(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.truncate(size // 2)


def not_a_database(path: Path) -> None:
    path.write_bytes("这不是数据库,只是一段文字。\n".encode() * 500)


DAMAGE = {"overwritten-page": overwrite_page, "truncated": truncate, "not-a-database": not_a_database}


def side_files(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-")}

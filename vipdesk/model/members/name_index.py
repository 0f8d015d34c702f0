"""Substring search on names without scanning every name (issue 14 item 5).

``member_name_gram`` holds each member's name cut into single characters and character
pairs, kept by triggers on every write to ``member.name`` (enrolment, edits, imports, merges,
anonymising — whoever writes).  A query of one character seeks its unigram; a longer one
seeks the pair it starts with and confirms the whole text with ``instr``.  At 1,000,000
members a name-part search scanned the whole name index (~90 ms); now it reads the few
members holding that pair.  Names are at most 40 characters (profile), 64 positions covered.
"""

from __future__ import annotations

from peewee import SqliteDatabase

POSITIONS = 64

_INSERT_GRAMS = (
    "INSERT OR IGNORE INTO member_name_gram (gram, member_id)"
    " SELECT substr(NEW.name, n, 1), NEW.id FROM name_gram_pos WHERE n <= length(NEW.name)"
    " UNION SELECT substr(NEW.name, n, 2), NEW.id FROM name_gram_pos WHERE n < length(NEW.name);"
)


def migrate(db: SqliteDatabase) -> None:
    db.execute_sql("CREATE TABLE IF NOT EXISTS name_gram_pos (n INTEGER PRIMARY KEY)")
    db.execute_sql("INSERT OR IGNORE INTO name_gram_pos (n) VALUES " + ",".join(f"({i})" for i in range(1, POSITIONS + 1)))
    db.execute_sql("CREATE TABLE IF NOT EXISTS member_name_gram (gram TEXT NOT NULL, member_id INTEGER NOT NULL,"
                   " PRIMARY KEY (gram, member_id)) WITHOUT ROWID")
    db.execute_sql("CREATE TRIGGER IF NOT EXISTS member_name_gram_ins AFTER INSERT ON member"
                   f" BEGIN {_INSERT_GRAMS} END")
    db.execute_sql("CREATE TRIGGER IF NOT EXISTS member_name_gram_upd AFTER UPDATE OF name ON member"
                   " WHEN NEW.name IS NOT OLD.name"
                   f" BEGIN DELETE FROM member_name_gram WHERE member_id = OLD.id; {_INSERT_GRAMS} END")
    db.execute_sql("CREATE TRIGGER IF NOT EXISTS member_name_gram_del AFTER DELETE ON member"
                   " BEGIN DELETE FROM member_name_gram WHERE member_id = OLD.id; END")
    rebuild(db)


def rebuild(db: SqliteDatabase) -> None:
    """Every member's grams from scratch (the migration; a bulk loader that dropped triggers)."""
    db.execute_sql("DELETE FROM member_name_gram")
    db.execute_sql(
        "INSERT OR IGNORE INTO member_name_gram (gram, member_id)"
        " SELECT substr(m.name, p.n, 1), m.id FROM member m JOIN name_gram_pos p ON p.n <= length(m.name)"
        " UNION SELECT substr(m.name, p.n, 2), m.id FROM member m JOIN name_gram_pos p ON p.n < length(m.name)")

"""Shared by the monthly analyses: settings the owner tunes, raw queries."""

from __future__ import annotations

from vipdesk.model.store import settings
from vipdesk.model.store.db import db

G = "报表"
CARE_COST_PER_CALL = settings.declare("reports.cost_per_call_fen", 0, "每次电话联系成本(分)", G,
                                      "用于“关怀成本与回报”;0 = 不计")
CARE_COST_PER_MESSAGE = settings.declare("reports.cost_per_message_fen", 0, "每条短信/微信成本(分)", G,
                                         "用于“关怀成本与回报”;0 = 不计")
POINTS_BANDS = settings.declare("reports.points_bands", [3000, 6000], "积分分布分界", G,
                                "0 / 1–3000 / 3001–6000 / 6000以上")
AGE_BANDS = settings.declare("reports.age_bands", [25, 35, 45, 55], "年龄段分界(岁)", G)
TOP_N = settings.declare("reports.season_top_n", 30, "季度消费排行人数", G)


def _rows(sql: str, params: list[object]) -> list[tuple]:
    return list(db.execute_sql(sql, params).fetchall())


def _has(table: str) -> bool:
    return db.table_exists(table)


# --- overview (R2, R3, R5)


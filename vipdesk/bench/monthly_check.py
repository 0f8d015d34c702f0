"""What the monthly bench compares (issue 14): a digest of every cell of every data sheet, taken
the same way from vipdesk's ``MonthlyReport`` and from the raw baseline's tables
(``vipdesk/bench/monthly_raw.py``), and the shop's settings the baseline needs (read untimed)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The sheets both sides digest (sections included); surveys, lapse and definitions are not.
DIGESTED = ("overview", "trend", "new_old", "category", "category_trend", "age", "points", "tiers", "segments",
            "conversion", "staff", "care", "liability", "top")


def _cell(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int | float):
        return str(int(v)) if float(v).is_integer() else f"{float(v):.9g}"
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def _norm(key: str, rows: list[list[Any]], sections: list[tuple[str, list[list[Any]]]]) -> Any:
    return [key, [[_cell(c) for c in r] for r in rows], [[k, [[_cell(c) for c in r] for r in rs]] for k, rs in sections]]


def digest_tables(tables: list[tuple[str, list[list[Any]], list[tuple[str, list[list[Any]]]]]]) -> list[list[str]]:
    """[[key, hash], ...] of (key, rows, sections) in DIGESTED order."""
    by = {k: (rows, secs) for k, rows, secs in tables}
    out = []
    for key in DIGESTED:
        rows, secs = by.get(key, ([], []))
        text = json.dumps(_norm(key, rows, secs), ensure_ascii=False)
        out.append([key, hashlib.sha1(text.encode()).hexdigest()[:12]])
    return out


def digest_report(report: Any) -> list[list[str]]:
    """vipdesk's side: the same digest from a ``MonthlyReport``."""
    return digest_tables([(t.key, t.rows, [(s.key, s.rows) for s in t.sections]) for t in report.tables])


def report_rows(report: Any) -> dict[str, Any]:
    """Normalised cells by table (for finding a difference when the digests disagree)."""
    return {t.key: _norm(t.key, t.rows, [(s.key, s.rows) for s in t.sections]) for t in report.tables}


# --- configuration (setup, untimed) --------------------------------------------------------------

@dataclass
class Conf:
    kpi_rows: list[tuple[str, str, str, str]]
    tier_names: list[str]
    points_bands: tuple[int, int]
    age_bands: list[int]
    top_n: int
    per_call: int
    per_msg: int
    fixed_spend_bands: list[int] | None
    seg: Any  # vipdesk.model.segmentation.Config


def read_conf(path: str) -> Conf:
    from vipdesk.model.loyalty.tiers import tiers
    from vipdesk.model.segmentation import load_config
    from vipdesk.model.store import settings
    from vipdesk.model.store.db import open_database
    from vipdesk.reports.analyses import common
    from vipdesk.reports.kpi import KPI_ROWS

    open_database(Path(path))
    lo, hi = (int(x) for x in settings.get(common.POINTS_BANDS.key))
    fixed = settings.get(common.SPEND_BANDS.key)
    return Conf(list(KPI_ROWS), [t.name for t in tiers()], (lo, hi), [int(x) for x in settings.get(common.AGE_BANDS.key)],
                int(settings.get(common.TOP_N.key)), int(settings.get(common.CARE_COST_PER_CALL.key)),
                int(settings.get(common.CARE_COST_PER_MESSAGE.key)), [int(x) for x in fixed] if fixed else None,
                load_config())

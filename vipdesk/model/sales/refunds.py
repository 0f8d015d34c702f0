"""How a return's money went back (issue 17, item 5): cash, bank card, WeChat, Alipay or the
member's stored value — a field of its own, so the history, the receipt and the day's cash-up
read it without parsing notes.  Written once with the return, in its transaction; append-only.
"""

from __future__ import annotations

from peewee import CharField, ForeignKeyField, SqliteDatabase

from vipdesk.model.store.tables import BaseModel, Sale
from vipdesk.text import tr, tr_noop

# Stored keys (never translated) → the label the counter shows.
METHODS = tr_noop({"cash": "现金", "card": "银行卡", "wechat": "微信", "alipay": "支付宝", "stored_value": "储值"})
DEFAULT = "cash"


class Refund(BaseModel):
    """One row per return ticket: the way its non-voucher money went back."""

    sale = ForeignKeyField(Sale, primary_key=True, on_delete="RESTRICT")
    method = CharField(default=DEFAULT)

    class Meta:
        table_name = "refund"


def label(method: str) -> str:
    return tr(METHODS.get(method, method)) if method else ""


def method_of(sale_id: int) -> str:
    """The refund method of a return ticket ("" for a sale or a return from before the field)."""
    row = Refund.get_or_none(Refund.sale == sale_id)
    return row.method if row else ""


def methods_of(sale_ids: list[int]) -> dict[int, str]:
    """Refund methods of many tickets at once (the member's history)."""
    if not sale_ids:
        return {}
    return {sid: m for sid, m in Refund.select(Refund.sale, Refund.method).where(Refund.sale.in_(sale_ids)).tuples()}


def migrate(db: SqliteDatabase) -> None:
    db.create_tables([Refund], safe=True)
    for op in ("UPDATE", "DELETE"):
        db.execute_sql(f"CREATE TRIGGER IF NOT EXISTS refund_no_{op.lower()} BEFORE {op} ON refund "
                       f"BEGIN SELECT RAISE(ABORT, 'refund is append-only'); END")

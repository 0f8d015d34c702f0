"""The customer list as a Qt table model that holds only member ids.

Rows are fetched lazily by id, one page at a time, and cached (Anki's browser
table): a 100,000-member shop costs one id query per sort/search plus one
small query per page actually looked at.  Sorting re-runs the id query with
ORDER BY in SQL.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from vipdesk.formatting import format_date
from vipdesk.model.loyalty.tiers import tier_display
from vipdesk.model.members import lists as member_list
from vipdesk.model.members.lists import MemberRow
from vipdesk.model.members.phone import mask_phone

MemberIdRole = Qt.ItemDataRole.UserRole + 1
PhoneRole = Qt.ItemDataRole.UserRole + 2  # the full number (for the detail pane, never displayed here)

PAGE_SIZE = 100
CACHE_LIMIT = 5000

# (sort key in vipdesk.model.members.lists, header)
COLUMNS: list[tuple[str, str]] = [
    ("name", QT_TRANSLATE_NOOP("MemberListModel", "姓名")),
    ("phone", QT_TRANSLATE_NOOP("MemberListModel", "手机")),
    ("tier", QT_TRANSLATE_NOOP("MemberListModel", "等级")),
    ("points", QT_TRANSLATE_NOOP("MemberListModel", "积分")),
    ("last_purchase", QT_TRANSLATE_NOOP("MemberListModel", "最近消费")),
    ("clerk", QT_TRANSLATE_NOOP("MemberListModel", "专属导购")),
]
NUMERIC = {"points"}

_AnyIndex = QModelIndex | QPersistentModelIndex


class MemberListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._cache: dict[int, MemberRow] = {}
        self._query = ""
        self._sort_column = 4
        self._descending = True
        self.pages_fetched = 0  # for tests: rows really are fetched lazily
        self._loaded = False
        self.segment_filter = None  # peewee expression on Member set by the segment combo (reports feature)

    # --- loading
    def set_query(self, query: str) -> None:
        self._query = query or ""
        self.reload()

    def query(self) -> str:
        return self._query

    def reload(self) -> None:
        """Re-run the id query (after a search, sort or write); cached rows are dropped."""
        key = COLUMNS[self._sort_column][0]
        ids = member_list.member_ids(self._query, key, self._descending, self.segment_filter)
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self._loaded = True
        self.endResetModel()

    def invalidate(self) -> None:
        """Data changed: keep the row order, refetch visible rows when painted."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1),
                                  [Qt.ItemDataRole.DisplayRole])

    def _row(self, row: int) -> MemberRow | None:
        mid = self._ids[row]
        cached = self._cache.get(mid)
        if cached is not None:
            return cached
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        start = (row // PAGE_SIZE) * PAGE_SIZE
        page = self._ids[start:start + PAGE_SIZE]
        self._cache.update(member_list.rows_for_ids(page))
        self.pages_fetched += 1
        return self._cache.get(mid)

    # --- lookups by id (ids survive resets; indexes do not)
    def member_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, member_id: int) -> int:
        try:
            return self._ids.index(member_id)
        except ValueError:
            return -1

    def ids(self) -> list[int]:
        return list(self._ids)

    # --- Qt model interface
    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("MemberListModel", COLUMNS[section][1])
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == MemberIdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole, PhoneRole):
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        r = self._row(index.row())
        if r is None:
            return None
        if role == PhoneRole:
            return r.phone
        if key == "name":
            if role == Qt.ItemDataRole.ToolTipRole and r.card_no:
                return QCoreApplication.translate("MemberListModel", "卡号 {card}").format(card=r.card_no)
            return r.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if key == "phone":
            return mask_phone(r.phone)
        if key == "tier":
            return tier_display(r.tier)
        if key == "points":
            return f"{r.points:,}"
        if key == "last_purchase":
            return format_date(r.last_purchase.date()) if r.last_purchase else ""
        if key == "clerk":
            return r.clerk
        return None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded and (column, descending) == (self._sort_column, self._descending):
            return  # the view re-applies its indicator; the ids are already in this order
        self.layoutAboutToBeChanged.emit()
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column][0]
        old = self.persistentIndexList()
        old_ids = [(self._ids[i.row()], i.column()) if 0 <= i.row() < len(self._ids) else None for i in old]
        self._ids = member_list.member_ids(self._query, key, self._descending, self.segment_filter)
        pos = {mid: n for n, mid in enumerate(self._ids)}
        new = []
        for item in old_ids:
            if item is None or item[0] not in pos:
                new.append(QModelIndex())
            else:
                new.append(self.index(pos[item[0]], item[1]))
        self.changePersistentIndexList(old, new)
        self._loaded = True
        self.layoutChanged.emit()

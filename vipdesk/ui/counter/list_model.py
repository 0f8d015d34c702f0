"""The customer list as a Qt table model that holds only member ids.

Rows are fetched lazily by id, one page at a time, and cached (Anki's browser
table): a 100,000-member shop costs one id query per sort/search plus one
small query per page actually looked at.  Sorting re-runs the id query with
ORDER BY in SQL.

Issue 14: even the ids come in two steps.  A (re)load reads only the first
``FIRST_FETCH`` ids (an index walk that stops early), so the window paints without
sorting 100,000 ids; the rest arrive through Qt's ``canFetchMore``/``fetchMore`` when
the clerk scrolls to the end, or at once when something needs the whole list
(finding a member further down, ``ids()``).  The count under the list is a COUNT query.
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
FIRST_FETCH = 500  # ids read before the first paint: a tall screen's rows and a few pages of scrolling

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
        self._complete = True  # False while only the first FIRST_FETCH ids are loaded
        self._total: int | None = None  # the COUNT while incomplete
        self.segment_filter = None  # peewee expression on Member set by the segment combo (reports feature)

    # --- loading
    def set_query(self, query: str) -> None:
        self._query = query or ""
        self.reload()

    def query(self) -> str:
        return self._query

    def reload(self) -> None:
        """Re-run the id query (after a search, sort or write); cached rows are dropped."""
        ids, complete = self._first_ids()
        self.beginResetModel()
        self._ids = ids
        self._complete = complete
        self._total = None
        self._cache.clear()
        self._loaded = True
        self.endResetModel()

    def _key(self) -> str:
        return COLUMNS[self._sort_column][0]

    def _first_ids(self) -> tuple[list[int], bool]:
        ids = member_list.member_ids(self._query, self._key(), self._descending, self.segment_filter,
                                     limit=FIRST_FETCH)
        return ids, len(ids) < FIRST_FETCH

    def _all_ids(self) -> list[int]:
        return member_list.member_ids(self._query, self._key(), self._descending, self.segment_filter)

    def total(self) -> int:
        """How many members the list holds, loaded or not (for the count under it)."""
        if self._complete:
            return len(self._ids)
        if self._total is None:
            if self._query:
                self.fetch_all()
                return len(self._ids)
            self._total = member_list.member_count(self.segment_filter)
        return self._total

    def is_complete(self) -> bool:
        return self._complete

    def fetch_all(self) -> None:
        """Load the ids past the first screen (same query, same order, no limit)."""
        if self._complete:
            return
        full = self._all_ids()
        n = len(self._ids)
        if full[:n] == self._ids:
            if len(full) > n:
                self.beginInsertRows(QModelIndex(), n, len(full) - 1)
                self._ids = full
                self._complete = True
                self.endInsertRows()
            else:
                self._complete = True
        else:  # a write moved rows meanwhile: keep selection and current row on the same members
            self._replace_ids(full)
            self._complete = True
        self._total = None

    def canFetchMore(self, parent: _AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: _AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if not parent.isValid():
            self.fetch_all()

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
            if self._complete:
                return -1
        self.fetch_all()  # she may be further down than the first screen
        return self.row_of(member_id)

    def ids(self) -> list[int]:
        self.fetch_all()
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
        self._sort_column = column
        self._descending = descending
        ids, complete = self._first_ids()
        kept = {i.data(MemberIdRole) for i in self.persistentIndexList() if i.isValid()}
        if not complete and not kept <= set(ids):
            ids, complete = self._all_ids(), True  # the selected member stays selected wherever she moves
        self._replace_ids(ids)
        self._complete = complete
        self._total = None
        self._loaded = True

    def _replace_ids(self, ids: list[int]) -> None:
        """New order or membership with persistent indexes (selection, current row) following their members."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self._ids[i.row()], i.column()) if 0 <= i.row() < len(self._ids) else None for i in old]
        self._ids = ids
        pos = {mid: n for n, mid in enumerate(ids)}
        new = []
        for item in old_ids:
            if item is None or item[0] not in pos:
                new.append(QModelIndex())
            else:
                new.append(self.index(pos[item[0]], item[1]))
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

"""Left pane: the counter search box above the customer list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStyle, QTableView, QVBoxLayout, QWidget

from vipdesk.model.members.phone import is_mobile
from vipdesk.model.members.search import normalize_query
from vipdesk.ui.counter.list_model import COLUMNS, MemberListModel
from vipdesk.ui.counter.search_box import SearchBox


class MemberTable(QTableView):
    """Signals: open_requested(int) on Enter or double-click; up_from_top() to go back to search."""

    open_requested = Signal(int)
    up_from_top = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            idx = self.currentIndex()
            mid = self.model().member_id(idx.row()) if idx.isValid() else None
            if mid is not None:
                self.open_requested.emit(mid)
            return
        if event.key() == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.up_from_top.emit()
            return
        super().keyPressEvent(event)


class MemberListPane(QWidget):
    """Signals:
        member_selected(int): the current row changed (show her in the detail pane).
        member_opened(int): Enter / double-click: open her and move to the detail pane.
    """

    member_selected = Signal(int)
    member_opened = Signal(int)
    member_cleared = Signal()  # a new search no longer shows one member: nobody is open (T1)
    enrol_requested = Signal(str)  # Enter on a full mobile nobody has: offer to enrol her

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchBox(self)
        self.model = MemberListModel(self)
        self.table = MemberTable(self)
        self.table.setObjectName("memberTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        # Indicator first, then sorting on: the view's one sort() call loads the list once.
        self.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.size_columns()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("listCount")

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 0, 6)
        lay.addWidget(self.search)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count_label)

        self.search.search.connect(self.apply_search)
        self.search.down_pressed.connect(self.focus_list)
        self.search.enter_pressed.connect(self._open_from_search)
        self.table.open_requested.connect(self.member_opened)
        self.table.doubleClicked.connect(self._open_index)
        self.table.up_from_top.connect(self.search.setFocus)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        if not self.model.rowCount():
            self.model.reload()
        self._update_count()

    # Widest text each column shows; the list is lazy, so widths come from samples, not from every row.
    COLUMN_SAMPLES = ("欧阳明华华", "138****1234", "钻石卡", "123,456", "2026-12-31", "欧阳明华")

    def size_columns(self) -> None:
        """Columns sized to their content in the current font: the phone column is never clipped (issue 17)."""
        fm = self.table.fontMetrics()
        header_fm = self.table.horizontalHeader().fontMetrics()
        pad = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 14
        for col, sample in enumerate(self.COLUMN_SAMPLES[: len(COLUMNS)]):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = max(fm.horizontalAdvance(sample), header_fm.horizontalAdvance(title) + 16) + pad
            self.table.setColumnWidth(col, width)
        phone = [k for k, _ in COLUMNS].index("phone")
        self.table.horizontalHeader().setSectionResizeMode(phone, QHeaderView.ResizeMode.Fixed)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.type() == event.Type.FontChange:
            self.size_columns()
        super().changeEvent(event)

    def apply_search(self, text: str) -> None:
        """A new search: one match opens her, none or several close the open member.

        The clerk looks at the list, not at the detail pane: a member left open from an
        earlier search would take the next F2 sale (issue 17), so she is cleared.
        """
        if text.strip() == self.model.query():
            return  # the same search again (e.g. a scan taken back out of the box): nothing changed
        self.model.set_query(text.strip())
        if text.strip() and self.model.rowCount() == 1:
            self.select_row(0)
        else:
            self.member_cleared.emit()

    def select_row(self, row: int) -> None:
        idx = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(idx)

    def select_member(self, member_id: int) -> bool:
        row = self.model.row_of(member_id)
        if row < 0:
            return False
        self.select_row(row)
        return True

    def focus_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.select_row(0)
        self.table.setFocus()

    def _open_from_search(self) -> None:
        idx = self.table.currentIndex()
        if not idx.isValid() and self.model.rowCount() > 0:
            self.select_row(0)
            idx = self.table.currentIndex()
        if idx.isValid():
            self.member_opened.emit(self.model.member_id(idx.row()))
        elif self.model.query() and is_mobile(normalize_query(self.model.query())):
            self.enrol_requested.emit(normalize_query(self.model.query()))

    def _open_index(self, idx: QModelIndex) -> None:
        mid = self.model.member_id(idx.row())
        if mid is not None:
            self.member_opened.emit(mid)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        mid = self.model.member_id(current.row()) if current.isValid() else None
        if mid is not None:
            self.member_selected.emit(mid)

    def _update_count(self) -> None:
        n = self.model.total()  # issue 14: the whole list's count, before its ids are all loaded
        if self.model.query():
            self.count_label.setText(self.tr("找到 {n} 位会员").format(n=f"{n:,}"))
        else:
            self.count_label.setText(self.tr("共 {n} 位会员").format(n=f"{n:,}"))

    def refresh(self, keep_member: int | None = None) -> None:
        """After a write: re-run the id query, keep the current member selected."""
        self.table.selectionModel().blockSignals(True)
        try:
            self.model.reload()
            if keep_member is not None:
                self.select_member(keep_member)
        finally:
            self.table.selectionModel().blockSignals(False)

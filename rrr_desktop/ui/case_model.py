"""A lazy table model over the case index: counts once, fetches pages on demand.

Nothing is loaded up front: the view asks for rows, missing pages are fetched in a
worker, and results of an older query (the user kept typing) are thrown away. Works the
same for 300 or 100,000 cases.
"""

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.next_action import ACTION_TEXT
from rrr_desktop.domain.queries import CaseQuery, CaseRow
from rrr_desktop.services.cases import CaseService
from rrr_desktop.ui.dates import date_text
from rrr_desktop.ui.labels import sex_label, stage_label
from rrr_desktop.ui.tasks import TaskProgress, run_for

PAGE_SIZE = 200
MAX_CACHED_PAGES = 40
ReferenceRole = Qt.ItemDataRole.UserRole + 1

# (header, sort key of domain/queries.SORT_COLUMNS)
COLUMNS: list[tuple[str, str]] = [
    (QT_TRANSLATE_NOOP("CaseTable", "Reference"), "reference"),
    (QT_TRANSLATE_NOOP("CaseTable", "Name"), "name"),
    (QT_TRANSLATE_NOOP("CaseTable", "Sex"), "sex"),
    (QT_TRANSLATE_NOOP("CaseTable", "Age"), "age"),
    (QT_TRANSLATE_NOOP("CaseTable", "Stage"), "stage"),
    (QT_TRANSLATE_NOOP("CaseTable", "Origin"), "origin"),
    (QT_TRANSLATE_NOOP("CaseTable", "Next action"), "next_due"),
    (QT_TRANSLATE_NOOP("CaseTable", "Updated"), "updated"),
]
AnyIndex = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    countChanged = Signal(int)
    loadingChanged = Signal(bool)

    def __init__(self, service: CaseService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.query = CaseQuery(limit=PAGE_SIZE)
        self._count = 0
        self._pages: dict[int, list[CaseRow]] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self.loading = False
        self._today = service.today()
        self._year = self._today.year

    # -- queries --------------------------------------------------------------------------

    def set_query(self, query: CaseQuery) -> None:
        """Run a new query in the background; older answers still on their way are dropped."""
        self._generation += 1
        generation = self._generation
        query = query.page(0, PAGE_SIZE)
        self.query = query
        self._set_loading(True)
        service = self.service

        def work(_: TaskProgress) -> tuple[int, list[CaseRow]]:
            return service.count(query), service.search(query)

        def done(result: tuple[int, list[CaseRow]]) -> None:
            if generation != self._generation:
                return
            count, rows = result
            self.beginResetModel()
            self._count = count
            self._pages = {0: rows}
            self._pending.clear()
            self.endResetModel()
            self._set_loading(False)
            self.countChanged.emit(count)

        run_for(self, work, done, lambda _exc: self._failed(generation))

    def refresh(self) -> None:
        self.set_query(self.query)

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self._set_loading(False)

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.loadingChanged.emit(loading)

    def _fetch_page(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        generation = self._generation
        query = self.query.page(page * PAGE_SIZE, PAGE_SIZE)
        service = self.service

        def done(rows: list[CaseRow]) -> None:
            if generation != self._generation:
                return
            self._pending.discard(page)
            while len(self._pages) >= MAX_CACHED_PAGES:
                far = max(self._pages, key=lambda p: abs(p - page))
                del self._pages[far]
            self._pages[page] = rows
            first = page * PAGE_SIZE
            last = min(first + len(rows), self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

        def failed(_exc: BaseException) -> None:
            self._pending.discard(page)

        run_for(self, lambda _p: service.search(query), done, failed)

    # -- model ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> CaseRow | None:
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            self._fetch_page(row // PAGE_SIZE)
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self.row_at(index.row())
        if case is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == ReferenceRole:
            return case.reference
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 6):
            return self._display(case, index.column()) or None  # whole where a column cuts it
        overdue = case.next_due is not None and case.next_due < self._today
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 6 and overdue:
            return QColor("#a4262c")
        return None

    def _display(self, case: CaseRow, column: int) -> str:
        if column == 0:
            return case.reference
        if column == 1:
            return case.name
        if column == 2:
            return sex_label(case.sex)
        if column == 3:
            age = case.age_in(self._year)
            return "" if age is None else str(age)
        if column == 4:
            return stage_label(case.stage)
        if column == 5:
            return case.origin_country
        if column == 6:
            code = case.next_action
            if code == "visit_due" and case.next_due is not None and case.next_due < self._today:
                code = "visit_overdue"  # the index was written on an earlier day
            text = ACTION_TEXT.get(code, "")
            action = QCoreApplication.translate("next", text) if text else ""
            if action and case.next_due is not None:
                if case.next_due < self._today:  # words and a sign, not colour alone
                    if code.endswith("_overdue"):  # the action says it already
                        return f"⚠ {action} ({date_text(case.next_due)})"
                    late = QCoreApplication.translate("CaseListModel", "overdue")
                    return f"⚠ {action} ({date_text(case.next_due)}, {late})"
                return f"{action} ({date_text(case.next_due)})"
            return action
        return case.updated_at[:10]

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseTable", COLUMNS[section][0])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.query.sort and descending == self.query.descending:
            return
        self.set_query(dataclasses.replace(self.query, sort=key, descending=descending))

"""Today: what needs action now. Each row opens the case at the tab where the work is."""

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.next_action import ACTION_TEXT
from rrr_desktop.services.today import KIND_TEXT, TodayItem, TodayList, today_list
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_text, long_date_text
from rrr_desktop.ui.layout import reference_width
from rrr_desktop.ui.tasks import TaskProgress, run_for

ItemRole = Qt.ItemDataRole.UserRole + 1


class TodayPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.ctx = ctx
        self.items: list[TodayItem] = []
        self.found = TodayList([], {})
        heading = QLabel(self.tr("Today"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.day = QLabel(self)  # the date the list is for (the clock may pass midnight)
        self.day.setObjectName("todayDate")
        self.summary = QLabel(self)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Everything"), "")
        for key, text in KIND_TEXT.items():
            self.kind.addItem(QCoreApplication.translate("today", text), key)
        self.kind.currentIndexChanged.connect(lambda _i: self._show(self.found))
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("todayTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Due"),
                self.tr("What"),
                self.tr("Reference"),
                self.tr("Name"),
                self.tr("Next step"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        # a date with its warning sign; any reference in full
        for column, width in enumerate((125, 230, reference_width(self.table), 200)):
            self.table.setColumnWidth(column, width)
        self.table.cellActivated.connect(lambda row, _c: self.open_row(row))
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_row(row))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.kind)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._refresh_later = QTimer(self)
        self._refresh_later.setSingleShot(True)
        self._refresh_later.setInterval(500)
        self._refresh_later.timeout.connect(self.refresh)
        ctx.caseChanged.connect(lambda _ref: self._refresh_later.start())
        self.refresh()

    def refresh(self) -> None:
        self.summary.setText(self.tr("Looking for what needs action…"))
        session = self.ctx.session

        self.day.setText("· " + long_date_text(session.clock.today()))

        def work(_: TaskProgress) -> TodayList:
            return today_list(session)

        run_for(
            self,
            work,
            self._show,
            lambda _e: self.summary.setText(self.tr("The list could not be loaded.")),
        )

    def _show(self, found: TodayList) -> None:
        self.found = found
        wanted = str(self.kind.currentData() or "")
        items = [i for i in found.items if not wanted or i.kind == wanted]
        self.items = items
        total, overdue = found.total(wanted)  # counted in full, not only what is listed
        text = self.tr("%n item(s) need action", "", total)
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        if len(items) < total:
            text += " · " + self.tr("the first %n are listed, overdue first", "", len(items))
        if not total:
            text = self.tr(
                "Nothing needs action now: no visits due within a week, no "
                "departures blocked, no messages waiting for an answer."
            )
        self.summary.setText(text)
        self.table.setRowCount(len(items))
        red = QColor("#a4262c")
        late = self.tr("overdue")
        child = self.tr("child")
        for row, item in enumerate(items):
            action = ACTION_TEXT.get(item.action, "")
            due = date_text(item.due)
            values = [
                f"⚠ {due} ({late})" if item.overdue else due,  # never colour alone
                QCoreApplication.translate("today", KIND_TEXT[item.kind])
                + (" · " + child if item.child else ""),
                item.reference,
                item.name,
                QCoreApplication.translate("next", action)
                if action
                else self.tr("Record a supervisor's decision on the risk finding"),
            ]
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if item.overdue and column == 0:
                    cell.setForeground(red)
                if column in (3, 4):  # whole where the column cuts it
                    cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        # The due date with its warning sign and "overdue" in words, whole in any language
        # (a fixed width cut the word off, leaving colour alone to say it).
        self.table.resizeColumnToContents(0)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.items):
            item = self.items[row]
            self.ctx.openCaseRequested.emit(item.reference, item.tab)

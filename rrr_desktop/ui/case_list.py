"""The Cases list: search as you type, filters, sorting, a count, and "New case"."""

import dataclasses

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.countries import country_names
from rrr_desktop.domain.enums import Stage
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.ui.case_model import CaseTableModel, ReferenceRole
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.labels import label
from rrr_desktop.ui.layout import reference_width
from rrr_desktop.ui.wizard import COUNTRIES

SEARCH_DELAY_MS = 150


class CaseListWidget(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseList")
        self.ctx = ctx
        self.service = CaseService(ctx.session)
        self.model = CaseTableModel(self.service, self)

        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Search by reference or name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_query)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._open_first)

        self.stage = QComboBox(self)
        self.stage.addItem(self.tr("All stages"), "")
        for stage in Stage:
            self.stage.addItem(label(stage), stage.value)
        self.country = QComboBox(self)
        self.country.addItem(self.tr("All origins"), "")
        names = country_names(QLocale().name().split("_")[0] or "en")
        for code in COUNTRIES:  # the region's usual countries of origin
            self.country.addItem(f"{names.get(code, code)} ({code})", code)
        self.caseworker = QComboBox(self)
        self.caseworker.addItem(self.tr("All caseworkers"), "")
        if ctx.session.user.is_supervisor:
            for user in vault_service.list_users(ctx.session):
                self.caseworker.addItem(user.display_name or user.username, user.username)
        else:
            self.caseworker.setEnabled(False)
        self.overdue = QCheckBox(self.tr("&Overdue only"), self)
        self.in_notes = QCheckBox(self.tr("Search the no&tes instead"), self)
        self.in_notes.setObjectName("searchNotes")
        self.in_notes.setToolTip(
            self.tr("Find cases whose notes or contact log hold every word typed")
        )
        self.in_notes.toggled.connect(self._search_target_changed)
        for combo in (self.stage, self.country, self.caseworker):
            combo.currentIndexChanged.connect(lambda _i: self.run_query())
        self.overdue.toggled.connect(lambda _b: self.run_query())
        self.new_button = QPushButton(self.tr("&New case…"), self)
        self.new_button.clicked.connect(self.new_case)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("caseCount")
        self.model.countChanged.connect(self._show_count)
        self.model.loadingChanged.connect(self._show_loading)

        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(7, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        for column, width in enumerate(
            (reference_width(self.table), 200, 80, 50, 150, 60, 260, 95)
        ):
            self.table.setColumnWidth(column, width)

        # Two rows, and combos that do not grow to their longest item: the list must fit a
        # 1366-pixel screen in any language with the system font enlarged by half.
        for combo in (self.stage, self.country, self.caseworker):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        first.addWidget(self.in_notes)
        first.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.stage, 1)
        filters.addWidget(self.country)
        filters.addWidget(self.caseworker, 1)
        filters.addWidget(self.overdue)
        filters.addStretch(0)
        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        ctx.caseChanged.connect(lambda _ref: self.model.refresh())
        self.run_query()

    def current_query(self) -> CaseQuery:
        overdue = self.service.today() if self.overdue.isChecked() else None
        typed = self.search.text().strip()
        notes = self.in_notes.isChecked()
        return dataclasses.replace(
            self.model.query,
            text="" if notes else typed,
            notes_text=typed if notes else "",
            stage=str(self.stage.currentData() or ""),
            origin_country=str(self.country.currentData() or ""),
            caseworker=str(self.caseworker.currentData() or ""),
            overdue_on=overdue,
        )

    def _search_target_changed(self, notes: bool) -> None:
        self.search.setPlaceholderText(
            self.tr("Words written in the notes (Ctrl+F)")
            if notes
            else self.tr("Search by reference or name (Ctrl+F)")
        )
        self.run_query()

    def run_query(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.current_query())

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", count))

    def _show_loading(self, loading: bool) -> None:
        if loading:
            self.count_label.setText(self.tr("Searching…"))

    def _open_index(self, index: QModelIndex) -> None:
        reference = self.model.data(self.model.index(index.row(), 0), ReferenceRole)
        if reference:
            self.ctx.openCaseRequested.emit(str(reference), "")

    def _open_first(self) -> None:
        if self.model.rowCount() == 1:
            self._open_index(self.model.index(0, 0))
        else:
            self.table.setFocus()
            self.table.selectRow(0)

    def new_case(self) -> None:
        from rrr_desktop.ui.new_case import NewCaseDialog

        dialog = NewCaseDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

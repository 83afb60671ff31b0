"""Travel and identity documents of the case (UNODC Tool 7.8: every document in hand before
departure, and the person holds copies). Only the last four characters of a number are
kept, so a lost laptop does not leak document numbers."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.return_prep import TravelDocument
from rrr_desktop.ui.dates import date_format

NO_EXPIRY = QDate(2000, 1, 1)


class DocumentsBox(QGroupBox):
    """Lists the documents; ``save`` and ``remove`` are the tab's service calls."""

    def __init__(
        self,
        save: Callable[[TravelDocument], None],
        remove: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Documents"))
        self._save = save
        self._remove = remove
        self.documents: list[TravelDocument] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("documents")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Document"),
                self.tr("Number (last 4)"),
                self.tr("Expires"),
                self.tr("In hand"),
                self.tr("Copy given to the person"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(130)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.kind = QLineEdit()
        self.kind.setPlaceholderText(self.tr("e.g. passport, travel document, ID card"))
        self.last4 = QLineEdit()
        self.last4.setMaxLength(4)
        self.last4.setPlaceholderText(self.tr("last 4"))
        self.last4.setMaximumWidth(70)
        self.expires = QDateEdit()
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat(date_format())
        self.expires.setMinimumDate(NO_EXPIRY)
        self.expires.setSpecialValueText(self.tr("no expiry"))
        self.expires.setDate(NO_EXPIRY)
        self.in_hand = QCheckBox(self.tr("In hand"))
        self.copy_given = QCheckBox(self.tr("Copy given"))
        save_button = QPushButton(self.tr("Save document"))
        save_button.clicked.connect(self.save_document)
        remove_button = QPushButton(self.tr("Remove"))
        remove_button.clicked.connect(self.remove_document)
        for widget in (
            self.kind,
            self.last4,
            self.expires,
            self.in_hand,
            self.copy_given,
            save_button,
            remove_button,
        ):
            row.addWidget(widget)
        layout.addLayout(row)
        self._editing: TravelDocument | None = None

    def load(self, case: CaseFile) -> None:
        self.documents = list(case.documents)
        self.table.setRowCount(len(self.documents))
        yes, no = self.tr("yes"), self.tr("no")
        for row, doc in enumerate(self.documents):
            cells = [
                doc.kind,
                doc.number_last4,
                doc.expires_on.isoformat() if doc.expires_on else "",
                yes if doc.in_hand else no,
                yes if doc.copy_given_to_person else no,
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self._clear()

    def _clear(self) -> None:
        self._editing = None
        self.kind.clear()
        self.last4.clear()
        self.expires.setDate(NO_EXPIRY)
        self.in_hand.setChecked(False)
        self.copy_given.setChecked(False)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        doc = self.documents[rows[0].row()]
        self._editing = doc
        self.kind.setText(doc.kind)
        self.last4.setText(doc.number_last4)
        expires = doc.expires_on
        self.expires.setDate(
            QDate(expires.year, expires.month, expires.day) if expires else NO_EXPIRY
        )
        self.in_hand.setChecked(doc.in_hand)
        self.copy_given.setChecked(doc.copy_given_to_person)

    def save_document(self) -> None:
        picked = self.expires.date()
        expires = (
            None if picked == NO_EXPIRY else dt.date(picked.year(), picked.month(), picked.day())
        )
        values = {
            "kind": self.kind.text().strip(),
            "number_last4": self.last4.text().strip(),
            "expires_on": expires,
            "in_hand": self.in_hand.isChecked(),
            "copy_given_to_person": self.copy_given.isChecked(),
        }
        document = (
            self._editing.model_copy(update=values) if self._editing else TravelDocument(**values)
        )
        self._save(document)

    def remove_document(self) -> None:
        if self._editing is not None:
            self._remove(self._editing.id)

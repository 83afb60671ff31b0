"""The pre-departure checklist tab: 8 conditions, the information items, the person's wish
to be met by an NGO, the contacts handed over, and a live "departure blocked" panel.

Each tick is saved at once by the signed-in user (UNODC Tool 7.8: ticked by a named caseworker
with the date), so the panel always shows what the stored case allows.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.checklist import CONDITIONS, INFORMATION_ITEMS
from rrr_desktop.domain.return_prep import ChecklistTick, OverrideKind
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.directory import DirectoryService
from rrr_desktop.services.return_prep import ReturnPrepService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_text
from rrr_desktop.ui.return_prep.common import BlockersPanel, call_service


class ChecklistRow:
    """One item: its checkbox, a note for the tick, and who ticked it when."""

    def __init__(self, key: str, text: str, grid: QGridLayout, row: int) -> None:
        self.key = key
        self.box = QCheckBox()
        self.box.setObjectName(f"tick_{key}")
        self.text = QLabel(QCoreApplication.translate("checklist", text))
        self.text.setWordWrap(True)
        self.text.setBuddy(self.box)
        self.box.setAccessibleName(self.text.text())
        self.note = QLineEdit()
        self.note.setPlaceholderText(QCoreApplication.translate("returnprep", "Note"))
        self.note.setObjectName(f"note_{key}")
        self.note.setMinimumWidth(160)
        self.who = QLabel()
        self.who.setObjectName(f"who_{key}")
        self.who.setMinimumWidth(130)
        grid.addWidget(self.box, row, 0)
        grid.addWidget(self.text, row, 1)
        grid.addWidget(self.note, row, 2)
        grid.addWidget(self.who, row, 3)

    def show(self, tick: ChecklistTick | None) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(tick is not None)
        self.box.blockSignals(False)
        self.note.setText(tick.note if tick else "")
        self.note.setReadOnly(tick is not None)
        self.who.setText(
            QCoreApplication.translate("returnprep", "{user}, {date}").format(
                user=tick.by, date=date_text(tick.on)
            )
            if tick
            else ""
        )


class ChecklistTab(QWidget):
    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.service = ReturnPrepService(ctx.session)
        self.rows: dict[str, ChecklistRow] = {}
        self.case: CaseFile | None = None

        self.blockers = BlockersPanel(
            self.tr("Departure blocked because:"), self.tr("Nothing blocks departure.")
        )
        self.override_note = QLabel()
        self.override_note.setObjectName("checklist_override")
        self.override_note.setWordWrap(True)
        self.override_note.setTextFormat(Qt.TextFormat.PlainText)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        # Inside the scrolled part: a long list of reasons outside it made the whole case
        # file taller than the window, on every tab, with Save scrolled away (a review).
        layout.addWidget(self.blockers)
        layout.addWidget(self.override_note)
        layout.addWidget(
            self._group(self.tr("Conditions: all 8 must be met before departure"), CONDITIONS)
        )
        layout.addWidget(
            self._group(self.tr("What the person has been told and given"), INFORMATION_ITEMS)
        )
        layout.addWidget(self._wish_box())
        layout.addWidget(self._contacts_box())
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    # -- building ------------------------------------------------------------------------

    def _group(self, title: str, items: dict[str, str]) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        for row, (key, text) in enumerate(items.items()):
            item = ChecklistRow(key, text, grid, row)
            item.box.toggled.connect(lambda checked, k=key: self._toggled(k, checked))
            self.rows[key] = item
        return box

    def _wish_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The person's wish"))
        row = QHBoxLayout(box)
        row.addWidget(QLabel(self.tr("Wants to be met on arrival by a local NGO:")))
        self.wish = QComboBox()
        self.wish.setObjectName("ngo_wish")
        self.wish.addItem(self.tr("Not asked yet"), None)
        self.wish.addItem(self.tr("Yes"), True)
        self.wish.addItem(self.tr("No"), False)
        self.wish.currentIndexChanged.connect(self._wish_changed)
        row.addWidget(self.wish)
        row.addStretch(1)
        return box

    def _contacts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contacts handed over (from the directory)"))
        layout = QVBoxLayout(box)
        self.contacts = QListWidget()
        self.contacts.setObjectName("contacts")
        self.contacts.setMaximumHeight(120)
        layout.addWidget(self.contacts)
        row = QHBoxLayout()
        self.directory_pick = QComboBox()
        self.directory_pick.setObjectName("directory_pick")
        add = QPushButton(self.tr("Add contact"))
        add.clicked.connect(self._add_contact)
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(self._remove_contact)
        row.addWidget(self.directory_pick, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)
        return box

    # -- showing -------------------------------------------------------------------------

    def load(self, case: CaseFile) -> None:
        self.case = case
        for key, row in self.rows.items():
            row.show(case.checklist.tick_for(key))
        self.wish.blockSignals(True)
        self.wish.setCurrentIndex(self.wish.findData(case.checklist.wants_ngo_met_on_arrival))
        self.wish.blockSignals(False)
        self._show_contacts(case)
        self.blockers.show_reasons(self.service.departure_reasons(case))
        override = case.active_override(OverrideKind.CHECKLIST)
        self.override_note.setVisible(override is not None)
        if override is not None:
            self.override_note.setText(
                self.tr(
                    "A supervisor ({user}, {date}) let the person depart before every condition is "
                    "met: {reason}"
                ).format(
                    user=override.by, date=date_text(override.at.date()), reason=override.reason
                )
            )

    def _show_contacts(self, case: CaseFile) -> None:
        self.contacts.clear()
        for entry_id, entry, stale in self.service.handed_over_entries(case):
            if entry is None:
                text = self.tr("Removed from the directory ({id})").format(id=entry_id[:8])
            else:
                text = f"{entry.name} · {entry.country} · {entry.phone}"
            if stale:
                text += "  " + self.tr("(not verified in the last 6 months)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            if stale:
                item.setForeground(Qt.GlobalColor.darkYellow)
            self.contacts.addItem(item)
        self.directory_pick.clear()
        handed = set(case.checklist.contacts_handed_over)
        country = case.itinerary.destination_country or case.intake.origin_country
        for entry in DirectoryService(self.ctx.session).all():
            if entry.id not in handed and (not country or entry.country == country):
                self.directory_pick.addItem(
                    f"{entry.name} · {entry.region or entry.country}", entry.id
                )

    # -- saving --------------------------------------------------------------------------

    def _saved(self, case: CaseFile | None) -> None:
        if case is None:
            self.load(CaseService(self.ctx.session).get(self.reference, audit=False))
            return
        self.load(case)
        self.ctx.caseChanged.emit(self.reference)

    def _toggled(self, key: str, checked: bool) -> None:
        note = self.rows[key].note.text()
        if checked:
            self._saved(call_service(self, lambda: self.service.tick(self.reference, key, note)))
        else:
            self._saved(call_service(self, lambda: self.service.untick(self.reference, key)))

    def _wish_changed(self) -> None:
        wants = self.wish.currentData()
        self._saved(
            call_service(self, lambda: self.service.set_wants_ngo_met(self.reference, wants))
        )

    def _add_contact(self) -> None:
        entry_id = self.directory_pick.currentData()
        if not entry_id or self.case is None:
            return
        ids = [*self.case.checklist.contacts_handed_over, str(entry_id)]
        self._saved(
            call_service(self, lambda: self.service.set_contacts_handed_over(self.reference, ids))
        )

    def _remove_contact(self) -> None:
        item = self.contacts.currentItem()
        if item is None or self.case is None:
            return
        gone = item.data(Qt.ItemDataRole.UserRole)
        ids = [i for i in self.case.checklist.contacts_handed_over if i != gone]
        self._saved(
            call_service(self, lambda: self.service.set_contacts_handed_over(self.reference, ids))
        )

"""Dialogs to add a plan component or an action; the responsible is picked from the directory."""

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.enums import PlanComponentKind
from rrr_desktop.ui.reintegration.texts import component_text
from rrr_desktop.ui.reintegration.widgets import date_edit, pydate

STALE_MARK = "⚠"


@dataclasses.dataclass(frozen=True)
class ComponentInput:
    kind: PlanComponentKind
    goal: str
    responsible: str
    due_on: dt.date | None
    budget: float
    currency: str


@dataclasses.dataclass(frozen=True)
class ActionInput:
    description: str
    responsible: str
    due_on: dt.date | None


def entry_label(entry: DirectoryEntry, stale: bool) -> str:
    """Name, place and, for an entry to verify, a warning in words (not colour)."""
    text = f"{entry.name} — {entry.region or entry.country}"
    if stale:
        text += " " + QCoreApplication.translate("plan", "{icon} not verified in 6 months").format(
            icon=STALE_MARK
        )
    return text


class ResponsiblePicker(QComboBox):
    """Editable: a directory entry (stored by id) or a person's name typed in."""

    def __init__(self, entries: list[tuple[DirectoryEntry, bool]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.addItem("", "")
        for entry, stale in entries:
            self.addItem(entry_label(entry, stale), entry.id)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                QCoreApplication.translate(
                    "plan", "Pick an organisation from the directory or type a name"
                )
            )

    def value(self) -> str:
        index = self.findText(self.currentText())
        if index > 0:
            return str(self.itemData(index))
        return self.currentText().strip()


class _DueDate(QWidget):
    def __init__(self, today: dt.date, parent: QWidget) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(QCoreApplication.translate("plan", "Due by"), self)
        self.date = date_edit(today + dt.timedelta(days=30), self)
        self.date.setEnabled(False)
        self.enabled.toggled.connect(self.date.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.date, 1)

    def value(self) -> dt.date | None:
        return pydate(self.date.date()) if self.enabled.isChecked() else None


class ComponentDialog(QDialog):
    def __init__(
        self,
        entries: list[tuple[DirectoryEntry, bool]],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("plan", "Add a plan component"))
        self.kind = QComboBox(self)
        for kind in PlanComponentKind:
            self.kind.addItem(component_text(kind), kind)
        self.goal = QPlainTextEdit(self)
        self.goal.setObjectName("componentGoal")
        self.goal.setMaximumHeight(70)
        self.responsible = ResponsiblePicker(entries, self)
        self.due = _DueDate(today, self)
        self.budget = QDoubleSpinBox(self)
        self.budget.setRange(0, 1_000_000)
        self.budget.setDecimals(2)
        self.currency = QLineEdit("USD", self)
        self.currency.setMaxLength(3)
        money = QHBoxLayout()
        money.addWidget(self.budget, 1)
        money.addWidget(self.currency)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("plan", "Component:"), self.kind)
        form.addRow(QCoreApplication.translate("plan", "Goal:"), self.goal)
        form.addRow(QCoreApplication.translate("plan", "Responsible:"), self.responsible)
        form.addRow("", self.due)
        form.addRow(QCoreApplication.translate("plan", "Budget:"), money)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> ComponentInput:
        return ComponentInput(
            PlanComponentKind(self.kind.currentData()),
            self.goal.toPlainText().strip(),
            self.responsible.value(),
            self.due.value(),
            self.budget.value(),
            self.currency.text().strip(),
        )


class ActionDialog(QDialog):
    def __init__(
        self,
        entries: list[tuple[DirectoryEntry, bool]],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("plan", "Add an action"))
        self.description = QLineEdit(self)
        self.description.setObjectName("actionDescription")
        self.responsible = ResponsiblePicker(entries, self)
        self.due = _DueDate(today, self)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("plan", "Action:"), self.description)
        form.addRow(QCoreApplication.translate("plan", "Responsible:"), self.responsible)
        form.addRow("", self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> ActionInput:
        return ActionInput(
            self.description.text().strip(), self.responsible.value(), self.due.value()
        )

"""The plan tab: assessment, a child's family assessment, the plan and its versions.

The person's wishes, in their own words, stand beside the caseworker's proposal (seed
002: the plan is drawn up with the person). Older versions are shown read-only.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.directory import DirectoryEntry
from rrr_desktop.domain.enums import DestinationOption, ItemStatus
from rrr_desktop.domain.plan_rules import plan_problems
from rrr_desktop.domain.reintegration import ReintegrationPlan
from rrr_desktop.errors import KnownError
from rrr_desktop.services.directory import DirectoryService
from rrr_desktop.services.reintegration import ReintegrationService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.errors import error_text, reason_text
from rrr_desktop.ui.layout import set_scrolling_body
from rrr_desktop.ui.reintegration.assessment_panel import AssessmentPanel, text_box
from rrr_desktop.ui.reintegration.plan_dialogs import ActionDialog, ComponentDialog, entry_label
from rrr_desktop.ui.reintegration.plan_print import ask_path, save_plan_pdf
from rrr_desktop.ui.reintegration.texts import (
    component_text,
    destination_text,
    present_error,
    status_text,
)
from rrr_desktop.ui.reintegration.widgets import enum_data, heading

ID_ROLE = Qt.ItemDataRole.UserRole


class PlanTab(QWidget):
    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTab")
        self.ctx = ctx
        self.reference = reference
        self.service = ReintegrationService(ctx.session)
        self.directory = DirectoryService(ctx.session)
        self.case: CaseFile | None = None
        self.entries: list[tuple[DirectoryEntry, bool]] = []

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("Reintegration plan"), body))
        self.assessment = AssessmentPanel(self.service, reference, self._apply, body)
        layout.addWidget(self.assessment)
        layout.addWidget(self._plan_box(body))
        layout.addStretch(1)
        set_scrolling_body(self, body)
        ctx.directoryChanged.connect(self.reload)

    # -- building ------------------------------------------------------------------------

    def _plan_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Plan"), parent)
        self.versions = QComboBox(box)
        self.versions.setObjectName("planVersions")
        self.versions.currentIndexChanged.connect(self._show_version)
        self.new_version = QPushButton(self.tr("Make a new version"), box)
        self.new_version.clicked.connect(
            lambda: self._apply(lambda: self.service.new_version(self.reference))
        )
        self.version_note = QLabel(box)
        self.print_button = QPushButton(self.tr("Save this version as PDF…"), box)
        self.print_button.clicked.connect(self._print)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Version:"), box))
        top.addWidget(self.versions)
        top.addWidget(self.new_version)
        top.addWidget(self.version_note, 1)
        top.addWidget(self.print_button)

        self.wishes = text_box(box, "personsWishes")
        self.wishes.setPlaceholderText(self.tr("Write what the person wants, as they say it."))
        self.proposal = text_box(box, "caseworkerProposal")
        self.save_texts = QPushButton(box)
        self.save_texts.clicked.connect(self._save_texts)
        side = QGridLayout()
        side.addWidget(QLabel(self.tr("<b>The person's wishes, in their own words</b>"), box), 0, 0)
        side.addWidget(QLabel(self.tr("<b>The caseworker's proposal</b>"), box), 0, 1)
        side.addWidget(self.wishes, 1, 0)
        side.addWidget(self.proposal, 1, 1)
        side.addWidget(self.save_texts, 2, 1, Qt.AlignmentFlag.AlignRight)

        self.destination = QComboBox(box)
        self.destination.setObjectName("destination")
        self.destination.addItem(self.tr("Not chosen yet"), None)
        for option in DestinationOption:
            self.destination.addItem(destination_text(option), option)
        self.set_destination = QPushButton(self.tr("Set where the person goes"), box)
        self.set_destination.clicked.connect(self._set_destination)
        dest = QHBoxLayout()
        dest.addWidget(QLabel(self.tr("Where the person goes:"), box))
        dest.addWidget(self.destination, 1)
        dest.addWidget(self.set_destination)
        self.problems = QLabel(box)
        self.problems.setObjectName("planProblems")
        self.problems.setWordWrap(True)

        self.tree = QTreeWidget(box)
        self.tree.setObjectName("planComponents")
        self.tree.setHeaderLabels(
            [
                self.tr("Component / action"),
                self.tr("Goal / description"),
                self.tr("Responsible"),
                self.tr("Due"),
                self.tr("Budget"),
                self.tr("Status"),
            ]
        )
        self.tree.setMinimumHeight(220)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.add_component = QPushButton(self.tr("Add a component…"), box)
        self.add_component.clicked.connect(self._add_component)
        self.add_action = QPushButton(self.tr("Add an action to the selected component…"), box)
        self.add_action.clicked.connect(self._add_action)
        self.status = QComboBox(box)
        for status in ItemStatus:
            self.status.addItem(status_text(status), status)
        self.set_status = QPushButton(self.tr("Set the status of the selected line"), box)
        self.set_status.clicked.connect(self._set_status)
        buttons = QHBoxLayout()
        for widget in (self.add_component, self.add_action, self.status, self.set_status):
            buttons.addWidget(widget)
        buttons.addStretch(1)

        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addLayout(side)
        layout.addLayout(dest)
        layout.addWidget(self.problems)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        return box

    # -- showing -------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.load(self.service.cases.get(self.reference, audit=False))
        except KnownError as exc:
            self.problems.setText(error_text(exc))

    def load(self, case: CaseFile) -> None:
        self.case = case
        today = self.service.today()
        self.entries = [(e, self.directory.is_stale(e)) for e in self.directory.all()]
        self.assessment.load(case, today)
        plans = sorted(case.reintegration.plans, key=lambda p: p.version)
        self.versions.blockSignals(True)
        self.versions.clear()
        for plan in plans:
            self.versions.addItem(
                self.tr("{version} — {on}, {by}").format(
                    version=plan.version, on=plan.created_on, by=plan.created_by
                ),
                plan.version,
            )
        self.versions.setCurrentIndex(len(plans) - 1)
        self.versions.blockSignals(False)
        self._show_version()

    def _selected_plan(self) -> ReintegrationPlan | None:
        if self.case is None:
            return None
        version = self.versions.currentData()
        for plan in self.case.reintegration.plans:
            if plan.version == version:
                return plan
        return None

    def _show_version(self) -> None:
        case = self.case
        if case is None:
            return
        plan = self._selected_plan()
        current = case.reintegration.current_plan
        editable = plan is None or plan is current
        self.version_note.setText(
            ""
            if editable
            else self.tr("An earlier version: read-only. The latest version is the plan in force.")
        )
        self.wishes.setPlainText(plan.persons_wishes if plan else "")
        self.proposal.setPlainText(plan.caseworker_proposal if plan else "")
        self.save_texts.setText(self.tr("Save") if plan else self.tr("Start the plan"))
        self.destination.setCurrentIndex(
            max(0, self.destination.findData(plan.destination if plan else None))
        )
        for widget in (self.wishes, self.proposal):
            widget.setReadOnly(not editable)
        for button in (
            self.save_texts,
            self.set_destination,
            self.destination,
            self.add_component,
            self.add_action,
            self.set_status,
            self.status,
        ):
            button.setEnabled(editable and (plan is not None or button is self.save_texts))
        self.new_version.setEnabled(current is not None)
        self.print_button.setEnabled(plan is not None)
        reasons = plan_problems(case, plan, self.service.today()) if plan else []
        self.problems.setText("\n".join(f"⚠ {reason_text(r)}" for r in reasons))
        self._fill_tree(plan)

    def _responsible(self, value: str) -> str:
        for entry, stale in self.entries:
            if entry.id == value:
                return entry_label(entry, stale)
        return value

    def _fill_tree(self, plan: ReintegrationPlan | None) -> None:
        self.tree.clear()
        for component in plan.components if plan else []:
            item = QTreeWidgetItem(
                self.tree,
                [
                    component_text(component.kind),
                    component.goal,
                    self._responsible(component.responsible),
                    component.due_on.isoformat() if component.due_on else "",
                    f"{component.budget:,.2f} {component.currency}" if component.budget else "",
                    status_text(component.status),
                ],
            )
            item.setData(0, ID_ROLE, ("component", component.id))
            item.setToolTip(1, component.goal)
            item.setToolTip(2, item.text(2))
            for action in component.actions:
                child = QTreeWidgetItem(
                    item,
                    [
                        "",
                        action.description,
                        self._responsible(action.responsible),
                        action.due_on.isoformat() if action.due_on else "",
                        "",
                        status_text(action.status),
                    ],
                )
                child.setData(0, ID_ROLE, ("action", action.id))
                child.setToolTip(1, action.description)
                child.setToolTip(2, child.text(2))
            item.setExpanded(True)

    # -- acting --------------------------------------------------------------------------

    def _apply(self, action: Callable[[], CaseFile]) -> bool:
        try:
            case = action()
        except KnownError as exc:
            present_error(self, exc)
            return False
        self.load(case)
        self.ctx.caseChanged.emit(self.reference)
        return True

    def _save_texts(self) -> None:
        wishes, proposal = self.wishes.toPlainText(), self.proposal.toPlainText()
        if self.case is not None and self.case.reintegration.current_plan is None:
            dest = enum_data(self.destination, DestinationOption)
            self._apply(lambda: self.service.start_plan(self.reference, wishes, proposal, dest))
        else:
            self._apply(
                lambda: self.service.edit_plan(self.reference, wishes=wishes, proposal=proposal)
            )

    def _set_destination(self) -> None:
        dest = enum_data(self.destination, DestinationOption)
        if dest is not None:
            self._apply(lambda: self.service.set_destination(self.reference, dest))

    def _selected(self) -> tuple[str, str]:
        item = self.tree.currentItem()
        data = item.data(0, ID_ROLE) if item is not None else None
        return (str(data[0]), str(data[1])) if data else ("", "")

    def _add_component(self) -> None:
        dialog = ComponentDialog(self.entries, self.service.today(), self)
        if dialog.exec() != ComponentDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        self._apply(
            lambda: self.service.add_component(
                self.reference,
                v.kind,
                v.goal,
                responsible=v.responsible,
                due_on=v.due_on,
                budget=v.budget,
                currency=v.currency,
            )[0]
        )

    def _add_action(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.parent() is not None:
            item = item.parent()  # an action is selected: add to its component
        data = item.data(0, ID_ROLE) if item is not None else None
        if not data or data[0] != "component":
            present_error(self, KnownError(self.tr("Select a component first.")))
            return
        component_id = str(data[1])
        dialog = ActionDialog(self.entries, self.service.today(), self)
        if dialog.exec() != ActionDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        self._apply(
            lambda: self.service.add_action(
                self.reference,
                component_id,
                v.description,
                responsible=v.responsible,
                due_on=v.due_on,
            )[0]
        )

    def _set_status(self) -> None:
        kind, item_id = self._selected()
        status = enum_data(self.status, ItemStatus) or ItemStatus.PLANNED
        if kind == "component":
            self._apply(
                lambda: self.service.update_component(self.reference, item_id, status=status)
            )
        elif kind == "action":
            self._apply(lambda: self.service.set_action_status(self.reference, item_id, status))
        else:
            present_error(self, KnownError(self.tr("Select a component or an action first.")))

    def _print(self) -> None:
        plan = self._selected_plan()
        if plan is None or self.case is None:
            return
        path = ask_path(self, self.reference, plan.version)
        if path is None:
            return
        try:
            self.print_task = save_plan_pdf(
                self, self.service, self.case, plan.version, path, self.ctx.statusMessage.emit
            )
        except KnownError as exc:
            present_error(self, exc)

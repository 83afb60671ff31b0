"""Stage and history: move the case through the gates, and its timeline from the audit log.

A blocked stage change shows each reason in words (translated gate templates). "Move to"
starts on the stage a case usually goes to next; closing asks for its reason right here
(not on another tab) and for a confirmation.
"""

import datetime as dt
import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.audit_words import ACTION_WORDS
from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.enums import ClosureReason, Role, Stage
from rrr_desktop.domain.gates import usual_next_stage
from rrr_desktop.errors import GateBlocked, KnownError
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.reintegration import ReintegrationService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_text
from rrr_desktop.ui.errors import error_text, present_error, reason_text
from rrr_desktop.ui.labels import label, stage_label
from rrr_desktop.ui.reintegration.texts import closure_text, confirm_closing

ACTION_TEXT = ACTION_WORDS  # one vocabulary with the Audit page


def _aware(moment: dt.datetime) -> dt.datetime:
    """Stage changes and log entries in one order: a time without a zone is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _detail_text(detail: str) -> str:
    """Audit details hold field names and ids only; show the changed sections plainly,
    and other details as "key: value" (never as JSON)."""
    try:
        data = json.loads(detail) if detail else {}
    except ValueError:
        return detail
    if not isinstance(data, dict):
        return str(data)
    fields = data.get("fields")
    if isinstance(fields, list):
        return QCoreApplication.translate("history", "Sections: {names}").format(
            names=", ".join(str(f) for f in fields)
        )
    return " · ".join(f"{key}: {value}" for key, value in data.items())


class StageTab(QWidget):
    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.current = QLabel(self)
        self.current.setObjectName("currentStage")
        self.target = QComboBox(self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note for the history (optional)"))
        self.target.setAccessibleName(self.tr("Move the case to"))
        self.note.setAccessibleName(self.note.placeholderText())
        self.change_button = QPushButton(self.tr("&Change stage"), self)
        self.change_button.clicked.connect(self.change_stage)
        self.close_reason = QComboBox(self)
        self.close_reason.setObjectName("closeReason")
        self.close_reason.setAccessibleName(self.tr("Why the case is closed"))
        self.close_reason.addItem(self.tr("Why is the case closed? Choose a reason…"), None)
        for reason in ClosureReason:
            self.close_reason.addItem(closure_text(reason), reason.value)
        self.target.currentIndexChanged.connect(self._target_changed)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("blockedReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.timeline = QTableWidget(0, 4, self)
        self.timeline.setObjectName("timeline")
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline.setColumnWidth(0, 160)
        self.timeline.setColumnWidth(2, 200)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Move to"), self))
        row.addWidget(self.target, 1)
        row.addWidget(self.close_reason, 2)
        row.addWidget(self.note, 2)
        row.addWidget(self.change_button)
        # Supervisors give the case to a caseworker (need-to-know follows the assignment).
        self.assignee = QComboBox(self)
        self.assignee.setAccessibleName(self.tr("Caseworker"))
        self.assign_button = QPushButton(self.tr("&Assign"), self)
        self.assign_button.clicked.connect(self.assign)
        assign_row = QHBoxLayout()
        assign_row.addWidget(QLabel(self.tr("Caseworker"), self))
        assign_row.addWidget(self.assignee, 1)
        assign_row.addWidget(self.assign_button)
        assign_row.addStretch(2)
        supervisor = ctx.session.user.is_supervisor
        for widget in (self.assignee, self.assign_button):
            widget.setVisible(supervisor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        if supervisor:
            layout.addLayout(assign_row)
        layout.addLayout(row)
        layout.addWidget(self.reasons)
        layout.addWidget(QLabel(self.tr("Timeline"), self))
        layout.addWidget(self.timeline, 1)

    def load(self, case: CaseFile) -> None:
        self.current.setText(self.tr("Current stage: {stage}").format(stage=label(case.stage)))
        blocked = self.target.blockSignals(True)
        self.target.clear()
        for stage in Stage:
            if stage != case.stage:
                self.target.addItem(label(stage), stage.value)
        usual = self.target.findData(usual_next_stage(case.stage).value)
        self.target.setCurrentIndex(max(usual, 0))
        self.target.blockSignals(blocked)
        self._target_changed()
        if self.ctx.session.user.is_supervisor:
            self.assignee.clear()
            for user in vault_service.list_users(self.ctx.session):
                if user.has_role(Role.CASEWORKER) or user.username == case.caseworker:
                    self.assignee.addItem(user.display_name or user.username, user.username)
            self.assignee.setCurrentIndex(max(0, self.assignee.findData(case.caseworker)))
        self._load_timeline(case)

    def assign(self) -> None:
        username = str(self.assignee.currentData() or "")
        try:
            CaseService(self.ctx.session).assign(self.reference, username)
        except KnownError as exc:
            present_error(self, exc)
            return
        self.ctx.caseChanged.emit(self.reference)
        self.ctx.statusMessage.emit(
            self.tr("{reference} is now assigned to {name}.").format(
                reference=self.reference, name=self.assignee.currentText()
            )
        )

    def _load_timeline(self, case: CaseFile) -> None:
        # (when, for the order; then the four cells) newest first, every date in one style
        rows: list[tuple[dt.datetime, str, str, str, str]] = []
        for change in case.stage_history:
            what = self.tr("Stage: {old} → {new}").format(
                old=stage_label(change.from_stage.value) if change.from_stage else "—",
                new=stage_label(change.to_stage.value),
            )
            at = _aware(change.at)
            rows.append((at, date_text(at), change.by, what, change.note))
        try:
            entries = CaseService(self.ctx.session).history(self.reference)
        except KnownError:
            entries = []
        for entry in entries:
            if entry.action == "case.stage":
                continue  # shown above, with its stages
            text = ACTION_TEXT.get(entry.action)
            what = QCoreApplication.translate("history", text) if text else entry.action
            try:
                at = _aware(dt.datetime.fromisoformat(entry.at))
            except ValueError:
                continue  # not a time: the audit page shows it as it is
            rows.append((at, date_text(at), entry.actor, what, _detail_text(entry.detail)))
        rows.sort(key=lambda r: r[0], reverse=True)
        self.timeline.setRowCount(len(rows))
        for index, (_at, *values) in enumerate(rows):
            for column, text in enumerate(values):
                self.timeline.setItem(index, column, QTableWidgetItem(text))

    def _target_changed(self, *_args: object) -> None:
        closing = self.target.currentData() == Stage.CLOSED.value
        self.close_reason.setVisible(closing)
        if not closing:
            self.close_reason.setCurrentIndex(0)

    def _confirm_closing(self) -> ClosureReason | None:
        data = self.close_reason.currentData()
        reason = ClosureReason(data) if data else None
        if reason is None:
            self.reasons.setStyleSheet("color: #a4262c;")
            self.reasons.setText(self.tr('Choose why the case is closed, beside "Move to".'))
            self.close_reason.setFocus()
            return None
        return reason if confirm_closing(self, reason) else None

    def change_stage(self) -> None:
        target = Stage(str(self.target.currentData()))
        service = CaseService(self.ctx.session)
        try:
            if target == Stage.CLOSED:
                reason = self._confirm_closing()
                if reason is None:
                    return
                ReintegrationService(self.ctx.session).close_case(
                    self.reference, reason, self.note.text().strip()
                )
            else:
                service.advance(self.reference, target, self.note.text().strip())
        except GateBlocked as exc:
            lines = [reason_text(r) for r in exc.reasons]
            self.reasons.setStyleSheet("color: #a4262c;")
            self.reasons.setText(
                self.tr("The case cannot move to {stage} yet:").format(stage=label(target))
                + "\n"
                + "\n".join(f"• {line}" for line in lines)
            )
            return
        except KnownError as exc:
            self.reasons.setStyleSheet("color: #a4262c;")
            self.reasons.setText(error_text(exc))
            return
        self.reasons.setStyleSheet("")
        self.reasons.setText(self.tr("Moved to {stage}.").format(stage=label(target)))
        self.note.clear()
        self.ctx.caseChanged.emit(self.reference)

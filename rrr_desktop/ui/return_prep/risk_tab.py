"""The risk (security) assessment tab, with the supervisor's override.

UNODC Tool 7.8 lists what the assessment weighs; every factor gets a "concern" box and a note.
UNODC Tool 7.7 rec. 40: a finding of reasonable suspicion of harm blocks return unless a
supervisor records an override with a reason. The override box is shown to supervisors
only; the service checks the role again.
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
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.enums import RiskFinding
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.return_prep import RISK_FACTORS, OverrideKind
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.return_prep import MIN_REASON_LENGTH, ReturnPrepService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_text
from rrr_desktop.ui.return_prep.common import BlockersPanel, call_service, rp_tr

FINDINGS: dict[RiskFinding, str] = {
    RiskFinding.NO_KNOWN_RISK: QT_TRANSLATE_NOOP("returnprep", "No known risk"),
    RiskFinding.RISK_WITH_MITIGATION: QT_TRANSLATE_NOOP("returnprep", "Risk, with mitigations"),
    RiskFinding.SUSPICION_OF_HARM: QT_TRANSLATE_NOOP("returnprep", "Reasonable suspicion of harm"),
}
OVERRIDE_KINDS: dict[str, str] = {
    OverrideKind.RISK: QT_TRANSLATE_NOOP("returnprep", "Risk: return despite suspicion of harm"),
    OverrideKind.CHECKLIST: QT_TRANSLATE_NOOP(
        "returnprep", "Checklist: depart before all 8 conditions"
    ),
}


class RiskTab(QWidget):
    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.service = ReturnPrepService(ctx.session)
        self.blockers = BlockersPanel(
            self.tr("Return cannot be marked ready because:"), self.tr("Nothing blocks the return.")
        )
        self.active_overrides = QLabel()
        self.active_overrides.setObjectName("active_overrides")
        self.active_overrides.setWordWrap(True)
        self.active_overrides.setTextFormat(Qt.TextFormat.PlainText)
        outer = QVBoxLayout(self)
        outer.addWidget(self.blockers)
        outer.addWidget(self.active_overrides)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.latest = QLabel()
        self.latest.setObjectName("latest_assessment")
        self.latest.setWordWrap(True)
        layout.addWidget(self.latest)
        layout.addWidget(self._assessment_box())
        self.override_box = self._override_box()
        layout.addWidget(self.override_box)  # parent first: shown alone it is a window
        self.override_box.setVisible(ctx.session.user.is_supervisor)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    def _assessment_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New security assessment"))
        layout = QVBoxLayout(box)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Factor")), 0, 0)
        grid.addWidget(QLabel(self.tr("Concern")), 0, 1)
        grid.addWidget(QLabel(self.tr("Note")), 0, 2)
        self.concerns: dict[str, QCheckBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        for row, (key, text) in enumerate(RISK_FACTORS.items(), start=1):
            grid.addWidget(QLabel(QCoreApplication.translate("risk", text)), row, 0)
            self.concerns[key] = QCheckBox()
            self.concerns[key].setObjectName(f"concern_{key}")
            self.notes[key] = QLineEdit()
            self.notes[key].setObjectName(f"risknote_{key}")
            grid.addWidget(self.concerns[key], row, 1)
            grid.addWidget(self.notes[key], row, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        finding_row = QHBoxLayout()
        finding_row.addWidget(QLabel(self.tr("Overall finding:")))
        self.finding = QComboBox()
        self.finding.setObjectName("finding")
        for finding, text in FINDINGS.items():
            self.finding.addItem(rp_tr(text), finding.value)
        finding_row.addWidget(self.finding, 1)
        layout.addLayout(finding_row)
        layout.addWidget(QLabel(self.tr("Mitigations:")))
        self.mitigations = QPlainTextEdit()
        self.mitigations.setObjectName("mitigations")
        self.mitigations.setMaximumHeight(80)
        layout.addWidget(self.mitigations)
        save = QPushButton(self.tr("Record assessment"))
        save.setObjectName("save_assessment")
        save.clicked.connect(self.save_assessment)
        layout.addWidget(save)
        return box

    def _override_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Supervisor override"))
        layout = QVBoxLayout(box)
        self.override_kind = QComboBox()
        self.override_kind.setObjectName("override_kind")
        for kind, text in OVERRIDE_KINDS.items():
            self.override_kind.addItem(rp_tr(text), kind)
        layout.addWidget(self.override_kind)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("override_reason")
        self.reason.setPlaceholderText(
            self.tr("Reason (required, at least {n} characters)").format(n=MIN_REASON_LENGTH)
        )
        self.reason.setMaximumHeight(70)
        self.reason.textChanged.connect(self._reason_changed)
        layout.addWidget(self.reason)
        row = QHBoxLayout()
        self.record_override = QPushButton(self.tr("Record override"))
        self.record_override.setObjectName("record_override")
        self.record_override.setEnabled(False)
        self.record_override.clicked.connect(self.save_override)
        self.revoke = QPushButton(self.tr("Revoke this kind of override"))
        self.revoke.setObjectName("revoke_override")
        self.revoke.clicked.connect(self.revoke_override)
        row.addWidget(self.record_override)
        row.addWidget(self.revoke)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # -- showing -------------------------------------------------------------------------

    def load(self, case: CaseFile) -> None:
        self.case = case
        risk = case.latest_risk_assessment
        if risk is None:
            self.latest.setText(self.tr("No security assessment has been made yet."))
        else:
            concerns = [
                QCoreApplication.translate("risk", RISK_FACTORS[f.factor])
                for f in risk.factors
                if f.concern and f.factor in RISK_FACTORS
            ]
            self.latest.setText(
                self.tr(
                    "Latest assessment: {finding}, {date}, by {user}. Concerns: {concerns}"
                ).format(
                    finding=rp_tr(FINDINGS[risk.finding]),
                    date=date_text(risk.assessed_on),
                    user=risk.assessed_by,
                    concerns=", ".join(concerns) or self.tr("none"),
                )
            )
            self.finding.setCurrentIndex(self.finding.findData(risk.finding.value))
            for note in risk.factors:
                if note.factor in self.concerns:
                    self.concerns[note.factor].setChecked(note.concern)
                    self.notes[note.factor].setText(note.note)
            self.mitigations.setPlainText(risk.mitigations)
        active = [o for o in case.overrides if not o.revoked]
        self.active_overrides.setText(
            "\n".join(
                self.tr(
                    "Supervisor override in force ({kind}) by {user} on {date}: {reason}"
                ).format(
                    kind=rp_tr(OVERRIDE_KINDS.get(o.kind, o.kind)),
                    user=o.by,
                    date=date_text(o.at.date()),
                    reason=o.reason,
                )
                for o in active
            )
        )
        self.active_overrides.setVisible(bool(active))
        self.blockers.show_reasons(self.service.return_ready_reasons(case))

    def _reason_changed(self) -> None:
        self.record_override.setEnabled(len(self.reason.toPlainText().strip()) >= MIN_REASON_LENGTH)

    # -- saving --------------------------------------------------------------------------

    def _saved(self, case: CaseFile | None) -> bool:
        if case is None:
            return False
        self.load(case)
        self.ctx.caseChanged.emit(self.reference)
        return True

    def save_assessment(self) -> None:
        factors = {
            key: (self.concerns[key].isChecked(), self.notes[key].text()) for key in RISK_FACTORS
        }
        finding = RiskFinding(self.finding.currentData())
        mitigations = self.mitigations.toPlainText()
        self._saved(
            call_service(
                self,
                lambda: self.service.record_risk_assessment(
                    self.reference, finding, factors, mitigations
                ),
            )
        )

    def _confirm_override(self, reason: str) -> bool:
        """An override sets a safety check aside: said back in full, with the typed reason,
        before it is recorded (closing a case asks too; this matters more)."""
        today = self.ctx.session.clock.today()
        case: CaseFile | None = getattr(self, "case", None)
        child = case is not None and case.person.is_child_on(today)
        text = self.tr(
            "You are setting aside this safety check: {check}\n\nYour reason, recorded "
            "under your name:\n“{reason}”"
        ).format(check=self.override_kind.currentText(), reason=reason.strip())
        if child:
            text += "\n\n" + self.tr("This person is a child.")
        answer = QMessageBox.question(
            self, self.tr("Override a safety check?"), text + "\n\n" + self.tr("Continue?")
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_override(self) -> None:
        kind = str(self.override_kind.currentData())
        reason = self.reason.toPlainText()
        if not self._confirm_override(reason):
            return
        if self._saved(
            call_service(self, lambda: self.service.record_override(self.reference, kind, reason))
        ):
            self.reason.clear()

    def revoke_override(self) -> None:
        kind = str(self.override_kind.currentData())
        if not self._saved(
            call_service(self, lambda: self.service.revoke_override(self.reference, kind))
        ):
            self.load(CaseService(self.ctx.session).get(self.reference, audit=False))

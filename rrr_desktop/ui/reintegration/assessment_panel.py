"""The assessment of the person and of what they return to, and a child's family
assessment (which alone can unlock a child's return home to the family)."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.errors import KnownError
from rrr_desktop.services.reintegration import ReintegrationService
from rrr_desktop.ui.reintegration.texts import present_error

Apply = Callable[[Callable[[], CaseFile]], bool]


def text_box(parent: QWidget, name: str, height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 2)
    return box


class AssessmentPanel(QWidget):
    def __init__(
        self,
        service: ReintegrationService,
        reference: str,
        apply: Apply,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.reference = reference
        self._apply = apply
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._assessment_box(self))
        self.family_box = self._family_box(self)
        layout.addWidget(self.family_box)

    def _assessment_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Assessment"), parent)
        self.person_notes = text_box(box, "personNotes", 70)
        self.situation_notes = text_box(box, "situationNotes", 70)
        self.assessed_label = QLabel(box)
        save = QPushButton(self.tr("Save the assessment"), box)
        save.clicked.connect(self._save_assessment)
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("The person: strengths, needs, health, skills"), box), 0, 0)
        grid.addWidget(QLabel(self.tr("What they return to: family, community, safety"), box), 0, 1)
        grid.addWidget(self.person_notes, 1, 0)
        grid.addWidget(self.situation_notes, 1, 1)
        grid.addWidget(self.assessed_label, 2, 0)
        grid.addWidget(save, 2, 1, Qt.AlignmentFlag.AlignRight)
        return box

    def _family_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Family assessment (child)"), parent)
        self.family_state = QLabel(box)
        self.family_state.setWordWrap(True)
        self.safe = QRadioButton(self.tr("No neglect or abuse found"), box)
        self.unsafe = QRadioButton(self.tr("Neglect or abuse found"), box)
        group = QButtonGroup(box)
        group.addButton(self.safe)
        group.addButton(self.unsafe)
        self.family_notes = text_box(box, "familyNotes", 50)
        self.record_button = QPushButton(self.tr("Record the family assessment"), box)
        self.record_button.clicked.connect(self._record_family)
        layout = QGridLayout(box)
        layout.addWidget(self.family_state, 0, 0, 1, 3)
        layout.addWidget(self.safe, 1, 0)
        layout.addWidget(self.unsafe, 1, 1)
        layout.addWidget(self.family_notes, 2, 0, 1, 3)
        layout.addWidget(self.record_button, 3, 2)
        return box

    def load(self, case: CaseFile, today: dt.date) -> None:
        a = case.reintegration.assessment
        self.person_notes.setPlainText(a.person_notes)
        self.situation_notes.setPlainText(a.situation_notes)
        self.assessed_label.setText(
            self.tr("Assessed on {on} by {by}.").format(on=a.assessed_on, by=a.assessed_by)
            if a.assessed_on
            else self.tr("Not assessed yet.")
        )
        self.family_box.setVisible(case.person.is_child_on(today))
        family = a.family_assessment
        if family is None:
            self.family_state.setText(
                self.tr(
                    "⚠ No family assessment yet: the child cannot go home to the family until one "
                    "finds no neglect or abuse."
                )
            )
        else:
            found = (
                self.tr("neglect or abuse found")
                if family.neglect_or_abuse_found
                else self.tr("no neglect or abuse found")
            )
            self.family_state.setText(
                self.tr("Assessed on {on} by {by}: {found}.").format(
                    on=family.assessed_on, by=family.assessed_by, found=found
                )
            )
            (self.unsafe if family.neglect_or_abuse_found else self.safe).setChecked(True)
            self.family_notes.setPlainText(family.notes)

    def _save_assessment(self) -> None:
        person, situation = self.person_notes.toPlainText(), self.situation_notes.toPlainText()
        self._apply(lambda: self.service.record_assessment(self.reference, person, situation))

    def _record_family(self) -> None:
        if not (self.safe.isChecked() or self.unsafe.isChecked()):
            present_error(self, KnownError(self.tr("Say whether neglect or abuse was found.")))
            return
        found, notes = self.unsafe.isChecked(), self.family_notes.toPlainText()
        self._apply(lambda: self.service.record_family_assessment(self.reference, found, notes))

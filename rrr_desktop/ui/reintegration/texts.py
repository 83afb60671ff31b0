"""Translated texts of the reintegration vocabularies and of domain reasons."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rrr_desktop.domain import followup, plan_rules
from rrr_desktop.domain.enums import (
    ClosureReason,
    DestinationOption,
    ItemStatus,
    PlanComponentKind,
    VulnerabilityDomain,
)
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import KnownError
from rrr_desktop.ui import errors

CLOSURE_TEXT: dict[ClosureReason, str] = {
    ClosureReason.REINTEGRATED: QT_TRANSLATE_NOOP("followup", "Reintegrated"),
    ClosureReason.DECLINED_ASSISTANCE: QT_TRANSLATE_NOOP("followup", "Declined further assistance"),
    ClosureReason.LOST_CONTACT: QT_TRANSLATE_NOOP("followup", "Lost contact"),
    ClosureReason.MOVED_ON: QT_TRANSLATE_NOOP("followup", "Moved on"),
    ClosureReason.TRANSFERRED: QT_TRANSLATE_NOOP("followup", "Transferred to another organisation"),
    ClosureReason.DECEASED: QT_TRANSLATE_NOOP("followup", "Deceased"),
}


DOMAIN_SHORT: dict[VulnerabilityDomain, str] = {
    VulnerabilityDomain.FINANCIAL: QT_TRANSLATE_NOOP("followup", "Fin."),
    VulnerabilityDomain.FAMILY_SOCIAL: QT_TRANSLATE_NOOP("followup", "Fam."),
    VulnerabilityDomain.EMPLOYMENT_SKILLS: QT_TRANSLATE_NOOP("followup", "Emp."),
    VulnerabilityDomain.MEDICAL_PSYCHOSOCIAL: QT_TRANSLATE_NOOP("followup", "Med."),
    VulnerabilityDomain.LEGAL: QT_TRANSLATE_NOOP("followup", "Leg."),
}


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def destination_text(value: DestinationOption) -> str:
    return QCoreApplication.translate("plan", plan_rules.DESTINATION_TEXT[value])


def component_text(value: PlanComponentKind) -> str:
    return QCoreApplication.translate("plan", plan_rules.COMPONENT_TEXT[value])


def status_text(value: ItemStatus) -> str:
    return QCoreApplication.translate("plan", plan_rules.STATUS_TEXT[value])


def domain_text(value: VulnerabilityDomain) -> str:
    return QCoreApplication.translate("followup", followup.DOMAIN_TEXT[value])


def domain_short(value: VulnerabilityDomain) -> str:
    return QCoreApplication.translate("followup", DOMAIN_SHORT[value])


def sign_text(sign: str) -> str:
    known = followup.WARNING_SIGNS.get(sign)
    return QCoreApplication.translate("followup", known) if known else sign


def closure_text(value: ClosureReason) -> str:
    return QCoreApplication.translate("followup", CLOSURE_TEXT[value])


def present_error(parent: QWidget, exc: KnownError) -> None:
    """One clear sentence; for a gate, its translated reasons (``rrr_desktop.ui.errors``)."""
    errors.present_error(parent, exc, QCoreApplication.translate("reintegration", "Not saved"))


def confirm_closing(parent: QWidget, reason: ClosureReason) -> bool:
    """The one question before a case is closed, wherever it is closed from (the stage
    tab or the follow-up tab)."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FollowUpTab", "Close the case?"),
        QCoreApplication.translate(
            "FollowUpTab",
            "The case will be closed as “{reason}” and kept for 5 years, then anonymised on "
            "a supervisor's confirmation. Continue?",
        ).format(reason=closure_text(reason)),
    )
    return answer == QMessageBox.StandardButton.Yes

"""Translated texts of the reintegration vocabularies and of domain reasons."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rrr_desktop.domain import followup, plan_rules
from rrr_desktop.domain.enums import (
    ClosureReason,
    DestinationOption,
    ItemStatus,
    PlanComponentKind,
    VulnerabilityDomain,
)
from rrr_desktop.domain.gates import Reason
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP as N_
from rrr_desktop.errors import GateBlocked, KnownError

CLOSURE_TEXT: dict[ClosureReason, str] = {
    ClosureReason.REINTEGRATED: N_("followup", "Reintegrated"),
    ClosureReason.DECLINED_ASSISTANCE: N_("followup", "Declined further assistance"),
    ClosureReason.LOST_CONTACT: N_("followup", "Lost contact"),
    ClosureReason.MOVED_ON: N_("followup", "Moved on"),
    ClosureReason.TRANSFERRED: N_("followup", "Transferred to another organisation"),
    ClosureReason.DECEASED: N_("followup", "Deceased"),
}


DOMAIN_SHORT: dict[VulnerabilityDomain, str] = {
    VulnerabilityDomain.FINANCIAL: N_("followup", "Fin."),
    VulnerabilityDomain.FAMILY_SOCIAL: N_("followup", "Fam."),
    VulnerabilityDomain.EMPLOYMENT_SKILLS: N_("followup", "Emp."),
    VulnerabilityDomain.MEDICAL_PSYCHOSOCIAL: N_("followup", "Med."),
    VulnerabilityDomain.LEGAL: N_("followup", "Leg."),
}


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def destination_text(value: DestinationOption) -> str:
    return tr("plan", plan_rules.DESTINATION_TEXT[value])


def component_text(value: PlanComponentKind) -> str:
    return tr("plan", plan_rules.COMPONENT_TEXT[value])


def status_text(value: ItemStatus) -> str:
    return tr("plan", plan_rules.STATUS_TEXT[value])


def domain_text(value: VulnerabilityDomain) -> str:
    return tr("followup", followup.DOMAIN_TEXT[value])


def domain_short(value: VulnerabilityDomain) -> str:
    return tr("followup", DOMAIN_SHORT[value])


def sign_text(sign: str) -> str:
    known = followup.WARNING_SIGNS.get(sign)
    return tr("followup", known) if known else sign


def closure_text(value: ClosureReason) -> str:
    return tr("followup", CLOSURE_TEXT[value])


def reason_text(reason: Reason) -> str:
    """Reasons come from gates.py ("gates") or plan_rules.py ("plan")."""
    text = tr("plan", reason.template)
    if text == reason.template:
        text = tr("gates", reason.template)
    return text.format(**dict(reason.params))


def show_error(parent: QWidget, exc: KnownError) -> None:
    """One clear sentence; for a gate, its translated reasons."""
    if isinstance(exc, GateBlocked) and exc.reasons:
        message = "\n".join(f"• {reason_text(r)}" for r in exc.reasons)
    else:
        message = str(exc)
    QMessageBox.warning(parent, tr("reintegration", "Not saved"), message)

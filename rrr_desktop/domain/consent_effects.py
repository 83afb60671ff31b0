"""What stops when the person withdraws or declines a consent (docs/sources.md, principle 1).

Gates already read the consent in force, so sharing, embassy contact and departure stop
by themselves. A few recorded facts rest on a consent too: they are undone here, so the
case never shows a tick or a wish that the person has taken back.
"""

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.enums import ConsentPurpose
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP

# What depends on each consent, for the confirmation the user sees before withdrawing.
DEPENDENTS: dict[ConsentPurpose, list[str]] = {
    ConsentPurpose.VOLUNTARY_RETURN: [
        QT_TRANSLATE_NOOP(
            "consent_effects", "Return cannot be marked ready and the person cannot depart."
        ),
        QT_TRANSLATE_NOOP(
            "consent_effects",
            "The checklist tick 'consents to every departure procedure' is removed.",
        ),
    ],
    ConsentPurpose.SHARE_WITH_RECEIVING_ORG: [
        QT_TRANSLATE_NOOP(
            "consent_effects",
            "Nothing more may be shared with the receiving organisation; departure is blocked.",
        ),
    ],
    ConsentPurpose.EMBASSY_CONTACT: [
        QT_TRANSLATE_NOOP(
            "consent_effects",
            "The embassy may not be contacted; no travel-document request letter can be made.",
        ),
    ],
    ConsentPurpose.DISCLOSE_TRAFFICKING_TO_EMBASSY: [
        QT_TRANSLATE_NOOP(
            "consent_effects", "Letters to the embassy no longer mention trafficking."
        ),
    ],
    ConsentPurpose.MET_ON_ARRIVAL: [
        QT_TRANSLATE_NOOP(
            "consent_effects", "The person is no longer to be met on arrival by an NGO."
        ),
    ],
}


def withdrawal_effects(case: CaseFile, purpose: ConsentPurpose) -> list[str]:
    """Undo on ``case`` (in place) what rested on ``purpose``; returns changed field names."""
    changed: list[str] = []
    if purpose == ConsentPurpose.VOLUNTARY_RETURN:
        before = len(case.checklist.ticks)
        case.checklist.ticks = [t for t in case.checklist.ticks if t.key != "consents_to_departure"]
        if len(case.checklist.ticks) != before:
            changed.append("checklist.ticks")
    if purpose == ConsentPurpose.MET_ON_ARRIVAL and case.checklist.wants_ngo_met_on_arrival:
        case.checklist.wants_ngo_met_on_arrival = False
        changed.append("checklist.wants_ngo_met_on_arrival")
    return changed

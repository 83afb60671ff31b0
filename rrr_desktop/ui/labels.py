"""Translated labels for the domain's closed vocabularies (enum values are never shown raw)."""

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from rrr_desktop.domain.enums import (
    AsylumStatus,
    ConsentMethod,
    ConsentPurpose,
    ConsentState,
    ExploitationSector,
    IdentificationType,
    LegalBasis,
    ReferralSource,
    Sex,
    Stage,
)
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP as N_

_TEXT: dict[StrEnum, str] = {
    Stage.INTAKE: N_("enums", "Intake"),
    Stage.SHELTER: N_("enums", "Shelter and care"),
    Stage.RETURN_PREPARATION: N_("enums", "Return preparation"),
    Stage.TRAVEL: N_("enums", "Travel"),
    Stage.REINTEGRATION: N_("enums", "Reintegration"),
    Stage.FOLLOW_UP: N_("enums", "Follow-up"),
    Stage.TESTIMONY: N_("enums", "Testimony"),
    Stage.CLOSED: N_("enums", "Closed"),
    Sex.FEMALE: N_("enums", "Female"),
    Sex.MALE: N_("enums", "Male"),
    Sex.OTHER: N_("enums", "Other"),
    Sex.UNKNOWN: N_("enums", "Unknown"),
    ReferralSource.POLICE: N_("enums", "Police"),
    ReferralSource.LABOUR_INSPECTION: N_("enums", "Labour inspection"),
    ReferralSource.NGO: N_("enums", "NGO"),
    ReferralSource.SELF: N_("enums", "Self-referred"),
    ReferralSource.EMBASSY: N_("enums", "Embassy"),
    ReferralSource.OTHER: N_("enums", "Other"),
    IdentificationType.IDENTIFIED_VICTIM: N_("enums", "Identified victim of trafficking"),
    IdentificationType.DEPORTED_MIGRANT: N_("enums", "Deported migrant"),
    IdentificationType.SELF_RETURNED: N_("enums", "Returned on their own"),
    ExploitationSector.DOMESTIC_WORK: N_("enums", "Domestic work"),
    ExploitationSector.SEX_WORK: N_("enums", "Sexual exploitation"),
    ExploitationSector.PLANTATION: N_("enums", "Plantation"),
    ExploitationSector.CONSTRUCTION: N_("enums", "Construction"),
    ExploitationSector.BEGGING: N_("enums", "Forced begging"),
    ExploitationSector.RESTAURANT: N_("enums", "Restaurant"),
    ExploitationSector.FISHING: N_("enums", "Fishing"),
    ExploitationSector.FACTORY: N_("enums", "Factory"),
    ExploitationSector.OTHER: N_("enums", "Other"),
    AsylumStatus.NONE: N_("enums", "No asylum application"),
    AsylumStatus.INTENDS_TO_APPLY: N_("enums", "Wishes to apply for asylum"),
    AsylumStatus.PENDING: N_("enums", "Asylum procedure pending"),
    AsylumStatus.DECIDED: N_("enums", "Asylum decided"),
    ConsentPurpose.ASSISTANCE: N_("enums", "Assistance"),
    ConsentPurpose.DATA_PROCESSING: N_("enums", "Processing of personal data"),
    ConsentPurpose.SHARE_WITH_RECEIVING_ORG: N_("enums", "Sharing with the receiving organisation"),
    ConsentPurpose.EMBASSY_CONTACT: N_("enums", "Contact with the embassy"),
    ConsentPurpose.DISCLOSE_TRAFFICKING_TO_EMBASSY: N_(
        "enums", "Telling the embassy about the trafficking"
    ),
    ConsentPurpose.FAMILY_TRACING: N_("enums", "Family tracing"),
    ConsentPurpose.MEDICAL_EXAMINATION: N_("enums", "Medical examination"),
    ConsentPurpose.REINTEGRATION_SERVICES: N_("enums", "Reintegration services"),
    ConsentPurpose.MET_ON_ARRIVAL: N_("enums", "Being met on arrival"),
    ConsentPurpose.VOLUNTARY_RETURN: N_("enums", "Voluntary return"),
    ConsentPurpose.TESTIMONY: N_("enums", "Testimony"),
    ConsentState.NOT_ASKED: N_("enums", "Not asked"),
    ConsentState.GIVEN: N_("enums", "Given"),
    ConsentState.DECLINED: N_("enums", "Declined"),
    ConsentState.WITHDRAWN: N_("enums", "Withdrawn"),
    ConsentMethod.WRITTEN: N_("enums", "Written"),
    ConsentMethod.VERBAL_WITH_WITNESS: N_("enums", "Verbal, with a witness"),
    ConsentMethod.GUARDIAN: N_("enums", "By the guardian"),
    LegalBasis.CONSENT: N_("enums", "Consent"),
    LegalBasis.VITAL_INTEREST: N_("enums", "Vital interest"),
    LegalBasis.LEGAL_OBLIGATION: N_("enums", "Legal obligation"),
}


def label(value: StrEnum | str) -> str:
    """The translated label of an enum member (or its raw value if it has none)."""
    text = _TEXT.get(value) if isinstance(value, StrEnum) else None
    if text is None:
        for member, candidate in _TEXT.items():
            if member.value == value:
                text = candidate
                break
    if text is None:
        return str(value)
    return QCoreApplication.translate("enums", text)


def stage_label(value: str) -> str:
    try:
        return label(Stage(value))
    except ValueError:
        return value


def sex_label(value: str) -> str:
    try:
        return label(Sex(value))
    except ValueError:
        return value

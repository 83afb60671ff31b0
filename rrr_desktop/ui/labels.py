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
    Role,
    Sex,
    Stage,
)
from rrr_desktop.domain.field_names import describe
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.notes import AttachmentKind, NoteKind

_TEXT: dict[StrEnum, str] = {
    Stage.INTAKE: QT_TRANSLATE_NOOP("enums", "Intake"),
    Stage.SHELTER: QT_TRANSLATE_NOOP("enums", "Shelter and care"),
    Stage.RETURN_PREPARATION: QT_TRANSLATE_NOOP("enums", "Return preparation"),
    Stage.TRAVEL: QT_TRANSLATE_NOOP("enums", "Travel"),
    Stage.REINTEGRATION: QT_TRANSLATE_NOOP("enums", "Reintegration"),
    Stage.FOLLOW_UP: QT_TRANSLATE_NOOP("enums", "Follow-up"),
    Stage.TESTIMONY: QT_TRANSLATE_NOOP("enums", "Testimony"),
    Stage.CLOSED: QT_TRANSLATE_NOOP("enums", "Closed"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("enums", "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP("enums", "Male"),
    Sex.OTHER: QT_TRANSLATE_NOOP("enums", "Other"),
    Sex.UNKNOWN: QT_TRANSLATE_NOOP("enums", "Unknown"),
    ReferralSource.POLICE: QT_TRANSLATE_NOOP("enums", "Police"),
    ReferralSource.LABOUR_INSPECTION: QT_TRANSLATE_NOOP("enums", "Labour inspection"),
    ReferralSource.NGO: QT_TRANSLATE_NOOP("enums", "NGO"),
    ReferralSource.SELF: QT_TRANSLATE_NOOP("enums", "Self-referred"),
    ReferralSource.EMBASSY: QT_TRANSLATE_NOOP("enums", "Embassy"),
    ReferralSource.OTHER: QT_TRANSLATE_NOOP("enums", "Other"),
    IdentificationType.IDENTIFIED_VICTIM: QT_TRANSLATE_NOOP(
        "enums", "Identified victim of trafficking"
    ),
    IdentificationType.DEPORTED_MIGRANT: QT_TRANSLATE_NOOP("enums", "Deported migrant"),
    IdentificationType.SELF_RETURNED: QT_TRANSLATE_NOOP("enums", "Returned on their own"),
    ExploitationSector.DOMESTIC_WORK: QT_TRANSLATE_NOOP("enums", "Domestic work"),
    ExploitationSector.SEX_WORK: QT_TRANSLATE_NOOP("enums", "Sexual exploitation"),
    ExploitationSector.PLANTATION: QT_TRANSLATE_NOOP("enums", "Plantation"),
    ExploitationSector.CONSTRUCTION: QT_TRANSLATE_NOOP("enums", "Construction"),
    ExploitationSector.BEGGING: QT_TRANSLATE_NOOP("enums", "Forced begging"),
    ExploitationSector.RESTAURANT: QT_TRANSLATE_NOOP("enums", "Restaurant"),
    ExploitationSector.FISHING: QT_TRANSLATE_NOOP("enums", "Fishing"),
    ExploitationSector.FACTORY: QT_TRANSLATE_NOOP("enums", "Factory"),
    ExploitationSector.OTHER: QT_TRANSLATE_NOOP("enums", "Other"),
    AsylumStatus.NONE: QT_TRANSLATE_NOOP("enums", "No asylum application"),
    AsylumStatus.INTENDS_TO_APPLY: QT_TRANSLATE_NOOP("enums", "Wishes to apply for asylum"),
    AsylumStatus.PENDING: QT_TRANSLATE_NOOP("enums", "Asylum procedure pending"),
    AsylumStatus.DECIDED: QT_TRANSLATE_NOOP("enums", "Asylum decided (outcome not recorded)"),
    AsylumStatus.GRANTED: QT_TRANSLATE_NOOP("enums", "Asylum granted"),
    AsylumStatus.REFUSED: QT_TRANSLATE_NOOP("enums", "Asylum refused"),
    ConsentPurpose.ASSISTANCE: QT_TRANSLATE_NOOP("enums", "Assistance"),
    ConsentPurpose.DATA_PROCESSING: QT_TRANSLATE_NOOP("enums", "Processing of personal data"),
    ConsentPurpose.SHARE_WITH_RECEIVING_ORG: QT_TRANSLATE_NOOP(
        "enums", "Sharing with the receiving organisation"
    ),
    ConsentPurpose.EMBASSY_CONTACT: QT_TRANSLATE_NOOP("enums", "Contact with the embassy"),
    ConsentPurpose.DISCLOSE_TRAFFICKING_TO_EMBASSY: QT_TRANSLATE_NOOP(
        "enums", "Telling the embassy about the trafficking"
    ),
    ConsentPurpose.FAMILY_TRACING: QT_TRANSLATE_NOOP("enums", "Family tracing"),
    ConsentPurpose.MEDICAL_EXAMINATION: QT_TRANSLATE_NOOP("enums", "Medical examination"),
    ConsentPurpose.REINTEGRATION_SERVICES: QT_TRANSLATE_NOOP("enums", "Reintegration services"),
    ConsentPurpose.MET_ON_ARRIVAL: QT_TRANSLATE_NOOP("enums", "Being met on arrival"),
    ConsentPurpose.VOLUNTARY_RETURN: QT_TRANSLATE_NOOP("enums", "Voluntary return"),
    ConsentPurpose.TESTIMONY: QT_TRANSLATE_NOOP("enums", "Testimony"),
    ConsentState.NOT_ASKED: QT_TRANSLATE_NOOP("enums", "Not asked"),
    ConsentState.GIVEN: QT_TRANSLATE_NOOP("enums", "Given"),
    ConsentState.DECLINED: QT_TRANSLATE_NOOP("enums", "Declined"),
    ConsentState.WITHDRAWN: QT_TRANSLATE_NOOP("enums", "Withdrawn"),
    ConsentMethod.WRITTEN: QT_TRANSLATE_NOOP("enums", "Written"),
    ConsentMethod.VERBAL_WITH_WITNESS: QT_TRANSLATE_NOOP("enums", "Verbal, with a witness"),
    ConsentMethod.GUARDIAN: QT_TRANSLATE_NOOP("enums", "By the guardian"),
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("enums", "Consent"),
    LegalBasis.VITAL_INTEREST: QT_TRANSLATE_NOOP("enums", "Vital interest"),
    LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("enums", "Legal obligation"),
    Role.ADMIN: QT_TRANSLATE_NOOP("enums", "Administrator"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("enums", "Supervisor"),
    Role.CASEWORKER: QT_TRANSLATE_NOOP("enums", "Caseworker"),
    Role.DATA_OFFICER: QT_TRANSLATE_NOOP("enums", "Data officer"),
    NoteKind.NOTE: QT_TRANSLATE_NOOP("enums", "Note"),
    NoteKind.PHONE: QT_TRANSLATE_NOOP("enums", "Phone call"),
    NoteKind.VISIT: QT_TRANSLATE_NOOP("enums", "Visit"),
    NoteKind.MEETING: QT_TRANSLATE_NOOP("enums", "Meeting"),
    NoteKind.MESSAGE: QT_TRANSLATE_NOOP("enums", "Message"),
    AttachmentKind.IDENTITY_DOCUMENT: QT_TRANSLATE_NOOP("enums", "Identity or travel document"),
    AttachmentKind.SIGNED_FORM: QT_TRANSLATE_NOOP("enums", "Signed form or checklist"),
    AttachmentKind.PHOTO: QT_TRANSLATE_NOOP("enums", "Photo"),
    AttachmentKind.MEDICAL: QT_TRANSLATE_NOOP("enums", "Medical record"),
    AttachmentKind.LETTER: QT_TRANSLATE_NOOP("enums", "Letter"),
    AttachmentKind.OTHER: QT_TRANSLATE_NOOP("enums", "Other document"),
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


def field_words(path: str) -> str:
    """A field of a record in words, in the interface language (``person/given_name`` or
    ``person.given_name`` -> "Given name"): the one table behind conflicts, previews and
    the timeline (``domain/field_names.py``)."""
    template, values = describe(path.replace(".", "/"))
    translated = QCoreApplication.translate("fields", template)
    return translated.format(
        **{k: QCoreApplication.translate("fields", v) for k, v in values.items()}
    )

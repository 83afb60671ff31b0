"""Closed vocabularies of the domain (docs/sources.md), as string enums for stable storage."""

from enum import StrEnum


class Stage(StrEnum):
    INTAKE = "intake"
    SHELTER = "shelter"
    RETURN_PREPARATION = "return_preparation"
    TRAVEL = "travel"
    REINTEGRATION = "reintegration"
    FOLLOW_UP = "follow_up"
    TESTIMONY = "testimony"
    CLOSED = "closed"


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"
    UNKNOWN = "U"


class Role(StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    CASEWORKER = "caseworker"
    DATA_OFFICER = "data_officer"


class ReferralSource(StrEnum):
    POLICE = "police"
    LABOUR_INSPECTION = "labour_inspection"
    NGO = "ngo"
    SELF = "self"
    EMBASSY = "embassy"
    OTHER = "other"


class IdentificationType(StrEnum):
    IDENTIFIED_VICTIM = "identified_victim"
    DEPORTED_MIGRANT = "deported_migrant"
    SELF_RETURNED = "self_returned"


class ExploitationSector(StrEnum):
    DOMESTIC_WORK = "domestic_work"
    SEX_WORK = "sex_work"
    PLANTATION = "plantation"
    CONSTRUCTION = "construction"
    BEGGING = "begging"
    RESTAURANT = "restaurant"
    FISHING = "fishing"
    FACTORY = "factory"
    OTHER = "other"


class ConsentPurpose(StrEnum):
    ASSISTANCE = "assistance"
    DATA_PROCESSING = "data_processing"
    SHARE_WITH_RECEIVING_ORG = "share_with_receiving_org"
    EMBASSY_CONTACT = "embassy_contact"
    DISCLOSE_TRAFFICKING_TO_EMBASSY = "disclose_trafficking_to_embassy"
    FAMILY_TRACING = "family_tracing"
    MEDICAL_EXAMINATION = "medical_examination"
    REINTEGRATION_SERVICES = "reintegration_services"
    MET_ON_ARRIVAL = "met_on_arrival"
    VOLUNTARY_RETURN = "voluntary_return"
    TESTIMONY = "testimony"


class ConsentState(StrEnum):
    NOT_ASKED = "not_asked"
    GIVEN = "given"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class ConsentMethod(StrEnum):
    WRITTEN = "written"
    VERBAL_WITH_WITNESS = "verbal_with_witness"
    GUARDIAN = "guardian"


class LegalBasis(StrEnum):
    CONSENT = "consent"
    VITAL_INTEREST = "vital_interest"
    LEGAL_OBLIGATION = "legal_obligation"


class AsylumStatus(StrEnum):
    NONE = "none"
    INTENDS_TO_APPLY = "intends_to_apply"
    PENDING = "pending"
    DECIDED = "decided"  # outcome not recorded (vaults from before granted/refused)
    GRANTED = "granted"
    REFUSED = "refused"


class RiskFinding(StrEnum):
    NO_KNOWN_RISK = "no_known_risk"
    RISK_WITH_MITIGATION = "risk_with_mitigation"
    SUSPICION_OF_HARM = "suspicion_of_harm"


class TravelMode(StrEnum):
    AIR = "air"
    BUS = "bus"
    TRAIN = "train"
    CAR = "car"
    BOAT = "boat"
    OTHER = "other"


class GrantKind(StrEnum):
    NONE = "none"
    IN_KIND = "in_kind"
    CASH = "cash"


class MessageKind(StrEnum):
    """The six notifications of UNODC Tool 7.8, in their order."""

    ASSISTANCE_REQUEST = "assistance_request"
    ASSISTANCE_CONFIRMATION = "assistance_confirmation"
    REINTEGRATION_REQUEST = "reintegration_request"
    REINTEGRATION_CONFIRMATION = "reintegration_confirmation"
    POST_DEPARTURE_CONFIRMATION = "post_departure_confirmation"
    ARRIVAL_CONFIRMATION = "arrival_confirmation"


class DestinationOption(StrEnum):
    HOME_TO_FAMILY = "home_to_family"
    OTHER_COMMUNITY = "other_community"
    INDEPENDENT_LIVING = "independent_living"
    STAY_IN_DESTINATION = "stay_in_destination"
    THIRD_COUNTRY = "third_country"
    FAMILY_BASED_ALTERNATIVE_CARE = "family_based_alternative_care"


class PlanComponentKind(StrEnum):
    FAMILY = "family_mediation_reunification"
    MEDICAL = "medical_health"
    FINANCIAL = "financial"
    LEGAL = "legal"
    EDUCATION = "education_training"
    INCOME = "income_generation"
    SECURITY = "security"
    HOUSING = "housing"
    COUNSELLING = "counselling"


class ItemStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class VulnerabilityDomain(StrEnum):
    FINANCIAL = "financial"
    FAMILY_SOCIAL = "family_social"
    EMPLOYMENT_SKILLS = "employment_skills"
    MEDICAL_PSYCHOSOCIAL = "medical_psychosocial"
    LEGAL = "legal"


class ClosureReason(StrEnum):
    REINTEGRATED = "reintegrated"
    DECLINED_ASSISTANCE = "declined_assistance"
    LOST_CONTACT = "lost_contact"
    MOVED_ON = "moved_on"
    TRANSFERRED = "transferred"
    DECEASED = "deceased"


class DirectoryType(StrEnum):
    NGO = "ngo"
    LAWYER = "lawyer"
    SOCIAL_WELFARE = "social_welfare"
    HEALTH = "health"
    LAW_ENFORCEMENT = "law_enforcement"
    SHELTER = "shelter"
    EMBASSY = "embassy"


class AgeGroup(StrEnum):
    INFANT = "infant"
    CHILD = "child"
    ADULT = "adult"
    UNKNOWN = "unknown"

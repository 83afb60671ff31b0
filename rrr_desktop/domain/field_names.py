"""Field names in words, for conflicts and previews: ``person/contacts/[ab12]/phone`` ->
"Contacts: phone". One table (translatable in the interface), a readable fallback for the
rest; item ids are never shown."""

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP

WORDS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("fields", "Case identifier (no personal data)"),
    "created_at": QT_TRANSLATE_NOOP("fields", "Opened on"),
    "reference": QT_TRANSLATE_NOOP("fields", "Reference"),
    "partner_reference": QT_TRANSLATE_NOOP("fields", "Their reference"),
    "partner_org_id": QT_TRANSLATE_NOOP("fields", "Referring organisation"),
    "referred_to": QT_TRANSLATE_NOOP("fields", "Referred to"),
    "reference_aliases": QT_TRANSLATE_NOOP("fields", "Earlier references"),
    "stage": QT_TRANSLATE_NOOP("fields", "Stage"),
    "stage_history": QT_TRANSLATE_NOOP("fields", "Stage history"),
    "caseworker": QT_TRANSLATE_NOOP("fields", "Caseworker"),
    "assigned_to": QT_TRANSLATE_NOOP("fields", "Also assigned to"),
    "receiving_org": QT_TRANSLATE_NOOP("fields", "Receiving organisation"),
    "show_name_on_prints": QT_TRANSLATE_NOOP("fields", "Name on printouts"),
    "asylum": QT_TRANSLATE_NOOP("fields", "Asylum"),
    "person": QT_TRANSLATE_NOOP("fields", "Person"),
    "person.given_name": QT_TRANSLATE_NOOP("fields", "Given name"),
    "person.family_name": QT_TRANSLATE_NOOP("fields", "Family name"),
    "person.other_names": QT_TRANSLATE_NOOP("fields", "Other names"),
    "person.name_in_own_script": QT_TRANSLATE_NOOP("fields", "Name in the person's own script"),
    "person.sex": QT_TRANSLATE_NOOP("fields", "Sex"),
    "person.date_of_birth": QT_TRANSLATE_NOOP("fields", "Date of birth"),
    "person.estimated_age": QT_TRANSLATE_NOOP("fields", "Estimated age"),
    "person.estimated_on": QT_TRANSLATE_NOOP("fields", "Age estimated on"),
    "person.place_of_birth": QT_TRANSLATE_NOOP("fields", "Place of birth"),
    "person.nationality": QT_TRANSLATE_NOOP("fields", "Nationality"),
    "person.languages": QT_TRANSLATE_NOOP("fields", "Languages"),
    "person.wishes": QT_TRANSLATE_NOOP("fields", "The person's wishes"),
    "person.guardian": QT_TRANSLATE_NOOP("fields", "Guardian"),
    "person.contacts": QT_TRANSLATE_NOOP("fields", "Contacts"),
    "intake": QT_TRANSLATE_NOOP("fields", "Intake"),
    "intake.intake_date": QT_TRANSLATE_NOOP("fields", "Intake date"),
    "intake.identification": QT_TRANSLATE_NOOP("fields", "How the person was identified"),
    "intake.referred_by": QT_TRANSLATE_NOOP("fields", "Referred by"),
    "intake.exploitation_country": QT_TRANSLATE_NOOP("fields", "Country where it happened"),
    "intake.origin_country": QT_TRANSLATE_NOOP("fields", "Country of origin"),
    "intake.origin_region": QT_TRANSLATE_NOOP("fields", "Region of origin"),
    "intake.first_needs": QT_TRANSLATE_NOOP("fields", "First needs"),
    "intake.screening_notes": QT_TRANSLATE_NOOP("fields", "Screening notes"),
    "intake.exploitation_sector": QT_TRANSLATE_NOOP("fields", "Form of exploitation"),
    "intake.programme": QT_TRANSLATE_NOOP("fields", "Programme"),
    "shelter": QT_TRANSLATE_NOOP("fields", "Shelter and care"),
    "shelter.medical": QT_TRANSLATE_NOOP("fields", "Medical services"),
    "shelter.shelter_name": QT_TRANSLATE_NOOP("fields", "Shelter"),
    "shelter.admitted_on": QT_TRANSLATE_NOOP("fields", "Admitted on"),
    "shelter.left_on": QT_TRANSLATE_NOOP("fields", "Left on"),
    "shelter.services_received": QT_TRANSLATE_NOOP("fields", "Services received"),
    "shelter.referrals": QT_TRANSLATE_NOOP("fields", "Referrals to services"),
    "shelter.security_measures": QT_TRANSLATE_NOOP("fields", "Security measures"),
    "consents": QT_TRANSLATE_NOOP("fields", "Consents"),
    "risk_assessments": QT_TRANSLATE_NOOP("fields", "Risk assessments"),
    "overrides": QT_TRANSLATE_NOOP("fields", "Supervisor overrides"),
    "checklist": QT_TRANSLATE_NOOP("fields", "Pre-departure checklist"),
    "checklist.ticks": QT_TRANSLATE_NOOP("fields", "Checklist items"),
    "checklist.wants_ngo_met_on_arrival": QT_TRANSLATE_NOOP(
        "fields", "Wishes to be met by a local organisation on arrival"
    ),
    "checklist.contacts_handed_over": QT_TRANSLATE_NOOP("fields", "Contacts handed over"),
    "documents": QT_TRANSLATE_NOOP("fields", "Travel documents"),
    "itinerary": QT_TRANSLATE_NOOP("fields", "Travel"),
    "itinerary.legs": QT_TRANSLATE_NOOP("fields", "Journey legs"),
    "messages": QT_TRANSLATE_NOOP("fields", "Messages between organisations"),
    "reintegration": QT_TRANSLATE_NOOP("fields", "Reintegration"),
    "reintegration.plans": QT_TRANSLATE_NOOP("fields", "Reintegration plans"),
    "reintegration.visits": QT_TRANSLATE_NOOP("fields", "Follow-up visits"),
    "reintegration.assessment.assessed_on": QT_TRANSLATE_NOOP("fields", "Assessment date"),
    "reintegration.assessment.assessed_by": QT_TRANSLATE_NOOP("fields", "Assessed by"),
    "reintegration.assessment.person_notes": QT_TRANSLATE_NOOP(
        "fields", "Assessment: the person's own account"
    ),
    "reintegration.assessment.situation_notes": QT_TRANSLATE_NOOP(
        "fields", "Assessment: the situation at home"
    ),
    "reintegration.assessment.family_assessment": QT_TRANSLATE_NOOP("fields", "Family assessment"),
    "closure": QT_TRANSLATE_NOOP("fields", "Closure"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes and contact log"),
    "attachments": QT_TRANSLATE_NOOP("fields", "Attached documents"),
    "updated_at": QT_TRANSLATE_NOOP("fields", "Last changed"),
}
ITEM_EXISTS = QT_TRANSLATE_NOOP("fields", "{list}: entry kept or deleted")
ITEM_FIELD = QT_TRANSLATE_NOOP("fields", "{list}: {field}")
ITEM_WHOLE = QT_TRANSLATE_NOOP("fields", "{list}: one entry")


def dotted(path: str) -> str:
    """``person/contacts/[ab12]/phone`` -> ``person.contacts.phone`` (item ids dropped)."""
    return ".".join(p for p in path.split("/") if not p.startswith("[") and p != "=")


def humane(key: str) -> str:
    return key.replace("_", " ").capitalize()


def describe(path: str) -> tuple[str, dict[str, str]]:
    """An English template and its values (translate the template, then format)."""
    parts = path.split("/")
    if parts[-1] == "=":  # an atomic item (a consent event, a tick): the whole entry
        outer = dotted("/".join(parts[:-1]))
        return ITEM_WHOLE, {"list": WORDS.get(outer, humane(outer.rsplit(".", 1)[-1]))}
    name = dotted(path)
    if name in WORDS and not any(p.startswith("[") for p in parts):
        return WORDS[name], {}
    if parts[-1].startswith("["):
        return ITEM_EXISTS, {"list": WORDS.get(name, humane(name.rsplit(".", 1)[-1]))}
    if any(p.startswith("[") for p in parts):
        outer = dotted("/".join(parts[: max(i for i, p in enumerate(parts) if p.startswith("["))]))
        inner = parts[-1]
        return ITEM_FIELD, {
            "list": WORDS.get(outer, humane(outer.rsplit(".", 1)[-1])),
            "field": WORDS.get(name, humane(inner)).lower(),
        }
    return WORDS.get(name, humane(parts[-1])), {}


def in_words(path: str) -> str:
    template, values = describe(path)
    return template.format(**values)

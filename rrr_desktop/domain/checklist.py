"""The pre-departure checklist of UNODC Tool 7.8 and the information items of UNODC Tool 7.7.

Keys are stable identifiers stored in the vault; the English text is the source for
translations (printing has the per-language texts, reviewed by a native speaker).
"""

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP

# The eight conditions that must all be met before departure (UNODC Tool 7.8).
CONDITIONS: dict[str, str] = {
    "consents_to_departure": QT_TRANSLATE_NOOP(
        "checklist", "The person understands and consents to every departure procedure."
    ),
    "safe_place_on_arrival": QT_TRANSLATE_NOOP(
        "checklist",
        "A safe place to stay on arrival, at least temporary, has been agreed with the person.",
    ),
    "documents_in_hand": QT_TRANSLATE_NOOP(
        "checklist", "Every legal, administrative, identity and travel document is in hand."
    ),
    "referrals_explained": QT_TRANSLATE_NOOP(
        "checklist",
        "Service referrals and follow-up care have been explained and given to the person.",
    ),
    "info_sent_to_receiving_org": QT_TRANSLATE_NOOP(
        "checklist",
        "Documents and security information have been sent to the receiving organisation.",
    ),
    "arrangements_confirmed": QT_TRANSLATE_NOOP(
        "checklist",
        "Travel and services through partners in transit or at home are confirmed in advance, "
        "and the recommendations were sent and received.",
    ),
    "copies_given": QT_TRANSLATE_NOOP(
        "checklist",
        "The person holds copies of their own documents (medical care, case progress).",
    ),
    "steps_explained": QT_TRANSLATE_NOOP(
        "checklist",
        "The person has been told every step of departure, transport and follow-up.",
    ),
}

# What the person must have been told or given (UNODC Tool 7.8; UNODC Tool 7.7 recs 43-45).
INFORMATION_ITEMS: dict[str, str] = {
    "told_rights_options": QT_TRANSLATE_NOOP(
        "checklist", "Told their rights, options and the rules of return."
    ),
    "told_receiving_contact": QT_TRANSLATE_NOOP(
        "checklist",
        "Given the phone number of the receiving organisation and a named contact person.",
    ),
    "told_travel_grant": QT_TRANSLATE_NOOP("checklist", "Told about the travel grant, if any."),
    "told_no_alcohol": QT_TRANSLATE_NOOP(
        "checklist", "Told that alcohol is not allowed on the journey, especially with medication."
    ),
    "told_realistic_help": QT_TRANSLATE_NOOP(
        "checklist", "Told what help is realistically available at home."
    ),
    "told_plan_by_receiving_side": QT_TRANSLATE_NOOP(
        "checklist", "Told that the final reintegration plan is made by the receiving side."
    ),
    "given_contact_list": QT_TRANSLATE_NOOP(
        "checklist",
        "Given contact details of NGOs, lawyers, social welfare and a law-enforcement office "
        "at home.",
    ),
    "asked_met_by_ngo": QT_TRANSLATE_NOOP(
        "checklist", "Asked whether they want to be met by a local NGO on arrival."
    ),
}

ALL_ITEMS: dict[str, str] = {**CONDITIONS, **INFORMATION_ITEMS}

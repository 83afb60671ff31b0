"""A travel-document request to the person's embassy: the minimum data, nothing more.

UNODC Tool 7.7 rec. 42 and UNODC Tool 7.8: the request carries only what the document needs (name,
date and place of birth, nationality, the document, who asks) and never says that the
person was trafficked unless they explicitly agreed. No request at all while asylum is
pending or wished for, or without consent to contact the embassy.
"""

import dataclasses
import datetime as dt
import re
import unicodedata

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.gates import (
    Reason,
    embassy_contact_blockers,
    may_disclose_trafficking_to_embassy,
)
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import GateBlocked

DEFAULT_DOCUMENT = "travel document"

# Words that reveal the person's situation to an embassy, in every language the app ships
# (an organisation's name may be written in any of them). Compared on a folded form:
# lower case, without spaces, hyphens or apostrophes ("Safe-House", "safehouse" and
# "safe house" are one word), so spacing and punctuation do not slip past.
SENSITIVE_WORDS = (
    # English
    "traffick",
    "victim",
    "exploit",
    "shelter",
    "safehouse",
    "refuge",
    "survivor",
    "prostitut",
    "sexwork",
    "forcedlabo",
    "slave",
    "slavery",
    "servitude",
    "bondage",
    "debtbond",
    "rescue",
    "smuggl",
    "abuse",
    "crisis",
    "antitip",
    "countertip",
    "ctip",
    "womensaid",
    "humanrights",
    "migrantworkersrights",
    # French, Spanish
    "traite",
    "victime",
    "exploitation",
    "refugio",
    "albergue",
    "trata",
    "víctima",
    "explotación",
    "esclav",
    "proxénét",
    "rescate",
    "sauvetage",
    # Indonesian, Vietnamese
    "perdagangan",
    "korban",
    "eksploitasi",
    "rumahaman",
    "penyelundup",
    "muabánngười",
    "buônbánngười",
    "nạnnhân",
    "bóclột",
    "nhàtạmlánh",
    "giảicứu",
    # Thai, Lao, Khmer, Burmese
    "ค้ามนุษย์",
    "เหยื่อ",
    "ผู้เสียหาย",
    "บ้านพัก",
    "คุ้มครอง",
    "แสวงประโยชน์",
    "ຄ້າມະນຸດ",
    "ຜູ້ເຄາະຮ້າຍ",
    "ເຫຍື່ອ",
    "ຂູດຮີດ",
    "ជួញដូរមនុស្ស",
    "ជនរងគ្រោះ",
    "កេងប្រវ័ញ្ច",
    "ជម្រក",
    "လူကုန်ကူး",
    "သားကောင်",
    "ခိုလှုံ",
    "ခေါင်းပုံဖြတ်",
    # Chinese, Arabic
    "拐卖",
    "贩卖",
    "贩运",
    "受害",
    "庇护",
    "剥削",
    "救助",
    "妇女救援",
    "الاتجار",
    "اتجار",
    "ضحية",
    "ضحايا",
    "استغلال",
    "مأوى",
    "ملجأ",
    "إنقاذ",
)
_FOLD_OUT = re.compile(r"[\s\-‐‑–—_'’`.·]+")


def _fold(text: str) -> str:
    return _FOLD_OUT.sub("", unicodedata.normalize("NFC", text).casefold())


_SENSITIVE_RE = re.compile("|".join(re.escape(_fold(w)) for w in SENSITIVE_WORDS))

COUNTRY_NAMES: dict[str, str] = {
    "KH": "Cambodia",
    "TH": "Thailand",
    "LA": "the Lao People's Democratic Republic",
    "MM": "Myanmar",
    "VN": "Viet Nam",
    "ID": "Indonesia",
    "CN": "China",
    "MY": "Malaysia",
    "PH": "the Philippines",
    "SG": "Singapore",
    "HK": "Hong Kong, China",
    "AE": "the United Arab Emirates",
    "SA": "Saudi Arabia",
    "BD": "Bangladesh",
    "NP": "Nepal",
    "IN": "India",
    "LK": "Sri Lanka",
    "TL": "Timor-Leste",
}


class EmbassyRequestRefused(GateBlocked):
    """The request must not be made (or would reveal too much); ``reasons`` say why."""


@dataclasses.dataclass(frozen=True)
class TravelDocumentRequest:
    """Exactly the fields a travel-document request may carry."""

    reference: str
    full_name: str
    date_of_birth: str  # ISO date, or "" when only an estimate exists
    birth_year_estimate: int | None
    place_of_birth: str
    nationality_code: str
    nationality: str  # country name
    document_needed: str
    organisation: str
    written_on: dt.date
    disclose_trafficking: bool  # only with the person's explicit consent
    reply_to: str = ""  # the requesting office's address, phone and e-mail


def country_name(code: str) -> str:
    return COUNTRY_NAMES.get(code.upper(), code.upper())


def sensitive_words_in(text: str) -> list[str]:
    """The revealing words found in ``text`` (folded, in order, no repeats)."""
    found: list[str] = []
    for match in _SENSITIVE_RE.finditer(_fold(text)):
        word = match.group(0).lower()
        if word not in found:
            found.append(word)
    return found


def request_blockers(case: CaseFile, organisation: str, document_needed: str) -> list[Reason]:
    """Why a travel-document request may not be written now (empty: it may)."""
    reasons = list(embassy_contact_blockers(case))
    if not case.person.nationality:
        reasons.append(
            Reason(
                "no_nationality",
                QT_TRANSLATE_NOOP(
                    "embassy",
                    "The person's nationality is not recorded, so no embassy can be asked.",
                ),
            )
        )
    if not organisation.strip():
        reasons.append(
            Reason(
                "no_organisation",
                QT_TRANSLATE_NOOP("embassy", "The requesting organisation's name is missing."),
            )
        )
    if not may_disclose_trafficking_to_embassy(case) and (
        sensitive_words_in(organisation) or sensitive_words_in(document_needed)
    ):
        reasons.append(
            Reason(
                "sensitive_wording",
                QT_TRANSLATE_NOOP(
                    "embassy",
                    "The organisation name or the document named would reveal the person's "
                    "situation to the embassy; give a neutral name for the letter.",
                ),
            )
        )
    return reasons


def name_blockers(case: CaseFile, organisation: str, confirmed: str) -> list[Reason]:
    """Fail safe: a letter carries only the name a supervisor confirmed as neutral for
    this embassy, never the organisation's own name by default."""
    country = country_name(case.person.nationality) if case.person.nationality else ""
    if not confirmed:
        return [
            Reason(
                "no_neutral_name",
                QT_TRANSLATE_NOOP(
                    "embassy",
                    "No name is confirmed as neutral for letters to the embassy of {country}; a "
                    "supervisor confirms one first.",
                ),
                (("country", country),),
            )
        ]
    if organisation.strip() and " ".join(organisation.split()) != confirmed:
        return [
            Reason(
                "not_the_confirmed_name",
                QT_TRANSLATE_NOOP(
                    "embassy",
                    "Letters to this embassy carry only the name confirmed as neutral for it: "
                    "{name}.",
                ),
                (("name", confirmed),),
            )
        ]
    return []


def build_request(
    case: CaseFile,
    organisation: str,
    today: dt.date,
    document_needed: str = "",
    confirmed: str | None = None,
    reply_to: str = "",
) -> TravelDocumentRequest:
    """The request with the minimum data, or ``EmbassyRequestRefused`` with the reasons.
    With ``confirmed`` (the organisation's neutral name for this embassy, "" if none), the
    letter carries that name and nothing else."""
    document = document_needed.strip() or DEFAULT_DOCUMENT
    if confirmed is not None:
        naming = name_blockers(case, organisation, confirmed)
        organisation = confirmed or organisation
    else:
        naming = []
    reasons = naming + [  # "no name confirmed" already says the name is missing
        r
        for r in request_blockers(case, organisation, document)
        if not (naming and r.code == "no_organisation")
    ]
    if reasons:
        raise EmbassyRequestRefused(
            QT_TRANSLATE_NOOP("errors", "No embassy letter for {reference}: {reasons}"),
            reasons,
            reference=case.reference,
            reasons=" ".join(r.text for r in reasons),
        )
    person = case.person
    return TravelDocumentRequest(
        reference=case.reference,
        full_name=person.full_name,
        date_of_birth=person.date_of_birth.isoformat() if person.date_of_birth else "",
        birth_year_estimate=None if person.date_of_birth else person.birth_year(),
        place_of_birth=person.place_of_birth,
        nationality_code=person.nationality,
        nationality=country_name(person.nationality),
        document_needed=document,
        organisation=organisation.strip(),
        written_on=today,
        disclose_trafficking=may_disclose_trafficking_to_embassy(case),
        reply_to=reply_to,
    )

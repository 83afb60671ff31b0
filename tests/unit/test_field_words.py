"""Every field a referral sends or withholds has words in the one table of field labels
(so the preview, conflicts and exports never show a field's code)."""

from rrr_desktop.domain.field_names import WORDS
from rrr_desktop.domain.handoff_rules import referral_filter
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session


def test_every_field_of_a_full_case_has_words(demo_session: Session) -> None:
    rows = CaseService(demo_session).search(CaseQuery(limit=300))
    unnamed: set[str] = set()
    for row in rows:
        case = CaseService(demo_session).get(row.reference, audit=False)
        found = referral_filter(case.model_dump(mode="json"), case.consents, "Anyone")
        paths = [*found.sent, *(p for p, _why in found.withheld)]
        unnamed |= {p for p in paths if p not in WORDS}
    assert unnamed == set()

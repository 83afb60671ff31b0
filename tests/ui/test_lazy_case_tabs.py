"""Case tabs are built when first shown, and then show the open case."""

from pytestqt.qtbot import QtBot

from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.ui import tasks
from rrr_desktop.ui.casefile.consent_tab import ConsentTab
from rrr_desktop.ui.casefile.view import CaseFileView
from rrr_desktop.ui.context import UiContext


def test_tabs_are_built_on_first_show_with_the_case_loaded(
    qtbot: QtBot, demo_session: Session
) -> None:
    reference = CaseService(demo_session).search(CaseQuery(limit=1))[0].reference
    view = CaseFileView(UiContext(demo_session), reference)
    qtbot.addWidget(view)
    view.open()
    assert view.findChild(ConsentTab) is None  # not built until someone looks at it
    assert len(view._unbuilt) == view.tabs.count() - 1
    view.select_tab("consent")
    consent = view.tabs.currentWidget()
    assert isinstance(consent, ConsentTab)
    assert view.tab_keys[view.tabs.currentIndex()] == "consent"
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Consent"
    assert consent.case is not None  # loaded with the open case when it was built
    assert consent.case.reference == reference
    assert consent.purposes.item(0, 1) is not None  # state column filled
    view.select_tab("person")
    view.select_tab("consent")
    assert view.tabs.currentWidget() is consent  # built once, kept
    tasks.wait_for_idle()


def test_header_names_their_reference_and_earlier_ones(qtbot: QtBot, demo_session: Session) -> None:
    from rrr_desktop.vault.cases import save_case

    reference = CaseService(demo_session).search(CaseQuery(limit=1))[0].reference
    case = CaseService(demo_session).get(reference, audit=False)
    with demo_session.write() as conn:
        moved = case.model_copy(
            update={
                "partner_reference": "KH-2026-AB3-00077",
                "reference_aliases": ["TH-2026-00009"],
            }
        )
        save_case(conn, moved, demo_session.next_version(), "x", case.intake.intake_date)
    view = CaseFileView(UiContext(demo_session), reference)
    qtbot.addWidget(view)
    view.open()
    shown = view.subheader.text().replace("\u2068", "").replace("\u2069", "")  # isolates
    assert "their reference KH-2026-AB3-00077" in shown
    assert "earlier TH-2026-00009" in shown

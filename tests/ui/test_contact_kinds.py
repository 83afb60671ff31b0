"""A contact's kind is shown in the interface's language and stored as its code; a kind
a caseworker types is kept as typed."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from rrr_desktop import i18n
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.ui.casefile.person_tab import CONTACT_KINDS
from rrr_desktop.ui.main_window import MainWindow
from tests.ui.test_cases_and_casefile import _open_first


def test_kinds_are_shown_in_words_and_stored_as_codes(
    qtbot: QtBot, unlocked: MainWindow, demo_session: Session
) -> None:
    translator = i18n.PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        view = _open_first(qtbot, unlocked)
        person = view.form_tabs[0]
        table = person.contacts  # type: ignore[attr-defined]
        for _ in range(2):  # as "Add contact" does (without opening the editor)
            person._append_contact("phone", "", "", True, "")  # type: ignore[attr-defined]
        rows = table.rowCount()
        shown = [table.item(r, 0).text() for r in range(rows)]
        assert all(text not in CONTACT_KINDS for text in shown)  # words, not codes
        assert all(text.startswith("[") for text in shown)  # in the interface's language
        table.setItem(rows - 2, 1, QTableWidgetItem("+66 81 000 0000"))
        table.setItem(rows - 1, 1, QTableWidgetItem("sokha.s"))
        table.item(rows - 1, 0).setText("WhatsApp")  # a kind of the caseworker's own
        person._changed()  # type: ignore[attr-defined]
        view.save_button.click()
    finally:
        QCoreApplication.removeTranslator(translator)
    saved = CaseService(demo_session).get(view.reference, audit=False).person.contacts
    kinds = [c.kind for c in saved]
    assert kinds[-2:] == ["phone", "WhatsApp"]
    assert set(kinds[:-2]) <= set(CONTACT_KINDS)

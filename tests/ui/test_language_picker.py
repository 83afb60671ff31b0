"""The person's languages picked by name on the real case file: saved as codes, shown back
by name, and a word that names no language is refused at the field, nothing saved."""

from PySide6.QtCore import QAbstractProxyModel
from pytestqt.qtbot import QtBot

from rrr_desktop.services.cases import CaseService
from rrr_desktop.ui.casefile.person_tab import PersonTab
from rrr_desktop.ui.casefile.view import CaseFileView
from rrr_desktop.ui.main_window import MainWindow


def _person_tab(window: MainWindow) -> tuple[CaseFileView, PersonTab]:
    assert window.workspace is not None
    case_list = window.workspace.cases.list
    case_list.table.doubleClicked.emit(case_list.model.index(0, 1))
    view = window.workspace.cases.tabs.currentWidget()
    assert isinstance(view, CaseFileView)
    tab = view.tabs.currentWidget()
    assert isinstance(tab, PersonTab)
    return view, tab


def test_languages_by_name_are_saved_as_codes(qtbot: QtBot, unlocked: MainWindow) -> None:
    view, tab = _person_tab(unlocked)
    tab.languages.setText("Khmer, english, Thai (th)")
    tab.languages.textEdited.emit(tab.languages.text())
    qtbot.waitUntil(lambda: view.dirty, timeout=3_000)
    assert view.save()
    service = CaseService(unlocked.ctx.session)  # type: ignore[union-attr]
    assert service.get(view.reference, audit=False).person.languages == ["km", "en", "th"]
    assert tab.languages.text() == "Khmer (km), English (en), Thai (th)"


def test_a_word_that_names_no_language_is_refused_at_the_field(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    view, tab = _person_tab(unlocked)
    service = CaseService(unlocked.ctx.session)  # type: ignore[union-attr]
    before = service.get(view.reference, audit=False).person.languages
    tab.languages.setText("Khmer, Khmer language")
    tab.languages.textEdited.emit(tab.languages.text())
    qtbot.waitUntil(lambda: view.dirty, timeout=3_000)
    assert not view.save()
    assert "not a language code" in " ".join(
        label.text() for label in tab.findChildren(type(view.message)) if label.isVisible()
    )
    assert service.get(view.reference, audit=False).person.languages == before


def test_completion_offers_the_language_being_typed_after_the_last_separator(
    qtbot: QtBot,
) -> None:
    from rrr_desktop.ui.pickers import LanguagesPicker

    picker = LanguagesPicker()
    qtbot.addWidget(picker)
    completer = picker.completer()
    assert completer is not None
    picker.setText("Khmer (km)，Engl")
    assert completer.splitPath(picker.text()) == ["Engl"]
    completer.setCompletionPrefix("Engl")
    model = completer.completionModel()
    assert isinstance(model, QAbstractProxyModel)
    index = model.index(0, 0)
    completed = completer.pathFromIndex(model.mapToSource(index))
    assert completed == "Khmer (km)， English (en)"
    assert picker.codes() == (["km"], ["Engl"])
    picker.setText(completed)
    assert picker.codes() == (["km", "en"], [])

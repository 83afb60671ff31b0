"""Choosing the interface language in Settings: own names, applied at once, no typing lost."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from rrr_desktop import i18n, resources
from rrr_desktop.ui.main_window import MainWindow
from rrr_desktop.ui.workspace import Workspace


def _catalogue_text(code: str, context: str, source: str) -> str:
    tree = ET.parse(resources.translations_dir() / f"rrr_{code}.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation") or ""
    raise AssertionError(f"{context}/{source} is not in rrr_{code}.ts")


def _open_first_case(workspace: Workspace) -> None:
    case_list = workspace.cases.list
    case_list.table.doubleClicked.emit(case_list.model.index(0, 1))
    assert workspace.open_references()


def _nav_texts(workspace: Workspace) -> list[str]:
    return [workspace.nav.item(row).text() for row in range(workspace.nav.count())]


@pytest.fixture
def back_to_english() -> object:
    yield None
    i18n.install_language("en")


def test_picker_shows_each_language_in_its_own_script_and_no_pseudo(
    unlocked: MainWindow,
) -> None:
    assert unlocked.workspace is not None
    picker = unlocked.workspace.settings.language
    shown = {picker.itemData(i): picker.itemText(i) for i in range(picker.count())}
    assert set(shown) == set(i18n.LANGUAGES)
    assert len(shown) == 11
    assert shown["km"] == "ភាសាខ្មែរ"
    assert shown["ar"] == "العربية"
    assert shown["zh"] == "简体中文"
    assert i18n.PSEUDO not in shown


def test_choosing_a_language_applies_at_once_and_reopens_the_case_files(
    qtbot: QtBot, unlocked: MainWindow, back_to_english: object
) -> None:
    workspace = unlocked.workspace
    assert workspace is not None
    _open_first_case(workspace)
    reference = workspace.open_references()[0]
    workspace.show_page("settings")
    picker = workspace.settings.language
    picker.setCurrentIndex(picker.findData("km"))
    rebuilt = unlocked.workspace
    assert rebuilt is not None
    assert rebuilt is not workspace
    assert rebuilt.open_references() == [reference]
    assert rebuilt.current_page() == "settings"
    shown = _nav_texts(rebuilt)[0]
    assert shown.replace(i18n.ZWSP, "") == _catalogue_text("km", "pages", "Today") != "Today"
    assert i18n.ZWSP in shown  # syllable break hints for wrapped labels
    assert unlocked.prefs.language == "km"
    assert rebuilt.settings.draft_note.isVisibleTo(rebuilt.settings)


def test_unsaved_typing_survives_a_language_change(
    qtbot: QtBot, unlocked: MainWindow, back_to_english: object
) -> None:
    workspace = unlocked.workspace
    assert workspace is not None
    _open_first_case(workspace)
    view = workspace.cases.views()[0]
    person = view.form_tabs[0]
    person.family.setText("Typedbeforechange")  # type: ignore[attr-defined]
    person.family.textEdited.emit("Typedbeforechange")  # type: ignore[attr-defined]
    assert view.dirty
    workspace.show_page("settings")
    picker = workspace.settings.language
    picker.setCurrentIndex(picker.findData("fr"))
    assert unlocked.workspace is workspace  # waits: the typing is still there
    assert person.family.text() == "Typedbeforechange"  # type: ignore[attr-defined]
    assert workspace.settings.language_note.text()
    assert view.save()
    rebuilt = unlocked.workspace
    assert rebuilt is not None
    assert rebuilt is not workspace  # applied once saved
    assert QCoreApplication.translate("pages", "Today") == _catalogue_text("fr", "pages", "Today")
    again = rebuilt.cases.views()[0]
    assert again.reference == view.reference


@pytest.mark.parametrize("code", sorted(code for code in i18n.LANGUAGES if code != "en"))
def test_a_text_not_in_the_catalogue_stays_english_never_blank(
    qapp: object, back_to_english: object, code: str
) -> None:
    """Khmer and Lao go through a translator of our own (syllable break hints): it once
    answered "" for a text its catalogue lacks, and Qt showed that empty string (the
    Handoff page's title was blank in Khmer). Every language shows the English instead."""
    i18n.install_language(code)
    assert QCoreApplication.translate("NoSuchContext", "Not in any catalogue") == (
        "Not in any catalogue"
    )
    handoff = QCoreApplication.translate("HandoffPage", "Handoff")
    assert handoff.replace(i18n.ZWSP, "") == _catalogue_text(code, "HandoffPage", "Handoff")


@pytest.mark.parametrize("code", ["my", "km", "lo", "en"])
def test_every_page_name_fits_the_navigation(
    qtbot: QtBot, unlocked: MainWindow, back_to_english: object, code: str
) -> None:
    """Burmese "Audit log" was cut off in a navigation 170 pixels wide, with a scroll bar
    under it (found by the visual review)."""
    workspace = unlocked.workspace
    assert workspace is not None
    workspace.show_page("settings")
    picker = workspace.settings.language
    picker.setCurrentIndex(picker.findData(code))
    nav = unlocked.workspace.nav  # type: ignore[union-attr]
    room = nav.width() - 2 * nav.frameWidth()
    for row in range(nav.count()):  # each name is as wide as the room, or wraps within it
        assert nav.visualItemRect(nav.item(row)).right() <= room
    assert nav.horizontalScrollBar().maximum() == 0

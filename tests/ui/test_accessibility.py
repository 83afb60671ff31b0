"""Every input of the case file has a name a screen reader can say."""

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rrr_desktop.ui.accessibility import INPUTS, plain
from rrr_desktop.ui.case_model import CaseTableModel
from rrr_desktop.ui.casefile.view import CaseFileView
from rrr_desktop.ui.main_window import MainWindow


def _open_first(window: MainWindow) -> CaseFileView:
    assert window.workspace is not None
    case_list = window.workspace.cases.list
    case_list.table.doubleClicked.emit(case_list.model.index(0, 1))
    view = window.workspace.cases.tabs.currentWidget()
    assert isinstance(view, CaseFileView)
    return view


def _unnamed(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or widget.objectName().startswith("qt_"):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            found.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return found


def test_every_input_of_every_case_tab_has_an_accessible_name(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    view = _open_first(unlocked)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)  # tabs are built when first shown
        QApplication.processEvents()
    inputs = [w for w in view.findChildren(QWidget) if isinstance(w, INPUTS)]
    assert len(inputs) > 100
    assert _unnamed(view) == []


def test_label_text_becomes_a_plain_name() -> None:
    assert plain("&Family name:") == "Family name"
    assert plain("Shelter && care") == "Shelter & care"


def test_overdue_is_said_in_words_not_only_in_colour(qtbot: QtBot, unlocked: MainWindow) -> None:
    assert unlocked.workspace is not None
    today = unlocked.workspace.page("today")
    table = today.table  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=10_000)
    items = today.items  # type: ignore[union-attr]
    assert any(item.overdue for item in items)
    for row, item in enumerate(items):
        text = table.item(row, 0).text()
        assert ("⚠" in text and "overdue" in text) == item.overdue


def test_values_keep_their_own_direction_in_arabic(qtbot: QtBot, unlocked: MainWindow) -> None:
    from rrr_desktop import i18n
    from rrr_desktop.ui.bidi import FSI, PDI, IsolatingDelegate

    try:
        i18n.install_language("ar")
        view = _open_first(unlocked)
        assert view.layoutDirection().name == "RightToLeft"
        header = view.header.text()
        assert header.startswith(FSI + view.reference + PDI)  # the reference stays whole
        assert unlocked.status_vault.text().count(FSI) == 1
        table = unlocked.workspace.cases.list.table  # type: ignore[union-attr]
        assert isinstance(table.itemDelegate(), IsolatingDelegate)
    finally:
        i18n.install_language("en")


def test_fits_a_small_screen_with_the_font_enlarged_by_half(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """At 1366x768 with a 150% font, in the longest languages, no page needs to scroll
    sideways: every page and an open case file fit beside the navigation."""
    from rrr_desktop import i18n, resources

    resources.register_fonts()  # as the app does at start: the scripts' own fonts
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    big = app.font()
    big.setPointSizeF(original.pointSizeF() * 1.5)
    try:
        for language in ("my", "km", "ar", "fr"):
            i18n.install_language(language)
            unlocked.choose_language(language)  # rebuilds the workspace in that language
            app.setFont(big)
            workspace = unlocked.workspace
            assert workspace is not None
            model = workspace.cases.list.model

            def loaded(m: CaseTableModel = model) -> bool:
                return m.rowCount() > 0 and not m.loading

            qtbot.waitUntil(loaded, timeout=10_000)
            view = _open_first(unlocked)
            room = 1366 - workspace.nav.width() - 30
            for key in workspace.page_keys:
                page = workspace.page(key)
                assert page is not None
                assert page.minimumSizeHint().width() <= room, (language, key)
            assert view.minimumSizeHint().width() <= room, language
            assert unlocked.minimumSizeHint().height() <= 768
            app.setFont(original)
    finally:
        app.setFont(original)
        unlocked.choose_language("en")

"""Every input of the case file has a name a screen reader can say."""

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rrr_desktop.ui.accessibility import INPUTS, plain
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

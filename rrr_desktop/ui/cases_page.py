"""The Cases page: the case list in the first tab, one tab per open case file.

Tabs are titled with the case reference only (never a name). Closing a tab with
unsaved edits asks first; locking drops every case tab without asking.
"""

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QTabBar, QTabWidget, QVBoxLayout, QWidget

from rrr_desktop.errors import KnownError
from rrr_desktop.ui.case_list import CaseListWidget
from rrr_desktop.ui.casefile.view import CaseFileView
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.errors import present_error


class CasesPage(QWidget):
    currentCaseChanged = Signal(str)
    unsavedChanged = Signal()  # a case file became dirty or clean, or was closed

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesPage")
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseArea")
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(
            lambda _i: self.currentCaseChanged.emit(self.current_reference())
        )
        self.list = CaseListWidget(ctx, self)
        self.tabs.addTab(self.list, self.tr("Case list"))
        bar = self.tabs.tabBar()
        bar.setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        bar.setTabButton(0, QTabBar.ButtonPosition.LeftSide, None)
        close = QShortcut(QKeySequence("Ctrl+W"), self)
        close.activated.connect(lambda: self.close_tab(self.tabs.currentIndex()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.list.search.setFocus()
        self.list.search.selectAll()

    def views(self) -> list[CaseFileView]:
        found = []
        for index in range(1, self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, CaseFileView):
                found.append(widget)
        return found

    def view_for(self, reference: str) -> CaseFileView | None:
        return next((v for v in self.views() if v.reference == reference), None)

    def current_reference(self) -> str:
        widget = self.tabs.currentWidget()
        return widget.reference if isinstance(widget, CaseFileView) else ""

    def open_case(self, reference: str, tab_key: str = "") -> CaseFileView | None:
        view = self.view_for(reference)
        if view is None:
            view = CaseFileView(self.ctx, reference, self)
            try:
                view.open()
            except KnownError as exc:
                view.deleteLater()
                present_error(self, exc, self.tr("Cannot open the case"))
                return None
            index = self.tabs.addTab(view, reference)
            view.dirtyChanged.connect(lambda dirty, v=view: self._mark(v, dirty))
        else:
            index = self.tabs.indexOf(view)
        self.tabs.setCurrentIndex(index)
        if tab_key:
            view.select_tab(tab_key)
        view.tabs.tabBar().setFocus()  # the keyboard goes on in the case file, not nowhere
        return view

    def _mark(self, view: CaseFileView, dirty: bool) -> None:
        index = self.tabs.indexOf(view)
        if index >= 0:
            self.tabs.setTabText(index, view.reference + (" *" if dirty else ""))
        self.unsavedChanged.emit()

    def close_tab(self, index: int) -> bool:
        widget = self.tabs.widget(index)
        if not isinstance(widget, CaseFileView):
            return False
        if widget.dirty and not self._confirm_discard(widget):
            return False
        self.tabs.removeTab(index)
        widget.deleteLater()
        self.unsavedChanged.emit()
        return True

    def _confirm_discard(self, view: CaseFileView) -> bool:
        self.tabs.setCurrentWidget(view)
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Case {reference} has unsaved changes. Save them?").format(
                reference=view.reference
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return view.save()
        return answer == QMessageBox.StandardButton.Discard

    def confirm_close_all(self) -> bool:
        return all(self._confirm_discard(v) for v in self.views() if v.dirty)

    def discard_all(self) -> None:
        for view in self.views():
            self.tabs.removeTab(self.tabs.indexOf(view))
            view.hide()
            view.deleteLater()

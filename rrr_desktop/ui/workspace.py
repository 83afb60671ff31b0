"""The unlocked workspace: side navigation and its pages, built from page specs.

Core pages (Today, Cases, Settings) and pages of feature packages (``load_extensions``)
are ordered by ``order``. A navigation key no package provides yet gets an honest
"not available yet" page. The whole workspace is destroyed when the app locks.
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.ui.cases_page import CasesPage
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.prefs import Prefs
from rrr_desktop.ui.registry import PageSpec, load_extensions
from rrr_desktop.ui.settings_page import SettingsPage
from rrr_desktop.ui.today_page import TodayPage

log = logging.getLogger("rrr.ui")


class NotYetPage(QWidget):
    """Says plainly that a page could not be opened; shows no sample or fake data."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text, self)
        body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


NAV_WIDTH = (170, 280)  # pixels: the navigation's narrowest and widest


class Workspace(QWidget):
    titleChanged = Signal(str)  # case reference of the current case view, or ""
    idleMinutesChanged = Signal(int)
    languageChosen = Signal(str)

    def __init__(self, ctx: UiContext, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.ctx = ctx
        self.prefs = prefs
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; border: none; }"
            "QListWidget#navigation::item { padding: 8px 10px; }"
        )
        self.pages = QStackedWidget(self)
        self.page_keys: list[str] = []
        self._page_widgets: list[QWidget] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)

        self.cases = CasesPage(ctx, self)
        self.cases.currentCaseChanged.connect(self._case_title)
        for number, spec in enumerate(self._page_specs(), start=1):
            widget = _build_page(spec, ctx)
            self.pages.addWidget(_scrollable(widget))
            self._page_widgets.append(widget)
            self.page_keys.append(spec.key)
            item = QListWidgetItem(QCoreApplication.translate("pages", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            if number <= 9:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
                shortcut.activated.connect(lambda key=spec.key: self.show_page(key))
                item.setToolTip(f"Ctrl+{number}")
        self._fit_navigation()
        self.nav.currentRowChanged.connect(self._show_row)
        find = QShortcut(QKeySequence.StandardKey.Find, self)  # from any page: find a case
        find.activated.connect(self.find_case)
        ctx.openCaseRequested.connect(self.open_case)
        self.show_page("today")

    def _fit_navigation(self) -> None:
        """As wide as its longest page name needs (Burmese "Audit log" did not fit in 170
        pixels and scrolled sideways), within NAV_WIDTH."""
        self.nav.ensurePolished()
        widest = self.nav.sizeHintForColumn(0)
        frame = 2 * self.nav.frameWidth() + self.nav.verticalScrollBar().sizeHint().width()
        self.nav.setFixedWidth(max(NAV_WIDTH[0], min(NAV_WIDTH[1], widest + frame + 8)))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setWordWrap(True)  # past the widest allowed, a name wraps: never cut off

    def _page_specs(self) -> list[PageSpec]:
        def fixed(widget: QWidget) -> Callable[[UiContext], QWidget]:
            return lambda _ctx: widget

        settings = SettingsPage(self.ctx, self.prefs, self)
        settings.idleMinutesChanged.connect(self.idleMinutesChanged.emit)
        settings.languageChosen.connect(self.languageChosen.emit)
        self.settings = settings
        core = [
            PageSpec("today", QT_TRANSLATE_NOOP("pages", "Today"), 10, TodayPage),
            PageSpec("cases", QT_TRANSLATE_NOOP("pages", "Cases"), 20, fixed(self.cases)),
            PageSpec("settings", QT_TRANSLATE_NOOP("pages", "Settings"), 90, fixed(settings)),
        ]
        extension_pages, _tabs = load_extensions()
        by_key = {spec.key: spec for spec in core}
        for spec in extension_pages:
            by_key[spec.key] = spec
        return sorted(by_key.values(), key=lambda s: s.order)

    def show_page(self, key: str) -> None:
        if key in self.page_keys:
            self.nav.setCurrentRow(self.page_keys.index(key))

    def page(self, key: str) -> QWidget | None:
        return self._page_widgets[self.page_keys.index(key)]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        if self.page_keys[row] == "cases":
            self._case_title(self.cases.current_reference())
        else:
            self._case_title("")

    def _case_title(self, reference: str) -> None:
        visible = self.page_keys and self.page_keys[self.pages.currentIndex()] == "cases"
        self.titleChanged.emit(reference if visible else "")

    def find_case(self) -> None:
        self.show_page("cases")
        self.cases.focus_search()

    def open_case(self, reference: str, tab_key: str = "") -> None:
        self.show_page("cases")
        self.cases.open_case(reference, tab_key)

    def current_page(self) -> str:
        row = self.pages.currentIndex()
        return self.page_keys[row] if 0 <= row < len(self.page_keys) else ""

    def has_unsaved(self) -> bool:
        return any(view.dirty for view in self.cases.views())

    def open_references(self) -> list[str]:
        return [view.reference for view in self.cases.views()]

    def confirm_close(self) -> bool:
        return self.cases.confirm_close_all()

    def discard(self) -> None:
        """Locking: drop every case view now, unsaved edits included."""
        self.cases.discard_all()


def _scrollable(page: QWidget) -> QScrollArea:
    """A page scrolls when the window is smaller than it (a 1366x768 screen, a system font
    enlarged by half) instead of forcing the window past the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


def _build_page(spec: PageSpec, ctx: UiContext) -> QWidget:
    """A page that fails to build must not take the whole workspace down with it."""
    try:
        return spec.factory(ctx)
    except Exception as exc:
        log.error("page %s could not be built: %s", spec.key, type(exc).__name__)
        return NotYetPage(
            QCoreApplication.translate("pages", spec.title),
            QCoreApplication.translate("pages", "This page could not be opened ({kind}).").format(
                kind=type(exc).__name__
            ),
        )

"""Extension points of the main window: navigation pages and case-file tabs.

A feature package exposes ``PAGES`` and/or ``CASE_TABS`` (lists of the specs below) in a
module listed in ``EXTENSION_MODULES``. The main window imports them at start-up, so
adding a page is one line here and no edit of the window itself.
"""

import dataclasses
import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from rrr_desktop.ui.context import UiContext

# Modules that contribute pages or case tabs (each defines PAGES and/or CASE_TABS).
EXTENSION_MODULES: list[str] = []
EXTENSION_MODULES += ["rrr_desktop.ui.reintegration", "rrr_desktop.ui.directory"]
EXTENSION_MODULES.append("rrr_desktop.ui.printing")  # printing
EXTENSION_MODULES.append("rrr_desktop.ui.return_prep.tabs")
EXTENSION_MODULES.append("rrr_desktop.ui.reports")  # reports and import
EXTENSION_MODULES.append("rrr_desktop.ui.handoff")  # handoff bundles
EXTENSION_MODULES.append("rrr_desktop.ui.audit")  # audit and transfer logs
EXTENSION_MODULES.append("rrr_desktop.ui.notes")  # notes, contact log, files


@dataclasses.dataclass(frozen=True)
class PageSpec:
    """A page of the side navigation. ``title`` is translated in context "pages"."""

    key: str  # "today", "cases", "directory", "handoff", "reports", "settings"
    title: str
    order: int
    factory: Callable[[UiContext], QWidget]


@dataclasses.dataclass(frozen=True)
class CaseTabSpec:
    """A tab of the case file. The widget gets the case reference and must offer
    ``load(case: CaseFile) -> None``; it saves through services itself, then emits
    ``ctx.caseChanged``. ``title`` is translated in context "casetabs"."""

    key: str
    title: str
    order: int
    factory: Callable[[UiContext, str], QWidget]


def load_extensions() -> tuple[list[PageSpec], list[CaseTabSpec]]:
    pages: list[PageSpec] = []
    tabs: list[CaseTabSpec] = []
    for name in EXTENSION_MODULES:
        module = importlib.import_module(name)
        pages.extend(getattr(module, "PAGES", []))
        tabs.extend(getattr(module, "CASE_TABS", []))
    return sorted(pages, key=lambda p: p.order), sorted(tabs, key=lambda t: t.order)

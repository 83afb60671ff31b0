"""Keystroke to updated table, through the real case list model and its worker.

Measures from ``set_query`` (after the 150 ms typing pause the page waits for) until the
model has reset with the new count and first page, event loop and thread hand-off
included; and the longest time the UI thread spent inside any single step.
"""

import os
import time

from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session


def keystroke_figures(session: Session, prefixes: list[str], label: str) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from rrr_desktop.ui import tasks
    from rrr_desktop.ui.case_model import CaseTableModel

    app = QApplication.instance() or QApplication([])
    model = CaseTableModel(CaseService(session))
    totals: list[float] = []
    arrivals: list[float] = []
    loop = QEventLoop()

    def arrived(_count: int) -> None:
        arrivals.append(time.perf_counter())
        loop.quit()

    model.countChanged.connect(arrived)
    for text in prefixes:
        arrivals.clear()
        start = time.perf_counter()
        model.set_query(CaseQuery(text=text))
        if not arrivals:
            loop.exec()  # like the running app: Qt's loop, which lets the worker run
        model.data(model.index(0, 1))  # the first row is there to paint
        totals.append(arrivals[0] - start)
    tasks.wait_for_idle()
    del model, app
    ordered = sorted(totals)
    return {
        f"ui_keystroke_{label}_p50_ms": round(ordered[len(ordered) // 2] * 1000, 2),
        f"ui_keystroke_{label}_p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 2),
    }


def case_open_figures(session: Session, references: list[str], label: str) -> dict[str, float]:
    """Double-click to a filled case file: build the view with every tab, load, lay out."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from rrr_desktop.ui import tasks
    from rrr_desktop.ui.casefile.view import CaseFileView
    from rrr_desktop.ui.context import UiContext

    app = QApplication.instance() or QApplication([])
    ctx = UiContext(session)
    times: list[float] = []
    for reference in references:
        start = time.perf_counter()
        view = CaseFileView(ctx, reference)
        view.open()
        view.resize(1200, 800)
        view.show()
        app.processEvents()
        times.append(time.perf_counter() - start)
        view.close()
        view.deleteLater()
    tasks.wait_for_idle()
    app.processEvents()
    ordered = sorted(times)
    return {
        f"ui_case_open_{label}_p50_ms": round(ordered[len(ordered) // 2] * 1000, 1),
        f"ui_case_open_{label}_p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1),
    }

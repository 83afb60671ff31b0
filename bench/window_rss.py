"""Run as a process of its own: open the real main window on a vault, unlock it, show the
case list, search, open a case file and Today, then print the process's peak memory and
the time from start to the unlocked window with its case list (the KDF excluded).

Usage: python -m bench.window_rss VAULT_DIR USER PASSPHRASE
"""

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

START = time.perf_counter()


def _wait(app: object, until: Callable[[], bool], timeout: float = 60.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.perf_counter() + timeout
    while not until():
        QCoreApplication.processEvents()
        time.sleep(0.002)
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there")


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def main() -> int:
    vault_dir, user, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from rrr_desktop.domain.queries import CaseQuery
    from rrr_desktop.resources import register_fonts
    from rrr_desktop.ui.main_window import MainWindow
    from rrr_desktop.ui.prefs import Prefs

    app = QApplication([])
    register_fonts()
    window = MainWindow(Prefs(), vault_dir, vault_dir.parent / "demo-unused")
    window.show()
    screen = window.lock_screen
    screen.user.setCurrentText(user)
    screen.passphrase.setText(passphrase)
    unlock_started = time.perf_counter()
    screen.unlock_button.click()
    _wait(app, lambda: window.workspace is not None)
    workspace = window.workspace
    assert workspace is not None
    model = workspace.cases.list.model
    _wait(app, lambda: model.rowCount() > 0 and not model.loading)
    unlocked = time.perf_counter()
    model.set_query(CaseQuery(text="a"))
    _wait(app, lambda: not model.loading)
    workspace.show_page("today")
    _wait(app, lambda: True)
    reference = model.index(0, 0).data()
    if reference:
        workspace.open_case(str(reference))
    for _ in range(200):
        app.processEvents()
        time.sleep(0.005)
    print(
        json.dumps(
            {
                "start_to_unlocked_list_s": round(unlocked - START, 2),
                "unlock_to_list_s": round(unlocked - unlock_started, 2),
                "peak_rss_mb": round(_status_kib("VmHWM") / 1024, 1),
                "rss_mb": round(_status_kib("VmRSS") / 1024, 1),
            }
        )
    )
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Start-up of the desktop app: Qt application, fonts, language, the main window."""

import logging
import multiprocessing
import sys

from rrr_desktop.resources import register_fonts


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``rrr-desktop`` and ``python -m rrr_desktop``; ``--self-test`` checks
    the installation (``selftest.py``) instead of opening the window."""
    multiprocessing.freeze_support()  # a built app's import workers start through here
    args = sys.argv[1:] if argv is None else argv[1:]
    if "--self-test" in args:
        from rrr_desktop import selftest

        return selftest.run()
    from PySide6.QtWidgets import QApplication

    from rrr_desktop.i18n import install_language
    from rrr_desktop.services import demo, restore, vault_service
    from rrr_desktop.ui.main_window import MainWindow
    from rrr_desktop.ui.prefs import Prefs

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from rrr_desktop import hardening

    hardening.no_core_dumps()  # before any case data or key is in memory
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("RRR Desktop")
    app.setOrganizationName("rrr-desktop")
    app.setDesktopFileName("rrr-desktop")
    register_fonts()
    from rrr_desktop.ui import crash

    crash.install()
    prefs = Prefs()
    install_language(prefs.language)
    vault_dir = vault_service.default_vault_dir()
    restore.finish_interrupted(vault_dir)  # a restore killed halfway: its vault in place
    window = MainWindow(prefs, vault_dir, demo.demo_vault_dir(vault_dir))
    window.show()
    if "--exit-when-shown" in sys.argv[1:] + (argv or []):  # bench: time to the first window
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())

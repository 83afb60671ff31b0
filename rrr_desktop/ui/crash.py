"""The one place an unexpected error ends up: logged by its kind and where it happened,
never by its message (a message may hold a name or a phone number), and said to the
person in one sentence, with what is safe."""

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("rrr.crash")


def where(tb: TracebackType | None) -> str:
    """``module:line`` of the innermost frame of our own code (no values, no message)."""
    frames = [f for f in traceback.extract_tb(tb) if "rrr_desktop" in f.filename]
    if not frames:
        return "?"
    frame = frames[-1]
    module = frame.filename.rsplit("rrr_desktop", 1)[-1].strip("/\\").replace("/", ".")
    return f"{module}:{frame.lineno}"


def report(kind: type[BaseException], _exc: BaseException, tb: TracebackType | None) -> None:
    log.error("unexpected %s at %s", kind.__name__, where(tb))
    if QApplication.instance() is None:
        return
    QMessageBox.warning(
        None,
        QCoreApplication.translate("crash", "Something went wrong"),
        QCoreApplication.translate(
            "crash",
            "Something went wrong ({kind}). What was saved is safe in the vault; lock and "
            "unlock (Ctrl+L) to keep any typing not yet saved, and tell your administrator.",
        ).format(kind=kind.__name__),
    )


def install() -> None:
    """Unexpected errors in the window's event loop come here instead of a traceback
    with values on the terminal."""
    sys.excepthook = report

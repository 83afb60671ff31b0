"""The one way the UI shows a known error: its template translated, then filled in.

A ``KnownError`` carries an English template marked ``QT_TRANSLATE_NOOP("errors", ...)``
and the values of its placeholders (``rrr_desktop.errors``). ``error_text`` translates the
template in the "errors" context and fills it; ``present_error`` is the only place that puts
a known error in a message box. Anything else (a bug) keeps its own handling.
"""

from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rrr_desktop.domain.gates import Reason
from rrr_desktop.domain.i18n_marks import Marked, MarkedSentences
from rrr_desktop.errors import GateBlocked, KnownError, format_message
from rrr_desktop.ui import crash
from rrr_desktop.ui.bidi import isolate

# Where domain reasons are marked: gates.py ("gates"), plan_rules.py ("plan"), embassy.py.
REASON_CONTEXTS = ("plan", "gates", "embassy")


def reason_text(reason: Reason) -> str:
    """A domain reason, translated in the context that marked it, with its placeholders."""
    text = reason.template
    for context in REASON_CONTEXTS:
        text = QCoreApplication.translate(context, reason.template)
        if text != reason.template:
            break
    return text.format(**{k: _value_text(v) for k, v in reason.params})


def _value_text(value: Any) -> Any:
    """A value that is itself a marked text (a reason, a travel or file problem) is
    translated in its own context; folders, names and references are isolated (bidi), so
    a right-to-left sentence does not reorder them; numbers stay plain."""
    if isinstance(value, Reason):
        return reason_text(value)
    if isinstance(value, MarkedSentences):
        return " ".join(QCoreApplication.translate(value.context, t) for t in value.templates)
    if isinstance(value, Marked):
        text = QCoreApplication.translate(value.context, value.template)
        return text.format(**dict(value.params)) if value.params else text
    if isinstance(value, PurePath) or (isinstance(value, str) and not value.isdecimal()):
        return isolate(value)
    return value


def error_text(exc: KnownError) -> str:
    """The error's sentence in the user's language; a gate's refusal is its reasons."""
    if isinstance(exc, GateBlocked) and exc.reasons:
        return "\n".join(f"• {reason_text(r)}" for r in exc.reasons)
    text = QCoreApplication.translate("errors", exc.template)
    if not exc.values:
        return text
    values = {key: _value_text(value) for key, value in exc.values.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return format_message(exc.template, values)


def present_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """The one way a widget shows a failure. A known error is its sentence in a warning
    box (title: ``title`` or "Not done"); anything else is a bug, logged by its kind and
    place only and said calmly by ``crash.report`` (its message may hold personal data)."""
    if not isinstance(error, KnownError):
        crash.report(type(error), error, error.__traceback__)
        return
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("errors", "Not done"), error_text(error)
    )

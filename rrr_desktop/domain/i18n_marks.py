"""Marks strings for translation without importing Qt.

The domain must stay free of Qt, yet its reasons are shown to users. We mark each
template with ``QT_TRANSLATE_NOOP(context, text)``: pyside6-lupdate collects it by
name, and the UI translates the template with ``QCoreApplication.translate``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    del context
    return text

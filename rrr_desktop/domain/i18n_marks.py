"""Marks strings for translation without importing Qt.

The domain must stay free of Qt, yet its reasons are shown to users. We mark each
template with ``QT_TRANSLATE_NOOP(context, text)``: pyside6-lupdate collects it by
name, and the UI translates the template with ``QCoreApplication.translate``.
"""

import dataclasses
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    del context
    return text


@dataclasses.dataclass(frozen=True)
class Marked:
    """A template marked in ``context``, carried as a value into another message.

    ``str`` gives the English text; the UI translates ``template`` in ``context`` first.
    """

    context: str
    template: str
    params: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        if not self.params:
            return self.template
        return self.template.format(**dict(self.params))


@dataclasses.dataclass(frozen=True)
class MarkedSentences:
    """Several marked sentences carried as one value (the conditions still missing): the
    UI translates each in ``context`` and joins them; ``str`` joins the English."""

    context: str
    templates: tuple[str, ...]

    def __str__(self) -> str:
        return " ".join(self.templates)

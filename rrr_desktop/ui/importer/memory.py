"""Remembering the column mapping of a spreadsheet layout between imports.

QSettings gets only a hash of the header row and, per column position, the field chosen:
never a header text (a file without a header row would put a person's name there) and
never a cell value.
"""

import json

from PySide6.QtCore import QSettings

from rrr_desktop.domain.import_rules import FIELDS

PREFIX = "import/layouts/"


def recall(settings: QSettings, layout_key: str, headers: list[str]) -> dict[str, str] | None:
    raw = settings.value(PREFIX + layout_key)
    if not raw:
        return None
    try:
        fields = json.loads(str(raw))
    except ValueError:
        return None
    if not isinstance(fields, list) or len(fields) != len(headers):
        return None
    if not all(isinstance(f, str) and (f == "" or f in FIELDS) for f in fields):
        return None
    return dict(zip(headers, fields, strict=True))


def remember(
    settings: QSettings, layout_key: str, headers: list[str], mapping: dict[str, str]
) -> None:
    settings.setValue(PREFIX + layout_key, json.dumps([mapping.get(h, "") for h in headers]))

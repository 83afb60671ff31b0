"""Accessible names for inputs, so a screen reader says what each field is.

A form row's label names its field; composite fields (a date with "not known", a list
editor) pass the name on to the inputs inside them.
"""

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractButton)


def plain(text: str) -> str:
    """A label's text without its keyboard mnemonic ("&Name:" -> "Name")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":：")


def name_input(widget: QWidget, text: str) -> None:
    name = plain(text)
    if not name:
        return
    targets = [widget, *(w for w in widget.findChildren(QWidget) if isinstance(w, INPUTS))]
    for target in targets:
        if not target.accessibleName():
            target.setAccessibleName(name)


def name_form_rows(root: QWidget) -> None:
    """Give every field of every form layout under ``root`` its row label as its name."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if isinstance(label, QLabel) and field is not None:
                name_input(field, label.text())

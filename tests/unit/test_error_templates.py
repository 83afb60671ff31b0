"""Every refusal a user sees is a translatable template plus values (rrr_desktop.errors).

(a) an AST walk over the package: each ``raise`` of a ``KnownError`` subclass passes its
    message as ``QT_TRANSLATE_NOOP("errors", "literal")`` (or a name bound to one), and no
    f-string, so pyside6-lupdate collects it and the UI can translate it;
(b) ``str(err)`` is the English sentence with the values filled in (the CLI prints it);
(c) ``error_text`` translates the template in the "errors" context, then fills it.
"""

import ast
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from rrr_desktop import errors
from rrr_desktop.domain.gates import Reason
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP, Marked
from rrr_desktop.errors import (
    BundleReplayed,
    GateBlocked,
    InvalidInput,
    KnownError,
    NotFound,
    VaultNotFound,
)
from rrr_desktop.ui.bidi import isolate
from rrr_desktop.ui.errors import error_text, present_error

PACKAGE = Path(__file__).resolve().parents[2] / "rrr_desktop"
CONTEXT = "errors"

# Raises that cannot be converted yet, with why: (file, class) -> how many such raises.
# Each entry must still match (a converted file fails the test until it is removed here).
PENDING: dict[tuple[str, str], int] = {}


def _sources() -> dict[str, ast.Module]:
    return {
        str(path.relative_to(PACKAGE)): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _is_marked(node: ast.expr) -> bool:
    """``QT_TRANSLATE_NOOP("errors", "a literal")``."""
    return (
        isinstance(node, ast.Call)
        and _name(node.func) == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and not node.keywords
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == CONTEXT
        and isinstance(node.args[1], ast.Constant)
        and isinstance(node.args[1].value, str)
    )


def _first_param(init: ast.FunctionDef) -> str | None:
    params = [*init.args.posonlyargs, *init.args.args][1:]  # without self
    return params[0].arg if params else None


class _Classes:
    """KnownError and its subclasses: from rrr_desktop.errors and every class in the source."""

    def __init__(self, trees: dict[str, ast.Module]) -> None:
        self.bases: dict[str, list[str]] = {}
        self.inits: dict[str, ast.FunctionDef] = {}
        for cls in vars(errors).values():
            if isinstance(cls, type) and issubclass(cls, KnownError):
                self.bases[cls.__name__] = [b.__name__ for b in cls.__bases__]
        defs = [n for tree in trees.values() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
        changed = True
        while changed:
            changed = False
            for node in defs:
                bases = [b for b in map(_name, node.bases) if b]
                if node.name not in self.bases and any(b in self.bases for b in bases):
                    self.bases[node.name] = bases
                    changed = True
        for node in defs:
            if node.name in self.bases:
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        self.inits[node.name] = item

    def names(self) -> set[str]:
        return set(self.bases)

    def takes_template(self, name: str) -> bool:
        """False for a fixed message: ``WrongPassphrase()``, ``VaultNotFound(where)``."""
        if name == "KnownError":
            return True
        if name in self.inits:
            return _first_param(self.inits[name]) == "template"
        return any(self.takes_template(b) for b in self.bases[name] if b in self.bases)


def _bound_names(trees: dict[str, ast.Module]) -> set[str]:
    """Module constants such as ``DAMAGED = QT_TRANSLATE_NOOP("errors", ...)``."""
    found: set[str] = set()
    for tree in trees.values():
        for node in tree.body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if _is_marked(node.value):
                    found.update(t.id for t in targets if isinstance(t, ast.Name))
    return found


def _offences(trees: dict[str, ast.Module]) -> tuple[list[str], dict[tuple[str, str], int], int]:
    classes = _Classes(trees)
    known = classes.names()
    bound = _bound_names(trees)
    offences: list[str] = []
    pending: dict[tuple[str, str], int] = {}
    checked = 0
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            call = node.exc
            cls = _name(call.func)
            if cls not in known:
                continue
            checked += 1
            problems = []
            values = [*call.args, *(k.value for k in call.keywords)]
            if any(isinstance(v, ast.JoinedStr) for v in values):
                problems.append("an f-string argument")
            if classes.takes_template(cls):
                first = call.args[0] if call.args else None
                if first is None or not (_is_marked(first) or (_name(first) in bound)):
                    problems.append('the message is not QT_TRANSLATE_NOOP("errors", "...")')
            if problems:
                if (path, cls) in PENDING:
                    pending[(path, cls)] = pending.get((path, cls), 0) + 1
                else:
                    offences.append(f"{path}:{node.lineno} {cls}: {', '.join(problems)}")
    return offences, pending, checked


def test_every_raise_passes_a_marked_template() -> None:
    offences, pending, checked = _offences(_sources())
    assert checked > 150  # the walk found the raises
    assert offences == []
    assert pending == PENDING  # remove an entry here once its file is converted


def test_fixed_messages_are_marked_too() -> None:
    """A class with its own sentence (``WrongPassphrase()``) marks it where it is defined."""
    trees = _sources()
    classes = _Classes(trees)
    unmarked = []
    for name, init in classes.inits.items():
        if classes.takes_template(name):
            continue
        supers = [
            n
            for n in ast.walk(init)
            if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute)
            and n.func.attr == "__init__"
        ]
        if not supers or not all(s.args and _is_marked(s.args[0]) for s in supers):
            unmarked.append(name)
    assert unmarked == []


def test_the_walk_catches_unmarked_messages() -> None:
    source = """
from rrr_desktop.errors import InvalidInput, NotFound
DONE = QT_TRANSLATE_NOOP("errors", "Done.")
def f(x):
    raise InvalidInput(f"Bad {x}.")
def g(x):
    raise NotFound("Plain.")
def h(x):
    raise NotFound(QT_TRANSLATE_NOOP("errors", "No {x}."), x=f"{x}")
def ok(x):
    raise NotFound(QT_TRANSLATE_NOOP("errors", "No {x}."), x=x)
def ok2():
    raise InvalidInput(DONE)
"""
    offences, _, checked = _offences({"sample.py": ast.parse(source)})
    assert checked == 5
    assert [o.split(" ")[0] for o in offences] == ["sample.py:5", "sample.py:7", "sample.py:9"]


# -- (b) the English sentence ----------------------------------------------------------------


def test_str_formats_the_values() -> None:
    err = InvalidInput(
        QT_TRANSLATE_NOOP("errors", "A passphrase needs at least {min} characters."), min=12
    )
    assert err.template == "A passphrase needs at least {min} characters."
    assert err.values == {"min": 12}
    assert str(err) == "A passphrase needs at least 12 characters."


def test_fixed_messages_keep_their_signature_and_values() -> None:
    err = VaultNotFound("/data/vault")
    assert err.values == {"where": "/data/vault"}
    assert "{where}" in err.template
    assert str(err).startswith("No vault found in /data/vault. ")
    assert str(BundleReplayed()) == BundleReplayed().template


def test_gate_blocked_keeps_its_reasons() -> None:
    reason = Reason(
        "r", "The person has not consented to share the case with {org}.", (("org", "Org X"),)
    )
    err = GateBlocked(
        QT_TRANSLATE_NOOP("errors", "{reference} cannot move: {reasons}"),
        [reason],
        reference="KH-1",
        reasons=reason.text,
    )
    assert err.reasons == [reason]
    assert str(err) == (
        "KH-1 cannot move: The person has not consented to share the case with Org X."
    )


def test_marked_values_read_in_english() -> None:
    err = NotFound(
        QT_TRANSLATE_NOOP("errors", "{problem}"),
        problem=Marked("travel", "Leg {n} is late.", (("n", 2),)),
    )
    assert str(err) == "Leg 2 is late."


def test_a_template_without_values_is_shown_as_it_is() -> None:
    assert str(KnownError("Braces {stay} when nothing fills them.")) == (
        "Braces {stay} when nothing fills them."
    )


# -- (c) the translated sentence --------------------------------------------------------------

_PLACEHOLDER = re.compile(r"(\{[^{}]*\})")


class UpperTranslator(QTranslator):
    """Upper-cases what is translated in ``contexts`` (placeholders stay as they are)."""

    def __init__(self, contexts: set[str], keep_placeholders: bool = True) -> None:
        super().__init__()
        self.contexts = contexts
        self.keep_placeholders = keep_placeholders

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        del disambiguation, n
        if context not in self.contexts:
            return None  # no translation here (an empty string would be one)
        if not self.keep_placeholders:
            return source.upper()
        return "".join(
            p if _PLACEHOLDER.fullmatch(p) else p.upper() for p in _PLACEHOLDER.split(source)
        )

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def upper(qapp: QApplication) -> Any:
    installed: list[QTranslator] = []

    def install(contexts: set[str], keep_placeholders: bool = True) -> None:
        translator = UpperTranslator(contexts, keep_placeholders)
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def test_error_text_translates_then_formats(upper: Any) -> None:
    upper({CONTEXT})
    err = InvalidInput(
        QT_TRANSLATE_NOOP("errors", "A passphrase needs at least {min} characters."), min=12
    )
    assert error_text(err) == "A PASSPHRASE NEEDS AT LEAST 12 CHARACTERS."
    assert str(err) == "A passphrase needs at least 12 characters."  # the CLI stays English
    folder = isolate("/data/vault")  # one run of text, whatever the sentence's direction
    assert error_text(VaultNotFound("/data/vault")).startswith(f"NO VAULT FOUND IN {folder}. ")


def test_error_text_without_a_translation_is_english(qapp: QApplication) -> None:
    err = NotFound(
        QT_TRANSLATE_NOOP("errors", "No case with reference {reference}."), reference="KH-2026-0001"
    )
    assert error_text(err) == f"No case with reference {isolate('KH-2026-0001')}."


def test_values_that_are_marked_texts_are_translated_in_their_context(upper: Any) -> None:
    upper({CONTEXT, "travel", "gates"})
    err = InvalidInput(
        QT_TRANSLATE_NOOP("errors", "Refused: {problem}"),
        problem=Marked("travel", "Leg {n} is late.", (("n", 2),)),
    )
    assert error_text(err) == "REFUSED: LEG 2 IS LATE."
    reason = Reason("r", "Consent to share with {org} is missing.", (("org", "Org X"),))
    err = InvalidInput(
        QT_TRANSLATE_NOOP("errors", "Case {reference}: {reason}"), reference="kh-1", reason=reason
    )
    said = f"CASE {isolate('kh-1')}: CONSENT TO SHARE WITH {isolate('Org X')} IS MISSING."
    assert error_text(err) == said


def test_a_gate_shows_its_translated_reasons(upper: Any) -> None:
    upper({"gates"})
    reasons = [Reason("a", "First reason."), Reason("b", "Second reason.")]
    err = GateBlocked(QT_TRANSLATE_NOOP("errors", "{reasons}"), reasons, reasons="x")
    assert error_text(err) == "• FIRST REASON.\n• SECOND REASON."


def test_a_broken_translation_falls_back_to_english(upper: Any) -> None:
    upper({CONTEXT}, keep_placeholders=False)  # "{min}" became "{MIN}"
    err = InvalidInput(
        QT_TRANSLATE_NOOP("errors", "A passphrase needs at least {min} characters."), min=12
    )
    assert error_text(err) == "A passphrase needs at least 12 characters."


def test_show_error_is_a_warning_with_the_translated_text(
    upper: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    upper({CONTEXT})
    shown: list[tuple[Any, ...]] = []
    monkeypatch.setattr("rrr_desktop.ui.errors.QMessageBox.warning", lambda *a: shown.append(a))
    present_error(None, NotFound(QT_TRANSLATE_NOOP("errors", "No {what}."), what="thing"))
    present_error(None, NotFound(QT_TRANSLATE_NOOP("errors", "No {what}."), what="x"), "Title")
    thing, x = isolate("thing"), isolate("x")
    assert shown == [(None, "NOT DONE", f"NO {thing}."), (None, "Title", f"NO {x}.")]

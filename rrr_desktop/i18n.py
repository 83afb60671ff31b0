"""Languages of the interface, loading their translations, and a pseudo-locale.

Translations are ``translations/rrr_<code>.qm`` (built by ``make translations``); a
language without a file falls back to English. Arabic switches the layout to right to
left. The pseudo-locale (``RRR_PSEUDO_LOCALE=1`` or language ``pseudo``) makes every
string about 40% longer and bracketed, so clipped layouts and untranslated text show up.
"""

import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from rrr_desktop.domain.syllables import break_points
from rrr_desktop.resources import translations_dir

# code -> name of the language in itself (shown as is, never translated)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "km": "ភាសាខ្មែរ",
    "th": "ภาษาไทย",
    "lo": "ພາສາລາວ",
    "my": "မြန်မာဘာသာ",
    "vi": "Tiếng Việt",
    "id": "Bahasa Indonesia",
    "zh": "简体中文",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
}
RTL_LANGUAGES = {"ar"}
# Who drafted each catalogue (docs/translations.md); shown once, quietly, in Settings.
DRAFTED_BY_MACHINE = {code for code in LANGUAGES if code != "en"}
PSEUDO = "pseudo"

_PLACEHOLDER = re.compile(r"(\{[^{}]*\}|%n|%\d|&&|<[^<>]*>)")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnCN", "àéîõüýÀÉÎÕÜÝçñÇÑ")


def pseudo_text(text: str) -> str:
    """Accent the letters and pad by ~40%, leaving placeholders and markup intact."""
    if not text:
        return text
    parts = _PLACEHOLDER.split(text)
    out = "".join(p if _PLACEHOLDER.fullmatch(p) else p.translate(_ACCENTED) for p in parts)
    padding = "~" * max(2, len(text) * 2 // 5)
    return f"[{out} {padding}]"


class PseudoTranslator(QTranslator):
    """Translates every string into its pseudo form (for finding clipped layouts)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation, n
        return pseudo_text(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


ZWSP = "\u200b"
# Qt's wheels find no line break inside a Khmer or Lao run (docs/DEVELOPING.md, "Measured
# facts"): a wrapped label is then cut anywhere. A zero-width space at each syllable
# boundary gives Qt our breaks.
SYLLABLE_HINTS = {"km", "lo"}
# ... and in Burmese Qt breaks inside syllables whatever the hints: wrapped labels are
# re-wrapped by an application filter (ui/syllable_wrap.py).
LABEL_REWRAP = {"my"}


def with_break_hints(text: str) -> str:
    out, last = [], 0
    for point in sorted(break_points(text)):
        if text[point - 1].isspace() or text[point - 1] == ZWSP:
            continue
        out += [text[last:point], ZWSP]
        last = point
    return "".join(out) + text[last:] if out else text


class SyllableTranslator(QTranslator):
    """A compiled catalogue whose texts carry break hints between syllables."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        text = super().translate(context, source, disambiguation, n)
        # Not in the catalogue: None (a null string), so Qt falls back to the source.
        # An empty string is a translation, and blanked every such text (found on screen:
        # the Handoff page's title was empty in Khmer).
        return with_break_hints(text) if text else None  # type: ignore[return-value]


_installed: list[QTranslator] = []


def pseudo_requested() -> bool:
    return os.environ.get("RRR_PSEUDO_LOCALE", "") == "1"


def install_language(code: str) -> str:
    """Install the translators for ``code`` on the running application; returns the code used."""
    app = QCoreApplication.instance()
    if app is None:
        return "en"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if pseudo_requested():
        code = PSEUDO
    translator: QTranslator
    if code == PSEUDO:
        translator = PseudoTranslator(app)
        app.installTranslator(translator)
        _installed.append(translator)
    elif code in LANGUAGES and code != "en":
        translator = SyllableTranslator(app) if code in SYLLABLE_HINTS else QTranslator(app)
        # Without a .qm file yet the text stays English; direction and locale still apply.
        if translator.load(f"rrr_{code}", str(translations_dir())):
            app.installTranslator(translator)
            _installed.append(translator)
        qt_own = QTranslator(app)  # Qt's standard buttons and dialogs, where Qt ships them
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{code}", qt_dir):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    else:
        code = "en"
    if code in LANGUAGES:
        QLocale.setDefault(QLocale(code))
    direction = (
        Qt.LayoutDirection.RightToLeft if code in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(direction)
    _rewrap_labels(app, code in LABEL_REWRAP)
    return code


_rewrapping: list[QObject] = []


def _rewrap_labels(app: QCoreApplication, on: bool) -> None:
    from rrr_desktop.ui.syllable_wrap import SyllableWrap

    for old in _rewrapping:
        app.removeEventFilter(old)
    _rewrapping.clear()
    if on:
        wrap = SyllableWrap(app)
        app.installEventFilter(wrap)
        _rewrapping.append(wrap)

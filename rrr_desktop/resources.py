"""Where the shipped resources live (source tree or PyInstaller build) and font set-up.

Fonts ship with the app because system fonts print Thai, Khmer and Burmese as boxes;
registering them once lets Qt fall back to them per script on screen and in PDFs.
"""

import logging
import sys
from pathlib import Path

log = logging.getLogger("rrr.resources")

_registered = False


def base_dir() -> Path:
    """The project root in a source checkout, the unpacked folder in a frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return base_dir() / "resources"


def translations_dir() -> Path:
    return base_dir() / "translations"


def font_files() -> list[Path]:
    folder = resources_dir() / "fonts"
    return sorted([*folder.glob("*.ttf"), *folder.glob("*.otf")])


def register_fonts() -> int:
    """Register every shipped TTF with Qt (once per process); returns how many loaded.

    Needs a QGuiApplication (Qt crashes the process without one, so that is refused with
    an error instead). Safe to call from the printing code as well as at start-up.
    """
    global _registered
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    if QGuiApplication.instance() is None:
        raise RuntimeError("fonts are registered once the Qt application exists")
    if _registered:
        return len(font_files())
    loaded = 0
    for path in font_files():
        if QFontDatabase.addApplicationFont(str(path)) >= 0:
            loaded += 1
        else:
            log.warning("font could not be loaded: %s", path.name)
    _registered = True
    return loaded

"""Fonts of printed pages: the shipped Noto faces per script (registered by
``rrr_desktop.resources.register_fonts``), so Thai, Khmer, Lao, Burmese and Arabic never
(or Chinese) print as boxes (the system's fonts lack them; see docs/DEVELOPING.md,
"Measured facts") and the PDF embeds them.
"""

from rrr_desktop import resources

LATIN_FAMILY = "Noto Sans"
FAMILY_FOR_LANGUAGE: dict[str, str] = {
    "th": "Noto Sans Thai",
    "km": "Noto Sans Khmer",
    "lo": "Noto Sans Lao",
    "my": "Noto Sans Myanmar",
    "ar": "Noto Sans Arabic",
    # Simplified Chinese: Noto Sans CJK SC cut to the GB 2312 set (6,763 hanzi, ~3 MB a
    # weight instead of 16 MB): every character of modern Chinese text and names.
    "zh": "Noto Sans CJK SC",
}


def register_fonts() -> None:
    """Make the shipped fonts available to Qt (idempotent; needs a QGuiApplication)."""
    resources.register_fonts()


def font_stack(language: str) -> str:
    """A CSS font-family list: the script's own Noto face first, then Noto Sans."""
    family = FAMILY_FOR_LANGUAGE.get(language.split("-")[0].lower())
    families = [family, LATIN_FAMILY] if family else [LATIN_FAMILY]
    return ", ".join(f"'{f}'" for f in families)

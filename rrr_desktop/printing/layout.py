"""Small HTML builders shared by the printed documents (Qt rich-text subset).

Every piece of text is wrapped with its language's font and direction, so a Khmer or
Arabic column is shaped by the right Noto face and Arabic runs right to left.
"""

import html

from rrr_desktop.printing.texts import SOURCE_LANGUAGE, Catalogue, Phrase, load_catalogue

STYLE = """
body { font-family: 'Noto Sans'; font-size: 10pt; color: #000; }
h1 { font-size: 16pt; font-weight: bold; margin: 0 0 4px 0; }
h2 { font-size: 12pt; font-weight: bold; margin: 14px 0 4px 0; }
td { padding: 4px; vertical-align: top; }
.small { font-size: 8.5pt; color: #333; }
.muted { color: #555; }
.fallback { font-style: italic; color: #444; }
.box { font-weight: bold; font-size: 11pt; }
.line { border-bottom: 1px solid #000; }
"""


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def phrase_html(phrase: Phrase, css_class: str = "") -> str:
    """A phrase in its own font; an English stand-in is marked as such."""
    font = load_catalogue(phrase.language).fonts
    classes = " ".join(c for c in (css_class, "fallback" if phrase.fallback else "") if c)
    direction = "rtl" if load_catalogue(phrase.language).rtl else "ltr"
    attr = f' class="{classes}"' if classes else ""
    return f'<span dir="{direction}" style="font-family: {font};"{attr}>{esc(phrase.text)}</span>'


def value_html(text: str, language: str = SOURCE_LANGUAGE) -> str:
    """Data (names, places) typed by staff: any script, so give the person's font first."""
    return f'<span style="font-family: {load_catalogue(language).fonts};">{esc(text)}</span>'


def cell(content: str, catalogue: Catalogue, width: str) -> str:
    align = "right" if catalogue.rtl else "left"
    direction = "rtl" if catalogue.rtl else "ltr"
    return f'<td width="{width}" dir="{direction}" align="{align}">{content}</td>'


def bilingual_row(
    left: str, right: str, staff: Catalogue, person: Catalogue, lead: str = "",
    bilingual: bool = True,
) -> str:
    """One row: an optional narrow lead cell (tick box), then staff and person columns."""
    lead_cell = f'<td width="7%" align="center">{lead}</td>' if lead is not None and lead != "" else ""
    share = "46%" if lead_cell else "50%"
    if not bilingual:
        return f"<tr>{lead_cell}{cell(left, staff, '93%' if lead_cell else '100%')}</tr>"
    return f"<tr>{lead_cell}{cell(left, staff, share)}{cell(right, person, share)}</tr>"


def table(rows: list[str], border: int = 1) -> str:
    return (
        f'<table width="100%" border="{border}" cellspacing="0" cellpadding="5" '
        f'style="border-collapse: collapse; border-color: #777;">{"".join(rows)}</table>'
    )


def both(key: str, staff: Catalogue, person: Catalogue, bilingual: bool, css: str = "",
         sep: str = " / ", **params: str) -> str:
    """A label in both languages on one line, for headings."""
    first = phrase_html(staff.label(key, **params), css)
    if not bilingual:
        return first
    return f"{first}{esc(sep)}{phrase_html(person.label(key, **params), css)}"


def page_shell(title: str, body: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{esc(title)}</title>"
        f"<style>{STYLE}</style></head><body>{body}</body></html>"
    )

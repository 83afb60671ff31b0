"""Small HTML builders shared by the printed documents (Qt rich-text subset).

Every piece of text is wrapped with its language's font and direction, so a Khmer or
Arabic column is shaped by the right Noto face and Arabic runs right to left.
"""

import html

from rrr_desktop.printing.texts import (
    FSI,
    PDI,
    SOURCE_LANGUAGE,
    Catalogue,
    Phrase,
    load_catalogue,
)

STYLE = """
body { font-family: 'Noto Sans'; font-size: 10pt; color: #000; }
h1 { font-size: 16pt; font-weight: bold; margin: 0 0 4px 0; }
h2 { font-size: 12pt; font-weight: bold; margin: 14px 0 4px 0; }
td { padding: 4px; vertical-align: top; }
.small { font-size: 8.5pt; color: #333; }
.muted { color: #555; }
.fallback { font-style: italic; color: #444; }
.box { font-weight: bold; font-size: 11pt; }
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
    """Data (names, places, dates) typed by staff: any script, so the person's font first,
    and a bidi isolate so a date or a Latin name keeps its order next to Arabic."""
    font = load_catalogue(language).fonts
    return f'<span style="font-family: {font};">{FSI}{esc(text)}{PDI}</span>'


def cell(content: str, catalogue: Catalogue, width: str) -> str:
    align = "right" if catalogue.rtl else "left"
    direction = "rtl" if catalogue.rtl else "ltr"
    return f'<td width="{width}" dir="{direction}" align="{align}">{content}</td>'


def bilingual_row(
    left: str,
    right: str,
    staff: Catalogue,
    person: Catalogue,
    lead: str = "",
    bilingual: bool = True,
) -> str:
    """One row: an optional narrow lead cell (tick box), then staff and person columns."""
    lead_cell = f'<td width="7%" align="center">{lead}</td>' if lead else ""
    share = "46%" if lead_cell else "50%"
    if not bilingual:
        return f"<tr>{lead_cell}{cell(left, staff, '93%' if lead_cell else '100%')}</tr>"
    return f"<tr>{lead_cell}{cell(left, staff, share)}{cell(right, person, share)}</tr>"


def table(rows: list[str], border: int = 1) -> str:
    return (
        f'<table width="100%" border="{border}" cellspacing="0" cellpadding="5" '
        f'style="border-collapse: collapse; border-color: #777;">{"".join(rows)}</table>'
    )


def both(
    key: str,
    staff: Catalogue,
    person: Catalogue,
    bilingual: bool,
    css: str = "",
    sep: str = " / ",
    **params: str,
) -> str:
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


def heading(key: str, staff: Catalogue, person: Catalogue, bilingual: bool) -> str:
    """A section heading; bilingual, each language in its own column and direction."""
    if not bilingual:
        return f"<h2>{phrase_html(staff.label(key))}</h2>"
    left = f"<h2 style='margin: 0;'>{phrase_html(staff.label(key))}</h2>"
    right = f"<h2 style='margin: 0;'>{phrase_html(person.label(key))}</h2>"
    return (
        "<table width='100%' border='0' cellspacing='0' cellpadding='2' "
        f"style='margin-top: 12px;'><tr>{cell(left, staff, '50%')}"
        f"{cell(right, person, '50%')}</tr></table>"
    )


def title(key: str, staff: Catalogue, person: Catalogue, bilingual: bool) -> str:
    """The document title, the person's language on its own line in its direction."""
    first = f"<h1>{phrase_html(staff.label(key))}</h1>"
    if not bilingual:
        return first
    align = "right" if person.rtl else "left"
    direction = "rtl" if person.rtl else "ltr"
    return f"{first}<h1 align='{align}' dir='{direction}'>{phrase_html(person.label(key))}</h1>"


def page_footer(reference: str, staff: Catalogue, person: Catalogue, bilingual: bool) -> str:
    """Reference in the middle, "page n of N" in each language on its own side; the
    ``{page}``/``{pages}`` markers are filled per page by the renderer."""
    numbers = {"page": "{page}", "pages": "{pages}"}
    left = phrase_html(staff.label("page", **numbers), "small")
    right = phrase_html(person.label("page", **numbers), "small") if bilingual else ""
    middle = f"<span class='small'>{esc(reference)}</span>"
    return (
        "<table width='100%' border='0' cellspacing='0' cellpadding='0'><tr>"
        f"{cell(left, staff, '35%')}<td width='30%' align='center'>{middle}</td>"
        f"<td width='35%' align='right' dir='{'rtl' if person.rtl else 'ltr'}'>{right}</td>"
        "</tr></table>"
    )


def unbroken(text: str) -> str:
    """A phone number, a reference or a date is never broken across lines (no-break space
    and hyphen; the text layer gives back the plain characters)."""
    return text.replace(" ", "\u00a0").replace("-", "\u2011")

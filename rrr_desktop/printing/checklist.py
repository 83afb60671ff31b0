"""The printed pre-departure checklist (seed 001): both languages side by side, each of
the eight conditions and the information items with who ticked them and when, the wish
to be met on arrival, the contacts handed over, and signature lines."""

from collections.abc import Sequence

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.checklist import CONDITIONS, INFORMATION_ITEMS
from rrr_desktop.domain.directory import DirectoryEntry, is_stale
from rrr_desktop.printing.context import PrintContext, PrintDocument
from rrr_desktop.printing.layout import (
    bilingual_row,
    both,
    esc,
    heading,
    page_footer,
    page_shell,
    phrase_html,
    table,
    title,
    value_html,
)
from rrr_desktop.printing.texts import Catalogue

# The shipped fonts have no ballot-box glyphs, so the tick state is drawn with brackets.
EMPTY_BOX = "<span class='box'>[&nbsp;&nbsp;]</span>"
TICKED_BOX = "<span class='box'>[X]</span>"


def header_html(case: CaseFile, ctx: PrintContext, title_key: str) -> str:
    """Title, case reference, the name only when chosen, and the print date."""
    staff, person, two = ctx.staff, ctx.person, ctx.bilingual
    rows = [
        f"<tr><td>{both('reference', staff, person, two)}</td>"
        f"<td><b>{esc(case.reference)}</b></td></tr>"
    ]
    if ctx.show_name:
        rows.append(
            f"<tr><td>{both('name', staff, person, two)}</td>"
            f"<td><b>{value_html(case.person.printed_name, person.language)}</b></td></tr>"
        )
    rows.append(
        f"<tr><td>{both('printed_on', staff, person, two)}</td>"
        f"<td>{esc(ctx.printed_on.isoformat())}</td></tr>"
    )
    note = ""
    if two and _uses_fallback(person):
        note = f"<p class='small'>{phrase_html(person.label('untranslated_note'))}</p>"
    return f"{title(title_key, staff, person, two)}{table(rows, border=0)}{note}"


def _uses_fallback(catalogue: Catalogue) -> bool:
    source = catalogue.source
    if source is None:
        return False
    return any(catalogue.item(k).fallback for k in source.items) or any(
        catalogue.label(k).fallback for k in source.labels if "{" not in source.labels[k]
    ) or catalogue.label("page", page="1", pages="1").fallback


def _tick_rows(case: CaseFile, ctx: PrintContext, keys: list[str]) -> list[str]:
    staff, person = ctx.staff, ctx.person
    rows: list[str] = []
    for number, key in enumerate(keys, start=1):
        tick = case.checklist.tick_for(key)
        if tick is None:
            lead = f"{EMPTY_BOX}<br/><span class='small'>{number}</span>"
            state_left = phrase_html(staff.label("not_ticked"), "small")
            state_right = phrase_html(person.label("not_ticked"), "small")
        else:
            lead = f"{TICKED_BOX}<br/><span class='small'>{number}</span>"
            params = {"by": ctx.who(tick.by), "on": tick.on.isoformat()}
            state_left = (
                phrase_html(staff.label("ticked"), "small") + " "
                + phrase_html(staff.label("ticked_by", **params), "small")
            )
            state_right = (
                phrase_html(person.label("ticked"), "small") + " "
                + phrase_html(person.label("ticked_by", **params), "small")
            )
        left = f"{phrase_html(staff.item(key))}<br/>{state_left}"
        right = f"{phrase_html(person.item(key))}<br/>{state_right}"
        rows.append(bilingual_row(left, right, staff, person, lead, ctx.bilingual))
    return rows


def _answer_key(wish: bool | None) -> str:
    return "not_asked" if wish is None else ("yes" if wish else "no")


def contact_lines(entries: Sequence[DirectoryEntry], ctx: PrintContext,
                  person_language: str) -> str:
    """Names, phones and a visible warning for entries not verified recently."""
    lines = []
    for entry in entries:
        parts = [entry.name, entry.contact_person, entry.phone, entry.email]
        text = " · ".join(p for p in parts if p)
        warning = ""
        if is_stale(entry, ctx.printed_on):
            warning = (
                "<br/>" + phrase_html(ctx.staff.label("contact_unverified"), "small")
                + (" " + phrase_html(ctx.person.label("contact_unverified"), "small")
                   if ctx.bilingual else "")
            )
        lines.append(f"{value_html(text, person_language)}{warning}")
    return "<br/>".join(lines)


def signature_block(ctx: PrintContext) -> str:
    staff, person, two = ctx.staff, ctx.person, ctx.bilingual
    rows = []
    for key in ("signature_person", "signature_caseworker"):
        rows.append(
            f"<tr><td width='60%'>{both(key, staff, person, two)}<br/><br/><br/>"
            f"{'_' * 45}</td>"
            f"<td width='40%'>{both('date', staff, person, two)}<br/><br/><br/>"
            f"{'_' * 25}</td></tr>"
        )
    # One table per signer, so a page break never separates a label from its line.
    return heading("signatures_heading", staff, person, two) + "".join(
        table([row], border=0) for row in rows)


def footer_html(case: CaseFile, ctx: PrintContext) -> str:
    """Reference and page numbers on every page (``{page}``/``{pages}`` filled per page)."""
    return page_footer(case.reference, ctx.staff, ctx.person, ctx.bilingual)


def checklist_document(case: CaseFile, ctx: PrintContext) -> PrintDocument:
    staff, person, two = ctx.staff, ctx.person, ctx.bilingual
    body = [header_html(case, ctx, "checklist_title")]
    body.append(heading('conditions_heading', staff, person, two))
    body.extend(table([row]) for row in _tick_rows(case, ctx, list(CONDITIONS)))
    body.append(heading('information_heading', staff, person, two))
    body.extend(table([row]) for row in _tick_rows(case, ctx, list(INFORMATION_ITEMS)))
    body.append(heading('arrival_heading', staff, person, two))
    answer = _answer_key(case.checklist.wants_ngo_met_on_arrival)
    wish = bilingual_row(
        f"{phrase_html(staff.label('met_by_ngo'))}: <b>{phrase_html(staff.label(answer))}</b>",
        f"{phrase_html(person.label('met_by_ngo'))}: <b>{phrase_html(person.label(answer))}</b>",
        staff, person, "", two,
    )
    body.append(table([wish]))
    body.append(heading('contacts_heading', staff, person, two))
    handed_ids = case.checklist.contacts_handed_over
    if ctx.handed_over:
        body.append(f"<p>{contact_lines(ctx.handed_over, ctx, person.language)}</p>")
    elif handed_ids:  # recorded, but the directory entries are not available to print
        count = str(len(handed_ids))
        body.append(f"<p>{both('contacts_unresolved', staff, person, two, count=count)}</p>")
    else:
        body.append(f"<p>{both('contacts_none', staff, person, two)}</p>")
    body.append(signature_block(ctx))
    doc_title = f"RRR checklist {case.reference}"
    return PrintDocument(doc_title, page_shell(doc_title, "".join(body)), footer_html(case, ctx),
                         person.rtl)

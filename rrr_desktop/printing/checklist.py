"""The printed pre-departure checklist (UNODC Tool 7.8): both languages side by side. First a
status box (ready to travel, or which conditions are still open), then each of the eight
conditions and the information items with who ticked them, when and their note, open
ones marked plainly; the wish to be met on arrival, the contacts handed over, and the
statement the person signs with the caseworker and an interpreter or witness (one block,
never split and never alone on a page)."""

from collections.abc import Sequence

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.checklist import CONDITIONS, INFORMATION_ITEMS
from rrr_desktop.domain.directory import DirectoryEntry, is_stale
from rrr_desktop.domain.return_prep import OverrideKind
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
    unbroken,
    value_html,
)
from rrr_desktop.printing.render import KEEP_WITH_PREVIOUS_PERCENT
from rrr_desktop.printing.texts import Catalogue

# The shipped fonts have no ballot-box glyphs, so the tick state is drawn with brackets.
EMPTY_BOX = "<span class='box'>[&nbsp;&nbsp;]</span>"
TICKED_BOX = "<span class='box'>[X]</span>"


def header_html(case: CaseFile, ctx: PrintContext, title_key: str) -> str:
    """Title, case reference, the name only when chosen, and the print date."""
    staff, person, two = ctx.staff, ctx.person, ctx.bilingual
    rows = [
        f"<tr><td>{both('reference', staff, person, two)}</td>"
        f"<td><b>{esc(unbroken(case.reference))}</b></td></tr>"
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
    return (
        any(catalogue.item(k).fallback for k in source.items)
        or any(catalogue.label(k).fallback for k in source.labels if "{" not in source.labels[k])
        or catalogue.label("page", page="1", pages="1").fallback
    )


def _tick_rows(case: CaseFile, ctx: PrintContext, keys: list[str]) -> list[str]:
    staff, person = ctx.staff, ctx.person
    rows: list[str] = []
    for number, key in enumerate(keys, start=1):
        tick = case.checklist.tick_for(key)
        if tick is None:  # open: said in words, in bold on grey, not only by an empty box
            lead = f"{EMPTY_BOX}<br/><span class='small'>{number}</span>"
            state_left = _open_mark(staff)
            state_right = _open_mark(person)
        else:
            lead = f"{TICKED_BOX}<br/><span class='small'>{number}</span>"
            params = {"by": ctx.who(tick.by), "on": tick.on.isoformat()}
            state_left = (
                phrase_html(staff.label("ticked"), "small")
                + " "
                + phrase_html(staff.label("ticked_by", **params), "small")
            )
            state_right = (
                phrase_html(person.label("ticked"), "small")
                + " "
                + phrase_html(person.label("ticked_by", **params), "small")
            )
            if tick.note.strip():  # written by the caseworker: in their column only
                state_left += "<br/>" + phrase_html(
                    staff.label("tick_note", note=tick.note.strip()), "small"
                )
        left = f"{phrase_html(staff.item(key))}<br/>{state_left}"
        right = f"{phrase_html(person.item(key))}<br/>{state_right}"
        rows.append(bilingual_row(left, right, staff, person, lead, ctx.bilingual))
    return rows


def _open_mark(catalogue: Catalogue) -> str:
    return (
        "<span style='background-color: #d9d9d9; font-weight: bold;'>&nbsp;"
        f"{phrase_html(catalogue.label('not_ticked'))}&nbsp;</span>"
    )


def status_box(case: CaseFile, ctx: PrintContext) -> str:
    """Ready to travel, or not yet and by which conditions (their numbers below)."""
    staff, person, two = ctx.staff, ctx.person, ctx.bilingual
    missing = [n for n, key in enumerate(CONDITIONS, 1) if case.checklist.tick_for(key) is None]
    params = {"count": str(len(missing)), "numbers": ", ".join(str(n) for n in missing)}
    if not missing:
        key, params = "status_ready", {}
    elif case.active_override(OverrideKind.CHECKLIST) is not None:
        key = "status_override"
    else:
        key = "status_blocked"
    left = f"<b>{phrase_html(staff.label(key, **params))}</b>"
    right = f"<b>{phrase_html(person.label(key, **params))}</b>"
    return table([bilingual_row(left, right, staff, person, "", two)], border=2)


def _answer_key(wish: bool | None) -> str:
    return "not_asked" if wish is None else ("yes" if wish else "no")


def contact_lines(
    entries: Sequence[DirectoryEntry], ctx: PrintContext, person_language: str
) -> str:
    """Names, phones and a visible warning for entries not verified recently."""
    return "<br/>".join(contact_line_list(entries, ctx, person_language))


def contact_line_list(
    entries: Sequence[DirectoryEntry], ctx: PrintContext, person_language: str
) -> list[str]:
    lines = []
    for entry in entries:
        phone = unbroken(entry.phone)
        parts = [entry.name, entry.contact_person, phone, entry.email]
        text = " · ".join(p for p in parts if p)
        warning = ""
        if is_stale(entry, ctx.printed_on):
            warning = (
                "<br/>"
                + phrase_html(ctx.staff.label("contact_unverified"), "small")
                + (
                    " " + phrase_html(ctx.person.label("contact_unverified"), "small")
                    if ctx.bilingual
                    else ""
                )
            )
        lines.append(f"{value_html(text, person_language)}{warning}")
    return lines


def signature_block(ctx: PrintContext, statement: bool = True) -> str:
    """What the person confirms, then a line for the person, the caseworker and an
    interpreter or witness: one table, so it is never split, marked to keep with what
    precedes it, so it is never alone on a page."""
    staff, person, two = ctx.staff, ctx.person, ctx.bilingual
    rows = []
    if statement:
        mine = phrase_html(staff.label("statement"))
        rows.append(
            bilingual_row(mine, phrase_html(person.label("statement")), staff, person)
            if two
            else f"<tr><td colspan='2'>{mine}</td></tr>"
        )
    for key in ("signature_person", "signature_caseworker", "signature_witness"):
        rows.append(
            f"<tr><td width='60%'>{both(key, staff, person, two)}<br/><br/><br/>"
            f"{'_' * 45}</td>"
            f"<td width='40%'>{both('date', staff, person, two)}<br/><br/><br/>"
            f"{'_' * 25}</td></tr>"
        )
    block = (
        f'<table width="{KEEP_WITH_PREVIOUS_PERCENT:g}%" border="0" cellspacing="0" '
        f'cellpadding="5">{"".join(rows)}</table>'
    )
    return heading("signatures_heading", staff, person, two) + block


def footer_html(case: CaseFile, ctx: PrintContext) -> str:
    """Reference and page numbers on every page (``{page}``/``{pages}`` filled per page)."""
    return page_footer(case.reference, ctx.staff, ctx.person, ctx.bilingual)


def checklist_document(case: CaseFile, ctx: PrintContext) -> PrintDocument:
    staff, person, two = ctx.staff, ctx.person, ctx.bilingual
    body = [header_html(case, ctx, "checklist_title"), status_box(case, ctx)]
    body.append(heading("conditions_heading", staff, person, two))
    body.extend(table([row]) for row in _tick_rows(case, ctx, list(CONDITIONS)))
    body.append(heading("information_heading", staff, person, two))
    body.extend(table([row]) for row in _tick_rows(case, ctx, list(INFORMATION_ITEMS)))
    body.append(heading("arrival_heading", staff, person, two))
    answer = _answer_key(case.checklist.wants_ngo_met_on_arrival)
    wish = bilingual_row(
        f"{phrase_html(staff.label('met_by_ngo'))}: <b>{phrase_html(staff.label(answer))}</b>",
        f"{phrase_html(person.label('met_by_ngo'))}: <b>{phrase_html(person.label(answer))}</b>",
        staff,
        person,
        "",
        two,
    )
    body.append(table([wish]))
    body.append(heading("contacts_heading", staff, person, two))
    handed_ids = case.checklist.contacts_handed_over
    if ctx.handed_over:
        contacts = contact_line_list(ctx.handed_over, ctx, person.language)
    elif handed_ids:  # recorded, but the directory entries are not available to print
        contacts = [both("contacts_unresolved", staff, person, two, count=str(len(handed_ids)))]
    else:
        contacts = [both("contacts_none", staff, person, two)]
    # One small table per contact: never split inside a phone number, and the last ones
    # are what the signatures keep with when they would start a page.
    body.extend(table([f"<tr><td>{line}</td></tr>"], border=0) for line in contacts)
    body.append(signature_block(ctx))
    doc_title = f"RRR checklist {case.reference}"
    return PrintDocument(
        doc_title, page_shell(doc_title, "".join(body)), footer_html(case, ctx), person.rtl
    )

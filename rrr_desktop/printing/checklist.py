"""The printed pre-departure checklist (seed 001): both languages side by side, each of
the eight conditions and the information items with who ticked them and when, the wish
to be met on arrival, the contacts handed over, and signature lines."""

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.checklist import CONDITIONS, INFORMATION_ITEMS
from rrr_desktop.domain.directory import DirectoryEntry, is_stale
from rrr_desktop.printing.context import PrintContext, PrintDocument
from rrr_desktop.printing.layout import (
    both,
    bilingual_row,
    esc,
    page_shell,
    phrase_html,
    table,
    value_html,
)
from rrr_desktop.printing.texts import Catalogue


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
            f"<td><b>{value_html(case.person.full_name, person.language)}</b></td></tr>"
        )
    rows.append(
        f"<tr><td>{both('printed_on', staff, person, two)}</td>"
        f"<td>{esc(ctx.printed_on.isoformat())}</td></tr>"
    )
    title = phrase_html(staff.label(title_key))
    if two:
        title += f"<br/>{phrase_html(person.label(title_key))}"
    note = ""
    if two and _uses_fallback(person):
        note = f"<p class='small'>{phrase_html(person.label('untranslated_note'))}</p>"
    return f"<h1>{title}</h1>{table(rows, border=0)}{note}"


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
            lead = f"<span class='box'>[&nbsp;&nbsp;]</span><br/><span class='small'>{number}</span>"
            state_left = phrase_html(staff.label("not_ticked"), "small")
            state_right = phrase_html(person.label("not_ticked"), "small")
        else:
            lead = f"<span class='box'>[X]</span><br/><span class='small'>{number}</span>"
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


def contact_lines(entries: list[DirectoryEntry] | tuple[DirectoryEntry, ...], ctx: PrintContext,
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
    blank = "&nbsp;" * 10
    rows = []
    for key in ("signature_person", "signature_caseworker"):
        rows.append(
            f"<tr><td width='60%'>{both(key, staff, person, two)}<br/><br/><br/>"
            f"<span class='line'>{blank * 6}</span></td>"
            f"<td width='40%'>{both('date', staff, person, two)}<br/><br/><br/>"
            f"<span class='line'>{blank * 4}</span></td></tr>"
        )
    return f"<h2>{both('signatures_heading', staff, person, two)}</h2>{table(rows, border=0)}"


def footer_html(case: CaseFile, ctx: PrintContext) -> str:
    """Reference and page numbers on every page (``{page}``/``{pages}`` filled per page)."""
    page = both("page", ctx.staff, ctx.person, ctx.bilingual, "small",
                page="{page}", pages="{pages}")
    return f"<span class='small'>{esc(case.reference)}</span>&nbsp;&nbsp;&nbsp;{page}"


def checklist_document(case: CaseFile, ctx: PrintContext) -> PrintDocument:
    staff, person, two = ctx.staff, ctx.person, ctx.bilingual
    body = [header_html(case, ctx, "checklist_title")]
    body.append(f"<h2>{both('conditions_heading', staff, person, two)}</h2>")
    body.append(table(_tick_rows(case, ctx, list(CONDITIONS))))
    body.append(f"<h2>{both('information_heading', staff, person, two)}</h2>")
    body.append(table(_tick_rows(case, ctx, list(INFORMATION_ITEMS))))
    body.append(f"<h2>{both('arrival_heading', staff, person, two)}</h2>")
    answer = _answer_key(case.checklist.wants_ngo_met_on_arrival)
    wish = bilingual_row(
        f"{phrase_html(staff.label('met_by_ngo'))}: <b>{phrase_html(staff.label(answer))}</b>",
        f"{phrase_html(person.label('met_by_ngo'))}: <b>{phrase_html(person.label(answer))}</b>",
        staff, person, "", two,
    )
    body.append(table([wish]))
    body.append(f"<h2>{both('contacts_heading', staff, person, two)}</h2>")
    if ctx.handed_over:
        body.append(f"<p>{contact_lines(ctx.handed_over, ctx, person.language)}</p>")
    else:
        body.append(f"<p>{both('contacts_none', staff, person, two)}</p>")
    body.append(signature_block(ctx))
    title = f"RRR checklist {case.reference}"
    return PrintDocument(title, page_shell(title, "".join(body)), footer_html(case, ctx),
                         person.rtl)

"""The personal information sheet the person keeps: who to call, where they will stay,
their documents, their rights, no alcohol on the journey, what help is realistic and that
the reintegration plan is made at home. Both languages side by side."""

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.printing.checklist import contact_lines, footer_html, header_html
from rrr_desktop.printing.context import PrintContext, PrintDocument
from rrr_desktop.printing.layout import (
    bilingual_row,
    both,
    page_shell,
    phrase_html,
    table,
    value_html,
)


def _section(ctx: PrintContext, heading: str, text: str | None, data: str = "") -> str:
    """A heading and its explanation in both languages, then case data across both."""
    staff, person = ctx.staff, ctx.person

    left = f"<b>{phrase_html(staff.label(heading))}</b>"
    right = f"<b>{phrase_html(person.label(heading))}</b>"
    if text:
        left += f"<br/>{phrase_html(staff.label(text))}"
        right += f"<br/>{phrase_html(person.label(text))}"
    rows = [bilingual_row(left, right, staff, person, "", ctx.bilingual)]
    if data:
        span = 2 if ctx.bilingual else 1
        rows.append(f"<tr><td colspan='{span}' dir='ltr' align='left'>{data}</td></tr>")
    return table(rows) + "<p></p>"


def _who_to_call(case: CaseFile, ctx: PrintContext) -> str:
    lang = ctx.person.language
    if not case.receiving_org:
        return both("not_recorded", ctx.staff, ctx.person, ctx.bilingual)
    lines = [f"<b>{value_html(case.receiving_org, lang)}</b>"]
    contact = ctx.receiving_contact
    if contact is not None:
        if contact.contact_person:
            lines.append(f"{both('contact_person', ctx.staff, ctx.person, ctx.bilingual)}: "
                         f"<b>{value_html(contact.contact_person, lang)}</b>")
        if contact.phone:
            lines.append(f"{both('phone', ctx.staff, ctx.person, ctx.bilingual)}: "
                         f"<b>{value_html(contact.phone, lang)}</b>")
    else:
        lines.append(both("not_recorded", ctx.staff, ctx.person, ctx.bilingual))
    return "<br/>".join(lines)


def _where_you_stay(case: CaseFile, ctx: PrintContext) -> str:
    lang = ctx.person.language
    lines = []
    if case.itinerary.met_on_arrival_by:
        lines.append(f"{both('met_on_arrival', ctx.staff, ctx.person, ctx.bilingual)} "
                     f"<b>{value_html(case.itinerary.met_on_arrival_by, lang)}</b>")
    if case.itinerary.legs:
        lines.append(f"<b>{both('journey', ctx.staff, ctx.person, ctx.bilingual)}</b>")
        for leg in case.itinerary.legs:
            when = leg.departs_at.strftime("%Y-%m-%d %H:%M")
            carrier = f" ({leg.carrier})" if leg.carrier else ""
            lines.append(value_html(f"{when}  {leg.origin} – {leg.destination}{carrier}", lang))
    return "<br/>".join(lines)


def _documents(case: CaseFile, ctx: PrintContext) -> str:
    lang = ctx.person.language
    lines = []
    for doc in case.documents:
        marks = []
        flags = ((doc.in_hand, "document_in_hand"), (doc.copy_given_to_person, "copy_given"))
        for flag, key in flags:
            if flag:
                marks.append(both(key, ctx.staff, ctx.person, ctx.bilingual))
        suffix = f" – {', '.join(marks)}" if marks else ""
        lines.append(f"{value_html(doc.kind, lang)}{suffix}")
    return "<br/>".join(lines)


def info_sheet_document(case: CaseFile, ctx: PrintContext) -> PrintDocument:
    staff, person, two = ctx.staff, ctx.person, ctx.bilingual
    intro = bilingual_row(phrase_html(staff.label("sheet_intro")),
                          phrase_html(person.label("sheet_intro")), staff, person, "", two)
    body = [header_html(case, ctx, "sheet_title"), table([intro], border=0), "<p></p>"]
    body.append(_section(ctx, "who_to_call", "who_to_call_text", _who_to_call(case, ctx)))
    body.append(_section(ctx, "where_you_stay", "where_you_stay_text", _where_you_stay(case, ctx)))
    body.append(_section(ctx, "your_documents", "documents_text", _documents(case, ctx)))
    body.append(_section(ctx, "your_rights", "rights_text"))
    body.append(_section(ctx, "no_alcohol", "no_alcohol_text"))
    body.append(_section(ctx, "realistic_help", "realistic_help_text"))
    body.append(_section(ctx, "plan_at_home", "plan_at_home_text"))
    if ctx.handed_over:
        body.append(_section(ctx, "other_contacts", None,
                             contact_lines(ctx.handed_over, ctx, person.language)))
    title = f"RRR information sheet {case.reference}"
    return PrintDocument(title, page_shell(title, "".join(body)), footer_html(case, ctx),
                         person.rtl)


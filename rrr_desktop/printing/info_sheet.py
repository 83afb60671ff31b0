"""The personal information sheet the person keeps: who to call, where they will stay, the
journey (places by name, local times, who travels with them, who meets them), the travel
grant, their documents, their rights, no alcohol on the journey, what help is realistic
and that the reintegration plan is made at home. Both languages side by side."""

import datetime as dt

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.enums import GrantKind
from rrr_desktop.domain.places import place_country, place_name
from rrr_desktop.domain.travel_rules import journey_is_past, local_time, sorted_legs
from rrr_desktop.printing.checklist import contact_lines, footer_html, header_html
from rrr_desktop.printing.context import PrintContext, PrintDocument
from rrr_desktop.printing.layout import (
    bilingual_row,
    both,
    page_shell,
    phrase_html,
    table,
    unbroken,
    value_html,
)
from rrr_desktop.printing.texts import Catalogue


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
            lines.append(
                f"{both('contact_person', ctx.staff, ctx.person, ctx.bilingual)}: "
                f"<b>{value_html(contact.contact_person, lang)}</b>"
            )
        if contact.phone:
            lines.append(
                f"{both('phone', ctx.staff, ctx.person, ctx.bilingual)}: "
                f"<b>{value_html(unbroken(contact.phone), lang)}</b>"
            )
    else:
        lines.append(both("not_recorded", ctx.staff, ctx.person, ctx.bilingual))
    return "<br/>".join(lines)


DOCUMENT_KEYS = {
    "passport": "doc_passport",
    "travel document": "doc_travel_document",
    "id card": "doc_id_card",
    "identity card": "doc_id_card",
    "birth certificate": "doc_birth_certificate",
    "medical record": "doc_medical_record",
}


def _leg_line(ctx: PrintContext, key: str, place: str, moment: dt.datetime) -> str:
    """ "Leaves Phnom Penh (PNH): 2026-12-02 08:00 (local time)" in both languages."""
    shown, local = local_time(moment, place_country(place))
    when = unbroken(shown.strftime("%Y-%m-%d %H:%M"))

    def line(catalogue: Catalogue) -> str:
        suffix = f" ({catalogue.label('local_time').text})" if local else " UTC"
        return phrase_html(catalogue.label(key, place=place_name(place), time=when + suffix))

    if not ctx.bilingual:
        return line(ctx.staff)
    return f"{line(ctx.staff)} / {line(ctx.person)}"


def _where_you_stay(case: CaseFile, ctx: PrintContext) -> str:
    lang = ctx.person.language
    two = ctx.bilingual
    lines = []
    if case.itinerary.met_on_arrival_by:
        lines.append(
            f"{both('met_on_arrival', ctx.staff, ctx.person, two)} "
            f"<b>{value_html(case.itinerary.met_on_arrival_by, lang)}</b>"
        )
    legs = sorted_legs(case.itinerary.legs)
    if legs:
        lines.append(f"<b>{both('journey', ctx.staff, ctx.person, two)}</b>")
        if journey_is_past(case.itinerary, ctx.printed_on):
            lines.append(f"<b>{both('journey_past', ctx.staff, ctx.person, two)}</b>")
        for leg in legs:
            carrier = f" ({value_html(leg.carrier, lang)})" if leg.carrier else ""
            lines.append(_leg_line(ctx, "leg_departs", leg.origin, leg.departs_at) + carrier)
            lines.append(_leg_line(ctx, "leg_arrives", leg.destination, leg.arrives_at))
            if leg.escort:
                lines.append(both("escorted_by", ctx.staff, ctx.person, two, escort=leg.escort))
    return "<br/>".join(lines)


def _grant(case: CaseFile, ctx: PrintContext) -> str:
    itinerary = case.itinerary
    if itinerary.grant_kind == GrantKind.NONE:
        return both("grant_none", ctx.staff, ctx.person, ctx.bilingual)
    key = "grant_cash" if itinerary.grant_kind == GrantKind.CASH else "grant_in_kind"
    text = f"<b>{both(key, ctx.staff, ctx.person, ctx.bilingual)}</b>"
    if itinerary.grant_details:
        text += "<br/>" + value_html(itinerary.grant_details, ctx.person.language)
    return text


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
        known = DOCUMENT_KEYS.get(doc.kind.strip().casefold())
        kind = (
            both(known, ctx.staff, ctx.person, ctx.bilingual)
            if known
            else value_html(doc.kind, lang)
        )
        lines.append(f"{kind}{suffix}")
    return "<br/>".join(lines)


def info_sheet_document(case: CaseFile, ctx: PrintContext) -> PrintDocument:
    staff, person, two = ctx.staff, ctx.person, ctx.bilingual
    intro = bilingual_row(
        phrase_html(staff.label("sheet_intro")),
        phrase_html(person.label("sheet_intro")),
        staff,
        person,
        "",
        two,
    )
    body = [header_html(case, ctx, "sheet_title"), table([intro], border=0), "<p></p>"]
    body.append(_section(ctx, "who_to_call", "who_to_call_text", _who_to_call(case, ctx)))
    body.append(_section(ctx, "where_you_stay", "where_you_stay_text", _where_you_stay(case, ctx)))
    body.append(_section(ctx, "grant_heading", None, _grant(case, ctx)))
    body.append(_section(ctx, "your_documents", "documents_text", _documents(case, ctx)))
    body.append(_section(ctx, "your_rights", "rights_text"))
    body.append(_section(ctx, "no_alcohol", "no_alcohol_text"))
    body.append(_section(ctx, "realistic_help", "realistic_help_text"))
    body.append(_section(ctx, "plan_at_home", "plan_at_home_text"))
    if ctx.handed_over:
        body.append(
            _section(
                ctx, "other_contacts", None, contact_lines(ctx.handed_over, ctx, person.language)
            )
        )
    title = f"RRR information sheet {case.reference}"
    return PrintDocument(
        title, page_shell(title, "".join(body)), footer_html(case, ctx), person.rtl
    )

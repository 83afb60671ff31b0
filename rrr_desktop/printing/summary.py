""" "What we hold about you": a bilingual summary for the person of the kinds of information
the organisation keeps, the consents given, declined or withdrawn, and who it was shared
with (the transfer log), in plain words.

It names kinds of information and counts, never the details: the paper may be lost or
found by someone else, and the person can ask to see the details in private.
"""

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.consent import current_consent
from rrr_desktop.domain.enums import ConsentPurpose, ConsentState
from rrr_desktop.printing.checklist import footer_html, header_html
from rrr_desktop.printing.context import PrintContext, PrintDocument
from rrr_desktop.printing.layout import bilingual_row, heading, page_shell, phrase_html, table


def _pair(ctx: PrintContext, key: str, **params: str) -> tuple[str, str]:
    return (
        phrase_html(ctx.staff.label(key, **params)),
        phrase_html(ctx.person.label(key, **params)),
    )


def _row(ctx: PrintContext, key: str, **params: str) -> str:
    left, right = _pair(ctx, key, **params)
    return bilingual_row(left, right, ctx.staff, ctx.person, "", ctx.bilingual)


def held_kinds(case: CaseFile) -> list[tuple[str, dict[str, str]]]:
    """The kinds of information present in the case (label key, parameters)."""
    person = case.person
    shelter = case.shelter
    plan = case.reintegration
    found: list[tuple[str, dict[str, str]]] = [("held_identity", {})]

    def counted(key: str, items: list[object]) -> None:
        if items:
            found.append((key, {"count": str(len(items))}))

    if person.languages:
        found.append(("held_languages", {}))
    counted("held_contacts", list(person.contacts))
    if person.wishes.strip():
        found.append(("held_wishes", {}))
    if person.guardian is not None:
        found.append(("held_guardian", {}))
    found.append(("held_intake", {}))
    if shelter.shelter_name or shelter.admitted_on or shelter.services_received:
        found.append(("held_shelter", {}))
    counted("held_medical", list(shelter.medical))
    counted("held_risk", list(case.risk_assessments))
    counted("held_documents", list(case.documents))
    if case.itinerary.legs:
        found.append(("held_travel", {}))
    if plan.plans or plan.visits:
        found.append(("held_plan", {}))
    counted("held_notes", list(case.notes))
    counted("held_files", list(case.attachments))
    return found


def _consent_rows(case: CaseFile, ctx: PrintContext) -> list[str]:
    rows = []
    for purpose in ConsentPurpose:
        event = current_consent(case.consents, purpose)
        if event is None or event.state == ConsentState.NOT_ASKED:
            continue  # only what the person was asked
        state_key = f"state_{event.state.value}"
        purpose_left, purpose_right = _pair(ctx, f"purpose_{purpose.value}")
        state_left, state_right = _pair(ctx, state_key, date=event.on.isoformat())
        rows.append(
            bilingual_row(
                f"<b>{purpose_left}</b><br/>{state_left}",
                f"<b>{purpose_right}</b><br/>{state_right}",
                ctx.staff,
                ctx.person,
                "",
                ctx.bilingual,
            )
        )
    return rows


def summary_document(case: CaseFile, ctx: PrintContext) -> PrintDocument:
    org = ctx.organisation or "—"
    body = [header_html(case, ctx, "summary_title")]
    body.append(table([_row(ctx, "summary_intro", org=org)], border=0))
    body.append(heading("summary_held_heading", ctx.staff, ctx.person, ctx.bilingual))
    body.append(table([_row(ctx, key, **params) for key, params in held_kinds(case)]))
    body.append(heading("summary_consents_heading", ctx.staff, ctx.person, ctx.bilingual))
    consents = _consent_rows(case, ctx)
    body.append(table(consents) if consents else table([_row(ctx, "state_not_asked")]))
    body.append(heading("summary_shared_heading", ctx.staff, ctx.person, ctx.bilingual))
    if ctx.disclosures:
        body.append(
            table(
                [
                    _row(ctx, "shared_with", date=day.isoformat(), org=recipient)
                    for day, recipient in ctx.disclosures
                ]
            )
        )
    else:
        body.append(table([_row(ctx, "summary_shared_none", org=org)], border=0))
    body.append(heading("summary_rights_heading", ctx.staff, ctx.person, ctx.bilingual))
    until = case.closure.retention_until if case.closure else None
    kept = (
        _row(ctx, "summary_kept_until", date=until.isoformat())
        if until
        else _row(ctx, "summary_kept_open")
    )
    body.append(table([_row(ctx, "summary_rights_text"), kept], border=0))
    title = f"RRR summary {case.reference}"
    return PrintDocument(
        title, page_shell(title, "".join(body)), footer_html(case, ctx), ctx.person.rtl
    )

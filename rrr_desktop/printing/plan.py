"""The printed reintegration plan the person keeps (ILO Mekong), in both languages.

It reuses the checklist's header, footer, signature lines and the stale-contact warning;
the plan's own texts live in ``resources/plan_print_texts/<lang>.json`` and fall back to
English, visibly marked, where a translation is missing. The person's wishes are printed
as they were written, beside the caseworker's proposal.
"""

import dataclasses
import functools
import json
from collections.abc import Mapping

from rrr_desktop import resources
from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.directory import DirectoryEntry, is_stale
from rrr_desktop.domain.reintegration import PlanComponent, ReintegrationPlan
from rrr_desktop.printing.checklist import footer_html, header_html, signature_block
from rrr_desktop.printing.context import PrintContext, PrintDocument
from rrr_desktop.printing.layout import (
    both,
    esc,
    heading,
    page_shell,
    phrase_html,
    table,
    value_html,
)
from rrr_desktop.printing.texts import SOURCE_LANGUAGE, Catalogue, base_language

PLAN_TEXTS_DIR = resources.resources_dir() / "plan_print_texts"


@functools.cache
def _plan_texts(language: str) -> tuple[dict[str, str], dict[str, str]]:
    path = PLAN_TEXTS_DIR / f"{base_language(language)}.json"
    if not path.is_file():
        return {}, {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(data.get("labels", {})), dict(data.get("items", {}))


def _merge(catalogue: Catalogue, labels: Mapping[str, str], items: Mapping[str, str]) -> Catalogue:
    return dataclasses.replace(
        catalogue, labels={**catalogue.labels, **labels}, items={**catalogue.items, **items}
    )


def plan_catalogue(catalogue: Catalogue) -> Catalogue:
    """The document catalogue with the plan's texts added (English source included)."""
    merged = _merge(catalogue, *_plan_texts(catalogue.language))
    if catalogue.source is not None:
        source = _merge(catalogue.source, *_plan_texts(SOURCE_LANGUAGE))
        merged = dataclasses.replace(merged, source=source)
    return merged


def _pair(ctx: PrintContext, key: str) -> str:
    return both(key, ctx.staff, ctx.person, ctx.bilingual)


def _item(ctx: PrintContext, key: str) -> str:
    first = phrase_html(ctx.staff.item(key))
    if not ctx.bilingual:
        return first
    return f"{first} / {phrase_html(ctx.person.item(key))}"


def _responsible(value: str, ctx: PrintContext, entries: Mapping[str, DirectoryEntry]) -> str:
    """A directory entry by name (with a warning if not verified recently) or the text."""
    entry = entries.get(value)
    if entry is None:
        return value_html(value, ctx.person.language)
    parts = [entry.name, entry.contact_person, entry.phone]
    text = value_html(" · ".join(p for p in parts if p), ctx.person.language)
    if is_stale(entry, ctx.printed_on):
        text += "<br/>" + both(
            "contact_unverified", ctx.staff, ctx.person, ctx.bilingual, css="small"
        )
    return text


def _component_rows(
    component: PlanComponent, ctx: PrintContext, entries: Mapping[str, DirectoryEntry]
) -> list[str]:
    lang = ctx.person.language
    rows = [
        f"<tr><td colspan='2'><b>{_item(ctx, component.kind.value)}</b> — "
        f"{_item(ctx, component.status.value)}</td></tr>"
    ]
    details = [(_pair(ctx, "goal"), value_html(component.goal, lang))]
    if component.responsible:
        details.append(
            (_pair(ctx, "responsible"), _responsible(component.responsible, ctx, entries))
        )
    if component.due_on:
        details.append((_pair(ctx, "due"), esc(component.due_on.isoformat())))
    if component.budget:
        details.append((_pair(ctx, "budget"), esc(f"{component.budget:,.2f} {component.currency}")))
    if component.actions:
        steps = []
        for action in component.actions:
            line = value_html(action.description, lang)
            extra = [
                esc(action.due_on.isoformat()) if action.due_on else "",
                _responsible(action.responsible, ctx, entries) if action.responsible else "",
                _item(ctx, action.status.value),
            ]
            steps.append(
                f"• {line} <span class='small'>({'; '.join(e for e in extra if e)})</span>"
            )
        details.append((_pair(ctx, "actions"), "<br/>".join(steps)))
    rows.extend(
        f"<tr><td width='30%'>{label}</td><td width='70%'>{value}</td></tr>"
        for label, value in details
    )
    return rows


def plan_document(
    case: CaseFile,
    plan: ReintegrationPlan,
    ctx: PrintContext,
    entries: Mapping[str, DirectoryEntry],
) -> PrintDocument:
    ctx = dataclasses.replace(
        ctx, staff=plan_catalogue(ctx.staff), person=plan_catalogue(ctx.person)
    )
    staff, person, two = ctx.staff, ctx.person, ctx.bilingual
    lang = person.language
    version = {"version": str(plan.version), "on": plan.created_on.isoformat()}
    body = [
        header_html(case, ctx, "plan_title"),
        f"<p>{both('plan_version', staff, person, two, **version)}</p>",
        f"<p>{both('plan_intro', staff, person, two, sep=' — ')}</p>",
    ]
    body.append(heading("destination_heading", staff, person, two))
    destination = (
        _item(ctx, plan.destination.value) if plan.destination else _pair(ctx, "not_chosen")
    )
    body.append(f"<p><b>{destination}</b></p>")
    wishes = (
        f"<td width='50%'><b>{_pair(ctx, 'wishes_heading')}</b><br/>"
        f"{value_html(plan.persons_wishes, lang)}</td>"
    )
    proposal = (
        f"<td width='50%'><b>{_pair(ctx, 'proposal_heading')}</b><br/>"
        f"{value_html(plan.caseworker_proposal, lang)}</td>"
    )
    body.append(table([f"<tr>{wishes}{proposal}</tr>"]))
    body.append(heading("components_heading", staff, person, two))
    if plan.components:
        for component in plan.components:
            body.append(table(_component_rows(component, ctx, entries)) + "<p></p>")
    else:
        body.append(f"<p>{_pair(ctx, 'nothing_planned')}</p>")
    body.append(signature_block(ctx, statement=False))
    title = f"RRR reintegration plan {case.reference} v{plan.version}"
    return PrintDocument(
        title, page_shell(title, "".join(body)), footer_html(case, ctx), person.rtl
    )

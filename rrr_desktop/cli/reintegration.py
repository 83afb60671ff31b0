"""``rrr plan``, ``rrr visits``, ``rrr visit``, ``rrr case close`` and ``rrr directory``."""

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from rrr_desktop import files
from rrr_desktop.cli.common import (
    FREE_TEXT_HELP,
    CliError,
    free_text,
    open_session,
    print_json,
    print_table,
    whole_number,
)
from rrr_desktop.domain import directory_csv, followup
from rrr_desktop.domain.enums import (
    ClosureReason,
    DestinationOption,
    DirectoryType,
    PlanComponentKind,
    VulnerabilityDomain,
)
from rrr_desktop.domain.plan_rules import plan_problems
from rrr_desktop.errors import GateBlocked
from rrr_desktop.services.directory import DirectoryFilter, DirectoryService
from rrr_desktop.services.reintegration import ReintegrationService


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2026-11-23: {text!r}") from None


def _score(text: str) -> tuple[VulnerabilityDomain, int]:
    domain, _, value = text.partition("=")
    try:
        return VulnerabilityDomain(domain.strip()), int(value)
    except ValueError:
        allowed = ", ".join(d.value for d in VulnerabilityDomain)
        raise argparse.ArgumentTypeError(f"use DOMAIN=1..5 with a domain among {allowed}") from None


def _subcommands(sub: Any, name: str, help_text: str) -> Any:
    """The sub-command group of ``name``, reusing it when another module made it first."""
    parser = sub.choices.get(name) or sub.add_parser(name, help=help_text)
    for action in parser._actions:  # argparse keeps sub-parsers there; no public accessor
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest=f"{name}_command", required=True)


def register(sub: Any) -> None:
    plan = sub.add_parser("plan", help="the reintegration plan of a case").add_subparsers(
        dest="plan_command", required=True
    )
    q = plan.add_parser("show", help="show the current plan (or --version N)")
    q.add_argument("reference")
    q.add_argument("--version", type=whole_number(1, 10**6))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_plan_show)
    q = plan.add_parser("start", help="start version 1 with the person's own wishes")
    q.add_argument("reference")
    q.add_argument(
        "--wishes",
        required=True,
        type=free_text,
        help="the person's wishes, in their words" + FREE_TEXT_HELP,
    )
    q.add_argument("--proposal", default="", type=free_text)
    q.add_argument("--destination", choices=[d.value for d in DestinationOption])
    q.set_defaults(func=cmd_plan_start)
    q = plan.add_parser("new-version", help="a new version copying the current one")
    q.add_argument("reference")
    q.set_defaults(func=cmd_plan_new_version)
    q = plan.add_parser("destination", help="where the person will live")
    q.add_argument("reference")
    q.add_argument("--to", required=True, choices=[d.value for d in DestinationOption])
    q.set_defaults(func=cmd_plan_destination)
    q = plan.add_parser("family-assessment", help="record a child's family assessment")
    q.add_argument("reference")
    found = q.add_mutually_exclusive_group(required=True)
    found.add_argument("--no-abuse-found", action="store_true")
    found.add_argument("--abuse-found", action="store_true")
    q.add_argument("--note", default="", type=free_text)
    q.set_defaults(func=cmd_family_assessment)
    q = plan.add_parser("add-component", help="add a component to the current plan")
    q.add_argument("reference")
    q.add_argument("--kind", required=True, choices=[k.value for k in PlanComponentKind])
    q.add_argument("--goal", required=True, type=free_text)
    q.add_argument("--responsible", default="", help="directory entry id or a name")
    q.add_argument("--due", type=_date)
    q.add_argument("--budget", type=float, default=0.0)
    q.add_argument("--currency", default="USD")
    q.set_defaults(func=cmd_add_component)
    q = plan.add_parser("add-action", help="add an action to a component")
    q.add_argument("reference")
    q.add_argument("--component", required=True, help="component id or kind")
    q.add_argument("--description", required=True, type=free_text)
    q.add_argument("--responsible", default="")
    q.add_argument("--due", type=_date)
    q.set_defaults(func=cmd_add_action)

    q = plan.add_parser("print", help="print the plan as a PDF for the person to keep")
    q.add_argument("reference")
    q.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    q.add_argument("--lang", default="en", help="the person's language, e.g. km")
    q.add_argument("--staff-lang", default="", help="the caseworker's language (default: yours)")
    q.add_argument("--version", type=whole_number(1, 10**6))
    q.add_argument("--paper", choices=["a4", "letter"], default="a4")
    q.set_defaults(func=cmd_plan_print)

    visits = sub.add_parser("visits", help="follow-up visit schedule").add_subparsers(
        dest="visits_command", required=True
    )
    q = visits.add_parser("schedule", help="schedule visits after return (2 weeks .. 12 months)")
    q.add_argument("reference")
    q.add_argument("--from", dest="start", required=True, type=_date, help="day of return")
    q.set_defaults(func=cmd_visits_schedule)
    q = visits.add_parser("add", help="add a visit on a date")
    q.add_argument("reference")
    q.add_argument("--on", required=True, type=_date)
    q.set_defaults(func=cmd_visits_add)
    q = visits.add_parser("move", help="move a visit not yet made to another date")
    q.add_argument("reference")
    q.add_argument("visit", help="visit id (see 'rrr visits list')")
    q.add_argument("--to", required=True, type=_date)
    q.set_defaults(func=cmd_visits_move)
    q = visits.add_parser("remove", help="remove a visit not yet made")
    q.add_argument("reference")
    q.add_argument("visit", help="visit id (see 'rrr visits list')")
    q.set_defaults(func=cmd_visits_remove)
    q = visits.add_parser("list", help="list the visits of a case")
    q.add_argument("reference")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_visits_list)
    visit = sub.add_parser("visit", help="record a follow-up visit").add_subparsers(
        dest="visit_command", required=True
    )
    q = visit.add_parser("record", help="record a visit made, with a 1-5 score per domain")
    q.add_argument("reference")
    q.add_argument("--on", required=True, type=_date)
    q.add_argument("--score", action="append", type=_score, default=[], metavar="DOMAIN=N")
    q.add_argument(
        "--sign",
        action="append",
        default=[],
        help="a re-trafficking warning sign "
        f"(code or text); codes: {', '.join(followup.WARNING_SIGNS)}",
    )
    q.add_argument("--note", default="", type=free_text)
    q.set_defaults(func=cmd_visit_record)

    q = _subcommands(sub, "case", "act on one case").add_parser(
        "close", help="close a case with a reason (sets the retention date)"
    )
    q.add_argument("reference")
    q.add_argument("--reason", required=True, choices=[r.value for r in ClosureReason])
    q.add_argument("--note", default="", type=free_text)
    q.add_argument("--retention-years", type=whole_number(1, 100), default=5)
    q.set_defaults(func=cmd_case_close)

    d = sub.add_parser("directory", help="the service directory").add_subparsers(
        dest="directory_command", required=True
    )
    q = d.add_parser("list", help="list entries; stale ones are flagged")
    q.add_argument("--country", default="")
    q.add_argument("--type", choices=[t.value for t in DirectoryType])
    q.add_argument("--stale", action="store_true", help="only entries needing verification")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_directory_list)
    q = d.add_parser("import", help="import a CSV file: all rows or none")
    q.add_argument("file", type=Path)
    q.add_argument("--dry-run", action="store_true", help="only show what would happen")
    q.set_defaults(func=cmd_directory_import)
    q = d.add_parser("export", help="export the directory as CSV")
    q.add_argument("--out", required=True, type=Path)
    q.set_defaults(func=cmd_directory_export)
    q = d.add_parser("starter", help="load the starter directory (examples to verify)")
    q.set_defaults(func=cmd_directory_starter)


def _blocked(blocked: GateBlocked) -> int:
    print("rrr: refused:", file=sys.stderr)
    for reason in blocked.reasons:
        print(f"  - {reason.text}", file=sys.stderr)
    return 1


def cmd_plan_show(args: argparse.Namespace) -> int:
    service = ReintegrationService(open_session(args))
    case = service.cases.get(args.reference)
    plans = case.reintegration.plans
    if args.version is not None:
        plans = [p for p in plans if p.version == args.version]
    plan = max(plans, key=lambda p: p.version) if plans else None
    if plan is None:
        raise CliError("no such plan version for this case.")
    if args.json:
        print_json(
            plan.model_dump(mode="json")
            | {
                "versions": [p.version for p in case.reintegration.plans],
                "problems": [r.code for r in plan_problems(case, plan, service.today())],
            }
        )
        return 0
    print(
        f"{case.reference}  plan version {plan.version} of {len(case.reintegration.plans)} "
        f"({plan.created_on}, {plan.created_by})"
    )
    print(f"  destination:     {plan.destination.value if plan.destination else '-'}")
    print(f"  person's wishes: {plan.persons_wishes or '-'}")
    print(f"  proposal:        {plan.caseworker_proposal or '-'}")
    for c in plan.components:
        print(
            f"  [{c.status.value}] {c.kind.value}: {c.goal}  id={c.id}  budget={c.budget:g} "
            f"{c.currency}  due={c.due_on or '-'}  responsible={c.responsible or '-'}"
        )
        for a in c.actions:
            print(
                f"      - [{a.status.value}] {a.description}  due={a.due_on or '-'}  "
                f"responsible={a.responsible or '-'}"
            )
    for r in plan_problems(case, plan, service.today()):
        print(f"  ! {r.text}")
    return 0


def cmd_plan_print(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() != ".pdf" or not out.parent.is_dir():
        raise CliError("--out must name a .pdf file in an existing folder.")
    service = ReintegrationService(open_session(args))
    material = service.plan_for_print(args.reference, args.lang, args.version)
    from rrr_desktop.cli.printing import ensure_gui_application

    _app = ensure_gui_application()
    from rrr_desktop.printing.documents import make_context
    from rrr_desktop.printing.plan import plan_document
    from rrr_desktop.printing.render import write_pdf

    ctx = make_context(
        staff_language=args.staff_lang or material.staff_language,
        person_language=args.lang,
        printed_on=material.today,
        organisation=material.organisation,
        show_name=material.case.show_name_on_prints,
    )
    document = plan_document(material.case, material.plan, ctx, material.entries)
    pages = write_pdf(document, out, args.paper)
    service.record_plan_print(args.reference, material.plan.version, args.lang, out)
    print(f"Wrote {out} ({pages} page{'s' if pages != 1 else ''}).")
    return 0


def cmd_plan_start(args: argparse.Namespace) -> int:
    service = ReintegrationService(open_session(args))
    dest = DestinationOption(args.destination) if args.destination else None
    try:
        case = service.start_plan(args.reference, args.wishes, args.proposal, dest)
    except GateBlocked as blocked:
        return _blocked(blocked)
    print(f"{case.reference}: plan version 1 started.")
    return 0


def cmd_plan_new_version(args: argparse.Namespace) -> int:
    case = ReintegrationService(open_session(args)).new_version(args.reference)
    plan = case.reintegration.current_plan
    print(f"{case.reference}: plan version {plan.version if plan else '?'} created.")
    return 0


def cmd_plan_destination(args: argparse.Namespace) -> int:
    try:
        case = ReintegrationService(open_session(args)).set_destination(
            args.reference, DestinationOption(args.to)
        )
    except GateBlocked as blocked:
        return _blocked(blocked)
    print(f"{case.reference}: destination set to {args.to}.")
    return 0


def cmd_family_assessment(args: argparse.Namespace) -> int:
    case = ReintegrationService(open_session(args)).record_family_assessment(
        args.reference, neglect_or_abuse_found=args.abuse_found, notes=args.note
    )
    print(f"{case.reference}: family assessment recorded.")
    return 0


def cmd_add_component(args: argparse.Namespace) -> int:
    case, component_id = ReintegrationService(open_session(args)).add_component(
        args.reference,
        PlanComponentKind(args.kind),
        args.goal,
        responsible=args.responsible,
        due_on=args.due,
        budget=args.budget,
        currency=args.currency,
    )
    print(f"{case.reference}: component {component_id} added.")
    return 0


def cmd_add_action(args: argparse.Namespace) -> int:
    case, action_id = ReintegrationService(open_session(args)).add_action(
        args.reference,
        args.component,
        args.description,
        responsible=args.responsible,
        due_on=args.due,
    )
    print(f"{case.reference}: action {action_id} added.")
    return 0


def cmd_visits_schedule(args: argparse.Namespace) -> int:
    case = ReintegrationService(open_session(args)).schedule_visits(args.reference, args.start)
    dates = [v.scheduled_on.isoformat() for v in followup.pending(case.reintegration.visits)]
    print(f"{case.reference}: {len(dates)} visits scheduled: {', '.join(dates)}")
    return 0


def cmd_visits_add(args: argparse.Namespace) -> int:
    case = ReintegrationService(open_session(args)).add_visit(args.reference, args.on)
    print(f"{case.reference}: visit added on {args.on}.")
    return 0


def cmd_visits_move(args: argparse.Namespace) -> int:
    service = ReintegrationService(open_session(args))
    case = service.reschedule_visit(args.reference, args.visit, args.to)
    print(f"{case.reference}: visit moved to {args.to}.")
    return 0


def cmd_visits_remove(args: argparse.Namespace) -> int:
    case = ReintegrationService(open_session(args)).remove_visit(args.reference, args.visit)
    print(f"{case.reference}: visit removed.")
    return 0


def cmd_visits_list(args: argparse.Namespace) -> int:
    service = ReintegrationService(open_session(args))
    case = service.cases.get(args.reference)
    today = service.today()
    visits = sorted(case.reintegration.visits, key=lambda v: v.scheduled_on)
    if args.json:
        print_json(
            [v.model_dump(mode="json") | {"overdue": followup.is_overdue(v, today)} for v in visits]
        )
        return 0
    print_table(
        ["ID", "SCHEDULED", "DONE", "STATE", "SCORES", "SIGNS"],
        [
            [
                v.id,
                v.scheduled_on.isoformat(),
                v.done_on.isoformat() if v.done_on else "",
                "done"
                if v.done_on
                else ("OVERDUE" if followup.is_overdue(v, today) else "planned"),
                " ".join(f"{s.domain.value}={s.score}" for s in v.scores),
                str(len(v.retrafficking_signs)) if v.retrafficking_signs else "",
            ]
            for v in visits
        ],
    )
    return 0


def cmd_visit_record(args: argparse.Namespace) -> int:
    scores = dict(args.score)
    if len(scores) != len(args.score):
        raise CliError("each domain may be scored only once.")
    case = ReintegrationService(open_session(args)).record_visit(
        args.reference, args.on, scores, args.sign, args.note
    )
    nxt = followup.pending(case.reintegration.visits)
    after = f" Next visit: {nxt[0].scheduled_on}." if nxt else " No further visit is scheduled."
    print(f"{case.reference}: visit of {args.on} recorded.{after}")
    return 0


def cmd_case_close(args: argparse.Namespace) -> int:
    if args.retention_years < 1:
        raise CliError("--retention-years must be at least 1.")
    try:
        case = ReintegrationService(open_session(args)).close_case(
            args.reference, ClosureReason(args.reason), args.note, args.retention_years
        )
    except GateBlocked as blocked:
        return _blocked(blocked)
    until = case.closure.retention_until if case.closure else None
    print(f"{case.reference} is closed ({args.reason}); keep until {until}.")
    return 0


def cmd_directory_list(args: argparse.Namespace) -> int:
    service = DirectoryService(open_session(args))
    entries = service.search(
        DirectoryFilter(
            country=args.country,
            type=DirectoryType(args.type) if args.type else None,
            stale_only=args.stale,
        )
    )
    if args.json:
        print_json([e.model_dump(mode="json") | {"stale": service.is_stale(e)} for e in entries])
        return 0
    print_table(
        ["", "COUNTRY", "REGION", "TYPE", "NAME", "LANGUAGES", "VERIFIED"],
        [
            [
                "STALE" if service.is_stale(e) else "",
                e.country,
                e.region,
                e.type.value,
                e.name,
                ",".join(e.languages),
                e.last_verified.isoformat() if e.last_verified else "never",
            ]
            for e in entries
        ],
    )
    stale = sum(service.is_stale(e) for e in entries)
    print(f"{len(entries)} entries, {stale} not verified in the last 6 months", file=sys.stderr)
    return 0


def cmd_directory_import(args: argparse.Namespace) -> int:
    data = files.read_input(args.file, directory_csv.MAX_FILE_BYTES)  # a device: a sentence
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CliError("cannot read that file as UTF-8 text.") from None
    service = DirectoryService(open_session(args))
    preview = service.preview_import(text)
    parsed = preview.parsed
    for problem in parsed.problems:
        print(f"  refused: {problem.text}", file=sys.stderr)
    if parsed.file_problem:
        raise CliError(parsed.file_problem)
    for change in preview.changes:
        mark = " (verified by a person)" if change.was_verified else ""
        print(f"  changes {change.name}{mark}:")
        for field, before, after in change.fields:
            print(f"    {field}: {before!r} -> {after!r}")
    if args.dry_run:
        print(
            f"dry run: {preview.new} new, {preview.updated} updated, "
            f"{len(parsed.problems)} refused; nothing was written."
        )
        return 1 if parsed.problems else 0
    preview = service.import_csv(text)
    print(f"imported: {preview.new} new, {preview.updated} updated.")
    return 0


def cmd_directory_export(args: argparse.Namespace) -> int:
    service = DirectoryService(open_session(args))
    entries = service.all()
    text = service.export_csv(entries)
    try:
        files.write_text(args.out, text)
    except OSError:
        raise CliError("cannot write the export file there.") from None
    print(f"exported {len(entries)} entries.")
    return 0


def cmd_directory_starter(args: argparse.Namespace) -> int:
    preview = DirectoryService(open_session(args)).import_starter()
    print(f"starter directory loaded: {preview.new} example entries (each must be verified).")
    return 0

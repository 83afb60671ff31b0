"""``rrr cases list|show`` and ``rrr case advance``."""

import argparse
import sys
from typing import Any

from pydantic import ValidationError

from rrr_desktop.cli.common import (
    CliError,
    free_text,
    open_session,
    parse_date,
    print_json,
    print_table,
    whole_number,
)
from rrr_desktop.cli.notes import register_case_commands
from rrr_desktop.domain.casefile import CaseFile, Intake
from rrr_desktop.domain.consent import ConsentEvent
from rrr_desktop.domain.edit_rules import own_command
from rrr_desktop.domain.enums import (
    ConsentMethod,
    ConsentPurpose,
    ConsentState,
    ReferralSource,
    Sex,
    Stage,
)
from rrr_desktop.domain.next_action import ACTION_TEXT
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.errors import GateBlocked
from rrr_desktop.services.cases import CaseService


def register(sub: Any) -> None:
    p = sub.add_parser("cases", help="list and show cases")
    csub = p.add_subparsers(dest="cases_command", required=True)
    q = csub.add_parser("list", help="list cases, newest change first")
    q.add_argument("--stage", choices=[s.value for s in Stage])
    q.add_argument("--search", default="", help="part of a name or reference")
    q.add_argument("--country", default="", help="origin country (ISO2)")
    q.add_argument("--overdue", action="store_true", help="only cases with an overdue action")
    q.add_argument("--limit", type=whole_number(1, 10**7), default=50)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)
    q = csub.add_parser("show", help="show one case")
    q.add_argument("reference")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_show)

    p = sub.add_parser("case", help="act on one case")
    csub = p.add_subparsers(dest="case_command", required=True)
    q = csub.add_parser(
        "new", help="open a case (names as @FILE or @- keep them off the command line)"
    )
    q.add_argument("--given", required=True, type=free_text, help="given name, or @FILE / @-")
    q.add_argument("--family", default="", type=free_text, help="family name, or @FILE / @-")
    q.add_argument(
        "--own-script", default="", type=free_text, help="the name as the person writes it"
    )
    q.add_argument("--sex", choices=[s.value for s in Sex], default=Sex.UNKNOWN.value)
    q.add_argument("--born", type=parse_date, help="date of birth")
    q.add_argument(
        "--age", type=whole_number(0, 130), help="estimated age (when the date is not known)"
    )
    q.add_argument("--nationality", default="", help="two-letter country code, e.g. KH")
    q.add_argument("--origin", default="", help="country of origin (default: nationality)")
    q.add_argument("--intake-date", type=parse_date, help="default: today")
    q.add_argument(
        "--referred-by",
        choices=[r.value for r in ReferralSource],
        default=ReferralSource.OTHER.value,
    )
    q.add_argument(
        "--anyway", action="store_true", help="open it although a similar person is already known"
    )
    q.set_defaults(func=cmd_new)
    q = csub.add_parser("edit", help="change fields of a case (values may be @FILE or @-)")
    q.add_argument("reference")
    q.add_argument(
        "--set",
        dest="changes",
        action="append",
        required=True,
        metavar="FIELD=VALUE",
        help="e.g. person.wishes=@wishes.txt; repeatable",
    )
    q.set_defaults(func=cmd_edit)
    q = csub.add_parser("consent", help="record the person's consent for one purpose")
    q.add_argument("reference")
    q.add_argument("--purpose", required=True, choices=[c.value for c in ConsentPurpose])
    q.add_argument(
        "--state",
        required=True,
        choices=[c.value for c in ConsentState if c != ConsentState.NOT_ASKED],
    )
    q.add_argument(
        "--method", choices=[m.value for m in ConsentMethod], default=ConsentMethod.WRITTEN.value
    )
    q.add_argument("--on", type=parse_date, help="default: today")
    q.add_argument("--language", default="", help="language it was explained in, e.g. km")
    q.add_argument("--witness", default="", type=free_text)
    q.add_argument("--scope", default="", help="e.g. the named receiving organisation")
    q.add_argument("--note", default="", type=free_text)
    q.set_defaults(func=cmd_consent)
    q = csub.add_parser("advance", help="move a case to another stage (gates apply)")
    q.add_argument("reference")
    q.add_argument("--to", required=True, choices=[s.value for s in Stage])
    q.add_argument("--note", default="", type=free_text)
    q.set_defaults(func=cmd_advance)
    q = csub.add_parser("assign", help="supervisor: give a case to a caseworker (audited)")
    q.add_argument("reference")
    q.add_argument("assignee", metavar="user")  # not "user": that is who signs in (--user)
    q.add_argument(
        "--also",
        action="store_true",
        help="add the user beside the caseworker instead of replacing them",
    )
    q.add_argument(
        "--remove", action="store_true", help="take the user off the case (not the caseworker)"
    )
    q.set_defaults(func=cmd_assign)
    register_case_commands(csub)


def cmd_list(args: argparse.Namespace) -> int:
    service = CaseService(open_session(args))
    query = CaseQuery(
        text=args.search,
        stage=args.stage or "",
        origin_country=args.country,
        overdue_on=service.today() if args.overdue else None,
        limit=args.limit,
    )
    rows = service.search(query)
    total = service.count(query)
    year = service.today().year
    if args.json:
        print_json(
            {
                "total": total,
                "cases": [
                    {
                        "reference": r.reference,
                        "name": r.name,
                        "sex": r.sex,
                        "age": r.age_in(year),
                        "stage": r.stage,
                        "origin": r.origin_country,
                        "caseworker": r.caseworker,
                        "next_action": r.next_action,
                        "next_due": r.next_due,
                        "updated": r.updated_at,
                    }
                    for r in rows
                ],
            }
        )
        return 0
    print_table(
        ["REFERENCE", "NAME", "SEX", "AGE", "STAGE", "ORIGIN", "NEXT ACTION"],
        [
            [
                r.reference,
                r.name,
                r.sex,
                str(r.age_in(year) or ""),
                r.stage,
                r.origin_country,
                ACTION_TEXT.get(r.next_action, ""),
            ]
            for r in rows
        ],
    )
    print(f"{len(rows)} of {total} cases", file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    session = open_session(args)
    service = CaseService(session)
    case = service.get(args.reference)
    if args.json:
        print_json(case.model_dump(mode="json"))
        return 0
    p = case.person
    age = p.age_on(session.clock.today())
    print(f"{case.reference}  {p.full_name}")
    print(f"  stage:        {case.stage.value}")
    print(f"  sex, age:     {p.sex.value}, {age if age is not None else 'unknown'}")
    print(f"  nationality:  {p.nationality}   origin: {case.intake.origin_country}")
    print(
        f"  sector:       {case.intake.exploitation_sector.value} in "
        f"{case.intake.exploitation_country}"
    )
    print(f"  intake:       {case.intake.intake_date}   caseworker: {case.caseworker}")
    print(f"  consents:     {len(case.consents)} recorded")
    print(f"  checklist:    {len(case.checklist.ticks)} items ticked")
    return 0


def cmd_advance(args: argparse.Namespace) -> int:
    service = CaseService(open_session(args))
    try:
        case = service.advance(args.reference, Stage(args.to), args.note)
    except GateBlocked as blocked:
        print(f"rrr: {args.reference.upper()} cannot move to {args.to}:", file=sys.stderr)
        for reason in blocked.reasons:
            print(f"  - {reason.text}", file=sys.stderr)
        return 1
    print(f"{case.reference} is now at stage {case.stage.value}.")
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    service = CaseService(open_session(args))
    if args.remove:
        case = service.unassign(args.reference, args.assignee)
    else:
        case = service.assign(args.reference, args.assignee, also=args.also)
    others = f" (also: {', '.join(case.assigned_to)})" if case.assigned_to else ""
    print(f"{case.reference} is assigned to {case.caseworker}{others}.")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    service = CaseService(open_session(args))
    today = service.today()
    intake_date = args.intake_date or today
    try:
        person = Person(
            given_name=args.given,
            family_name=args.family,
            name_in_own_script=args.own_script,
            sex=Sex(args.sex),
            date_of_birth=args.born,
            estimated_age=args.age if args.born is None else None,
            estimated_on=intake_date if args.born is None and args.age is not None else None,
            nationality=args.nationality,
        )
        intake = Intake(
            intake_date=intake_date,
            referred_by=ReferralSource(args.referred_by),
            origin_country=(args.origin or args.nationality).upper(),
        )
    except ValidationError as exc:
        raise CliError(_invalid(exc)) from None
    similar, hidden = service.similar(person)
    if (similar or hidden) and not args.anyway:
        print("rrr: a similar person may already be known; nothing was created:", file=sys.stderr)
        for row in similar:
            print(
                f"  {row.reference}  born {row.birth_year or '?'}  {row.nationality or '-'}",
                file=sys.stderr,
            )
        if hidden:
            print(f"  and {hidden} case(s) you may not see: ask your supervisor", file=sys.stderr)
        print("Check them; if this is someone else, run again with --anyway.", file=sys.stderr)
        return 1
    case = service.create(person, intake)
    print(f"Opened {case.reference}.")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    service = CaseService(open_session(args))
    updates: list[tuple[list[str], str]] = []
    for change in args.changes:
        field, sep, raw = change.partition("=")
        if not sep or not field.strip():
            raise CliError(f"--set needs FIELD=VALUE, e.g. person.wishes=@file.txt: {change!r}")
        top = field.strip().split(".")[0]
        # fields with a command of their own, which checks what it must (edit_rules)
        how = "" if top == "updated_at" else own_command(top)
        if how is not None:
            raise CliError(
                f"{top} is not changed by editing: use {how}, which checks what it must."
                if how
                else f"{top} is kept by RRR Desktop itself and cannot be edited."
            )
        try:
            value = free_text(raw)
        except argparse.ArgumentTypeError as exc:
            raise CliError(str(exc)) from None
        updates.append((field.strip().split("."), value))

    def apply(case: CaseFile) -> None:
        data = case.model_dump(mode="json")
        for path, value in updates:
            node: Any = data
            for key in path[:-1]:
                node = node.get(key) if isinstance(node, dict) else None
            if (
                not isinstance(node, dict)
                or path[-1] not in node
                or isinstance(node[path[-1]], dict | list)
            ):
                raise CliError(
                    f"{'.'.join(path)} is not a field with one value (see rrr cases"
                    " show REF --json for the fields)"
                )
            node[path[-1]] = _typed(node[path[-1]], value)
        try:
            edited = CaseFile.model_validate(data)
        except ValidationError as exc:
            raise CliError(_invalid(exc)) from None
        for name in type(case).model_fields:
            setattr(case, name, getattr(edited, name))

    case = service.modify(args.reference, apply, "case.edit")
    print(f"{case.reference} saved ({', '.join('.'.join(p) for p, _ in updates)}).")
    return 0


def _typed(current: object, text: str) -> object:
    """The text as the kind of value the field holds (a number, yes/no, empty)."""
    if isinstance(current, bool):
        if text.lower() not in ("true", "false", "yes", "no"):
            raise CliError(f"expected yes or no, not {text!r}")
        return text.lower() in ("true", "yes")
    if isinstance(current, int) or (current is None and text.isdigit()):
        try:
            return int(text)
        except ValueError:
            raise CliError(f"expected a number, not {text!r}") from None
    return None if current is None and text == "" else text


def cmd_consent(args: argparse.Namespace) -> int:
    service = CaseService(open_session(args))
    try:
        event = ConsentEvent(
            purpose=ConsentPurpose(args.purpose),
            state=ConsentState(args.state),
            on=args.on or service.today(),
            method=ConsentMethod(args.method),
            language=args.language,
            witness=args.witness,
            scope=args.scope,
            note=args.note,
        )
    except ValidationError as exc:
        raise CliError(_invalid(exc)) from None
    case = service.record_consent(args.reference, event)
    print(f"{case.reference}: consent to {args.purpose} recorded as {args.state}.")
    return 0


def _invalid(exc: ValidationError) -> str:
    """Pydantic's findings as one line: which field, what is wrong."""
    return "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or 'case'}: {e['msg']}" for e in exc.errors()
    )

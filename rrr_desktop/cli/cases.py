"""``rrr cases list|show`` and ``rrr case advance``."""

import argparse
import datetime as dt
import sys
from typing import Any

from rrr_desktop.cli.common import (
    CliError,
    free_text,
    open_session,
    print_json,
    print_table,
)
from rrr_desktop.domain.enums import Stage
from rrr_desktop.domain.next_action import ACTION_TEXT
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
    q.add_argument("--limit", type=int, default=50)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)
    q = csub.add_parser("show", help="show one case")
    q.add_argument("reference")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_show)

    p = sub.add_parser("case", help="act on one case")
    csub = p.add_subparsers(dest="case_command", required=True)
    q = csub.add_parser("advance", help="move a case to another stage (gates apply)")
    q.add_argument("reference")
    q.add_argument("--to", required=True, choices=[s.value for s in Stage])
    q.add_argument("--note", default="", type=free_text)
    q.set_defaults(func=cmd_advance)
    q = csub.add_parser("assign", help="supervisor: give a case to a caseworker (audited)")
    q.add_argument("reference")
    q.add_argument("user")
    q.add_argument("--also", action="store_true",
                   help="add the user beside the caseworker instead of replacing them")
    q.add_argument("--remove", action="store_true",
                   help="take the user off the case (not the caseworker)")
    q.set_defaults(func=cmd_assign)


def cmd_list(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CliError("--limit must be at least 1.")
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
    service = CaseService(open_session(args))
    case = service.get(args.reference)
    if args.json:
        print_json(case.model_dump(mode="json"))
        return 0
    p = case.person
    age = p.age_on(dt.date.today())
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
        case = service.unassign(args.reference, args.user)
    else:
        case = service.assign(args.reference, args.user, also=args.also)
    others = f" (also: {', '.join(case.assigned_to)})" if case.assigned_to else ""
    print(f"{case.reference} is assigned to {case.caseworker}{others}.")
    return 0

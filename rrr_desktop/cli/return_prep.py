"""``rrr risk``, ``override``, ``checklist``, ``asylum``: return preparation from scripts.

Travel, messages and holidays are in ``cli/travel.py``.
"""

import argparse
from typing import Any

from rrr_desktop.cli.common import (
    FREE_TEXT_HELP,
    CliError,
    free_text,
    open_session,
    parse_date,
    print_json,
)
from rrr_desktop.domain.checklist import ALL_ITEMS, CONDITIONS
from rrr_desktop.domain.enums import AsylumStatus, RiskFinding
from rrr_desktop.domain.return_prep import RISK_FACTORS, OverrideKind
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.return_prep import ReturnPrepService


def register(sub: Any) -> None:
    p = sub.add_parser("risk", help="security (risk) assessment before return")
    rsub = p.add_subparsers(dest="risk_command", required=True)
    q = rsub.add_parser("add", help="record a risk assessment")
    q.add_argument("reference")
    q.add_argument("--finding", required=True, choices=[f.value for f in RiskFinding])
    q.add_argument(
        "--factor",
        action="append",
        default=[],
        metavar="KEY[=NOTE]",
        help=f"a note on a factor (no concern); keys: {', '.join(RISK_FACTORS)}",
    )
    q.add_argument(
        "--concern",
        action="append",
        default=[],
        metavar="KEY[=NOTE]",
        help="a factor of concern, with an optional note",
    )
    q.add_argument("--mitigation", default="", help="mitigation notes")
    q.add_argument("--on", type=parse_date, help="date of the assessment (default today)")
    q.set_defaults(func=cmd_risk_add)

    p = sub.add_parser("override", help="supervisor: proceed despite a gate, with a reason")
    p.add_argument("reference")
    p.add_argument("--kind", required=True, choices=[OverrideKind.RISK, OverrideKind.CHECKLIST])
    p.add_argument(
        "--reason",
        default="",
        type=free_text,
        help="why (required unless --revoke)" + FREE_TEXT_HELP,
    )
    p.add_argument("--revoke", action="store_true", help="revoke the active override")
    p.set_defaults(func=cmd_override)

    p = sub.add_parser("checklist", help="the pre-departure checklist")
    csub = p.add_subparsers(dest="checklist_command", required=True)
    q = csub.add_parser("show", help="show the checklist and what blocks departure")
    q.add_argument("reference")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_checklist_show)
    q = csub.add_parser("tick", help="confirm an item as the current user")
    q.add_argument("reference")
    q.add_argument("key", choices=list(ALL_ITEMS), metavar="KEY")
    q.add_argument("--note", default="", type=free_text)
    q.add_argument("--on", type=parse_date)
    q.set_defaults(func=cmd_checklist_tick)
    q = csub.add_parser("untick", help="remove the tick of an item")
    q.add_argument("reference")
    q.add_argument("key", choices=list(ALL_ITEMS), metavar="KEY")
    q.set_defaults(func=cmd_checklist_untick)
    q = csub.add_parser("ngo-wish", help="does the person want to be met by a local NGO?")
    q.add_argument("reference")
    q.add_argument("answer", choices=["yes", "no", "unknown"])
    q.set_defaults(func=cmd_ngo_wish)

    p = sub.add_parser("asylum", help="record the asylum status (blocks embassy contact)")
    p.add_argument("reference")
    p.add_argument("--status", required=True, choices=[s.value for s in AsylumStatus])
    p.set_defaults(func=cmd_asylum)


def _factor_args(values: list[str], concern: bool) -> dict[str, tuple[bool, str]]:
    out: dict[str, tuple[bool, str]] = {}
    for value in values:
        key, _, note = value.partition("=")
        key = key.strip()
        if key not in RISK_FACTORS:
            raise CliError(f"unknown risk factor {key!r}; known: {', '.join(RISK_FACTORS)}.")
        out[key] = (concern, note.strip())
    return out


def cmd_risk_add(args: argparse.Namespace) -> int:
    factors = _factor_args(args.factor, False) | _factor_args(args.concern, True)
    service = ReturnPrepService(open_session(args))
    case = service.record_risk_assessment(
        args.reference, RiskFinding(args.finding), factors, args.mitigation, args.on
    )
    print(f"Risk assessment recorded on {case.reference}: {args.finding}.")
    for reason in service.return_ready_reasons(case):
        print(f"  still blocks return: {reason.text}")
    return 0


def cmd_override(args: argparse.Namespace) -> int:
    service = ReturnPrepService(open_session(args))
    if args.revoke:
        case = service.revoke_override(args.reference, args.kind)
        print(f"The {args.kind} override on {case.reference} is revoked.")
        return 0
    case = service.record_override(args.reference, args.kind, args.reason)
    print(f"Override ({args.kind}) recorded on {case.reference} by {service.s.user.username}.")
    return 0


def cmd_checklist_show(args: argparse.Namespace) -> int:
    service = ReturnPrepService(open_session(args))
    case = CaseService(service.s).get(args.reference)
    blockers = service.departure_reasons(case)
    items = [
        {
            "key": key,
            "group": "condition" if key in CONDITIONS else "information",
            "text": text,
            "ticked": tick is not None,
            "by": tick.by if tick else None,
            "on": tick.on if tick else None,
            "note": tick.note if tick else "",
        }
        for key, text in ALL_ITEMS.items()
        for tick in [case.checklist.tick_for(key)]
    ]
    override = case.active_override(OverrideKind.CHECKLIST)
    if args.json:
        print_json(
            {
                "reference": case.reference,
                "items": items,
                "wants_ngo_met_on_arrival": case.checklist.wants_ngo_met_on_arrival,
                "contacts_handed_over": case.checklist.contacts_handed_over,
                "checklist_override": override.model_dump(mode="json") if override else None,
                "departure_blocked_by": [{"code": r.code, "text": r.text} for r in blockers],
            }
        )
        return 0
    print(f"{case.reference}: pre-departure checklist")
    for group, title in (
        ("condition", "Conditions (all 8 must be met)"),
        ("information", "Information given to the person"),
    ):
        print(f"  {title}")
        for item in (i for i in items if i["group"] == group):
            mark = "[x]" if item["ticked"] else "[ ]"
            note = f"; {item['note']}" if item["note"] else ""
            who = f"  ({item['by']}, {item['on']}{note})" if item["ticked"] else ""
            print(f"    {mark} {item['key']}: {item['text']}{who}")
    wish = {True: "yes", False: "no", None: "not asked"}[case.checklist.wants_ngo_met_on_arrival]
    print(f"  Wants to be met by a local NGO: {wish}")
    print(f"  Contacts handed over: {len(case.checklist.contacts_handed_over)}")
    if override:
        print(f"  Checklist override by {override.by}: {override.reason}")
    if blockers:
        print("  Departure blocked because:")
        for reason in blockers:
            print(f"    - {reason.text}")
    else:
        print("  Nothing blocks departure.")
    return 0


def cmd_checklist_tick(args: argparse.Namespace) -> int:
    service = ReturnPrepService(open_session(args))
    case = service.tick(args.reference, args.key, args.note, args.on)
    missing = [k for k in CONDITIONS if case.checklist.tick_for(k) is None]
    print(
        f"{case.reference}: {args.key} ticked; {len(CONDITIONS) - len(missing)} of "
        f"{len(CONDITIONS)} conditions met."
    )
    return 0


def cmd_checklist_untick(args: argparse.Namespace) -> int:
    service = ReturnPrepService(open_session(args))
    case = service.untick(args.reference, args.key)
    print(f"{case.reference}: {args.key} is no longer ticked.")
    return 0


def cmd_ngo_wish(args: argparse.Namespace) -> int:
    service = ReturnPrepService(open_session(args))
    wants = {"yes": True, "no": False, "unknown": None}[args.answer]
    case = service.set_wants_ngo_met(args.reference, wants)
    print(f"{case.reference}: wish to be met by a local NGO recorded ({args.answer}).")
    return 0


def cmd_asylum(args: argparse.Namespace) -> int:
    service = ReturnPrepService(open_session(args))
    case = service.set_asylum(args.reference, AsylumStatus(args.status))
    print(f"{case.reference}: asylum status is {case.asylum.value}.")
    return 0

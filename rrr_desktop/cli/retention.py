"""``rrr retention list|anonymise|delete``: closed cases past their retention date."""

import argparse
from typing import Any

from rrr_desktop.cli.common import CliError, open_session, print_json
from rrr_desktop.services import retention


def register(sub: Any) -> None:
    p = sub.add_parser("retention", help="closed cases past their retention date")
    rsub = p.add_subparsers(dest="retention_command", required=True)
    q = rsub.add_parser("list", help="cases due for anonymisation or deletion")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)
    for name, helptext in (
        ("anonymise", "keep only statistical fields"),
        ("delete", "delete, leaving a tombstone"),
    ):
        q = rsub.add_parser(name, help=helptext)
        q.add_argument("reference")
        q.add_argument("--confirm", action="store_true", help="required: this cannot be undone")
        q.set_defaults(func=cmd_apply, action=name)


def cmd_list(args: argparse.Namespace) -> int:
    cases = retention.cases_due(open_session(args))
    rows = [
        {
            "reference": c.reference,
            "closed_on": c.closure.on if c.closure else None,
            "reason": c.closure.reason.value if c.closure else "",
            "retention_until": c.closure.retention_until if c.closure else None,
        }
        for c in cases
    ]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(
                f"{r['reference']}  closed {r['closed_on']}  ({r['reason']})  "
                f"keep until {r['retention_until']}"
            )
        print(f"{len(rows)} case(s) due.")
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    if not args.confirm:
        raise CliError(f"{args.action} cannot be undone: add --confirm to go ahead.")
    session = open_session(args)
    if args.action == "anonymise":
        retention.anonymise_case(session, args.reference)
        print(f"{args.reference.upper()} anonymised.")
    else:
        retention.delete_case(session, args.reference)
        print(f"{args.reference.upper()} deleted.")
    return 0

"""``rrr org show|contact|embassy-name``: the organisation's details that go on paper."""

import argparse
from typing import Any

from rrr_desktop.cli.common import open_session
from rrr_desktop.services import organisation


def register(sub: Any) -> None:
    p = sub.add_parser("org", help="the organisation's details for letters")
    osub = p.add_subparsers(dest="org_command", required=True)
    q = osub.add_parser("show", help="name, country, contact details, neutral letter names")
    q.set_defaults(func=cmd_show)
    q = osub.add_parser("contact", help="supervisors: where answers to letters go")
    q.add_argument("--address", default="")
    q.add_argument("--phone", default="")
    q.add_argument("--email", default="")
    q.set_defaults(func=cmd_contact)
    q = osub.add_parser(
        "embassy-name",
        help="supervisors: confirm the neutral name letters to one country's embassy carry",
    )
    q.add_argument("country", help="the embassy's country, e.g. KH")
    q.add_argument("name", help="a name that says nothing about what the organisation does")
    q.set_defaults(func=cmd_embassy_name)


def cmd_show(args: argparse.Namespace) -> int:
    org = open_session(args).organisation()
    print(f"{org.name} ({org.country})")
    contact = " · ".join(p for p in (org.address, org.phone, org.email) if p)
    print(f"  letters are answered to: {contact or '(not set: rrr org contact)'}")
    for country, name in sorted(org.embassy_names.items()):
        print(f"  letters to the embassy of {country}: {name}")
    return 0


def cmd_contact(args: argparse.Namespace) -> int:
    organisation.set_contact(open_session(args), args.address, args.phone, args.email)
    print("Contact details saved; embassy letters print them.")
    return 0


def cmd_embassy_name(args: argparse.Namespace) -> int:
    org = organisation.confirm_embassy_name(open_session(args), args.country, args.name)
    code = args.country.strip().upper()
    print(f"Letters to the embassy of {code} will carry: {org.embassy_names[code]}")
    return 0

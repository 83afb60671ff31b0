"""``rrr travel``, ``message``, ``messages`` and ``holidays``: the journey and the six messages.

Times without a UTC offset are local times at that place, as on a ticket.
"""

import argparse
import datetime as dt
from typing import Any

from rrr_desktop.cli.common import (
    CliError,
    free_text,
    open_session,
    parse_date,
    print_json,
    print_table,
    whole_number,
)
from rrr_desktop.domain.enums import GrantKind, MessageKind, TravelMode
from rrr_desktop.domain.messages import DEFAULT_ANSWER_DAYS
from rrr_desktop.domain.return_prep import TravelDocument, TravelLeg
from rrr_desktop.domain.travel_rules import LATE_ARRIVAL_HOUR
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.holidays import HolidayService
from rrr_desktop.services.return_prep import ReturnPrepService


def parse_datetime(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date and time (ISO 8601): {text!r}") from None


def register(sub: Any) -> None:
    p = sub.add_parser("travel", help="itinerary, escort, arrival and travel grant")
    tsub = p.add_subparsers(dest="travel_command", required=True)
    q = tsub.add_parser("add-leg", help="add a leg to the itinerary")
    q.add_argument("reference")
    q.add_argument("--mode", default="air", choices=[m.value for m in TravelMode])
    q.add_argument("--from", dest="origin", required=True)
    q.add_argument("--to", dest="destination", required=True)
    q.add_argument("--departs", required=True, type=parse_datetime, metavar="ISO")
    q.add_argument("--arrives", required=True, type=parse_datetime, metavar="ISO")
    q.add_argument("--carrier", default="")
    q.add_argument("--escort", default="")
    q.set_defaults(func=cmd_add_leg)
    q = tsub.add_parser("remove-leg", help="remove a leg by its id")
    q.add_argument("reference")
    q.add_argument("leg_id")
    q.set_defaults(func=cmd_remove_leg)
    q = tsub.add_parser("set", help="destination country, who meets, transit help, grant")
    q.add_argument("reference")
    q.add_argument("--country", help="destination country (ISO 2)")
    q.add_argument("--met-by", help="who meets the person on arrival")
    q.add_argument("--transit-assistance")
    q.add_argument("--grant", choices=[g.value for g in GrantKind])
    q.add_argument("--grant-details")
    q.set_defaults(func=cmd_set)
    q = tsub.add_parser("doc-add", help="record a travel or identity document")
    q.add_argument("reference")
    q.add_argument("--kind", required=True, help="passport, travel document, ID card, ...")
    q.add_argument("--last4", default="", help="only the last four characters of the number")
    q.add_argument("--issued-by", default="")
    q.add_argument("--expires", type=parse_date)
    q.add_argument("--in-hand", action="store_true")
    q.add_argument("--copy-given", action="store_true", help="the person holds a copy")
    q.set_defaults(func=cmd_doc_add)
    q = tsub.add_parser("doc-remove", help="remove a document by its id")
    q.add_argument("reference")
    q.add_argument("document_id")
    q.set_defaults(func=cmd_doc_remove)
    q = tsub.add_parser("warnings", help="show the legs and what to reconsider")
    q.add_argument("reference")
    q.add_argument(
        "--late-hour",
        type=whole_number(0, 23),
        default=LATE_ARRIVAL_HOUR,
        help="arrival after this hour (local) is late; default %(default)s",
    )
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_warnings)

    p = sub.add_parser("message", help="record one of the six messages as sent or received")
    p.add_argument("direction", choices=["sent", "received"])
    p.add_argument("reference")
    p.add_argument("kind", choices=[k.value for k in MessageKind])
    p.add_argument("--on", type=parse_date, help="date (default today)")
    p.add_argument("--note", type=free_text)
    p.set_defaults(func=cmd_message)

    p = sub.add_parser("messages", help="the six messages as a sequence, with what is overdue")
    p.add_argument("reference")
    p.add_argument("--answer-days", type=whole_number(0, 3660), default=DEFAULT_ANSWER_DAYS)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_messages)

    p = sub.add_parser("holidays", help="public holidays per country (arrival warnings)")
    hsub = p.add_subparsers(dest="holidays_command", required=True)
    q = hsub.add_parser("list", help="holidays of a country")
    q.add_argument("country")
    q.add_argument("--year", type=whole_number(1900, 2200))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_holidays_list)
    q = hsub.add_parser("add", help="add or rename a holiday")
    q.add_argument("country")
    q.add_argument("date", type=parse_date)
    q.add_argument("name")
    q.set_defaults(func=cmd_holidays_add)
    q = hsub.add_parser("remove", help="remove a holiday")
    q.add_argument("country")
    q.add_argument("date", type=parse_date)
    q.set_defaults(func=cmd_holidays_remove)
    q = hsub.add_parser("reset", help="back to the default holidays")
    q.add_argument("country")
    q.set_defaults(func=cmd_holidays_reset)


def cmd_add_leg(args: argparse.Namespace) -> int:
    service = ReturnPrepService(open_session(args))
    leg = TravelLeg(
        mode=TravelMode(args.mode),
        origin=args.origin,
        destination=args.destination,
        departs_at=args.departs,
        arrives_at=args.arrives,
        carrier=args.carrier,
        escort=args.escort,
    )
    case = service.save_leg(args.reference, leg)
    print(f"{case.reference}: leg {leg.id} added ({len(case.itinerary.legs)} legs).")
    for issue in service.travel_issues(case):
        print(f"  {issue.severity}: {issue.text}")
    return 0


def cmd_remove_leg(args: argparse.Namespace) -> int:
    service = ReturnPrepService(open_session(args))
    case = service.remove_leg(args.reference, args.leg_id)
    print(f"{case.reference}: leg removed ({len(case.itinerary.legs)} legs).")
    return 0


def cmd_doc_add(args: argparse.Namespace) -> int:
    service = ReturnPrepService(open_session(args))
    document = TravelDocument(
        kind=args.kind,
        number_last4=args.last4,
        issued_by=args.issued_by,
        expires_on=args.expires,
        in_hand=args.in_hand,
        copy_given_to_person=args.copy_given,
    )
    case = service.save_document(args.reference, document)
    print(f"{case.reference}: document {document.id} recorded ({len(case.documents)} in all).")
    return 0


def cmd_doc_remove(args: argparse.Namespace) -> int:
    service = ReturnPrepService(open_session(args))
    case = service.remove_document(args.reference, args.document_id)
    print(f"{case.reference}: document removed ({len(case.documents)} left).")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    details = {
        name: value
        for name, value in (
            ("destination_country", args.country),
            ("met_on_arrival_by", args.met_by),
            ("transit_assistance", args.transit_assistance),
            ("grant_kind", args.grant),
            ("grant_details", args.grant_details),
        )
        if value is not None
    }
    if not details:
        raise CliError("nothing to set: give at least one option.")
    service = ReturnPrepService(open_session(args))
    case = service.set_travel_details(args.reference, **details)
    print(f"{case.reference}: travel details saved ({', '.join(sorted(details))}).")
    return 0


def cmd_warnings(args: argparse.Namespace) -> int:
    if not 0 <= args.late_hour <= 23:
        raise CliError("--late-hour must be between 0 and 23.")
    service = ReturnPrepService(open_session(args))
    case = CaseService(service.s).get(args.reference)
    issues = service.travel_issues(case, args.late_hour)
    if args.json:
        print_json(
            {
                "reference": case.reference,
                "legs": [leg.model_dump(mode="json") for leg in case.itinerary.legs],
                "issues": [
                    {"code": i.code, "severity": i.severity, "leg_id": i.leg_id, "text": i.text}
                    for i in issues
                ],
            }
        )
        return 0
    print_table(
        ["LEG", "MODE", "FROM", "TO", "DEPARTS", "ARRIVES", "ESCORT"],
        [
            [
                leg.id[:8],
                leg.mode.value,
                leg.origin,
                leg.destination,
                leg.departs_at.isoformat(timespec="minutes"),
                leg.arrives_at.isoformat(timespec="minutes"),
                leg.escort,
            ]
            for leg in case.itinerary.legs
        ],
    )
    for issue in issues:
        print(f"{issue.severity}: {issue.text}")
    if not issues:
        print("No travel warnings.")
    return 0


def cmd_message(args: argparse.Namespace) -> int:
    service = ReturnPrepService(open_session(args))
    on = args.on or service.today()
    kind = MessageKind(args.kind)
    if args.direction == "sent":
        case = service.record_message(args.reference, kind, sent_on=on, note=args.note)
    else:
        case = service.record_message(args.reference, kind, received_on=on, note=args.note)
    print(f"{case.reference}: {kind.value} {args.direction} on {on.isoformat()}.")
    return 0


def cmd_messages(args: argparse.Namespace) -> int:
    service = ReturnPrepService(open_session(args))
    case = CaseService(service.s).get(args.reference)
    steps = service.message_steps(case, args.answer_days)
    if args.json:
        print_json(
            {
                "reference": case.reference,
                "today": service.today(),
                "steps": [
                    {
                        "position": s.position,
                        "kind": s.kind,
                        "sender": s.sender,
                        "status": s.status,
                        "sent_on": s.sent_on,
                        "received_on": s.received_on,
                        "due_on": s.due_on,
                        "overdue": s.overdue,
                        "next": s.is_next,
                    }
                    for s in steps
                ],
            }
        )
        return 0
    print_table(
        ["#", "MESSAGE", "FROM", "STATUS", "SENT", "RECEIVED", "DUE", ""],
        [
            [
                str(s.position),
                s.title,
                s.sender,
                s.status,
                s.sent_on.isoformat() if s.sent_on else "",
                s.received_on.isoformat() if s.received_on else "",
                s.due_on.isoformat() if s.due_on else "",
                "OVERDUE" if s.overdue else ("next" if s.is_next else ""),
            ]
            for s in steps
        ],
    )
    return 0


def cmd_holidays_list(args: argparse.Namespace) -> int:
    service = HolidayService(open_session(args))
    calendar = service.calendar(args.country, [args.year] if args.year else None)
    days = {d: n for d, n in calendar.holidays.items() if not args.year or d.year == args.year}
    if args.json:
        print_json(
            {
                "country": calendar.country,
                "edited": service.is_edited(calendar.country),
                "weekend_days": calendar.weekend_days,
                "holidays": [{"date": d, "name": n} for d, n in days.items()],
            }
        )
        return 0
    source = "edited" if service.is_edited(calendar.country) else "defaults, please check"
    print(f"{calendar.country} ({source}): {len(days)} holidays")
    for day, name in days.items():
        print(f"  {day.isoformat()}  {day.strftime('%a')}  {name}")
    return 0


def cmd_holidays_add(args: argparse.Namespace) -> int:
    calendar = HolidayService(open_session(args)).add_holiday(args.country, args.date, args.name)
    print(f"{calendar.country}: {args.date.isoformat()} is a holiday.")
    return 0


def cmd_holidays_remove(args: argparse.Namespace) -> int:
    calendar = HolidayService(open_session(args)).remove_holiday(args.country, args.date)
    print(f"{calendar.country}: {args.date.isoformat()} is no longer a holiday.")
    return 0


def cmd_holidays_reset(args: argparse.Namespace) -> int:
    calendar = HolidayService(open_session(args)).reset(args.country)
    print(f"{calendar.country}: back to the default holidays.")
    return 0

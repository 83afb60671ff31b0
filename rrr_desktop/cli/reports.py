"""``rrr report``, ``rrr import-cases`` and ``rrr lists``: statistics and spreadsheets."""

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from rrr_desktop import files
from rrr_desktop.cli.common import CliError, open_session, print_json, print_table, whole_number
from rrr_desktop.domain.import_rules import FIELDS
from rrr_desktop.reports import export
from rrr_desktop.reports.fields import DONOR_SET, REPORT_FIELDS
from rrr_desktop.reports.report import ReportFilter
from rrr_desktop.services.importing import ImportService, read_sheet, resolve_mapping
from rrr_desktop.services.reports import DEFAULT_EXPORT_THRESHOLD, ReportService


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a date like 2026-01-31") from None


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="count cases by one or two fields (aggregate tables)")
    p.add_argument(
        "--by",
        action="append",
        default=[],
        choices=REPORT_FIELDS,
        metavar="FIELD",
        help=f"field to count by, once or twice: {', '.join(REPORT_FIELDS)}",
    )
    p.add_argument(
        "--standard",
        action="store_true",
        help="the standard donor tables: "
        + ", ".join(DONOR_SET)
        + " (csv: one file per table next to --out)",
    )
    p.add_argument("--from", dest="start", type=_day, help="intake on or after this date")
    p.add_argument("--to", dest="end", type=_day, help="intake on or before this date")
    p.add_argument("--programme", default="", help="only cases of this programme")
    p.add_argument("--format", choices=["table", "csv", "json", "pdf"], default="table")
    p.add_argument("--out", metavar="FILE", help="write to this file (needed for pdf)")
    p.add_argument(
        "--suppress",
        type=whole_number(1, 10**6),
        metavar="N",
        default=None,
        help="hide counts below N and what would reveal them "
        f"(default {DEFAULT_EXPORT_THRESHOLD} for every format; a lower N, "
        "or 0 for none, is for internal use and audited as such)",
    )
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("import-cases", help="import cases from a CSV or .xlsx spreadsheet")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=f"map a column to a field ({', '.join(FIELDS)}) or to 'ignore'",
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("lists", help="operational lists for supervisors")
    p.add_argument("which", choices=["caseload", "followups", "stage-times", "returns"])
    p.add_argument("--from", dest="start", type=_day)
    p.add_argument("--to", dest="end", type=_day)
    p.add_argument("--programme", default="")
    p.add_argument(
        "--days",
        type=whole_number(0, 3660),
        default=14,
        help="follow-ups due within this many days",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_lists)


def _emit(text: str, out: str | None) -> None:
    if out:
        files.write_text(Path(out), text)
        print(f"Written to {out}.", file=sys.stderr)
    else:
        sys.stdout.write(text)


def cmd_report(args: argparse.Namespace) -> int:
    if len(args.by) > 2:
        raise CliError("--by may be given once or twice (a cross-tab of two fields).")
    if bool(args.by) == bool(args.standard):
        raise CliError("say what to count: --by FIELD [--by FIELD2], or --standard.")
    if args.format == "pdf" and not args.out:
        raise CliError("a PDF needs --out FILE.")
    if args.standard and args.format == "csv" and not args.out:
        raise CliError("the standard tables as CSV need --out FILE (one file per table).")
    threshold = args.suppress  # None: the organisation's default, for every format
    layouts: list[tuple[str, ...]] = (
        [(f,) for f in DONOR_SET] if args.standard else [tuple(args.by)]
    )
    service = ReportService(open_session(args))
    report = service.build(layouts, ReportFilter(args.start, args.end, args.programme), threshold)
    if args.format == "csv" and args.out:
        for written in service.export_csv(report, Path(args.out)):
            print(f"Written to {written}.", file=sys.stderr)
    elif args.format == "csv":
        for _target, text in export.csv_files(report.tables, Path("report.csv")):
            sys.stdout.write(text)
    elif args.format == "json":
        data = {"cases": report.cases, "tables": [export.to_json(t) for t in report.tables]}
        if len(report.tables) == 1:
            data = export.to_json(report.tables[0]) | {"cases": report.cases}
        _emit(json.dumps(data, ensure_ascii=False, indent=1) + "\n", args.out)
    elif args.format == "pdf":
        from rrr_desktop.cli.printing import ensure_gui_application
        from rrr_desktop.printing.report_pdf import write_report_pdf  # Qt only when needed

        app = ensure_gui_application()
        pages = write_report_pdf(report, Path(args.out))
        del app
        print(f"Written to {args.out} ({pages} pages).", file=sys.stderr)
    else:
        for table in report.tables:
            headers, rows = export.text_grid(table)
            print_table(headers, rows)
            for note in export.footnotes(table):
                print(note)
            print()
    return 0


def _parse_maps(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        column, sep, field = item.partition("=")
        if not sep or not column.strip():
            raise CliError(f"--map needs COLUMN=FIELD, got {item!r}.")
        out[column.strip()] = field.strip()
    return out


def cmd_import(args: argparse.Namespace) -> int:
    sheet = read_sheet(args.file)
    mapping = resolve_mapping(sheet.headers, _parse_maps(args.map))
    service = ImportService(open_session(args))
    preview = service.preview(sheet, mapping)
    created: list[str] = []
    if preview.ready and not args.dry_run:
        created = service.apply(preview)
    if args.json:
        print_json(
            {
                "rows": preview.total_rows,
                "accepted": len(preview.rows),
                "refused_rows": len(preview.refused_lines),
                "dry_run": args.dry_run,
                "imported": len(created),
                "mapping": preview.mapping,
                "refusals": [
                    {
                        "row": r.line,
                        "code": r.refusal.code,
                        "column": r.refusal.column,
                        "message": r.text,
                    }
                    for r in preview.refusals
                ],
                "possible_duplicates": [
                    {"row": line, "like": ref} for line, ref in preview.possible_duplicates
                ],
            }
        )
    else:
        print("Columns:")
        for column, field in preview.mapping.items():
            print(f"  {column} -> {field or '(ignored)'}")
        for r in preview.refusals:
            print(f"Row {r.line}: {r.text}", file=sys.stderr)
        for line, like in preview.possible_duplicates:
            if like:
                print(
                    f"Row {line}: looks like the person of case {like} (imported anyway; "
                    "check it is not the same person).",
                    file=sys.stderr,
                )
            else:
                print(
                    f"Row {line}: a similar person may already be known; ask your supervisor.",
                    file=sys.stderr,
                )
        print(
            f"{preview.total_rows} rows: {len(preview.rows)} accepted, "
            f"{len(preview.refused_lines)} refused."
        )
        if created:
            first, last = min(created), max(created)
            print(f"Imported {len(created)} cases (references {first} to {last}).")
        elif args.dry_run:
            print("Dry run: nothing was imported.")
    if preview.refusals:
        if not args.dry_run:
            print("rrr: nothing was imported because some rows are refused.", file=sys.stderr)
        return 1
    return 0


def cmd_lists(args: argparse.Namespace) -> int:
    service = ReportService(open_session(args))
    flt = ReportFilter(args.start, args.end, args.programme)
    data: list[dict[str, Any]]
    if args.which == "caseload":
        data = [
            {
                "caseworker": c.caseworker,
                "open": c.open_cases,
                "overdue": c.overdue,
                "by_stage": c.by_stage,
            }
            for c in service.caseload()
        ]
        rows = [
            [
                d["caseworker"],
                str(d["open"]),
                str(d["overdue"]),
                ", ".join(f"{k} {v}" for k, v in d["by_stage"].items()),
            ]
            for d in data
        ]
        headers = ["CASEWORKER", "OPEN", "OVERDUE", "BY STAGE"]
    elif args.which == "followups":
        due = service.followups(args.days)
        data = [
            {
                "reference": f.reference,
                "caseworker": f.caseworker,
                "action": f.next_action,
                "due": f.next_due,
            }
            for f in due
        ]
        rows = [[d["reference"], d["caseworker"], d["action"], str(d["due"])] for d in data]
        headers = ["REFERENCE", "CASEWORKER", "NEXT ACTION", "DUE"]
    elif args.which == "stage-times":
        data = [
            {"stage": t.stage, "stays": t.stays, "median_days": t.median_days}
            for t in service.stage_times(flt)
        ]
        rows = [[d["stage"], str(d["stays"]), f"{d['median_days']:.1f}"] for d in data]
        headers = ["STAGE", "COMPLETED STAYS", "MEDIAN DAYS"]
    else:
        data = [
            {
                "reference": r.reference,
                "on": r.on,
                "origin": r.origin_country,
                "programme": r.programme,
            }
            for r in service.returns(flt)
        ]
        rows = [[d["reference"], str(d["on"]), d["origin"], d["programme"]] for d in data]
        headers = ["REFERENCE", "LEFT ON", "ORIGIN", "PROGRAMME"]
    if args.json:
        print_json(data)
    else:
        print_table(headers, rows)
    return 0

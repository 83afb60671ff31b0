"""``rrr print checklist|info-sheet|embassy-letter REF --out FILE.pdf``.

Renders with Qt, so it starts a QGuiApplication (off-screen when there is no display).
The printing service checks access; a print is audited once the PDF is written whole.
"""

import argparse
import dataclasses
import os
import sys
from pathlib import Path
from typing import Any

from rrr_desktop.cli.common import CliError, open_session
from rrr_desktop.domain.travel_rules import journey_is_past
from rrr_desktop.services.printing_service import PrintingService


def register(sub: Any) -> None:
    p = sub.add_parser(
        "print", help="print the checklist, information sheet or embassy letter to a PDF file"
    )
    psub = p.add_subparsers(dest="print_command", required=True)
    for name, kind, what in (
        ("checklist", "checklist", "the bilingual pre-departure checklist"),
        ("info-sheet", "info_sheet", "the person's bilingual information sheet"),
        (
            "summary",
            "summary",
            "what the organisation holds about the person, for them (bilingual)",
        ),
    ):
        q = psub.add_parser(name, help=what)
        q.add_argument("reference")
        q.add_argument("--lang", required=True, help="the person's language, e.g. km, th, ar")
        q.add_argument(
            "--staff-lang",
            default="",
            help="the caseworker's language (default: your user's language)",
        )
        _common(q)
        q.add_argument(
            "--with-name",
            action="store_true",
            help="print the person's name (otherwise only the case reference)",
        )
        q.set_defaults(func=cmd_print_case_document, kind=kind)
    q = psub.add_parser(
        "embassy-letter",
        help="the travel-document request to the embassy "
        "(minimum data; refused while asylum is pending)",
    )
    q.add_argument("reference")
    _common(q)
    q.add_argument(
        "--org-name",
        default="",
        help="requesting organisation as named in the letter (default: the vault's organisation)",
    )
    q.add_argument("--document", default="", help="document needed (default: travel document)")
    q.set_defaults(func=cmd_print_embassy_letter)
    q = psub.add_parser(
        "verify",
        help="check a printout: a PDF file, or the code printed in "
        "its footer (RRR-K7MX-3QAD), or a scanned QR code's text",
    )
    q.add_argument("target", help="a PDF file, a code or a QR code's text")
    q.set_defaults(func=cmd_print_verify)


def _common(q: argparse.ArgumentParser) -> None:
    q.add_argument("--out", required=True, type=Path, help="PDF file to write")
    q.add_argument("--paper", choices=["a4", "letter"], default="a4")


def _out_path(args: argparse.Namespace) -> Path:
    out: Path = args.out.expanduser()
    if out.suffix.lower() != ".pdf":
        raise CliError("--out must name a .pdf file.")
    if not out.parent.is_dir():
        raise CliError(f"the folder {out.parent} does not exist.")
    return out


def ensure_gui_application() -> object:
    """Qt needs a QGuiApplication to lay out text; off-screen works without a display."""
    from PySide6.QtCore import QLoggingCategory
    from PySide6.QtGui import QGuiApplication

    # Qt notes once that the Latin face cannot shape Khmer while it picks the Khmer face
    # for those runs; the page is right (checked by image), so keep the terminal quiet.
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["rrr"])
    QLoggingCategory.setFilterRules("qt.text.font.db=false")
    from rrr_desktop.printing.fonts import register_fonts

    register_fonts()
    return app


def cmd_print_case_document(args: argparse.Namespace) -> int:
    out = _out_path(args)
    service = PrintingService(open_session(args))
    material = service.material(args.reference, args.kind, args.lang, with_name=args.with_name)
    _app = ensure_gui_application()
    from rrr_desktop.printing.documents import build_document, make_context
    from rrr_desktop.printing.render import write_pdf
    from rrr_desktop.printing.texts import available_languages, base_language

    if base_language(args.lang) not in available_languages():
        print(
            f"rrr: no printed texts in {args.lang!r} yet; its column is in English "
            f"(available: {', '.join(available_languages())}).",
            file=sys.stderr,
        )
    ctx = make_context(
        staff_language=args.staff_lang or material.staff_language,
        person_language=args.lang,
        printed_on=material.today,
        organisation=material.organisation,
        show_name=args.with_name or material.case.show_name_on_prints,
        display_names=material.display_names,
        handed_over=material.handed_over,
        receiving_contact=material.receiving_contact,
        disclosures=material.disclosures,
    )
    mark = service.issue_mark(args.reference, args.kind)
    document = dataclasses.replace(build_document(args.kind, material.case, ctx), mark=mark)
    pages = write_pdf(document, out, args.paper)
    service.record_print(args.reference, args.kind, args.lang, args.with_name, mark, out)
    print(f"Wrote {out} ({pages} page{'s' if pages != 1 else ''}); check code {mark.shown}.")
    if args.kind == "info_sheet" and journey_is_past(material.case.itinerary, material.today):
        print(
            "rrr: the journey's dates are in the past; check them before the sheet is "
            "handed over (the sheet says so too).",
            file=sys.stderr,
        )
    return 0


def cmd_print_embassy_letter(args: argparse.Namespace) -> int:
    out = _out_path(args)
    service = PrintingService(open_session(args))
    request = service.embassy_request(args.reference, args.org_name, args.document)
    _app = ensure_gui_application()
    from rrr_desktop.printing.embassy_letter import embassy_letter_document
    from rrr_desktop.printing.render import write_pdf

    mark = service.issue_mark(args.reference, "embassy_letter")
    document = dataclasses.replace(embassy_letter_document(request), mark=mark)
    pages = write_pdf(document, out, args.paper)
    service.record_print(args.reference, "embassy_letter", "en", True, mark, out)
    print(f"Wrote {out} ({pages} page{'s' if pages != 1 else ''}); check code {mark.shown}.")
    return 0


def cmd_print_verify(args: argparse.Namespace) -> int:
    """Exit 0 for a genuine, current printout; 1 for anything to be careful about."""
    service = PrintingService(open_session(args))
    target = Path(args.target).expanduser()
    found = service.check_printout(target if target.is_file() else args.target)
    shown = f"RRR-{found.code[:4]}-{found.code[4:]}"
    if not found.known:
        print(f"{shown}: not printed from this vault. Do not rely on it.")
        return 1
    where = f" for {found.reference}" if found.reference else ""
    print(
        f"{shown}: {found.kind.replace('_', ' ')}{where}, printed {found.printed_at} "
        f"by {found.printed_by}."
    )
    problems = []
    if not found.signature_ok:
        problems.append("its signature does not match this installation's key")
    if found.file_matches is False:
        problems.append("the file is not the one that was printed: it was changed afterwards")
    if found.case_gone:
        problems.append("the case no longer exists here")
    elif found.case_changed:
        problems.append("the case has changed since: print it again before relying on it")
    for problem in problems:
        print(f"  - {problem}")
    if found.file_matches:
        print("  The file is exactly the one printed.")
    return 0 if found.current else 1

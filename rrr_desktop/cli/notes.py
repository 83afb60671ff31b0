"""``rrr case note|notes|attach|files|file-copy``: notes, the contact log and attached
files from scripts. Note text comes from ``@FILE`` or ``@-``, so what a person said never
has to appear on a command line (``ps``, shell history)."""

import argparse
from pathlib import Path
from typing import Any

from rrr_desktop.cli.common import CliError, free_text, open_session, print_json, print_table
from rrr_desktop.domain.notes import AttachmentKind, NoteKind, newest_first
from rrr_desktop.services.notes import NotesService


def register_case_commands(csub: Any) -> None:
    q = csub.add_parser("note", help="add a note or a contact-log entry (text as @FILE or @-)")
    q.add_argument("reference")
    q.add_argument(
        "--text",
        required=True,
        type=free_text,
        help="the note; @FILE or @- reads it from a file or standard input",
    )
    q.add_argument("--kind", choices=[k.value for k in NoteKind], default=NoteKind.NOTE.value)
    q.add_argument(
        "--with",
        dest="with_whom",
        default="",
        type=free_text,
        help="for a contact: with whom (the person, the family, a partner)",
    )
    q.set_defaults(func=cmd_note)

    q = csub.add_parser("notes", help="the case's notes and contact log, newest first")
    q.add_argument("reference")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_notes)

    q = csub.add_parser("attach", help="keep a file (scan, photo, signed form) in the vault")
    q.add_argument("reference")
    q.add_argument("file", type=Path)
    q.add_argument(
        "--kind", choices=[k.value for k in AttachmentKind], default=AttachmentKind.OTHER.value
    )
    q.add_argument(
        "--name", default="", type=free_text, help="how it is listed (default: the file's name)"
    )
    q.add_argument(
        "--share",
        action="store_true",
        help="may go with a referral when the person consented to sharing",
    )
    q.set_defaults(func=cmd_attach)

    q = csub.add_parser("files", help="the files attached to a case")
    q.add_argument("reference")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_files)

    q = csub.add_parser("file-copy", help="save a copy of an attached file (audited)")
    q.add_argument("reference")
    q.add_argument("file_id", help="the id shown by 'rrr case files' (its first characters do)")
    q.add_argument("out", type=Path)
    q.set_defaults(func=cmd_file_copy)


def cmd_note(args: argparse.Namespace) -> int:
    service = NotesService(open_session(args))
    service.add_note(args.reference, args.text, NoteKind(args.kind), args.with_whom)
    print(f"{args.reference.upper()}: note added.")
    return 0


def cmd_notes(args: argparse.Namespace) -> int:
    notes = newest_first(NotesService(open_session(args)).notes(args.reference, audit=True))
    if args.json:
        print_json([n.model_dump(mode="json") for n in notes])
        return 0
    if not notes:
        print("No notes yet.")
        return 0
    for note in notes:
        whom = f" with {note.with_whom}" if note.with_whom else ""
        print(f"{note.at:%Y-%m-%d %H:%M} {note.kind.value}{whom} (by {note.by})")
        for line in note.text.splitlines():
            print(f"  {line}")
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    service = NotesService(open_session(args))
    attached = service.attach(
        args.reference, args.file, AttachmentKind(args.kind), args.name, may_share=args.share
    )
    print(
        f"{args.reference.upper()}: attached {attached.id[:8]} ({attached.media_type}, "
        f"{attached.size} bytes). The original file can now be deleted."
    )
    return 0


def cmd_files(args: argparse.Namespace) -> int:
    service = NotesService(open_session(args))
    case = service.cases.get(args.reference)  # a view of the case, recorded
    present = service.present(case)
    files = newest_first(case.attachments)
    if args.json:
        print_json([{**a.model_dump(mode="json"), "here": a.id in present} for a in files])
        return 0
    if not files:
        print("No files attached.")
        return 0
    print_table(
        ["id", "kind", "size", "added", "share", "here", "name"],
        [
            [
                a.id[:8],
                a.kind.value,
                str(a.size),
                f"{a.added_at:%Y-%m-%d}",
                "yes" if a.may_share else "no",
                "yes" if a.id in present else "not yet",
                a.name,
            ]
            for a in files
        ],
    )
    return 0


def cmd_file_copy(args: argparse.Namespace) -> int:
    service = NotesService(open_session(args))
    case = service.cases.get(args.reference, audit=False)
    matches = [a for a in case.attachments if a.id.startswith(args.file_id.lower())]
    if len(matches) != 1:
        raise CliError(
            "no attached file has that id; see 'rrr case files'"
            if not matches
            else "several files start with that id; give more of it"
        )
    out = args.out / matches[0].name if args.out.is_dir() else args.out
    service.export_attachment(args.reference, matches[0].id, out)
    print(f"Wrote {out}. It is not encrypted: delete it when it is no longer needed.")
    return 0

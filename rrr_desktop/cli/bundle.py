"""``rrr peer ...`` and ``rrr bundle ...``: contact cards, trust, bundle export/verify/import."""

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from rrr_desktop.cli.common import (
    CliError,
    open_session,
    print_json,
    print_table,
    read_secret,
    whole_number,
)
from rrr_desktop.domain.field_names import in_words
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import BundleReplayed, KnownError, NotFound
from rrr_desktop.handoff.keys import normalise_fingerprint
from rrr_desktop.services.handoff import (
    HandoffService,
    ImportPreview,
    StackResult,
    default_bundle_name,
)


def register(sub: Any) -> None:
    p = sub.add_parser("peer", help="contact cards of other installations")
    psub = p.add_subparsers(dest="peer_command", required=True)
    q = psub.add_parser("export-card", help="write this installation's contact card")
    q.add_argument("--out", required=True, metavar="FILE")
    q.set_defaults(func=cmd_export_card)
    q = psub.add_parser("add", help="add a peer's contact card (not trusted until 'peer trust')")
    q.add_argument("file")
    q.set_defaults(func=cmd_add)
    q = psub.add_parser("trust", help="trust a peer after comparing its fingerprint")
    q.add_argument("fingerprint")
    q.set_defaults(func=cmd_trust)
    q = psub.add_parser("list", help="peers with their fingerprints")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)
    q = psub.add_parser(
        "join", help="make this empty vault a device of a trusted peer's organisation"
    )
    q.add_argument("fingerprint")
    q.set_defaults(func=cmd_join)

    p = sub.add_parser("bundle", help="encrypted, signed handoff bundles")
    bsub = p.add_subparsers(dest="bundle_command", required=True)
    q = bsub.add_parser("export", help="write a bundle for a peer")
    q.add_argument("--to", default="", metavar="PEER", help="fingerprint or organisation name")
    q.add_argument("--kind", required=True, choices=["sync", "referral", "status"])
    q.add_argument("--case", action="append", default=[], metavar="REF")
    q.add_argument(
        "--out", required=True, metavar="FILE", help="file, or a folder (e.g. a USB drive)"
    )
    q.add_argument(
        "--passphrase-for",
        default="",
        metavar="ORG",
        help="encrypt with a passphrase instead, for this organisation",
    )
    q.set_defaults(func=cmd_export)
    q = bsub.add_parser("verify", help="check signature, recipient and integrity; change nothing")
    q.add_argument("file")
    q.add_argument("--bundle-passphrase", action="store_true", help="the bundle needs a passphrase")
    q.set_defaults(func=cmd_verify)
    q = bsub.add_parser(
        "import",
        help="import bundles, each all of it or nothing (a stack of sticks in one unlock)",
    )
    q.add_argument("file", nargs="+")
    q.add_argument("--dry-run", action="store_true", help="only show what would change")
    q.add_argument("--bundle-passphrase", action="store_true", help="the bundle needs a passphrase")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_import)
    q = bsub.add_parser(
        "conflicts", help="fields changed on two laptops that had not seen each other's change"
    )
    q.add_argument("--case", default="", help="only this case (reference)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_conflicts)
    q = bsub.add_parser(
        "resolve",
        help="resolve a conflict: ours, theirs, the number of a value, or new --value JSON",
    )
    q.add_argument(
        "id",
        nargs="?",
        type=whole_number(1, 2**62),
        help="the conflict's number (rrr bundle conflicts)",
    )
    q.add_argument("choice", help="ours | theirs | 1, 2, ... | new")
    q.add_argument("--value", default=None, help="with 'new': the value as JSON (\"text\", 3)")
    q.add_argument("--case", default="", help="the same choice for every conflict of this case")
    q.set_defaults(func=cmd_resolve)
    q = bsub.add_parser("history", help="bundles written and imported")
    q.set_defaults(func=cmd_history)


def _service(args: argparse.Namespace) -> HandoffService:
    return HandoffService(open_session(args))


def cmd_export_card(args: argparse.Namespace) -> int:
    card = _service(args).export_card(Path(args.out))
    print(f"Contact card written to {args.out}.")
    print(f"Fingerprint: {card.fingerprint}  (read it out to the peer to compare)")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    peer = _service(args).add_peer(Path(args.file))
    print(f"Added {peer.org_name} ({peer.country}), device {peer.device_id}.")
    print(f"Fingerprint: {peer.fingerprint}")
    print(
        "Not trusted yet: compare this fingerprint with the peer by phone or in person, "
        f"then run: rrr peer trust {peer.fingerprint}"
    )
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    peer = _service(args).trust_peer(args.fingerprint)
    print(f"{peer.org_name} ({peer.fingerprint}) is now trusted.")
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    service = _service(args)
    service.join_organisation(args.fingerprint)
    print(f"This vault is now a device of {service.s.organisation().name}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    service = _service(args)
    peers = service.peers()
    me = service.identity().fingerprint
    if args.json:
        print_json({"self": me, "peers": [p.__dict__ for p in peers]})
        return 0
    print(f"This installation: {me}")
    print_table(
        ["FINGERPRINT", "ORGANISATION", "COUNTRY", "DEVICE", "TRUSTED"],
        [
            [p.fingerprint, p.org_name, p.country, p.device_id, "yes" if p.trusted else "no"]
            for p in peers
        ],
    )
    return 0


def _resolve_peer(service: HandoffService, text: str) -> str:
    if not text:
        return ""
    wanted = normalise_fingerprint(text)
    matches = [
        p
        for p in service.peers()
        if p.fingerprint == wanted or p.org_name.casefold() == text.strip().casefold()
    ]
    if len(matches) != 1:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "No single peer matches {text}; use its fingerprint from 'rrr peer list'."
            ),
            text=text,
        )
    return matches[0].fingerprint


def cmd_export(args: argparse.Namespace) -> int:
    service = _service(args)
    peer = _resolve_peer(service, args.to)
    if not peer and not args.passphrase_for:
        raise CliError("say who the bundle is for: --to PEER or --passphrase-for ORG.")
    passphrase = ""
    if args.passphrase_for:
        passphrase = read_secret(args, "Passphrase for the bundle: ", confirm=True)
    out = Path(args.out)
    if out.is_dir():
        out = out / default_bundle_name(args.kind, service.s.clock.now())
    result = service.export_bundle(args.kind, out, peer, args.case, passphrase, args.passphrase_for)
    for reference, found in result.filters.items():
        print(f"{reference}: sends {len(found.sent)} fields; withheld:")
        for path, why in found.withheld:
            print(f"  - {path} ({why})")
    counts = result.manifest.counts
    print(
        f"Wrote {out} ({result.manifest.kind}, {counts.get('records', 0)} records, bundle "
        f"{result.manifest.bundle_id[:8]})."
    )
    return 0


def _passphrase(args: argparse.Namespace) -> str:
    return read_secret(args, "Bundle passphrase: ") if args.bundle_passphrase else ""


def cmd_verify(args: argparse.Namespace) -> int:
    service = _service(args)
    verified = service.verify(Path(args.file), _passphrase(args))
    m = verified.manifest
    print(
        f"OK: {m.kind} bundle {m.bundle_id[:8]} from {m.sender.org_name} "
        f"({verified.peer.fingerprint}), made {m.created_at}; the signature, the recipient "
        f"and the hash of every member check out; {m.counts.get('records', 0)} records."
    )
    return 0


def _print_preview(preview: ImportPreview, dry_run: bool) -> None:
    m = preview.manifest
    rows = [
        [
            i.shown_reference,
            i.kind,
            i.action,
            ", ".join(in_words(f) for f in i.fields),
            ", ".join(in_words(c) for c in i.conflicts),
        ]
        for i in preview.items
        if i.action != "unchanged"
    ]
    print_table(["REFERENCE", "KIND", "ACTION", "FIELDS", "CONFLICTS"], rows)
    for item in preview.items:
        if item.similar:
            known = ", ".join(r for r in item.similar if r) or "a case you may not see"
            print(
                f"{item.shown_reference}: may be the same person as {known}; "
                "check before working on both (ask a supervisor if not yours)."
            )
    if m.transfer is not None:
        print(f"Purpose: {m.transfer.purpose}; legal basis: {m.transfer.legal_basis}.")
        for item in preview.items:
            shared = ", ".join(in_words(f) for f in item.sent_fields)
            print(f"{item.shown_reference}: the sender shared {shared}")
    totals = ", ".join(f"{n} {k}" for k, n in sorted(preview.totals().items())) or "nothing"
    verb = "Would apply" if dry_run else "Applied"
    print(
        f"{verb} {m.kind} bundle {m.bundle_id[:8]} from {m.sender.org_name}: {totals}.",
        file=sys.stderr,
    )


def cmd_import(args: argparse.Namespace) -> int:
    """One bundle, or a stack (a headquarters' sticks): each is applied whole or not at
    all; a refused one is said and the rest go on; one read twice is skipped."""
    service = _service(args)
    passphrase = _passphrase(args)
    paths = [Path(f) for f in args.file]
    if len(paths) == 1:
        preview = _import_one(service, paths[0], passphrase, args.dry_run)
        if args.json:
            print_json(_preview_json(preview))
        else:
            _print_preview(preview, args.dry_run)
        return 0
    done: list[dict[str, Any]] = []

    def said(result: StackResult) -> None:  # once it is committed (or refused)
        name = result.path.name
        if result.how == "skipped":
            done.append({"file": str(result.path), "skipped": str(result.error)})
            print(f"{name}: skipped: {result.error}", file=sys.stderr)
        elif result.how == "refused" and isinstance(result.error, KnownError):
            done.append({"file": str(result.path), "refused": str(result.error)})
            print(f"{name}: refused: {result.error}", file=sys.stderr)
        elif result.preview is not None:
            done.append({"file": str(result.path), **_preview_json(result.preview)})
            if not args.json:
                print(f"== {name}")
                _print_preview(result.preview, args.dry_run)

    if args.dry_run:
        for path in paths:
            try:
                said(StackResult(path, "applied", service.preview(path, passphrase)))
            except BundleReplayed as exc:
                said(StackResult(path, "skipped", error=exc))
            except KnownError as exc:
                said(StackResult(path, "refused", error=exc))
    else:  # the import workers start once for the whole stack
        results = service.import_stack(paths, passphrase, on_saved=said)
        for result in results:
            if result.error is not None and not isinstance(result.error, KnownError):
                raise result.error  # not foreseen: the stack stopped here (said by main)
    refused = sum(1 for d in done if "refused" in d)
    skipped = sum(1 for d in done if "skipped" in d)
    if args.json:
        print_json(done)
    verb = "checked" if args.dry_run else "imported"
    summary = f"{len(paths) - refused - skipped} of {len(paths)} bundles {verb}"
    if skipped:
        summary += f"; {skipped} imported before, skipped"
    if refused:
        summary += f"; {refused} refused, each changing nothing"
    print(summary + ".", file=sys.stderr)
    return 1 if refused else 0


def _import_one(
    service: HandoffService, path: Path, passphrase: str, dry_run: bool
) -> ImportPreview:
    if dry_run:
        return service.preview(path, passphrase)
    return service.import_bundle(path, passphrase)


def _preview_json(preview: ImportPreview) -> dict[str, Any]:
    return {
        "bundle_id": preview.manifest.bundle_id,
        "kind": preview.manifest.kind,
        "applied": preview.applied,
        "totals": preview.totals(),
        "items": [i.__dict__ for i in preview.items],
    }


def cmd_conflicts(args: argparse.Namespace) -> int:
    """Grouped by case; each value with who wrote it, when, and on which laptop."""
    service = _service(args)
    record_id = service.case_id(args.case) if args.case else ""
    found = service.conflicts(record_id)
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "reference": service.reference_of(c.record_id),
                    "field": in_words(c.path),
                    "path": c.path,
                    "values": [
                        {"value": s.value, "by": s.who, "at": _when(s.at_ms), "device": s.device}
                        for s in c.siblings
                    ],
                }
                for c in found
            ]
        )
        return 0
    if not found:
        print("No open conflicts.")
        return 0
    here = service.device_id
    last = ""
    for c in found:
        reference = service.reference_of(c.record_id)
        if reference != last:
            print(f"{reference}")
            last = reference
        print(f"  [{c.id}] {in_words(c.path)}")
        for n, s in enumerate(c.siblings, 1):
            side = "this laptop" if s.device == here else f"laptop {s.device}"
            print(f"      {n}. {_cell(s.value)}   ({s.who or '?'}, {_when(s.at_ms)}, {side})")
    print(
        "Resolve with: rrr bundle resolve ID ours|theirs|N, rrr bundle resolve ID new "
        "--value JSON, or rrr bundle resolve --case REF theirs"
    )
    return 0


def _when(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _cell(value: Any) -> str:
    if value is None:
        return "(empty or deleted)"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= 60 else text[:57] + "..."


def cmd_resolve(args: argparse.Namespace) -> int:
    service = _service(args)
    if args.case:
        paths = service.resolve_case(service.case_id(args.case), args.choice)
        print(f"{len(paths)} conflict(s) of {args.case} resolved ({args.choice}).")
        return 0
    if args.id is None:
        raise CliError("Name the conflict's number, or --case REF for a whole case.")
    value = None
    if args.value is not None:
        try:
            value = json.loads(args.value)
        except ValueError:
            raise CliError('The value must be JSON: "text" in quotes, a number, or null.') from None
    service.resolve(args.id, args.choice, value)
    print(f"Conflict {args.id} resolved ({args.choice}).")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    service = _service(args)
    pending = service.still_to_sync()
    if pending is not None and pending[1]:
        print(
            f"This vault was put back from a backup on {pending[0]} UTC. Sync with every "
            "other laptop as usual: each sends back what it holds. Not yet synced since: "
            + ", ".join(pending[1])
            + "."
        )
    rows = [
        [
            h["at"],
            h["direction"],
            h["kind"],
            h["bundle_id"][:8],
            h["peer"],
            h["by"],
            ", ".join(f"{k} {v}" for k, v in sorted(h["counts"].items())),
        ]
        for h in service.history()
    ]
    print_table(["WHEN", "DIR", "KIND", "BUNDLE", "PEER", "BY", "COUNTS"], rows)
    return 0

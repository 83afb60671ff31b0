"""``rrr init``, ``demo``, ``user``, ``passwd``, ``backup``, ``restore``, ``doctor``, ``audit``."""

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from rrr_desktop import files
from rrr_desktop.cli.common import (
    CliError,
    ask_yes,
    date_or_time,
    open_session,
    pick_user,
    print_json,
    read_secret,
    vault_dir,
    whole_number,
)
from rrr_desktop.domain.enums import Role
from rrr_desktop.services import doctor, restore, vault_service
from rrr_desktop.services.audit_service import AuditFilter, AuditService, verify_audit
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.demo import fill_demo


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create a vault and its first (administrator) user")
    p.add_argument("--org", required=True, help="organisation name")
    p.add_argument("--country", required=True, help="organisation country, ISO 3166 two letters")
    p.add_argument("--user", dest="init_user", required=True, help="first user's name")
    p.add_argument("--language", default="en")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="add realistic synthetic demo cases")
    p.add_argument("--cases", type=whole_number(0, 200_000), default=200)
    p.add_argument("--seed", type=whole_number(0, 2**31), default=1)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("user", help="manage users")
    usub = p.add_subparsers(dest="user_command", required=True)
    q = usub.add_parser("add", help="add a user with a passphrase")
    q.add_argument("name")
    q.add_argument("--role", action="append", choices=[r.value for r in Role], default=None)
    q.set_defaults(func=cmd_user_add)
    for name, text in (
        ("disable", "disable a user (their passphrase opens nothing)"),
        ("enable", "enable a disabled user again"),
        ("remove", "remove a user's key slot and disable the account"),
    ):
        q = usub.add_parser(name, help=text)
        q.add_argument("name")
        q.set_defaults(func=cmd_user_state, state=name)
    q = usub.add_parser("roles", help="set a user's roles")
    q.add_argument("name")
    q.add_argument("--role", action="append", required=True, choices=[r.value for r in Role])
    q.set_defaults(func=cmd_user_roles)
    q = usub.add_parser("list", help="list users")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_user_list)

    p = sub.add_parser("passwd", help="change your passphrase (rewraps your key slot only)")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recovery-key", help="create a recovery key to print and lock away")
    p.set_defaults(func=cmd_recovery_key)

    p = sub.add_parser("recover", help="set a new passphrase for a user with the recovery key")
    p.add_argument("name", help="the user who forgot their passphrase")
    p.add_argument(
        "--approver", default="", help="for an administrator: another administrator who approves"
    )
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("duress", help="administrator: a passphrase that opens an empty vault")
    dsub = p.add_subparsers(dest="duress_command", required=True)
    q = dsub.add_parser("set", help="set your duress passphrase (asked twice)")
    q.add_argument(
        "--shred", action="store_true", help="typing it also destroys the real key slots"
    )
    q.set_defaults(func=cmd_duress_set)
    q = dsub.add_parser("remove", help="remove the duress passphrase and its empty vault")
    q.set_defaults(func=cmd_duress_remove)

    p = sub.add_parser("rotate-key", help="administrator: give the database a new data key")
    p.set_defaults(func=cmd_rotate_key)

    p = sub.add_parser("wipe", help="administrator: destroy the vault on this laptop")
    p.add_argument("--confirm", required=True, help="the organisation's name, typed exactly")
    p.set_defaults(func=cmd_wipe)

    p = sub.add_parser("backup", help="write an encrypted copy of the vault to a folder")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("audit", help="the tamper-evident audit log")
    asub = p.add_subparsers(dest="audit_command", required=True)
    q = asub.add_parser("verify", help="check the hash chain of the audit log")
    q.add_argument("--against", type=Path, help="a checkpoint file made earlier or elsewhere")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_audit_verify)
    q = asub.add_parser("checkpoint", help="write the signed head of the log to keep elsewhere")
    q.add_argument("--out", required=True, type=Path)
    q.set_defaults(func=cmd_audit_checkpoint)
    q = asub.add_parser("list", help="entries of the log, newest first")
    _audit_filters(q)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_audit_list)
    q = asub.add_parser("export", help="entries of the log as CSV (the export is audited)")
    _audit_filters(q)
    q.add_argument("--out", required=True, type=Path)
    q.set_defaults(func=cmd_audit_export)
    q = asub.add_parser("held", help="checkpoints of other devices held here")
    q.add_argument("--device", default="")
    q.add_argument("--out", type=Path, help="write the latest held checkpoint of --device")
    q.set_defaults(func=cmd_audit_held)

    p = sub.add_parser("restore", help="restore a backup folder into the vault folder")
    p.add_argument("backup", type=Path)
    p.add_argument("--yes", action="store_true", help="replace newer data without asking")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("doctor", help="check the vault: cipher, integrity, audit, backups, disk")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_doctor)


def _audit_filters(q: Any) -> None:
    # dest "actor": the global --user is who signs in, never overwritten by this filter
    q.add_argument("--user", dest="actor", default="", help="entries by this user")
    q.add_argument("--case", default="", help="a case reference")
    q.add_argument("--action", default="", help="an action or its start, e.g. case.")
    q.add_argument("--since", default="", type=date_or_time, help="YYYY-MM-DD")
    q.add_argument("--until", default="", type=date_or_time, help="YYYY-MM-DD (inclusive)")
    q.add_argument("--limit", type=whole_number(1, 10**7), default=1000)


def _filter(args: argparse.Namespace, session: Any) -> AuditFilter:
    target = ""
    if args.case:
        target = CaseService(session).get(args.case, audit=False).id
    return AuditFilter(
        actor=args.actor.strip().lower(),
        target=target,
        action=args.action,
        since=args.since,
        until=args.until,
        limit=max(1, args.limit),
    )


def cmd_init(args: argparse.Namespace) -> int:
    directory = vault_dir(args)
    passphrase = read_secret(args, "New passphrase (10+ characters): ", confirm=True)
    session = vault_service.create_vault(
        directory, args.org, args.country, args.init_user, passphrase, language=args.language
    )
    args._session = session
    print(f"Vault created in {directory} for {session.organisation().name}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    if args.cases < 1:
        raise CliError("--cases must be at least 1.")
    session = open_session(args)

    def progress(done: int, total: int) -> bool:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} cases", end="", file=sys.stderr)
        return True

    done = fill_demo(session, args.cases, args.seed, progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Added {done} synthetic demo cases.")
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    session = open_session(args)
    new_pass = read_secret(args, f"Passphrase for {args.name}: ", confirm=True)
    roles = [Role(r) for r in (args.role or ["caseworker"])]
    user = vault_service.add_user(session, args.name, new_pass, roles)
    print(f"User {user.username} added.")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    session = open_session(args)
    users = vault_service.list_users(session)
    if args.json:
        print_json([u.model_dump(mode="json") for u in users])
    else:
        for u in users:
            print(f"{u.username}  {', '.join(r.value for r in u.roles)}")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    session = open_session(args)
    old = read_secret(args, "Current passphrase: ")
    new = read_secret(args, "New passphrase: ", confirm=True)
    vault_service.change_passphrase(session, old, new)
    print("Passphrase changed.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    session = open_session(args)
    out = vault_service.backup(session, args.out)
    print(f"Encrypted backup written to {out}.")
    return 0


def cmd_audit_checkpoint(args: argparse.Namespace) -> int:
    found = AuditService(open_session(args)).write_checkpoint(args.out)
    print(
        f"Checkpoint of entry {found.seq} written to {args.out}. Keep a copy elsewhere "
        "(another laptop, the supervisor's stick, or printed)."
    )
    return 0


def cmd_audit_list(args: argparse.Namespace) -> int:
    session = open_session(args)
    rows = AuditService(session).entries(_filter(args, session))
    if args.json:
        print_json([dataclasses.asdict(e) for e in rows])
    else:
        for e in rows:
            print(f"{e.seq:>7}  {e.at[:19]}  {e.actor:<12} {e.action:<24} {e.target}")
    return 0


def cmd_audit_export(args: argparse.Namespace) -> int:
    session = open_session(args)
    count = AuditService(session).export_csv(_filter(args, session), args.out)
    print(f"{count} entries written to {args.out}.")
    return 0


def cmd_audit_held(args: argparse.Namespace) -> int:
    service = AuditService(open_session(args))
    held = service.held(args.device)
    if args.out:
        if not args.device or not held:
            raise CliError("Name a --device that has checkpoints held here.")
        files.write_bytes(args.out, held[-1].to_bytes())
        print(f"Checkpoint {held[-1].seq} of device {args.device} written to {args.out}.")
        return 0
    for c in held:
        print(f"{c.device}  entry {c.seq}  {c.at[:19]}  vault {c.vault[:8]}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    directory = vault_dir(args)
    plan = restore.plan_restore(args.backup, directory)
    for line in plan.notes:
        print(line)
    user = pick_user(args, args.backup)  # the backup opens with its own users' passphrases
    passphrase = read_secret(args, f"Passphrase for {user} in the backup: ")
    if (
        plan.newer_here
        and not args.yes
        and not ask_yes(args, "The vault here has newer data than the backup. Replace it? [y/N] ")
    ):
        print("Nothing was changed.")
        return 1
    print("Checking that the backup opens and is whole...")
    kept = restore.restore(args.backup, directory, user, passphrase)
    print(
        f"Restored {args.backup} into {directory}."
        + (f" The replaced vault was kept in {kept}." if kept else "")
    )
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    directory = vault_dir(args)
    session = open_session(args)
    report = doctor.examine(session, directory)
    if args.json:
        print_json([dataclasses.asdict(c) for c in report])
    else:
        for check in report:
            mark = "ok " if check.ok else "!! "
            print(f"{mark} {check.name}: {check.detail}")
    return 0 if all(c.ok for c in report) else 1


def cmd_audit_verify(args: argparse.Namespace) -> int:
    session = open_session(args)
    if args.against:
        against = AuditService(session).verify_against(args.against)
        if args.json:
            print_json(
                {"ok": against.ok, "seq": against.checkpoint.seq, "problems": against.problems}
            )
        elif against.ok:
            print(f"Audit log agrees with the checkpoint of entry {against.checkpoint.seq}.")
        else:
            print("Audit log does NOT match the checkpoint:", file=sys.stderr)
            for problem in against.problems:
                print(f"  - {problem}", file=sys.stderr)
        return 0 if against.ok else 1
    report = verify_audit(session)
    if args.json:
        print_json({"ok": report.ok, "entries": report.entries, "problems": report.problems})
    elif report.ok:
        print(f"Audit log intact: {report.entries} entries.")
    else:
        print(f"Audit log TAMPERED ({report.entries} entries):", file=sys.stderr)
        for problem in report.problems:
            print(f"  - {problem}", file=sys.stderr)
    return 0 if report.ok else 1


def cmd_recovery_key(args: argparse.Namespace) -> int:
    session = open_session(args)
    key = vault_service.create_recovery_key(session)
    print("Recovery key (print it, store it locked away; it opens the whole vault):")
    print(key)
    print("Any earlier recovery key no longer works.", file=sys.stderr)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    key = read_secret(args, "Recovery key: ")
    new = read_secret(args, f"New passphrase for {args.name}: ", confirm=True)
    approval = read_secret(args, f"Passphrase of {args.approver}: ") if args.approver else ""
    vault_service.recover_user(vault_dir(args), key, args.name, new, args.approver, approval)
    print(f"New passphrase set for {args.name}.")
    return 0


def cmd_user_state(args: argparse.Namespace) -> int:
    session = open_session(args)
    if args.state == "remove":
        vault_service.remove_user(session, args.name)
        print(f"User {args.name} removed: key slot deleted, account disabled, data key rotated.")
    else:
        vault_service.set_active(session, args.name, args.state == "enable")
        print(f"User {args.name} {args.state}d.")
    return 0


def cmd_user_roles(args: argparse.Namespace) -> int:
    user = vault_service.set_roles(open_session(args), args.name, [Role(r) for r in args.role])
    print(f"User {user.username}: {', '.join(r.value for r in user.roles)}.")
    return 0


def cmd_wipe(args: argparse.Namespace) -> int:
    directory = vault_service.wipe(open_session(args), args.confirm)
    print(f"The vault in {directory} was destroyed. Backups elsewhere are not touched.")
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    vault_service.rotate_data_key(open_session(args))
    print("The data key was rotated: earlier copies of the key slots open nothing here now.")
    return 0


def cmd_duress_set(args: argparse.Namespace) -> int:
    session = open_session(args)
    duress = read_secret(args, "Duress passphrase: ", confirm=True)
    vault_service.set_duress(session, duress, args.shred)
    print(
        "Duress passphrase set: at the lock screen it opens an empty vault"
        + (" and destroys the real key slots." if args.shred else ".")
    )
    return 0


def cmd_duress_remove(args: argparse.Namespace) -> int:
    vault_service.remove_duress(open_session(args))
    print("Duress passphrase removed.")
    return 0

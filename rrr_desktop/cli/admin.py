"""``rrr init``, ``demo``, ``user``, ``passwd``, ``backup`` and ``audit verify``."""

import argparse
import sys
from pathlib import Path
from typing import Any

from rrr_desktop.cli.common import CliError, open_session, print_json, read_secret, vault_dir
from rrr_desktop.domain.enums import Role
from rrr_desktop.services import vault_service
from rrr_desktop.services.audit_service import verify_audit
from rrr_desktop.services.demo import fill_demo


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create a vault and its first (administrator) user")
    p.add_argument("--org", required=True, help="organisation name")
    p.add_argument("--country", required=True, help="organisation country, ISO 3166 two letters")
    p.add_argument("--user", dest="init_user", required=True, help="first user's name")
    p.add_argument("--language", default="en")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="add realistic synthetic demo cases")
    p.add_argument("--cases", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("user", help="manage users")
    usub = p.add_subparsers(dest="user_command", required=True)
    q = usub.add_parser("add", help="add a user with a passphrase")
    q.add_argument("name")
    q.add_argument("--role", action="append", choices=[r.value for r in Role], default=None)
    q.set_defaults(func=cmd_user_add)
    q = usub.add_parser("list", help="list users")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_user_list)

    p = sub.add_parser("passwd", help="change your passphrase (rewraps your key slot only)")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recovery-key", help="create a recovery key to print and lock away")
    p.set_defaults(func=cmd_recovery_key)

    p = sub.add_parser("recover", help="set a new passphrase for a user with the recovery key")
    p.add_argument("name", help="the user who forgot their passphrase")
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("backup", help="write an encrypted copy of the vault to a folder")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("audit", help="the tamper-evident audit log")
    asub = p.add_subparsers(dest="audit_command", required=True)
    q = asub.add_parser("verify", help="check the hash chain of the audit log")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_audit_verify)


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


def cmd_audit_verify(args: argparse.Namespace) -> int:
    session = open_session(args)
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
    vault_service.recover_user(vault_dir(args), key, args.name, new)
    print(f"New passphrase set for {args.name}.")
    return 0

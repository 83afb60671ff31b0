"""``rrr doctor``: everything a careful administrator would check, with a verdict each."""

import dataclasses
import datetime as dt
import os
import shutil
import stat
from pathlib import Path

from rrr_desktop import files
from rrr_desktop.services import vault_service
from rrr_desktop.services.session import Session
from rrr_desktop.vault import audit, health

BACKUP_MAX_DAYS = 7
MIN_FREE_BYTES = 500 << 20


@dataclasses.dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def examine(session: Session, directory: Path) -> list[Check]:
    conn = session.conn()
    checks: list[Check] = []
    version, page = health.cipher_settings(conn)
    checks.append(
        Check(
            "cipher",
            version != "?",
            f"SQLCipher {version}, page {page} bytes, "
            "AES-256 with a random 256-bit key wrapped per user by Argon2id",
        )
    )
    quick = health.quick_check(conn)
    checks.append(Check("integrity", quick == "ok", quick))
    failing = health.pages_failing_authentication(conn)
    checks.append(
        Check(
            "cipher integrity",
            not failing,
            "every page authenticates" if not failing else f"{failing} page(s) fail",
        )
    )
    chain = audit.verify(conn)
    chain = dataclasses.replace(chain, problems=[*chain.problems, *audit.verify_records(conn)])
    chain = dataclasses.replace(chain, ok=not chain.problems)
    checks.append(
        Check(
            "audit chain",
            chain.ok,
            f"{chain.entries} entries intact" if chain.ok else "; ".join(chain.problems[:3]),
        )
    )
    last = health.last_audited(conn, "vault.backup")
    if last:
        age = session.clock.now() - dt.datetime.fromisoformat(last)
        checks.append(
            Check("backup", age.days <= BACKUP_MAX_DAYS, f"last backup {age.days} day(s) ago")
        )
    else:
        checks.append(Check("backup", False, "no backup was ever made: run 'rrr backup'"))
    free = shutil.disk_usage(directory).free
    checks.append(Check("free disk", free >= MIN_FREE_BYTES, f"{free // (1 << 20)} MiB free"))
    loose = _loose_permissions(directory)
    checks.append(
        Check(
            "permissions",
            not loose,
            "vault folder 0700, files 0600"
            if not loose
            else "readable by others: " + ", ".join(loose),
        )
    )
    stray = vault_service.stray_slots(session)
    checks.append(
        Check(
            "key slots",
            not stray,
            "one per account"
            if not stray
            else "slots without an account (dropped at the next 'rrr rotate-key'): "
            + ", ".join(stray),
        )
    )
    debris = files.leftovers(directory) + files.leftovers(directory.parent)
    checks.append(
        Check(
            "leftovers",
            not debris,
            "none" if not debris else "unfinished writes: " + ", ".join(p.name for p in debris),
        )
    )
    return checks


def _loose_permissions(directory: Path) -> list[str]:
    if os.name != "posix":
        return []
    loose = []
    for path in [directory, *directory.iterdir()]:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            loose.append(f"{path.name} {oct(mode)}")
    return loose

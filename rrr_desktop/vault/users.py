"""Repository of the users table: each user's account (roles, display name, active).

Every account row is committed to by the audit chain like a record (id ``user:<name>``):
someone holding a caseworker's passphrase has the data key and can change the table with
plain SQL (make herself administrator), and that no longer matches the chain, which the
unlock of that account, ``rrr doctor`` and ``rrr audit verify`` check.
"""

import hashlib
import json

from rrr_desktop.domain.org import User
from rrr_desktop.vault.audit import append, records_root
from rrr_desktop.vault.db import Connection
from rrr_desktop.vault.records import note_written

CHAIN_PREFIX = "user:"


def account_digest(username: str, data: str) -> str:
    return hashlib.sha256(f"{username}\x1f{data}".encode()).hexdigest()


def _chained(username: str, data: str) -> None:
    note_written(CHAIN_PREFIX + username, account_digest(username, data))


def get_user(conn: Connection, username: str) -> User | None:
    row = conn.execute("SELECT data FROM users WHERE username = ?", (username,)).fetchone()
    return User.model_validate_json(row[0]) if row else None


def list_users(conn: Connection) -> list[User]:
    rows = conn.execute("SELECT data FROM users ORDER BY username").fetchall()
    return [User.model_validate_json(r[0]) for r in rows]


def has_user(conn: Connection, username: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone() is not None
    )


def insert_user(conn: Connection, user: User) -> None:
    data = user.model_dump_json()
    conn.execute("INSERT INTO users(username, data) VALUES (?, ?)", (user.username, data))
    _chained(user.username, data)


def update_user(conn: Connection, user: User) -> None:
    data = user.model_dump_json()
    conn.execute("UPDATE users SET data = ? WHERE username = ?", (data, user.username))
    _chained(user.username, data)


# The log entry that says accounts are chained from here on (at set-up, or the upgrade of
# an older vault): kept in the hash chain itself, so deleting the chained rows (which
# plain SQL can do with the data key) does not turn the check off.
SEALED_ACTION, SEALED_TARGET = "accounts.sealed", "accounts"


def accounts_chained(conn: Connection) -> bool:
    """False only in a vault made before accounts were chained (sealed at its next unlock)."""
    entry = conn.execute(
        "SELECT 1 FROM audit WHERE target = ? AND action = ? LIMIT 1",
        (SEALED_TARGET, SEALED_ACTION),
    ).fetchone()
    if entry is not None:
        return True
    row = conn.execute(
        "SELECT 1 FROM audit_records WHERE record_id >= ? AND record_id < ? LIMIT 1",
        (CHAIN_PREFIX, CHAIN_PREFIX[:-1] + chr(ord(CHAIN_PREFIX[-1]) + 1)),
    ).fetchone()
    return row is not None


def seal_accounts(conn: Connection, at: str, actor: str) -> None:
    """From here on every account is chained (at set-up; at the upgrade of an older vault,
    whose accounts as they are now are chained with it). Inside a write transaction."""
    for username, data in conn.execute("SELECT username, data FROM users").fetchall():
        _chained(str(username), str(data))
    append(conn, at, actor, SEALED_ACTION, SEALED_TARGET)


def matches_chain(conn: Connection, username: str) -> bool:
    """Whether the account row is what the chain last committed to for it: the latest
    digest of it in an entry of the log whose root still covers that entry's rows (a row
    slipped into ``audit_records`` alone does not count)."""
    row = conn.execute("SELECT data FROM users WHERE username = ?", (username,)).fetchone()
    chained = conn.execute(
        "SELECT r.seq, r.digest, a.detail FROM audit_records r JOIN audit a ON a.seq = r.seq "
        "WHERE r.record_id = ? ORDER BY r.seq DESC LIMIT 1",
        (CHAIN_PREFIX + username,),
    ).fetchone()
    if row is None or chained is None:
        return False
    seq, digest, detail = chained
    if account_digest(username, str(row[0])) != digest:
        return False
    try:
        root = json.loads(detail).get("root", "")
    except (ValueError, AttributeError):
        return False
    rows = conn.execute(
        "SELECT record_id, digest FROM audit_records WHERE seq = ?", (seq,)
    ).fetchall()
    return bool(records_root({str(r): str(d) for r, d in rows}) == root)


def accounts_changed(conn: Connection) -> list[str]:
    """Accounts whose row differs from (or was never in) the chain, in a chained vault."""
    if not accounts_chained(conn):
        return []
    return [
        str(name)
        for (name,) in conn.execute("SELECT username FROM users ORDER BY username").fetchall()
        if not matches_chain(conn, str(name))
    ]

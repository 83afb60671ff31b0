"""What the database says about itself: cipher settings and the integrity checks."""

from rrr_desktop.vault.db import Connection


def cipher_settings(conn: Connection) -> tuple[str, str]:
    """(SQLCipher version, page size), "?" where the build does not say."""
    version = conn.execute("PRAGMA cipher_version").fetchone()
    page = conn.execute("PRAGMA cipher_page_size").fetchone()
    return (str(version[0]) if version else "?", str(page[0]) if page else "?")


def quick_check(conn: Connection) -> str:
    """ "ok", or SQLite's first finding."""
    return str(conn.execute("PRAGMA quick_check").fetchone()[0])


def pages_failing_authentication(conn: Connection) -> int:
    return len(conn.execute("PRAGMA cipher_integrity_check").fetchall())


def last_audited(conn: Connection, action: str) -> str:
    """When ``action`` was last recorded (ISO time), or ""."""
    row = conn.execute("SELECT max(at) FROM audit WHERE action = ?", (action,)).fetchone()
    return str(row[0]) if row and row[0] else ""

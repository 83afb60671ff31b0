"""Repository of the users table: each user's account (roles, display name, active)."""

from rrr_desktop.domain.org import User
from rrr_desktop.vault.db import Connection


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
    conn.execute(
        "INSERT INTO users(username, data) VALUES (?, ?)", (user.username, user.model_dump_json())
    )


def update_user(conn: Connection, user: User) -> None:
    conn.execute(
        "UPDATE users SET data = ? WHERE username = ?", (user.model_dump_json(), user.username)
    )

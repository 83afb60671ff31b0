"""Shared CLI plumbing: finding the vault, getting the passphrase, printing results."""

import argparse
import dataclasses
import datetime as dt
import enum
import getpass
import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

from rrr_desktop import files
from rrr_desktop.domain import text_rules
from rrr_desktop.errors import WrongPassphrase
from rrr_desktop.services import vault_service
from rrr_desktop.services.session import Session

WRONG_PASSPHRASE_WAIT = 2.0  # seconds, after a wrong passphrase on the command line


class CliError(Exception):
    """A usage or input problem detected by the CLI itself."""


def vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else vault_service.default_vault_dir()


_stdin_lines: list[str] = []
secrets_first_on_stdin = False  # set from the command line before it is parsed


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def whole_number(low: int, high: int) -> Any:
    """An argparse type: a whole number within bounds (a huge one would reach SQLite or a
    date function and stop the command with a traceback instead of a sentence)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}: {text!r}")
        return value

    return parse


DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def date_or_time(text: str) -> str:
    """A day (YYYY-MM-DD) or a moment (ISO 8601, in UTC unless it says otherwise) of a
    filter, checked and written as the log writes its times: a misspelt or compact date
    otherwise filtered out every entry and looked like an empty log. Empty: no bound."""
    if not text:
        return text
    try:
        if len(text) == 10 and DAY_RE.fullmatch(text):
            return dt.date.fromisoformat(text).isoformat()
        if not DAY_RE.match(text) or text[10:11] not in ("T", " "):
            raise ValueError(text)
        moment = dt.datetime.fromisoformat(text)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return moment.astimezone(dt.UTC).isoformat()
    except (ValueError, OverflowError):  # 0001-01-01T00:00+01:00 is before year 1 in UTC
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def free_text(value: str) -> str:
    """A note or a person's words: ``@FILE`` reads a file and ``@-`` the rest of standard
    input, so personal data need not appear on the command line (``ps``, shell history)."""
    try:
        if value == "@-":
            if not secrets_first_on_stdin:
                return _read_stdin().strip()
            # with --passphrase-stdin, the passphrase lines come first, the text after them
            if not _stdin_lines:
                _stdin_lines.extend(_read_stdin().splitlines())
            text = "\n".join(_stdin_lines[1:]).strip()
            del _stdin_lines[1:]
            return text
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"cannot read {value[1:]!r}") from exc
    if value.startswith("@"):
        # Read while the arguments are parsed: a device, a named pipe, a file too large or
        # not UTF-8 is one sentence from main() (KnownError, CliError), not a usage error.
        # Up to 4 bytes a character: what the longest text allowed can take in UTF-8.
        data = files.read_input(Path(value[1:]), text_rules.TEXT_MAX * 4)
        try:
            return data.decode("utf-8").strip()
        except UnicodeDecodeError:
            raise CliError("cannot read that file as UTF-8 text.") from None
    return value


def _read_stdin() -> str:
    """All of standard input, up to what the longest text and a few passphrase lines can
    take: ``rrr ... @- < /dev/zero`` is one sentence, not a process filling the memory."""
    limit = text_rules.TEXT_MAX * 4 + 64 * 1024
    data = sys.stdin.read(limit + 1)
    if len(data) > limit:
        raise CliError(
            f"standard input is too large: a text is at most {text_rules.TEXT_MAX} characters."
        )
    return data


FREE_TEXT_HELP = " (@FILE or @- reads it from a file or standard input)"


def read_secret(args: argparse.Namespace, prompt: str, confirm: bool = False) -> str:
    """Passphrase from stdin (``--passphrase-stdin``), ``RRR_PASSPHRASE`` or the terminal."""
    if args.passphrase_stdin:
        if not _stdin_lines:
            _stdin_lines.extend(_read_stdin().splitlines())
        if not _stdin_lines:
            raise CliError("no passphrase on standard input.")
        return _stdin_lines.pop(0)
    env = os.environ.get("RRR_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        raise CliError("no passphrase: use --passphrase-stdin or set RRR_PASSPHRASE.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise CliError("the two passphrases differ.")
    return first


def ask_yes(args: argparse.Namespace, question: str) -> bool:
    """A yes/no question: with ``--passphrase-stdin`` its answer is the next line there."""
    if args.passphrase_stdin:
        print(question)
        answer = _stdin_lines.pop(0) if _stdin_lines else ""
    else:
        try:
            answer = input(question)
        except EOFError:
            answer = ""
    return answer.strip().lower() in ("y", "yes")


def pick_user(args: argparse.Namespace, directory: Path) -> str:
    if args.user:
        return str(args.user)
    names = vault_service.usernames(directory)
    if len(names) == 1:
        return names[0]
    if not names:
        if not vault_service.exists(directory):
            from rrr_desktop.errors import VaultNotFound

            raise VaultNotFound(str(directory))
        raise CliError("this vault has no users.")
    raise CliError("this vault has several users: say which with --user NAME.")


def open_session(args: argparse.Namespace) -> Session:
    directory = vault_dir(args)
    user = pick_user(args, directory)
    passphrase = read_secret(args, f"Passphrase for {user}: ")
    try:
        session = vault_service.open_session(directory, user, passphrase)
    except WrongPassphrase:
        time.sleep(WRONG_PASSPHRASE_WAIT)  # like the window: guessing from scripts is slow
        raise
    args._session = session
    return session


def _default(obj: Any) -> Any:
    if isinstance(obj, dt.date | dt.datetime):
        return obj.isoformat()
    if isinstance(obj, enum.Enum):
        return obj.value
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    raise TypeError(type(obj).__name__)


def print_json(data: Any) -> None:
    print(json.dumps(data, default=_default, ensure_ascii=False, indent=1))


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())

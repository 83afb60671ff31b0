"""The ``rrr`` command: the same services as the desktop app, for scripts and tests.

Errors print one sentence to stderr: exit 1 for a failure, 2 for a usage mistake.
"""

import argparse
import logging
import multiprocessing
import os
import sys
from collections.abc import Sequence

from rrr_desktop import __version__, hardening
from rrr_desktop.cli import admin, cases, common, retention
from rrr_desktop.cli import bundle as bundle_cli
from rrr_desktop.cli import org as org_cli
from rrr_desktop.cli import printing as printing_cli
from rrr_desktop.cli import reintegration as reintegration_cli
from rrr_desktop.cli import reports as reports_cli
from rrr_desktop.cli import return_prep as return_prep_cli
from rrr_desktop.cli import travel as travel_cli
from rrr_desktop.cli.common import CliError
from rrr_desktop.errors import KnownError
from rrr_desktop.services import restore

# Each module adds its sub-commands with ``register(subparsers)``.
COMMAND_MODULES = [admin, cases, retention]
COMMAND_MODULES.extend([return_prep_cli, travel_cli])
COMMAND_MODULES.append(reintegration_cli)
COMMAND_MODULES.append(printing_cli)  # printing
COMMAND_MODULES.append(reports_cli)  # reports, import, lists
COMMAND_MODULES.append(bundle_cli)  # peers and handoff bundles
COMMAND_MODULES.append(org_cli)  # the organisation's details for letters


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rrr", description="RRR Desktop: case files for return and reintegration."
    )
    parser.add_argument("--version", action="version", version=f"rrr {__version__}")
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help="vault directory (default: RRR_VAULT or the per-user data directory)",
    )
    parser.add_argument("--user", metavar="NAME", help="user name (default: the only user)")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from the first line of standard input",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def unexpected_error(exc: BaseException) -> str:
    """Names the kind of error and where in RRR Desktop it happened, for a report: not its
    message or a traceback, which may hold what was typed or read (names, notes)."""
    where = ""
    trace = exc.__traceback__
    while trace is not None:
        code = trace.tb_frame.f_code
        if "rrr_desktop" in code.co_filename:
            module = code.co_filename.rsplit("rrr_desktop", 1)[1].strip("/\\")
            where = f" in {module}:{trace.tb_lineno}"
        trace = trace.tb_next
    return (
        f"rrr: an unexpected error ({type(exc).__name__}{where}) stopped the command. "
        "Anything not yet saved was not written; the vault keeps its last saved state. "
        "Please report this message to your administrator."
    )


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a built app's import workers start through here
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    hardening.no_core_dumps()
    parser = build_parser()
    common.secrets_first_on_stdin = "--passphrase-stdin" in (sys.argv[1:] if argv is None else argv)
    try:  # ``@FILE`` arguments are read while parsing (common.free_text)
        args = parser.parse_args(argv)
    except (KnownError, CliError) as exc:
        print(f"rrr: {exc}", file=sys.stderr)
        return 1
    try:
        restore.finish_interrupted(common.vault_dir(args))  # a restore killed halfway
        return int(args.func(args) or 0)
    except (KnownError, CliError) as exc:
        print(f"rrr: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("rrr: interrupted; nothing more was changed.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader stopped early (``rrr cases list | head``): not an error of ours.
        # Point stdout at nothing so the interpreter's final flush cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug of ours: one sentence, never a traceback with data
        print(unexpected_error(exc), file=sys.stderr)
        return 1
    finally:
        session = getattr(args, "_session", None)
        if session is not None:
            session.close()


if __name__ == "__main__":
    sys.exit(main())

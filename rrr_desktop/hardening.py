"""The process itself: no core dumps (a crash must not write names and the raw key to a
file), and not readable by other processes of the same user where the OS allows it."""

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger("rrr.hardening")

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def no_core_dumps() -> bool:
    """Called first thing by the window and the CLI. Returns whether both steps held."""
    held = True
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError) as exc:  # Windows has no RLIMIT_CORE
        log.info("core limit not set: %s", type(exc).__name__)
        held = sys.platform == "win32"
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                held = False
        except OSError as exc:
            log.info("prctl unavailable: %s", type(exc).__name__)
            held = False
    return held


def dumpable() -> bool | None:
    """For tests and ``rrr doctor``: whether this process could still dump core."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))

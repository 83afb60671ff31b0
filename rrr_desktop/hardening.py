"""The process itself: no core dumps (a crash must not write names and the raw key to a
file), and not readable by other processes of the same user where the OS allows it."""

import ctypes
import ctypes.util
import logging
import os
import signal
import sys
import threading
import time

log = logging.getLogger("rrr.hardening")

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PR_SET_PDEATHSIG = 1


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


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
            if _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                held = False
        except OSError as exc:
            log.info("prctl unavailable: %s", type(exc).__name__)
            held = False
    return held


def dumpable() -> bool | None:
    """For tests and ``rrr doctor``: whether this process could still dump core."""
    if not sys.platform.startswith("linux"):
        return None
    return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def die_with_parent(parent: int) -> None:
    """For a helper process holding decrypted case data (an import worker): it ends when
    the process that started it ends, even killed outright, instead of living on with
    the data in its memory. Linux ends it at once; elsewhere a watch ends it within a
    second."""
    if sys.platform.startswith("linux"):
        try:
            _libc().prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except OSError as exc:
            log.info("prctl unavailable: %s", type(exc).__name__)
    if os.getppid() != parent:  # it ended before the line above took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="rrr-parent-watch", daemon=True).start()

"""Filling a vault with synthetic demo cases, and the ready-made demo vault."""

from collections.abc import Callable
from pathlib import Path

from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.org import User
from rrr_desktop.services import vault_service
from rrr_desktop.services.clock import Clock
from rrr_desktop.services.demo_data import CASEWORKERS, DemoGenerator
from rrr_desktop.services.session import Session
from rrr_desktop.vault import cases as repo
from rrr_desktop.vault import users
from rrr_desktop.vault.keys import KdfParams

DEMO_USER = "demo"
DEMO_PASSPHRASE = "demo-passphrase-synthetic-data"
BATCH = 2000

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


def fill_demo(session: Session, count: int, seed: int = 1, progress: Progress | None = None) -> int:
    """Add ``count`` synthetic cases in batches; each batch is one transaction."""
    org = session.organisation()
    code = session.device_code
    generator = DemoGenerator(seed, org.country, session.clock.today(), code)
    conn = session.conn()
    for year, counter in repo.last_reference_numbers(conn, code).items():
        generator.counters[year] = counter
    with session.write() as w:
        for name in CASEWORKERS:
            if not users.has_user(w, name):
                user = User(username=name, display_name=name.title(), roles=[Role.CASEWORKER])
                users.insert_user(w, user)
    done = 0
    today = session.clock.today()
    cases = generator.cases(count)
    while done < count:
        size = min(BATCH, count - done)
        with session.write() as w:
            for _ in range(size):
                repo.save_case(w, next(cases), session.next_version(), session.device_id, today)
            done += size
            session.audit(w, "demo.generate", "", cases=size, seed=seed)
        if progress is not None and not progress(done, count):
            break
    return done


def demo_vault_dir(base: Path) -> Path:
    return base.parent / "demo-vault"


def open_or_create_demo(
    directory: Path,
    cases: int = 500,
    clock: Clock | None = None,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
) -> Session:
    """The demo vault is separate from real data and says so in its organisation name."""
    if vault_service.exists(directory):
        return vault_service.open_session(directory, DEMO_USER, DEMO_PASSPHRASE, clock)
    session = vault_service.create_vault(
        directory,
        "Demo Shelter (synthetic data)",
        "TH",
        DEMO_USER,
        DEMO_PASSPHRASE,
        display_name="Demo caseworker",
        kdf=kdf,
        clock=clock,
    )
    fill_demo(session, cases, progress=progress)
    return session

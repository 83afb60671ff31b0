"""Nothing personal at rest in plaintext: canary names must not appear in any file."""

import datetime as dt
import os
from pathlib import Path

import pytest

from rrr_desktop.domain.casefile import Intake
from rrr_desktop.domain.people import Person
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session

CANARY_GIVEN = "Zqxcanarygiven"
CANARY_FAMILY = "Wvbcanaryfamily"
CANARY_THAI = "ก้องคานารี่"


def _files_under(*roots: Path) -> list[Path]:
    return [p for root in roots for p in root.rglob("*") if p.is_file()]


def _contains(path: Path, needle: str) -> bool:
    data = path.read_bytes()
    return (
        any(needle.encode(enc) in data for enc in ("utf-8", "utf-16-le", "utf-16-be"))
        or needle.lower().encode() in data.lower()
    )


def test_canary_names_never_reach_disk_in_plaintext(
    session: Session, vault_dir: Path, tmp_path: Path
) -> None:
    service = CaseService(session)
    case = service.create(
        Person(given_name=CANARY_GIVEN, family_name=CANARY_FAMILY, other_names=[CANARY_THAI]),
        Intake(intake_date=dt.date(2026, 11, 1), origin_country="KH"),
    )
    opened = service.get(case.reference)
    assert opened.person.given_name == CANARY_GIVEN  # really stored and readable
    conn = session.conn()
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep data in -wal as long as possible
    service.modify(case.reference, lambda c: setattr(c.person, "wishes", CANARY_GIVEN), "edit")
    wal_files = [p for p in vault_dir.iterdir() if p.name.endswith(("-wal", "-shm"))]
    files = _files_under(vault_dir, Path(os.environ["TMPDIR"]))
    assert wal_files, "expected WAL files while the session is open"
    for path in files:
        for needle in (CANARY_GIVEN, CANARY_FAMILY, CANARY_THAI):
            assert not _contains(path, needle), f"{needle} found in {path.name}"
    session.close()
    for path in _files_under(vault_dir, Path(os.environ["TMPDIR"])):
        for needle in (CANARY_GIVEN, CANARY_FAMILY, CANARY_THAI):
            assert not _contains(path, needle), f"{needle} found in {path.name}"
    assert not (vault_dir / "vault.db").read_bytes().startswith(b"SQLite format 3")


def test_canary_never_reaches_the_logs(session: Session, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from rrr_desktop.domain.queries import CaseQuery
    from rrr_desktop.services.audit_service import verify_audit

    caplog.set_level(logging.DEBUG)
    service = CaseService(session)
    case = service.create(
        Person(given_name=CANARY_GIVEN, family_name=CANARY_FAMILY),
        Intake(intake_date=dt.date(2026, 11, 1), origin_country="KH"),
    )
    service.search(CaseQuery(text=CANARY_GIVEN))
    service.get(case.reference)
    service.modify(case.reference, lambda c: setattr(c.person, "wishes", CANARY_THAI), "edit")
    verify_audit(session)
    audit_text = " ".join(
        " ".join(map(str, row)) for row in session.conn().execute("SELECT * FROM audit")
    )
    for needle in (CANARY_GIVEN, CANARY_FAMILY, CANARY_THAI):
        assert needle not in caplog.text
        assert needle not in audit_text

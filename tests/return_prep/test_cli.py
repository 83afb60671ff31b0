"""The return-preparation commands end to end through ``rrr_desktop.cli.main``."""

import datetime as dt
import json
from pathlib import Path

import holidays as holiday_tables
import pytest

from rrr_desktop.cli import main
from rrr_desktop.domain.checklist import CONDITIONS
from rrr_desktop.domain.enums import ConsentPurpose, Stage
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from tests.conftest import PASSPHRASE
from tests.return_prep.helpers import consent, intake, person


@pytest.fixture
def reference(session: Session, monkeypatch: pytest.MonkeyPatch) -> str:
    cases = CaseService(session)
    case = cases.create(person(), intake())
    for purpose in (ConsentPurpose.ASSISTANCE, ConsentPurpose.VOLUNTARY_RETURN):
        cases.record_consent(case.reference, consent(purpose))
    cases.advance(case.reference, Stage.RETURN_PREPARATION)
    monkeypatch.setenv("RRR_PASSPHRASE", PASSPHRASE)
    return case.reference


def rrr(vault_dir: Path, *args: str) -> int:
    return main(["--vault", str(vault_dir), *args])


def _ahead(days: int, weekend: bool) -> dt.date:
    """A day at least ``days`` from today (the command runs on the real clock): a Saturday,
    or a working day that is no public holiday where the journey starts or ends."""
    day = dt.date.today() + dt.timedelta(days=days)
    while True:
        tables = [holiday_tables.country_holidays(c, years=day.year) for c in ("TH", "KH")]
        if (
            (day.weekday() == 5)
            if weekend
            else (day.weekday() < 5 and not any(day in table for table in tables))
        ):
            return day
        day += dt.timedelta(days=1)


def test_risk_checklist_travel_then_advance(
    vault_dir: Path, reference: str, capsys: pytest.CaptureFixture[str]
) -> None:
    saturday = _ahead(7, weekend=True)
    assert rrr(vault_dir, "case", "advance", reference, "--to", "travel") == 1
    refused = capsys.readouterr().err
    assert "No security (risk) assessment" in refused
    assert "8 of 8 pre-departure conditions are not yet met" in refused

    assert (
        rrr(
            vault_dir,
            "risk",
            "add",
            reference,
            "--finding",
            "suspicion_of_harm",
            "--concern",
            "family_community_attitudes=debt",
            "--factor",
            "services_available=shelter nearby",
        )
        == 0
    )
    assert "suspicion of harm" in capsys.readouterr().out
    for key in CONDITIONS:
        assert rrr(vault_dir, "checklist", "tick", reference, key, "--note", "done") == 0
    assert "8 of 8 conditions met" in capsys.readouterr().out
    assert (
        rrr(
            vault_dir,
            "travel",
            "add-leg",
            reference,
            "--mode",
            "bus",
            "--from",
            "BKK",
            "--to",
            "Poipet",
            "--departs",
            f"{saturday}T08:00",
            "--arrives",
            f"{saturday}T18:30",
        )
        == 0
    )
    added = capsys.readouterr().out
    assert "Travel by bus" in added
    assert "weekend day" in added
    assert "18:30" in added

    assert rrr(vault_dir, "case", "advance", reference, "--to", "travel") == 1
    refused = capsys.readouterr().err
    assert "reasonable suspicion of harm" in refused
    assert "pre-departure conditions" not in refused

    assert rrr(vault_dir, "override", reference, "--kind", "risk", "--reason", "too short") == 1
    assert "at least 10 characters" in capsys.readouterr().err
    assert (
        rrr(
            vault_dir,
            "override",
            reference,
            "--kind",
            "risk",
            "--reason",
            "Partner NGO escorts and shelters the person",
        )
        == 0
    )
    capsys.readouterr()
    assert rrr(vault_dir, "checklist", "show", reference, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["departure_blocked_by"] == []
    ticked = [i for i in shown["items"] if i["ticked"]]
    assert len(ticked) == 8
    assert all(i["by"] == "alice" for i in ticked)

    assert rrr(vault_dir, "case", "advance", reference, "--to", "travel") == 0
    assert "is now at stage travel" in capsys.readouterr().out


def test_messages_holidays_and_asylum(
    vault_dir: Path, reference: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        rrr(vault_dir, "message", "sent", reference, "assistance_request", "--on", "2026-11-10")
        == 0
    )
    assert rrr(vault_dir, "messages", reference, "--json") == 0
    steps = json.loads(capsys.readouterr().out.split("\n", 1)[1])["steps"]
    assert steps[0]["status"] == "sent"
    assert steps[1]["overdue"] is True
    assert rrr(vault_dir, "messages", reference, "--answer-days", "30") == 0
    assert "OVERDUE" not in capsys.readouterr().out
    assert (
        rrr(vault_dir, "message", "received", reference, "assistance_request", "--on", "2026-11-09")
        == 1
    )
    assert "received before it was sent" in capsys.readouterr().err

    festival = _ahead(14, weekend=False)
    assert rrr(vault_dir, "holidays", "add", "KH", str(festival), "Local festival") == 0
    assert rrr(vault_dir, "holidays", "list", "KH", "--year", str(festival.year), "--json") == 0
    listed = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert listed["edited"] is True
    assert {"date": str(festival), "name": "Local festival"} in listed["holidays"]
    assert (
        rrr(
            vault_dir,
            "travel",
            "add-leg",
            reference,
            "--from",
            "BKK",
            "--to",
            "PNH",
            "--departs",
            f"{festival}T08:00",
            "--arrives",
            f"{festival}T09:10",
        )
        == 0
    )
    assert "Local festival" in capsys.readouterr().out
    assert rrr(vault_dir, "holidays", "remove", "KH", str(festival)) == 0
    assert rrr(vault_dir, "travel", "warnings", reference) == 0
    assert "No travel warnings." in capsys.readouterr().out

    assert rrr(vault_dir, "asylum", reference, "--status", "pending") == 0
    assert "pending" in capsys.readouterr().out

"""`rrr plan|visits|visit|case close|directory` end to end, in-process, as a script would."""

import datetime as dt
import json
from pathlib import Path
from typing import Protocol

import pytest

from rrr_desktop.cli import main
from rrr_desktop.domain.enums import Stage
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from tests.conftest import PASSPHRASE
from tests.reintegration.helpers import new_case


class Rrr(Protocol):
    """Runs ``rrr --vault <vault> *args``; gives the exit code, stdout and stderr."""

    def __call__(self, *args: str) -> tuple[int, str, str]: ...


@pytest.fixture
def rrr(
    session: Session,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Rrr:
    monkeypatch.setenv("RRR_PASSPHRASE", PASSPHRASE)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--vault", str(vault_dir), *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_plan_visits_and_closure(session: Session, rrr: Rrr) -> None:
    ref = new_case(session, stage=Stage.FOLLOW_UP).reference
    today = dt.date.today()  # the CLI runs on the system clock

    assert rrr("plan", "start", ref, "--wishes", " ")[0] == 1
    code, out, err = rrr(
        "plan", "start", ref, "--wishes", "Go home and sew", "--destination", "home_to_family"
    )
    assert code == 0, err
    code, out, err = rrr(
        "plan",
        "add-component",
        ref,
        "--kind",
        "income_generation",
        "--goal",
        "Tailoring shop",
        "--budget",
        "250",
    )
    assert code == 0, err
    assert (
        rrr(
            "plan",
            "add-action",
            ref,
            "--component",
            "income_generation",
            "--description",
            "Buy a sewing machine",
        )[0]
        == 0
    )
    assert rrr("plan", "new-version", ref)[0] == 0
    code, out, _ = rrr("plan", "show", ref, "--json")
    shown = json.loads(out)
    assert shown["versions"] == [1, 2]
    assert shown["components"][0]["actions"][0]["description"] == "Buy a sewing machine"
    assert shown["problems"] == []

    start = today - dt.timedelta(days=40)
    code, out, err = rrr("visits", "schedule", ref, "--from", start.isoformat())
    assert code == 0, err
    assert "7 visits scheduled" in out
    visits = json.loads(rrr("visits", "list", ref, "--json")[1])
    assert [v["overdue"] for v in visits[:3]] == [True, True, False]
    extra = (today + dt.timedelta(days=400)).isoformat()
    assert rrr("visits", "add", ref, "--on", extra)[0] == 0
    added = json.loads(rrr("visits", "list", ref, "--json")[1])[-1]
    assert added["scheduled_on"] == extra
    later = (today + dt.timedelta(days=420)).isoformat()
    assert rrr("visits", "move", ref, added["id"], "--to", later)[0] == 0
    assert json.loads(rrr("visits", "list", ref, "--json")[1])[-1]["scheduled_on"] == later
    assert rrr("visits", "remove", ref, added["id"])[0] == 0
    assert len(json.loads(rrr("visits", "list", ref, "--json")[1])) == 7
    assert rrr("visits", "remove", ref, "no-such-visit")[0] == 1
    code, out, err = rrr(
        "visit",
        "record",
        ref,
        "--on",
        today.isoformat(),
        "--score",
        "financial=3",
        "--score",
        "legal=5",
        "--sign",
        "new_debt",
        "--note",
        "Doing well",
    )
    assert code == 0, err
    listed = json.loads(rrr("cases", "list", "--search", ref, "--json")[1])["cases"][0]
    assert listed["next_action"] == "visit_overdue"  # the second visit is still overdue
    with pytest.raises(SystemExit):
        rrr("visit", "record", ref, "--on", today.isoformat(), "--score", "mood=3")

    with pytest.raises(SystemExit):
        rrr("case", "close", ref)  # a reason is required
    code, out, err = rrr("case", "close", ref, "--reason", "reintegrated")
    assert code == 0, err
    assert "keep until" in out
    case = json.loads(rrr("cases", "show", ref, "--json")[1])
    assert case["stage"] == "closed"
    assert case["closure"]["reason"] == "reintegrated"


def test_directory_import_export(rrr: Rrr, session: Session, tmp_path: Path) -> None:
    header = "id,name,type,country,region,languages,services,last_verified,is_example\n"
    fresh = dt.date.today().isoformat()
    bad = tmp_path / "bad.csv"
    bad.write_text(header + f"a,Clinic,health,KH,,km,,{fresh},no\nb,Oops,ngo,,,,,,\n")
    code, out, err = rrr("directory", "import", str(bad), "--dry-run")
    assert code == 1
    assert "Line 3" in err
    code, out, err = rrr("directory", "import", str(bad))
    assert code == 1
    assert "nothing was imported" in err
    assert json.loads(rrr("directory", "list", "--json")[1]) == []

    good = tmp_path / "good.csv"
    good.write_text(header + f"a,Clinic,health,KH,,km,,{fresh},no\nb,Old NGO,ngo,LA,,,,,no\n")
    code, out, err = rrr("directory", "import", str(good))
    assert code == 0, err
    assert "2 new" in out
    stale = json.loads(rrr("directory", "list", "--stale", "--json")[1])
    assert [e["name"] for e in stale] == ["Clinic", "Old NGO"]  # a file verifies nothing
    from rrr_desktop.services.directory import DirectoryService

    DirectoryService(session).mark_verified("a")  # a person checked it with the clinic
    stale = json.loads(rrr("directory", "list", "--stale", "--json")[1])
    assert [e["name"] for e in stale] == ["Old NGO"]
    code, out, err = rrr("directory", "list", "--country", "kh")
    assert "Clinic" in out
    assert "Old NGO" not in out
    target = tmp_path / "out.csv"
    assert rrr("directory", "export", "--out", str(target))[0] == 0
    assert target.read_text().count("\n") == 3
    assert rrr("directory", "starter")[0] == 0
    examples = json.loads(rrr("directory", "list", "--json")[1])
    assert sum("(example — verify)" in e["name"] for e in examples) == 10


def test_plan_prints_bilingual_with_wishes_and_stale_warning(
    session: Session,
    rrr: Rrr,
    tmp_path: Path,
    qapp: object,
) -> None:
    from pypdf import PdfReader

    from rrr_desktop.vault import audit

    ref = new_case(session).reference
    assert rrr("directory", "starter")[0] == 0
    assert (
        rrr(
            "plan", "start", ref, "--wishes", "Open a noodle stall", "--proposal", "Cooking course"
        )[0]
        == 0
    )
    assert (
        rrr(
            "plan",
            "add-component",
            ref,
            "--kind",
            "income_generation",
            "--goal",
            "Stall running",
            "--responsible",
            "example-kh-ngo-1",
        )[0]
        == 0
    )
    out = tmp_path / "plan.pdf"
    code, printed, err = rrr("plan", "print", ref, "--out", str(out), "--lang", "km")
    assert code == 0, err
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "My reintegration plan" in text
    assert "Open a noodle stall" in text
    assert "Cooking course" in text
    assert "in the last six months" in text  # the example entry is printed only with a warning
    assert ref in text
    metadata = PdfReader(out).metadata
    assert metadata is not None
    assert metadata.title == f"RRR reintegration plan {ref} v1"  # no name
    case_id = CaseService(session).get(ref, audit=False).id
    prints = [e for e in audit.entries_for(session.conn(), case_id) if e.action == "case.print"]
    assert len(prints) == 1
    assert "noodle" not in prints[0].detail
    assert rrr("plan", "print", ref, "--out", str(tmp_path / "x.txt"))[0] == 1


@pytest.mark.parametrize("lang", ["th", "vi", "id", "zh", "fr", "es"])
def test_plan_prints_the_persons_column_in_their_language(
    session: Session,
    rrr: Rrr,
    tmp_path: Path,
    qapp: object,
    lang: str,
) -> None:
    from pypdf import PdfReader

    plan_texts = json.loads(
        (Path(__file__).parents[2] / "resources" / "plan_print_texts" / f"{lang}.json").read_text(
            encoding="utf-8"
        )
    )
    ref = new_case(session).reference
    assert rrr("plan", "start", ref, "--wishes", "Open a stall")[0] == 0
    out = tmp_path / "plan.pdf"
    code, _printed, err = rrr("plan", "print", ref, "--out", str(out), "--lang", lang)
    assert code == 0, err
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "My reintegration plan" in text  # the caseworker's column
    assert " ".join(plan_texts["labels"]["plan_title"].split()) in text  # and the person's
    assert "shown in English" not in text


def test_the_persons_words_need_not_be_on_the_command_line(
    session: Session,
    rrr: Rrr,
    tmp_path: Path,
) -> None:
    ref = new_case(session, stage=Stage.FOLLOW_UP).reference
    words = tmp_path / "wishes.txt"
    words.write_text("Zqcanary: open a tailoring shop near my mother\n", encoding="utf-8")
    code, _out, err = rrr("plan", "start", ref, "--wishes", f"@{words}")
    assert code == 0, err
    case = CaseService(session).get(ref, audit=False)
    assert case.reintegration.plans[-1].persons_wishes == (
        "Zqcanary: open a tailoring shop near my mother"
    )

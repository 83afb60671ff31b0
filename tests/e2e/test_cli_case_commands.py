"""`rrr case new|edit|consent`: a script opens and fills a case as the window does, with
the person's words read from standard input or a file, never from the command line."""

import json
from pathlib import Path

from tests.e2e.test_cli_foundation import PASS, rrr

CANARY = "Zqcanary"


def _vault(tmp_path: Path) -> Path:
    vault = tmp_path / "vault"
    made = rrr(
        vault,
        "init",
        "--org",
        "Field Office",
        "--country",
        "KH",
        "--user",
        "sophea",
        stdin=f"{PASS}\n{PASS}\n",
    )
    assert made.returncode == 0, made.stderr
    return vault


def test_open_fill_and_consent_a_case_by_script(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    opened = rrr(
        vault,
        "case",
        "new",
        "--given",
        "@-",
        "--family",
        "Seng",
        "--sex",
        "F",
        "--born",
        "2004-03-01",
        "--nationality",
        "KH",
        stdin=f"{PASS}\n{CANARY}\n",
    )
    assert opened.returncode == 0, opened.stderr
    reference = opened.stdout.split()[1].rstrip(".")
    wishes = tmp_path / "wishes.txt"
    wishes.write_text("To live with her aunt, near a school.", encoding="utf-8")
    edited = rrr(
        vault,
        "case",
        "edit",
        reference,
        "--set",
        f"person.wishes=@{wishes}",
        "--set",
        "intake.programme=ATIP",
    )
    assert edited.returncode == 0, edited.stderr
    consent = rrr(
        vault,
        "case",
        "consent",
        reference,
        "--purpose",
        "assistance",
        "--state",
        "given",
        "--language",
        "km",
    )
    assert consent.returncode == 0, consent.stderr
    shown = json.loads(rrr(vault, "cases", "show", reference, "--json").stdout)
    assert shown["person"]["given_name"] == CANARY
    assert shown["person"]["wishes"] == "To live with her aunt, near a school."
    assert shown["intake"]["programme"] == "ATIP"
    assert [(c["purpose"], c["state"], c["recorded_by"]) for c in shown["consents"]] == [
        ("assistance", "given", "sophea")
    ]
    log = rrr(vault, "audit", "list", "--case", reference).stdout
    assert "case.create" in log
    assert "case.consent" in log
    assert CANARY not in log  # the audit names fields, never their values


def test_a_similar_person_stops_a_new_case_until_confirmed(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    first = rrr(
        vault,
        "case",
        "new",
        "--given",
        "Sokha",
        "--family",
        "Seng",
        "--born",
        "2004-03-01",
        "--nationality",
        "KH",
    )
    assert first.returncode == 0, first.stderr
    again = rrr(
        vault,
        "case",
        "new",
        "--given",
        "Sokhar",
        "--family",
        "Seng",
        "--age",
        "22",
        "--nationality",
        "KH",
    )
    assert again.returncode == 1
    assert "similar person may already be known" in again.stderr
    assert first.stdout.split()[1].rstrip(".") in again.stderr
    anyway = rrr(
        vault,
        "case",
        "new",
        "--given",
        "Sokhar",
        "--family",
        "Seng",
        "--age",
        "22",
        "--nationality",
        "KH",
        "--anyway",
    )
    assert anyway.returncode == 0, anyway.stderr


def test_bad_edits_are_one_sentence_and_change_nothing(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    opened = rrr(vault, "case", "new", "--given", "Dara", "--family", "Sok")
    reference = opened.stdout.split()[1].rstrip(".")
    for change, said in (
        ("person.sex=robot", "person.sex"),
        ("person=x", "not a field"),
        ("nothing", "FIELD=VALUE"),
        ("person.no_such=1", "not a field"),
    ):
        bad = rrr(vault, "case", "edit", reference, "--set", change)
        assert bad.returncode != 0
        assert said in bad.stderr
        assert "Traceback" not in bad.stderr
    shown = json.loads(rrr(vault, "cases", "show", reference, "--json").stdout)
    assert shown["person"]["sex"] == "U"


def test_stage_and_caseworker_change_only_through_their_own_commands(tmp_path: Path) -> None:
    """Editing is no way around the departure gates or a supervisor's assignment."""
    vault = _vault(tmp_path)
    opened = rrr(vault, "case", "new", "--given", "Dara", "--family", "Sok")
    reference = opened.stdout.split()[1].rstrip(".")
    for change, said in (
        ("stage=travel", "rrr case advance"),
        ("stage=closed", "rrr case advance"),
        ("caseworker=nobody", "rrr case assign"),
        ("reference=TH-1", "cannot be edited"),
        ("closure.retention_until=2099-12-31", "rrr case close"),
        ("partner_org_id=org-x", "cannot be edited"),
        ("checklist.ngo_wish=x", "rrr checklist"),
    ):
        bad = rrr(vault, "case", "edit", reference, "--set", change)
        assert bad.returncode != 0
        assert said in bad.stderr
        assert "Traceback" not in bad.stderr
    shown = json.loads(rrr(vault, "cases", "show", reference, "--json").stdout)
    assert (shown["stage"], shown["caseworker"], shown["reference"]) == (
        "intake",
        "sophea",
        reference,
    )


def test_who_signs_in_is_never_taken_for_a_command_s_own_user(tmp_path: Path) -> None:
    """``--user`` names who signs in, also where a command names a user of its own."""
    vault = _vault(tmp_path)
    added = rrr(
        vault,
        "--user",
        "sophea",
        "user",
        "add",
        "dara",
        stdin=f"{PASS}\ndara passphrase 123\ndara passphrase 123\n",
    )
    assert added.returncode == 0, added.stderr
    opened = rrr(vault, "--user", "sophea", "case", "new", "--given", "Mey", "--family", "Ly")
    reference = opened.stdout.split()[1].rstrip(".")
    assigned = rrr(vault, "--user", "sophea", "case", "assign", reference, "dara")
    assert assigned.returncode == 0, assigned.stderr
    assert "assigned to dara" in assigned.stdout
    listed = rrr(vault, "--user", "sophea", "audit", "list", "--user", "sophea")
    assert listed.returncode == 0, listed.stderr
    assert "case.assign" in listed.stdout

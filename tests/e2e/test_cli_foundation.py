"""The `rrr` command end to end, as a script would use it, in a temporary vault."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import cli_run

PASS = "a long enough passphrase"


def rrr(vault: Path, *args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
    return cli_run.rrr(vault, *args, stdin=stdin)


@pytest.fixture(scope="module")
def cli_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    vault = tmp_path_factory.mktemp("cli") / "vault"
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
    demo = rrr(vault, "demo", "--cases", "120", "--seed", "3")
    assert demo.returncode == 0, demo.stderr
    assert "Added 120" in demo.stdout
    return vault


def test_list_show_and_json(cli_vault: Path) -> None:
    listed = rrr(cli_vault, "cases", "list", "--json", "--limit", "500")
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    assert data["total"] == 120 == len(data["cases"])
    ref = data["cases"][0]["reference"]
    assert ref.startswith("KH-")
    shown = rrr(cli_vault, "cases", "show", ref, "--json")
    assert json.loads(shown.stdout)["reference"] == ref
    text = rrr(cli_vault, "cases", "show", ref)
    assert ref in text.stdout
    assert "stage:" in text.stdout


def test_stage_filter_and_search(cli_vault: Path) -> None:
    everything = json.loads(rrr(cli_vault, "cases", "list", "--json", "--limit", "500").stdout)
    shelter = json.loads(
        rrr(cli_vault, "cases", "list", "--stage", "shelter", "--json", "--limit", "500").stdout
    )
    assert 0 < shelter["total"] < everything["total"]
    assert all(c["stage"] == "shelter" for c in shelter["cases"])
    word = everything["cases"][0]["name"].split()[0]
    found = json.loads(
        rrr(cli_vault, "cases", "list", "--search", word, "--json", "--limit", "500").stdout
    )
    assert 0 < found["total"] <= everything["total"]
    assert all(word.casefold() in c["name"].casefold() for c in found["cases"])


def test_wrong_passphrase_exits_1_with_one_sentence(cli_vault: Path) -> None:
    result = rrr(cli_vault, "cases", "list", stdin="wrong passphrase!\n")
    assert result.returncode == 1
    assert result.stderr.strip() == "rrr: The user name or passphrase is not correct."
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2(cli_vault: Path) -> None:
    assert rrr(cli_vault, "cases", "list", "--stage", "nonsense").returncode == 2
    assert rrr(cli_vault, "no-such-command").returncode == 2


@pytest.mark.parametrize(
    "args",
    [
        ("cases", "list", "--limit", "99999999999999999999"),
        ("cases", "list", "--limit", "0"),
        ("cases", "list", "--limit", "many"),
        ("audit", "list", "--since", "last tuesday"),
        ("audit", "list", "--until", "2026-13-40"),
        ("audit", "list", "--since", "20260101"),  # valid ISO, but not as the log writes it
        ("audit", "list", "--since", "2026-W01-1"),
        ("audit", "list", "--since", "0001-01-01T00:00+01:00"),
        ("lists", "--days", "-1"),
    ],
)
def test_numbers_and_dates_out_of_range_are_usage_errors(
    cli_vault: Path, args: tuple[str, ...]
) -> None:
    """A huge number reached SQLite (a traceback); a misspelt date filtered out every entry
    and looked like an empty log."""
    result = rrr(cli_vault, *args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert args[-1] in result.stderr  # the value at fault is named


def test_an_unexpected_error_is_one_sentence_without_data(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug of ours ends the command with its kind and place, never a traceback or its
    message (which may hold a name that was typed)."""
    from rrr_desktop import cli
    from rrr_desktop.cli import cases

    def broken(args: object) -> object:
        raise ValueError("CANARY-Sokha Chan")

    monkeypatch.setattr(cases, "open_session", broken)
    code = cli.main(["--vault", "/nonexistent", "cases", "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert "CANARY" not in err
    assert "Traceback" not in err
    assert "ValueError in cli/cases.py:" in err
    assert "test_cli_foundation" not in err
    assert err.count("\n") == 1


def test_missing_vault_is_a_clear_failure(tmp_path: Path) -> None:
    result = rrr(tmp_path / "nowhere", "cases", "list")
    assert result.returncode == 1
    assert "No vault found" in result.stderr


def test_gate_refusal_lists_reasons_and_exits_1(cli_vault: Path) -> None:
    rows = json.loads(rrr(cli_vault, "cases", "list", "--stage", "intake", "--json").stdout)
    ref = rows["cases"][0]["reference"]
    result = rrr(cli_vault, "case", "advance", ref, "--to", "travel")
    assert result.returncode == 1
    assert "cannot move to travel" in result.stderr
    assert "risk" in result.stderr.lower()
    after = json.loads(rrr(cli_vault, "cases", "show", ref, "--json").stdout)
    assert after["stage"] == "intake"


def test_audit_verify_ok_then_detects_tampering(cli_vault: Path, tmp_path: Path) -> None:
    ok = rrr(cli_vault, "audit", "verify")
    assert ok.returncode == 0, ok.stderr
    assert "intact" in ok.stdout

    # Tamper with a copy through the vault's own key (as an insider with the key could).
    import shutil

    from rrr_desktop.vault.store import Vault

    copy = tmp_path / "copy"
    shutil.copytree(cli_vault, copy)
    vault = Vault.unlock(copy, "sophea", PASS)
    conn = vault.connect()
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET action = 'nothing.to.see' WHERE seq = 2")
    conn.close()
    bad = rrr(copy, "audit", "verify")
    assert bad.returncode == 1
    assert "entry 2 was changed" in bad.stderr


def test_second_user_and_backup(cli_vault: Path, tmp_path: Path) -> None:
    import shutil

    own = tmp_path / "own"  # a second user changes the vault: work on a copy of it
    shutil.copytree(cli_vault, own)
    cli_vault = own
    added = rrr(
        cli_vault,
        "--user",
        "sophea",
        "user",
        "add",
        "dara",
        stdin=f"{PASS}\ndara passphrase 123\ndara passphrase 123\n",
    )
    assert added.returncode == 0, added.stderr
    as_dara = rrr(
        cli_vault, "--user", "dara", "cases", "list", "--json", stdin="dara passphrase 123\n"
    )
    assert as_dara.returncode == 0, as_dara.stderr
    assert json.loads(as_dara.stdout)["total"] == 0  # a new caseworker sees no one else's cases
    backup = rrr(cli_vault, "--user", "sophea", "backup", "--out", str(tmp_path / "bk"))
    assert backup.returncode == 0, backup.stderr
    assert not (tmp_path / "bk" / "vault.db").read_bytes().startswith(b"SQLite format 3")
    restored = rrr(tmp_path / "bk", "--user", "sophea", "cases", "list", "--json", "--limit", "1")
    assert json.loads(restored.stdout)["total"] == 120


def test_a_reader_that_stops_early_is_no_error(cli_vault: Path) -> None:
    """`rrr cases list | head -1`: the pipe closes before the table is written."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line: every write fails
    env = {**os.environ, "RRR_INSECURE_FAST_KDF_FOR_TESTS": "1"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "rrr_desktop.cli",
            "--vault",
            str(cli_vault),
            "--passphrase-stdin",
            "cases",
            "list",
            "--limit",
            "500",
        ],
        input=PASS + "\n",
        stdout=write_end,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    os.close(write_end)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr

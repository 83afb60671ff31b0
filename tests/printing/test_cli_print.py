"""``rrr print ...`` end to end on a vault made with ``rrr init`` and ``rrr demo``."""

import json
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests import cli_run
from tests.printing.conftest import pdf_fonts, pdf_text

PASS = "a long enough passphrase"


def rrr(vault: Path, *args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
    return cli_run.rrr(vault, *args, stdin=stdin)


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A vault with demo cases; returns it, a case in return preparation and its name."""
    vault = tmp_path_factory.mktemp("print") / "vault"
    made = rrr(
        vault,
        "init",
        "--org",
        "Field Office",
        "--country",
        "TH",
        "--user",
        "malai",
        stdin=f"{PASS}\n{PASS}\n",
    )
    assert made.returncode == 0, made.stderr
    assert rrr(vault, "demo", "--cases", "40", "--seed", "5").returncode == 0
    listed = rrr(vault, "cases", "list", "--stage", "return_preparation", "--json")
    case = json.loads(listed.stdout)["cases"][0]
    return vault, case["reference"], case["name"]


def test_print_checklist_cli(demo_vault: tuple[Path, str, str], tmp_path: Path) -> None:
    vault, reference, name = demo_vault
    out = tmp_path / "checklist.pdf"
    done = rrr(
        vault,
        "print",
        "checklist",
        reference,
        "--lang",
        "km",
        "--out",
        str(out),
        "--paper",
        "letter",
    )
    assert done.returncode == 0, done.stderr
    assert "Wrote" in done.stdout
    text = pdf_text(out)
    assert reference in text
    assert name not in text  # the name only with --with-name
    assert any("NotoSansKhmer" in f for f in pdf_fonts(out))
    assert round(float(PdfReader(out).pages[0].mediabox.height)) == 792
    named = tmp_path / "named.pdf"
    assert (
        rrr(
            vault,
            "print",
            "checklist",
            reference,
            "--lang",
            "th",
            "--out",
            str(named),
            "--with-name",
        ).returncode
        == 0
    )
    assert name.split()[0] in pdf_text(named)
    log = rrr(vault, "audit", "verify", "--json")
    assert log.returncode == 0, log.stderr


def test_print_info_sheet_and_letter_cli(demo_vault: tuple[Path, str, str], tmp_path: Path) -> None:
    vault, reference, _name = demo_vault
    sheet = tmp_path / "sheet.pdf"
    done = rrr(vault, "print", "info-sheet", reference, "--lang", "ar", "--out", str(sheet))
    assert done.returncode == 0, done.stderr
    assert any("NotoSansArabic" in f for f in pdf_fonts(sheet))
    letter = tmp_path / "letter.pdf"
    done = rrr(vault, "print", "embassy-letter", reference, "--out", str(letter))
    assert done.returncode == 1  # no neutral name confirmed: never the vault's own name
    assert "No name is confirmed as neutral" in done.stderr
    nationality = json.loads(rrr(vault, "cases", "show", reference, "--json").stdout)["person"][
        "nationality"
    ]
    refused = rrr(vault, "org", "embassy-name", nationality, "Anti-TIP Coalition")
    assert refused.returncode == 1
    assert "choose a neutral name" in refused.stderr
    assert rrr(vault, "org", "embassy-name", nationality, "Field Office").returncode == 0
    assert rrr(vault, "org", "contact", "--phone", "+66 2 000 0000").returncode == 0
    done = rrr(vault, "print", "embassy-letter", reference, "--out", str(letter))
    if done.returncode == 0:
        text = pdf_text(letter)
        assert "Field Office" in text
        assert "+66 2 000 0000" in text
        assert "traffick" not in text.lower()
    else:  # the demo case may lack consent or have asylum pending: a clear refusal
        assert "No embassy letter" in done.stderr
        assert not letter.exists()


def test_cli_refuses_bad_output(demo_vault: tuple[Path, str, str], tmp_path: Path) -> None:
    vault, reference, _name = demo_vault
    done = rrr(
        vault, "print", "checklist", reference, "--lang", "km", "--out", str(tmp_path / "x.txt")
    )
    assert done.returncode == 1
    assert ".pdf" in done.stderr


def test_print_verify_cli_original_and_edited_copy(
    demo_vault: tuple[Path, str, str], tmp_path: Path
) -> None:
    vault, reference, _name = demo_vault
    out = tmp_path / "sheet.pdf"
    done = rrr(vault, "print", "info-sheet", reference, "--lang", "th", "--out", str(out))
    assert done.returncode == 0, done.stderr
    code = done.stdout.rsplit("check code ", 1)[1].strip().rstrip(".")
    assert code in pdf_text(out)
    original = rrr(vault, "print", "verify", str(out))
    assert original.returncode == 0, original.stdout + original.stderr
    assert "exactly the one printed" in original.stdout
    edited = tmp_path / "edited.pdf"
    edited.write_bytes(out.read_bytes().replace(b"RRR Desktop", b"RRR Desktoq", 1))
    changed = rrr(vault, "print", "verify", str(edited))
    assert changed.returncode == 1
    assert "changed afterwards" in changed.stdout
    typed = rrr(vault, "print", "verify", code.lower().replace("-", " "))
    assert typed.returncode == 0, typed.stdout
    unknown = rrr(vault, "print", "verify", "RRR-ACDE-FGHJ")
    assert unknown.returncode == 1
    assert "not printed from this vault" in unknown.stdout

"""`rrr case note|notes|attach|files|file-copy` end to end: the note's words come from
standard input, the file is kept in the vault, a copy is made only when asked."""

import json
from pathlib import Path

from tests.e2e.test_cli_case_commands import _vault
from tests.e2e.test_cli_foundation import PASS, rrr

CANARY = "Zqnotecanary"


def test_notes_and_files_by_script(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    opened = rrr(
        vault, "case", "new", "--given", "Sokha", "--family", "Seng", "--nationality", "KH"
    )
    assert opened.returncode == 0, opened.stderr
    reference = opened.stdout.split()[1].rstrip(".")
    noted = rrr(
        vault,
        "--passphrase-stdin",
        "case",
        "note",
        reference,
        "--kind",
        "phone",
        "--with",
        "the aunt",
        "--text",
        "@-",
        stdin=f"{PASS}\n{CANARY}: the aunt can take her in\n",
    )
    assert noted.returncode == 0, noted.stderr
    listed = rrr(vault, "case", "notes", reference)
    assert "phone with the aunt (by sophea)" in listed.stdout
    assert CANARY in listed.stdout

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 " + CANARY.encode() * 20)
    attached = rrr(
        vault, "case", "attach", reference, str(scan), "--kind", "identity_document", "--share"
    )
    assert attached.returncode == 0, attached.stderr
    scan.unlink()
    files = json.loads(rrr(vault, "case", "files", reference, "--json").stdout)
    assert [(f["kind"], f["media_type"], f["may_share"], f["here"]) for f in files] == [
        ("identity_document", "application/pdf", True, True)
    ]
    copied = rrr(
        vault, "case", "file-copy", reference, files[0]["id"][:8], str(tmp_path / "copy.pdf")
    )
    assert copied.returncode == 0, copied.stderr
    assert (tmp_path / "copy.pdf").read_bytes().startswith(b"%PDF-1.4 " + CANARY.encode())
    log = rrr(vault, "audit", "list", "--case", reference).stdout
    for action in ("case.note", "case.attach", "case.attachment_export"):
        assert action in log
    assert log.count("case.view") == 2  # reading the notes and the file list is recorded
    assert CANARY not in log
    raw = b"".join(p.read_bytes() for p in vault.rglob("*") if p.is_file())
    assert CANARY.encode() not in raw


def test_a_missing_or_oversized_file_is_one_sentence(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    reference = (
        rrr(vault, "case", "new", "--given", "Dara", "--nationality", "KH")
        .stdout.split()[1]
        .rstrip(".")
    )
    missing = rrr(vault, "case", "attach", reference, str(tmp_path / "nothing.pdf"))
    assert missing.returncode != 0
    assert "There is no file" in missing.stderr
    assert "Traceback" not in missing.stderr
    big = tmp_path / "video.mp4"
    with open(big, "wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    refused = rrr(vault, "case", "attach", reference, str(big))
    assert refused.returncode != 0
    assert "larger than 20 MB" in refused.stderr


def test_standard_input_larger_than_any_text_is_one_sentence_and_adds_nothing(
    tmp_path: Path,
) -> None:
    vault = _vault(tmp_path)
    opened = rrr(
        vault, "case", "new", "--given", "Sokha", "--family", "Seng", "--nationality", "KH"
    )
    reference = opened.stdout.split()[1].rstrip(".")
    for first in (f"{PASS}\n", ""):  # after the passphrase line, or standard input alone
        noted = rrr(
            vault,
            *(["--passphrase-stdin"] if first else []),
            "case",
            "note",
            reference,
            "--kind",
            "phone",
            "--text",
            "@-",
            stdin=first + "x" * 600_000,
        )
        assert noted.returncode != 0
        assert "standard input is too large" in noted.stderr
        assert "Traceback" not in noted.stderr
    assert "phone" not in rrr(vault, "case", "notes", reference).stdout

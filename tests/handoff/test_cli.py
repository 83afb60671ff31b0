"""Two organisations exchange a referral and a status report with the rrr command, by files."""

import json
from pathlib import Path

import pytest

from rrr_desktop.cli import main
from rrr_desktop.services.demo_data import RECEIVING

PARTNER = RECEIVING["KH"]


def rrr(vault: Path, *args: str) -> int:
    return main(["--vault", str(vault), *args])


def _fingerprint(out: str) -> str:
    return next(line.split()[1] for line in out.splitlines() if line.startswith("Fingerprint:"))


def test_referral_and_status_report_by_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RRR_PASSPHRASE", "cli exchange passphrase")
    shelter, partner = tmp_path / "shelter", tmp_path / "partner"
    assert (
        rrr(shelter, "init", "--org", "Demo Shelter", "--country", "TH", "--user", "somchai") == 0
    )
    assert rrr(shelter, "demo", "--cases", "150", "--seed", "5") == 0
    assert rrr(partner, "init", "--org", PARTNER, "--country", "KH", "--user", "dara") == 0
    assert rrr(shelter, "peer", "export-card", "--out", str(tmp_path / "s.card")) == 0
    assert rrr(partner, "peer", "export-card", "--out", str(tmp_path / "p.card")) == 0
    capsys.readouterr()
    assert rrr(shelter, "peer", "add", str(tmp_path / "p.card")) == 0
    partner_fpr = _fingerprint(capsys.readouterr().out)
    assert rrr(partner, "peer", "add", str(tmp_path / "s.card")) == 0
    shelter_fpr = _fingerprint(capsys.readouterr().out)
    # Not trusted yet: nothing can be sent.
    assert (
        rrr(
            shelter,
            "bundle",
            "export",
            "--to",
            partner_fpr,
            "--kind",
            "sync",
            "--out",
            str(tmp_path),
        )
        == 1
    )
    assert "Trust" in capsys.readouterr().err
    assert rrr(shelter, "peer", "trust", partner_fpr) == 0
    assert rrr(partner, "peer", "trust", shelter_fpr.lower().replace("-", "")) == 0
    capsys.readouterr()
    candidates: list[str] = []
    for stage in ("travel", "reintegration", "follow_up"):  # stages after the sharing consent
        assert rrr(shelter, "cases", "list", "--country", "KH", "--stage", stage) == 0
        candidates += [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:]]
    assert candidates, "the demo data has travelling cases from KH"
    reference = candidates[0]
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    assert (
        rrr(
            shelter,
            "bundle",
            "export",
            "--to",
            PARTNER,
            "--kind",
            "referral",
            "--case",
            reference,
            "--out",
            str(out_dir),
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "intake.screening_notes (never shared outside the organisation)" in printed
    [bundle] = list(out_dir.iterdir())
    assert bundle.name.startswith("rrr-referral-")
    assert bundle.suffix == ".rrrbundle"
    assert rrr(partner, "bundle", "verify", str(bundle)) == 0
    assert "OK: referral bundle" in capsys.readouterr().out
    assert rrr(partner, "bundle", "import", str(bundle), "--dry-run") == 0
    dry = capsys.readouterr()
    assert "Would apply" in dry.err
    assert reference in dry.out
    assert rrr(partner, "cases", "list") == 0
    assert reference not in capsys.readouterr().out  # a dry run changes nothing
    assert rrr(partner, "bundle", "import", str(bundle)) == 0
    assert rrr(partner, "bundle", "import", str(bundle)) == 1
    assert "already imported" in capsys.readouterr().err
    assert (
        rrr(partner, "message", "sent", reference, "arrival_confirmation", "--on", "2026-11-20")
        == 0
    )
    status_dir = tmp_path / "usb2"
    status_dir.mkdir()
    assert (
        rrr(
            partner,
            "bundle",
            "export",
            "--to",
            shelter_fpr,
            "--kind",
            "status",
            "--case",
            reference,
            "--out",
            str(status_dir),
        )
        == 0
    )
    [status] = list(status_dir.iterdir())
    capsys.readouterr()
    assert rrr(shelter, "bundle", "import", str(status)) == 0
    result = capsys.readouterr()
    assert "changed" in result.out
    assert "Messages between organisations" in result.out  # in words
    assert rrr(shelter, "bundle", "history") == 0
    history = capsys.readouterr().out
    assert "referral" in history
    assert "status" in history


def test_two_laptops_sync_and_resolve_a_conflict_with_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RRR_PASSPHRASE", "two laptops passphrase")
    one, two = tmp_path / "one", tmp_path / "two"
    assert rrr(one, "init", "--org", "Field Office", "--country", "TH", "--user", "somchai") == 0
    assert rrr(one, "demo", "--cases", "5", "--seed", "2") == 0
    assert rrr(two, "init", "--org", "Placeholder", "--country", "TH", "--user", "nok") == 0
    assert rrr(one, "peer", "export-card", "--out", str(tmp_path / "one.card")) == 0
    capsys.readouterr()
    assert rrr(two, "peer", "add", str(tmp_path / "one.card")) == 0
    fpr_one = _fingerprint(capsys.readouterr().out)
    assert rrr(two, "peer", "trust", fpr_one) == 0
    assert rrr(two, "peer", "join", fpr_one) == 0
    assert rrr(two, "peer", "export-card", "--out", str(tmp_path / "two.card")) == 0
    capsys.readouterr()
    assert rrr(one, "peer", "add", str(tmp_path / "two.card")) == 0
    fpr_two = _fingerprint(capsys.readouterr().out)
    assert rrr(one, "peer", "trust", fpr_two) == 0

    def sync(src: Path, dst: Path, to: str, name: str) -> str:
        out = tmp_path / name
        out.mkdir()
        assert rrr(src, "bundle", "export", "--to", to, "--kind", "sync", "--out", str(out)) == 0
        [bundle] = list(out.iterdir())
        capsys.readouterr()
        assert rrr(dst, "bundle", "import", str(bundle)) == 0
        return capsys.readouterr().err

    sync(one, two, fpr_two, "s1")
    assert rrr(one, "cases", "list") == 0
    reference = capsys.readouterr().out.splitlines()[1].split()[0]
    assert rrr(one, "asylum", reference, "--status", "pending") == 0
    assert rrr(two, "asylum", reference, "--status", "decided") == 0
    assert "1 conflict" in sync(two, one, fpr_one, "s2")
    assert rrr(one, "bundle", "conflicts", "--json") == 0
    [conflict] = json.loads(capsys.readouterr().out)
    assert conflict["reference"] == reference
    assert conflict["field"] == "Asylum"
    assert {v["value"] for v in conflict["values"]} == {"pending", "decided"}
    assert {v["by"] for v in conflict["values"]} == {"somchai", "nok"}
    assert rrr(one, "bundle", "resolve", str(conflict["id"]), "theirs") == 0
    assert rrr(one, "bundle", "conflicts") == 0
    assert "No open conflicts." in capsys.readouterr().out
    sync(one, two, fpr_two, "s3")
    assert rrr(two, "bundle", "conflicts") == 0
    assert "No open conflicts." in capsys.readouterr().out


def test_headquarters_imports_a_stack_of_sticks_in_one_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One unlock for many bundles: each is applied whole or not at all, a damaged one is
    refused (the rest still land) and one read twice is skipped."""
    monkeypatch.setenv("RRR_PASSPHRASE", "headquarters passphrase")
    hq = tmp_path / "hq"
    assert rrr(hq, "init", "--org", "Headquarters", "--country", "TH", "--user", "hq") == 0
    assert rrr(hq, "peer", "export-card", "--out", str(tmp_path / "hq.card")) == 0
    capsys.readouterr()
    sticks: list[Path] = []
    for n in (1, 2):
        field = tmp_path / f"field{n}"
        assert rrr(field, "init", "--org", "Field", "--country", "TH", "--user", f"w{n}") == 0
        capsys.readouterr()
        assert rrr(field, "peer", "add", str(tmp_path / "hq.card")) == 0
        fpr_hq = _fingerprint(capsys.readouterr().out)
        assert rrr(field, "peer", "trust", fpr_hq) == 0
        assert rrr(field, "peer", "join", fpr_hq) == 0  # now a laptop of headquarters
        assert rrr(field, "peer", "export-card", "--out", str(tmp_path / f"f{n}.card")) == 0
        capsys.readouterr()
        assert rrr(hq, "peer", "add", str(tmp_path / f"f{n}.card")) == 0
        assert rrr(hq, "peer", "trust", _fingerprint(capsys.readouterr().out)) == 0
        assert rrr(field, "demo", "--cases", "3", "--seed", str(n)) == 0
        out = tmp_path / f"stick{n}"
        out.mkdir()
        assert (
            rrr(field, "bundle", "export", "--to", fpr_hq, "--kind", "sync", "--out", str(out)) == 0
        )
        sticks += list(out.iterdir())
    damaged = tmp_path / "damaged.rrrbundle"
    data = bytearray(sticks[1].read_bytes())
    data[len(data) // 2] ^= 0x40
    damaged.write_bytes(bytes(data))
    capsys.readouterr()
    stack = [str(sticks[0]), str(damaged), str(sticks[1]), str(sticks[0])]
    assert rrr(hq, "bundle", "import", "--json", *stack) == 1
    captured = capsys.readouterr()
    results = json.loads(captured.out)
    assert [sorted(set(r) & {"applied", "refused", "skipped"}) for r in results] == [
        ["applied"],
        ["refused"],
        ["applied"],
        ["skipped"],
    ]
    assert [r["totals"] for r in results if "totals" in r] == [{"new": 3}, {"new": 3}]
    assert "damaged.rrrbundle: refused" in captured.err
    assert "2 of 4 bundles imported; 1 imported before, skipped; 1 refused" in captured.err
    assert rrr(hq, "cases", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)["total"] == 6

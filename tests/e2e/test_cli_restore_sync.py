"""A caseworker's laptop is put back from a backup with ``rrr restore``, then syncs as
usual with ``rrr bundle``: the edit it had synced before its disk died comes back to it,
although the other laptop's first bundle after the restore was made before it knew."""

import json
from pathlib import Path

from tests.e2e.test_cli_foundation import PASS, rrr

WISH = "Wants to go home in March"


def _ok(vault: Path, *args: str, stdin: str = PASS + "\n") -> str:
    done = rrr(vault, *args, stdin=stdin)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _init(vault: Path, org: str) -> None:
    _ok(vault, "init", "--org", org, "--country", "TH", "--user", "sophea", stdin=f"{PASS}\n" * 2)


def _fingerprint(vault: Path) -> str:
    return _ok(vault, "peer", "list").splitlines()[-1].split()[0]


def _sync(source: Path, to: str, target: Path, stick: Path) -> str:
    _ok(source, "bundle", "export", "--kind", "sync", "--to", to, "--out", str(stick))
    return _ok(target, "bundle", "import", str(stick))


def _wishes(vault: Path, reference: str) -> object:
    case = json.loads(_ok(vault, "cases", "show", "--json", reference))
    return case["person"]["wishes"]


def test_a_laptop_put_back_from_a_backup_gets_its_synced_edit_back(tmp_path: Path) -> None:
    a, c = tmp_path / "a", tmp_path / "c"
    _init(a, "Field Office")
    _ok(a, "peer", "export-card", "--out", str(tmp_path / "a.rrrcard"))
    _init(c, "New laptop")
    _ok(c, "peer", "add", str(tmp_path / "a.rrrcard"))
    to_a = _fingerprint(c)
    _ok(c, "peer", "trust", to_a)
    _ok(c, "peer", "join", to_a)
    _ok(c, "peer", "export-card", "--out", str(tmp_path / "c.rrrcard"))
    _ok(a, "peer", "add", str(tmp_path / "c.rrrcard"))
    to_c = _fingerprint(a)
    _ok(a, "peer", "trust", to_c)
    _ok(a, "demo", "--cases", "3", "--seed", "5")
    _sync(a, to_c, c, tmp_path / "s1.rrrbundle")
    reference = json.loads(_ok(c, "cases", "list", "--json"))["cases"][0]["reference"]
    before = _wishes(c, reference)

    _ok(c, "backup", "--out", str(tmp_path / "backup"))
    _ok(c, "case", "edit", reference, "--set", f"person.wishes={WISH}")
    _sync(c, to_a, a, tmp_path / "s2.rrrbundle")
    _ok(c, "restore", str(tmp_path / "backup"), stdin=f"{PASS}\ny\n")
    assert _wishes(c, reference) == before  # the edit went with the disk
    history = _ok(c, "bundle", "history")
    assert "put back from a backup" in history.splitlines()[0]
    assert to_a in history.splitlines()[0]  # not yet synced since

    _sync(a, to_c, c, tmp_path / "s3.rrrbundle")  # made before A knew of the restore
    _sync(c, to_a, a, tmp_path / "s4.rrrbundle")
    _sync(a, to_c, c, tmp_path / "s5.rrrbundle")
    assert _wishes(c, reference) == WISH
    assert _wishes(a, reference) == WISH
    assert "put back from a backup" not in _ok(c, "bundle", "history")

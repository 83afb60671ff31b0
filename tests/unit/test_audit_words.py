"""Every action the code writes to the audit log has words a supervisor can read."""

import re
from pathlib import Path

from rrr_desktop.domain.audit_words import ACTION_WORDS

SOURCE = Path(__file__).resolve().parents[2] / "rrr_desktop"
LITERAL = re.compile(r"""audit\(\s*(?:\w+,\s*)?["']([a-z_]+\.[a-z_.]+)["']""")
APPEND = re.compile(r"""append\(\s*\w+,[^)]*?["']([a-z_]+\.[a-z_.]+)["']""")


def test_every_written_action_has_words() -> None:
    written: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        written |= set(LITERAL.findall(text)) | set(APPEND.findall(text))
    assert len(written) > 30
    missing = sorted(a for a in written if a not in ACTION_WORDS)
    assert not missing, missing


def test_actions_built_from_parts_have_words() -> None:
    for kind in ("risk", "checklist"):
        assert f"case.override.{kind}" in ACTION_WORDS
        assert f"case.override_revoke.{kind}" in ACTION_WORDS
    for action in ("new", "changed", "conflict", "deleted", "dropped"):
        assert f"handoff.{action}" in ACTION_WORDS
    for kind in ("sync", "referral", "status"):
        assert f"handoff.{kind}_sent" in ACTION_WORDS

"""Strings shown to users reach the translators: pyside6-lupdate must extract them."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rrr_desktop.domain.checklist import ALL_ITEMS
from rrr_desktop.domain.next_action import ACTION_TEXT
from rrr_desktop.domain.return_prep import RISK_FACTORS

PACKAGE = Path(__file__).resolve().parents[2] / "rrr_desktop"


def test_no_alias_hides_strings_from_lupdate() -> None:
    """lupdate finds QT_TRANSLATE_NOOP / translate / tr by name; an alias hides them."""
    pattern = re.compile(r"import\s+(QT_TRANSLATE_NOOP|QT_TR_NOOP)\s+as\s+\w+")
    offenders = [
        str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if pattern.search(p.read_text())
    ]
    assert offenders == []


def test_domain_texts_are_extracted(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.fail("pyside6-lupdate is missing from the environment")
    files = [str(p) for p in (PACKAGE / "domain").rglob("*.py")]
    ts = tmp_path / "out.ts"
    subprocess.run([lupdate, *files, "-ts", str(ts)], check=True, capture_output=True)
    sources = {m.text for m in ET.parse(ts).getroot().iter("source")}
    expected = {
        *ALL_ITEMS.values(),
        *RISK_FACTORS.values(),
        *(t for t in ACTION_TEXT.values() if t),
    }
    missing = sorted(expected - sources)
    assert missing == []
    assert "No security (risk) assessment has been made." in sources  # a gate reason

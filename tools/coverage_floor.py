"""Branch coverage per package after ``make test``; fails below the floor where it is set.

The layers that hold the rules and the data (domain, vault, handoff) must stay at or above
``FLOOR``; the others are reported so that a drop is seen.
"""

import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import coverage

FLOOR = 90.0
FLOORED = ("domain", "vault", "handoff")


def main() -> int:
    cov = coverage.Coverage(data_file=".coverage")
    cov.load()
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "coverage.json"
        cov.json_report(outfile=str(report), show_contexts=False)
        files = json.loads(report.read_text())["files"]
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # covered, coverable
    for filename, entry in files.items():
        parts = Path(filename).parts
        if parts[0] != "rrr_desktop":
            continue
        package = parts[1] if len(parts) > 2 else "(top)"
        summary = entry["summary"]
        totals[package][0] += summary["covered_lines"] + summary.get("covered_branches", 0)
        totals[package][1] += summary["num_statements"] + summary.get("num_branches", 0)
    failed = []
    print(f"{'package':<14}{'branch coverage':>16}  floor")
    for package, (covered, coverable) in sorted(totals.items()):
        percent = 100.0 * covered / coverable if coverable else 100.0
        floor = FLOOR if package in FLOORED else None
        mark = f"{floor:.0f}%" if floor else "-"
        print(f"{package:<14}{percent:>15.1f}%  {mark}")
        if floor is not None and percent < floor:
            failed.append(f"{package} {percent:.1f}% < {floor:.0f}%")
    if failed:
        print("coverage below the floor: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

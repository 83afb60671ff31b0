"""Run all benchmarks and write ``bench/results.json``.

Each ``bench/bench_<name>.py`` defines ``run(quick: bool) -> dict[str, object]`` returning
figures (seconds, counts, ratios). ``--quick`` uses small sizes; ``--only NAME`` picks one.
"""

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--only", action="append", default=[], help="run only these benches")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    names = sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    if args.only:
        names = [n for n in names if n in args.only]
    out_path = HERE / "results.json"
    results: dict[str, object] = {}
    if out_path.exists() and args.only:
        results = json.loads(out_path.read_text()).get("benches", {})
    for name in names:
        module = importlib.import_module(f"bench.bench_{name}")
        print(f"== {name}", file=sys.stderr, flush=True)
        start = time.perf_counter()
        figures = module.run(quick=args.quick)
        figures["bench_seconds"] = round(time.perf_counter() - start, 2)
        figures["peak_rss_mb_so_far"] = round(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
        )
        results[name] = figures
        print(json.dumps(figures, indent=1), file=sys.stderr, flush=True)
    payload = {
        "written_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
        "quick": args.quick,
        "benches": results,
    }
    out_path.write_text(json.dumps(payload, indent=1) + "\n")
    print(f"wrote {out_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run the benchmarks and print one JSON object per line: {"bench", "value", "unit", "target"}.

    python bench/run.py                 # every benchmark, full size (the 8,000-fiche group)
    python bench/run.py --only typeahead_ms tree_open_s
    python bench/run.py --quick         # small sizes: a smoke run for CI, figures not comparable to targets

Each bench/bench_*.py module has `run(quick=False, only=None) -> list[dict]` (or `run(quick=False)`).
"""
from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = ["bench_store", "bench_typeahead", "bench_tree", "bench_forms", "bench_sync"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="bench names to run (e.g. store_load_s)")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parent))
    wanted = set(args.only or [])
    seen: set[str] = set()
    failed = False
    for name in MODULES:
        if not (HERE / f"{name}.py").exists():
            continue
        module = importlib.import_module(name)
        provides = set(getattr(module, "BENCHES", []))
        if wanted and provides and not (wanted & provides):
            continue
        params = inspect.signature(module.run).parameters
        kwargs: dict = {}
        if "quick" in params:
            kwargs["quick"] = args.quick
        if "only" in params:
            kwargs["only"] = wanted or None
        try:
            results = module.run(**kwargs)
        except Exception as exc:  # one broken bench must not hide the others' figures
            print(json.dumps({"bench": name, "error": f"{type(exc).__name__}: {exc}"}), flush=True)
            failed = True
            continue
        for result in results:
            if wanted and result["bench"] not in wanted:
                continue
            seen.add(result["bench"])
            print(json.dumps(result, ensure_ascii=False), flush=True)
    missing = wanted - seen
    if missing:
        print(json.dumps({"error": f"unknown or skipped benches: {sorted(missing)}"}), flush=True)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

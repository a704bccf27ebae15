"""Run the benchmarks and print one JSON object per line: {"bench", "value", "unit", "target"}.

    python bench/run.py                 # every benchmark, full size (the 8,000-fiche group)
    python bench/run.py --only typeahead_ms tree_open_s
    python bench/run.py --quick         # small sizes: a smoke run for CI, figures not comparable to targets

Each bench/bench_*.py module has `run(quick=False, only=None) -> list[dict]` (or `run(quick=False)`), and runs
in a process of its own so that one module's memory or caches never colour another's figures (peak_rss_mb).
"""
from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIMEOUT_S = 1800  # a stuck module (a modal dialog, a dead server) must not hang the run
MODULES = ["bench_store", "bench_typeahead", "bench_tree", "bench_forms", "bench_undo", "bench_sync", "bench_start",
           "bench_support", "bench_checks", "bench_finess", "bench_capacities", "bench_bulk", "bench_region",
           "bench_dashboard", "bench_groups"]


def run_module(name: str, quick: bool, wanted: set[str]) -> list[dict]:
    """Run one bench module in this process (the child side of `main`)."""
    module = importlib.import_module(name)
    params = inspect.signature(module.run).parameters
    kwargs: dict = {}
    if "quick" in params:
        kwargs["quick"] = quick
    if "only" in params:
        kwargs["only"] = wanted or None
    return module.run(**kwargs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="bench names to run (e.g. store_load_s)")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--module", help=argparse.SUPPRESS)  # internal: run one module in this process
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parent))
    wanted = set(args.only or [])
    if args.module:
        for result in run_module(args.module, args.quick, wanted):
            print("BENCH " + json.dumps(result, ensure_ascii=False), flush=True)
        return 0
    seen: set[str] = set()
    failed = False
    for name in MODULES:
        if not (HERE / f"{name}.py").exists():
            continue
        if wanted and not (wanted & set(_declared(name))):
            continue
        cmd = [sys.executable, str(Path(__file__).resolve()), "--module", name]
        if args.quick:
            cmd.append("--quick")
        if wanted:
            cmd += ["--only", *sorted(wanted)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=str(HERE.parent),
                                  timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            print(json.dumps({"bench": name, "error": f"no answer within {TIMEOUT_S} s"}), flush=True)
            failed = True
            continue
        results = [json.loads(line[6:]) for line in proc.stdout.splitlines() if line.startswith("BENCH ")]
        if proc.returncode != 0:
            tail = (proc.stderr.strip().splitlines() or ["?"])[-1]
            print(json.dumps({"bench": name, "error": tail}, ensure_ascii=False), flush=True)
            failed = True
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


def _declared(name: str) -> list[str]:
    """The bench names a module declares in BENCHES (read without importing it)."""
    import ast

    tree = ast.parse((HERE / f"{name}.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "BENCHES" for t in node.targets):
            return list(ast.literal_eval(node.value))
    return []


if __name__ == "__main__":
    raise SystemExit(main())

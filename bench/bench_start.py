"""Start-up time of the app, as a user waits for it: a new process until the window shows the demo's tree.

    app_start_s   `python -m app --workspace demo.sqlite` (what `ror-referent` runs), offscreen, from the
                  process's start to the main window shown with the workspace's tree on screen   target 2 s

The demo workspace is made beforehand (its creation is not start-up). The app runs with
ROR_REFERENT_EXIT_WHEN_SHOWN set (app/views/launch.py): once the tree is on screen it prints one line and quits;
the time is read here when that line arrives, so it counts the interpreter's start, the imports, the platform
check, the window and the first read of the workspace. User folders are temporary and the keyring is the null
one (no desktop keyring to wait for). The figure is the median of 5 starts after one untimed start (the files
in the OS cache, as on a second start of the day); `--quick` times one start.

`python bench/bench_start.py [--quick]`; `run(quick=False) -> list[dict]` for bench/run.py.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCHES = ["app_start_s"]
ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 120


def start_once(workspace: Path, home: Path) -> float:
    """Seconds from starting the app's process to its "shown" line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROR_REFERENT_EXIT_WHEN_SHOWN": "1",
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    cmd = [sys.executable, "-m", "app", "--workspace", str(workspace), "--lang", "fr"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(ROOT),
                            env=env)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        elapsed = time.perf_counter() - start
        _out, err = proc.communicate(timeout=TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if not line.startswith("shown ") or proc.returncode != 0:
        tail = (err.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"the app did not show its window (exit {proc.returncode}): {tail}")
    return elapsed


def run(quick: bool = False) -> list[dict]:
    sys.path.insert(0, str(ROOT))
    from app.models.demo import make_demo

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        workspace = base / "demo.sqlite"
        make_demo(workspace).close()
        if quick:
            times = [start_once(workspace, base)]
        else:
            start_once(workspace, base)  # untimed: the files in the OS cache
            times = [start_once(workspace, base) for _ in range(5)]
    return [{"bench": "app_start_s", "value": round(statistics.median(times), 3), "unit": "s", "target": 2,
             "runs": [round(t, 3) for t in times], "workspace": "demo"}]


if __name__ == "__main__":
    for result in run(quick="--quick" in sys.argv):
        print(json.dumps(result, ensure_ascii=False))

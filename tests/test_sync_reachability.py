"""Online state: probing [base]/metadata and watching it change, against a real sandbox thread."""
from __future__ import annotations

import threading

from app.sync.reachability import Watcher, probe, watch
from sandbox.server import SandboxThread
from tests.sync_support import free_port


def test_probe_tells_reachable_from_unreachable(tmp_path):
    with SandboxThread(tmp_path / "srv", password="pw", checker=None) as server:
        assert probe(server.base_url, timeout=2)[0] is True
    online, detail = probe(f"http://127.0.0.1:{free_port()}/fhir", timeout=1)
    assert online is False and "injoignable" in detail


def test_watch_reports_the_first_state_and_each_change(tmp_path):
    states = iter([False, False, True, True, False])
    seen: list[bool] = []
    stop = threading.Event()

    def fake_probe(url, timeout):
        try:
            return next(states), "x"
        except StopIteration:
            stop.set()
            return False, "x"

    watch("http://127.0.0.1:9/fhir", lambda online, detail: seen.append(online), interval=0, stop=stop,
          probe_fn=fake_probe)
    assert seen == [False, True, False]


def test_watcher_thread_sees_the_server_come_up(tmp_path):
    changed = threading.Event()
    seen: list[bool] = []

    def on_change(online, detail):
        seen.append(online)
        if online:
            changed.set()

    with SandboxThread(tmp_path / "srv", password="pw", checker=None) as server:
        watcher = Watcher(server.base_url, on_change, interval=0.1, timeout=1).start()
        try:
            assert changed.wait(10)
        finally:
            watcher.stop()
    assert seen[-1] is True

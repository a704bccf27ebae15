"""Transient failures are retried (tenacity) within bounds, and an outage in the middle of a push loses no edit:
against the sandbox on 127.0.0.1 answering 503 for a while, and small servers that drop or throttle."""
from __future__ import annotations

import threading
import time

import pytest

from app.sync.client import FhirClient, OfflineError, RetryPolicy, ServerError
from app.sync.session import open_session
from tests.fake_servers import DROP, FakeServer, StalledServer, bundle, fhir
from tests.test_sync_engine import PW, _edit, _server_comment, demo, pulled, server  # noqa: F401 - fixtures
from tests.test_sync_gone import _complete_uos


class Outage:
    """The sandbox answers 503 (Retry-After: 1) to every FHIR request for `seconds`, starting after the
    `after`-th acknowledged PUT."""

    def __init__(self, sandbox, seconds: float, after: int = 1) -> None:
        self.server, self.seconds, self.after = sandbox, seconds, after
        self.puts = 0
        self.started = threading.Event()
        self.over = threading.Event()
        self.statuses: list[int] = []

    def exchange(self, method: str, path: str, status: int, seconds: float, attempt: int) -> None:
        self.statuses.append(status)
        if method == "PUT" and status == 200:
            self.puts += 1
            if self.puts == self.after and not self.started.is_set():
                faults = self.server.sandbox.faults
                faults.rate, faults.kinds = 1.0, ("503",)
                self.started.set()
                threading.Timer(self.seconds, self.end).start()

    def end(self) -> None:
        self.server.sandbox.faults.rate = 0.0
        self.over.set()


def _session(ws, server, outage: Outage, retry: RetryPolicy):  # noqa: F811
    engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW, retry=retry, pool=1)
    journal = client.on_exchange
    client.on_exchange = lambda *a: (outage.exchange(*a), journal(*a))
    return engine, client


def test_a_ten_second_503_outage_in_the_middle_of_a_push_is_ridden_out(pulled, server, demo, kr):  # noqa: F811
    ws, _ = pulled
    uos = _complete_uos(ws, demo)[:5]
    for i, uo in enumerate(uos):
        _edit(ws, uo.id, f"pendant la panne {i}")
    outage = Outage(server, 10.0)
    engine, client = _session(ws, server, outage, RetryPolicy(attempts=100, total=40, base=0.05, cap=0.5))
    try:
        report = engine.run(pull=False)
    finally:
        client.close()
        outage.over.wait(15)
    assert outage.started.is_set() and 503 in outage.statuses, "the outage really hit the push"
    assert report.ok and report.pushed == len(uos) and report.failed == 0, report.errors
    assert ws.outbox.entries() == []
    for i, uo in enumerate(uos):
        assert _server_comment(server, uo) == f"pendant la panne {i}"


def test_an_outage_longer_than_the_retries_leaves_every_edit_pending_until_it_ends(pulled, server, demo,  # noqa: F811
                                                                                  kr):
    ws, _ = pulled
    uos = _complete_uos(ws, demo)[:4]
    for i, uo in enumerate(uos):
        _edit(ws, uo.id, f"attend {i}")
    outage = Outage(server, 3.0)
    engine, client = _session(ws, server, outage, RetryPolicy(attempts=2, total=1, base=0.01))
    try:
        broken = engine.run(pull=False)
        assert outage.started.is_set() and not outage.over.is_set()
        assert not broken.ok and not broken.offline and broken.failed == 0
        assert broken.pushed == 1 and len(broken.errors) == 1
        waiting = ws.outbox.pending()
        assert len(waiting) == len(uos) - 1 and ws.outbox.failed() == [], "nothing failed, nothing lost"
        assert all(e.attempts <= 1 for e in waiting)
        assert outage.over.wait(10)
        back = engine.run(pull=False)
    finally:
        client.close()
    assert back.ok and back.pushed == len(uos) - 1 and ws.outbox.entries() == []
    for i, uo in enumerate(uos):
        assert _server_comment(server, uo) == f"attend {i}"


class Recorder:
    """A sleep that records how long it was asked to wait (and waits a tenth of it)."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        time.sleep(seconds / 10)


def flaky(failures: list) -> FakeServer:
    """Answers each listed failure in turn, then a search Bundle."""
    answers = list(failures)
    return FakeServer({"/Organization": lambda s: answers.pop(0) if answers else fhir(bundle([]))})


def test_429_waits_what_retry_after_asks():
    throttled = fhir({"resourceType": "OperationOutcome", "issue": []}, 429, **{"Retry-After": "1"})
    sleep = Recorder()
    with flaky([throttled, throttled]) as fake:
        with FhirClient(fake.base_url, retry=RetryPolicy(attempts=5, total=30, base=0.01, sleep=sleep)) as c:
            assert list(c.search("Organization")) == []
        assert len(fake.requests()) == 3
    assert len(sleep.waits) == 2 and all(w >= 1.0 for w in sleep.waits)


def test_dropped_connections_and_5xx_are_retried():
    error = fhir({"resourceType": "OperationOutcome", "issue": []}, 502)
    with flaky([DROP, error, DROP]) as fake:
        with FhirClient(fake.base_url, retry=RetryPolicy(attempts=5, total=30, base=0.01)) as client:
            assert list(client.search("Organization")) == []
        assert len(fake.requests()) == 4


def test_a_retry_after_beyond_the_budget_gives_up_at_once():
    busy = fhir({"resourceType": "OperationOutcome", "issue": []}, 503, **{"Retry-After": "120"})
    with flaky([busy] * 5) as fake:
        started = time.monotonic()
        with FhirClient(fake.base_url, retry=RetryPolicy(attempts=5, total=10, base=0.01)) as client:
            with pytest.raises(ServerError) as caught:
                list(client.search("Organization"))
        assert caught.value.status == 503 and len(fake.requests()) == 1
        assert time.monotonic() - started < 5


def test_a_read_time_out_is_not_retried():
    with StalledServer() as stalled:
        started = time.monotonic()
        with FhirClient(stalled.base_url, timeout=1.0, retry=RetryPolicy(attempts=5, total=30)) as client:
            with pytest.raises(OfflineError, match="n'a pas répondu dans le délai de 1 s"):
                client.read("Organization", "1")
        assert time.monotonic() - started < 3
        assert len(stalled.accepted) == 1

"""The FHIR client against a real sandbox on 127.0.0.1: tokens, retries, versions, conditional creates, paging."""
from __future__ import annotations

import random

import httpx
import pytest

from app.sync.auth import Secrets, TokenAuth, password_source
from app.sync.client import (
    FhirClient,
    OfflineError,
    PreconditionFailed,
    RetryPolicy,
    ServerError,
    token_url,
)
from sandbox.server import SandboxThread

OPEN: list[FhirClient] = []


@pytest.fixture
def server(tmp_path):
    with SandboxThread(tmp_path / "srv", password="pw-client", checker=None) as running:
        yield running
        while OPEN:
            OPEN.pop().close()


def make_client(server, exchanges=None, **options) -> FhirClient:
    client = _make_client(server, exchanges, **options)
    OPEN.append(client)
    return client


def _make_client(server, exchanges=None, **options) -> FhirClient:
    bare = FhirClient(server.base_url)
    endpoint = token_url(bare.metadata(), server.base_url)
    secrets = Secrets(server.base_url, "demo")
    auth = TokenAuth(endpoint, "demo", secrets, password_source(secrets, ask=lambda: "pw-client"))
    on_exchange = (lambda *a: exchanges.append(a)) if exchanges is not None else None
    return FhirClient(server.base_url, auth=auth, http=bare.http, on_exchange=on_exchange, **options)


def org(name: str, uid: str) -> dict:
    return {"resourceType": "Organization", "name": name, "identifier": [{"system": "urn:test", "value": uid}]}


def test_token_discovered_and_refresh_token_kept_only_in_the_keyring(server, kr):
    client = make_client(server)
    assert client.metadata()["resourceType"] == "CapabilityStatement"
    assert list(client.search("Organization")) == []
    kept = [k for k in kr.store if k[1].endswith("#refresh")]
    assert kept, "the refresh token is kept in the keyring"
    # A refused token is renewed once with the refresh token, without asking the password again.
    client.auth._access = "not-a-token"
    client.auth._password = lambda: pytest.fail("the refresh token should be enough")
    assert list(client.search("Organization")) == []


def test_wrong_password_is_a_clear_error(server, kr):
    secrets = Secrets(server.base_url, "demo")
    auth = TokenAuth(server.base_url + "/token", "demo", secrets, lambda: "wrong")
    client = FhirClient(server.base_url, auth=auth)
    OPEN.append(client)
    from app.sync.auth import AuthError
    with pytest.raises(AuthError, match="refusé"):
        client.metadata() and list(client.search("Organization"))


def test_create_with_if_none_exist_never_duplicates(server, kr):
    client = make_client(server)
    first = client.create(org("A", "u1"), if_none_exist="identifier=urn:test|u1")
    again = client.create(org("A", "u1"), if_none_exist="identifier=urn:test|u1")
    assert first.status == 201 and again.status == 200 and again.id == first.id
    assert server.store.counts()["Organization"] == 1


def test_update_carries_if_match_and_412_is_a_precondition_failure(server, kr):
    client = make_client(server)
    made = client.create(org("A", "u1"))
    changed = client.update({**made.resource, "name": "B"}, made.version)
    assert changed.version == "2" and changed.resource["name"] == "B"
    with pytest.raises(PreconditionFailed) as caught:
        client.update({**made.resource, "name": "C"}, made.version)
    assert caught.value.status == 412


def test_operation_outcome_gives_messages_per_field(server, kr):
    client = make_client(server)
    made = client.create(org("A", "u1"))
    with pytest.raises(ServerError) as caught:
        client.request("PUT", f"Organization/{made.id}", json={**made.resource, "id": "other"},
                       headers={"If-Match": 'W/"1"'})
    assert caught.value.status == 400
    assert "Organization.id" in caught.value.fields


def test_paging_follows_next_links(server, kr):
    client = make_client(server)
    for i in range(25):
        client.create(org(f"O{i}", f"u{i}"))
    found = list(client.search("Organization", {"_count": "10"}))
    assert sorted(r["name"] for r in found) == sorted(f"O{i}" for i in range(25))


def test_retries_honour_retry_after_and_give_up_within_bounds(server, kr):
    exchanges: list = []
    client = make_client(server, exchanges, retry=RetryPolicy(attempts=3, total=10, base=0.01))
    client.create(org("A", "u1"))
    server.sandbox.faults.rate, server.sandbox.faults.kinds = 1.0, ("503",)
    with pytest.raises(ServerError) as caught:
        list(client.search("Organization"))
    assert caught.value.status == 503
    assert [e[2] for e in exchanges[-3:]] == [503, 503, 503]
    # at 30% faults, enough attempts get through; the fault draw is seeded so the run is repeatable
    server.sandbox.faults.rng = random.Random(2026)
    server.sandbox.faults.rate, server.sandbox.faults.kinds = 0.3, ("drop", "500", "429")
    patient = make_client(server, exchanges, retry=RetryPolicy(attempts=10, total=30, base=0.01))
    for _ in range(5):
        assert len(list(patient.search("Organization"))) == 1


def test_unreachable_server_is_offline(kr):
    with FhirClient("http://127.0.0.1:9/fhir", retry=RetryPolicy(attempts=2, total=2, base=0.01)) as client:
        with pytest.raises(OfflineError, match="injoignable"):
            client.metadata()


def test_journal_callback_never_sees_a_secret(server, kr):
    exchanges: list = []
    client = make_client(server, exchanges)
    list(client.search("Organization", {"name": "x"}))
    text = repr(exchanges)
    assert "GET" in text and "/fhir/Organization" in text
    assert "pw-client" not in text and "Bearer" not in text and "name=x" not in text


def test_client_certificate_and_ca_bundle_are_options(tmp_path):
    # httpx checks the files when the client is built: a missing CA bundle is refused at once.
    with pytest.raises((OSError, httpx.HTTPError)):
        FhirClient("https://127.0.0.1:9/fhir", verify=str(tmp_path / "none.pem"))

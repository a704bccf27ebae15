"""Credentials stay with the server: next links, token endpoints, redirects, addresses and TLS, against real
HTTP(S) servers on 127.0.0.1 (a different port, or 127.0.0.2, is another origin)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.models.store import Workspace
from app.sync.auth import Secrets, TokenAuth
from app.sync.client import FhirClient, RetryPolicy, ServerError
from app.sync.errors import AddressError, AnswerError, CredentialError, SessionError, TlsError
from app.sync.origin import server_address
from app.sync.reachability import probe
from app.sync.session import open_session
from tests.fake_servers import FakeServer, bundle, capability, fhir, make_tls, token_answer

SECRET = "pw-secret-7f3a"
QUICK = RetryPolicy(attempts=2, total=2, base=0.01)


def org(rid: str) -> dict:
    return {"resourceType": "Organization", "id": rid, "name": f"O{rid}", "meta": {"versionId": "1"}}


def fhir_server(**routes) -> FakeServer:
    """A FHIR server that gives tokens at its own /token, with extra routes (path suffix -> answer)."""
    base = {"/metadata": lambda s: fhir(capability()), "/token": lambda s: token_answer()}
    return FakeServer({**routes, **base})


def client_for(server: FakeServer, token_url: str | None = None, **options) -> FhirClient:
    secrets = Secrets(server.base_url, "demo")
    auth = TokenAuth(token_url or server.base_url + "/token", "demo", secrets, lambda: SECRET)
    return FhirClient(server.base_url, auth=auth, retry=QUICK, **options)


def carried_secret(server: FakeServer) -> bool:
    return any(SECRET.encode() in s.body or "authorization" in s.headers for s in server.requests())


def rr(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "ROR_REFERENT_PASSWORD": SECRET}
    exe = Path(sys.executable).parent / "ror-referent"
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)


# ---------------------------------------------------------------- next links
@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2"])
def test_a_next_link_to_another_origin_is_not_followed_and_gets_no_credentials(kr, host):
    with FakeServer({"/Organization": lambda s: fhir(bundle([org("2")]))}, host=host) as other:
        page = bundle([org("1")], next_url=f"{other.base_url}/Organization?page=2")
        with fhir_server(**{"/Organization": lambda s: fhir(page)}) as server, client_for(server) as client:
            got = []
            with pytest.raises(AnswerError, match="autre adresse") as caught:
                for resource in client.search("Organization"):
                    got.append(resource["id"])
            assert got == ["1"], "what came from the server itself is kept"
            assert "n'est pas suivie" in str(caught.value)
            assert server.requests("GET")[-1].headers["authorization"] == "Bearer tok-123"
        assert other.requests() == [], "nothing at all reached the other origin"


def test_a_self_referencing_next_link_stops_the_paging(kr):
    with fhir_server() as server:
        server.routes["/Organization"] = lambda s: fhir(bundle([org("1")], next_url=server.root + s.path))
        with client_for(server) as client, pytest.raises(AnswerError, match="déjà lue"):
            list(client.search("Organization", {"_count": "1"}))
        assert len(server.requests("GET")) <= 2


def test_two_pages_pointing_at_each_other_stop_the_paging(kr):
    with fhir_server() as server:
        def page(seen):
            other = "b" if "page=a" in seen.path else "a"
            return fhir(bundle([org(other)], next_url=f"{server.base_url}/Organization?page={other}"))
        server.routes["/Organization"] = page
        with client_for(server) as client, pytest.raises(AnswerError, match="déjà lue"):
            list(client.search("Organization"))
        assert len(server.requests("GET")) <= 4


def test_paging_stops_at_the_page_limit(kr):
    with fhir_server() as server:
        def endless(seen):
            n = int(seen.path.rsplit("=", 1)[-1]) if "page=" in seen.path else 0
            return fhir(bundle([org(str(n))], next_url=f"{server.base_url}/Organization?page={n + 1}"))
        server.routes["/Organization"] = endless
        with client_for(server, max_pages=5) as client, pytest.raises(AnswerError, match="plus de 5 pages"):
            list(client.search("Organization"))
        assert len(server.requests("GET")) == 5


# ---------------------------------------------------------------- token endpoint, redirects, the guard
def test_a_token_endpoint_named_on_another_origin_gets_no_password(kr, ws):
    with FakeServer({"/token": lambda s: token_answer()}) as evil:
        with FakeServer({"/metadata": lambda s: fhir(capability(evil.base_url + "/token")),
                         "/Organization": lambda s: fhir(bundle([]))}) as server:
            engine, client = open_session(ws, server.base_url, "demo", ask=lambda: SECRET, retry=QUICK)
            with client:
                report = engine.run()
            assert not report.ok
            assert any("autre adresse" in e and evil.root.split("//")[1] in e for e in report.errors)
            assert not carried_secret(server)
        assert evil.requests() == [], "the password never left for the other origin"


def test_the_guard_refuses_any_credential_bound_elsewhere(kr):
    with FakeServer({"/token": lambda s: token_answer(), "/x": lambda s: fhir({})}) as evil:
        with fhir_server(**{"/Organization/1": lambda s: fhir(org("1"))}) as server:
            # a token endpoint elsewhere that slipped past discovery: the grant is not sent
            with client_for(server, token_url=evil.base_url + "/token") as client:
                with pytest.raises(CredentialError, match="bloquée"):
                    client.read("Organization", "1")
                # any request on the client's connections carrying a bearer token elsewhere is refused too
                with pytest.raises(CredentialError):
                    client.http.get(evil.base_url + "/x", headers={"Authorization": "Bearer tok-123"})
            assert server.requests() == []
        assert evil.requests() == []


def test_an_explicit_token_endpoint_gets_the_grant_but_never_the_bearer_token(kr, ws):
    with FakeServer({"/token": lambda s: token_answer()}) as idp:
        with fhir_server(**{"/Organization": lambda s: fhir(bundle([org("1")]))}) as server:
            _, client = open_session(ws, server.base_url, "demo", ask=lambda: SECRET, retry=QUICK,
                                     token_endpoint=idp.base_url + "/token")
            with client:
                assert [r["id"] for r in client.search("Organization")] == ["1"]
            assert server.requests("GET")[-1].headers["authorization"] == "Bearer tok-123"
            assert not any(SECRET.encode() in s.body for s in server.requests())
        (grant,) = idp.requests()
        assert grant.method == "POST" and SECRET.encode() in grant.body
        assert "authorization" not in grant.headers


def test_a_redirect_is_not_followed(kr):
    with FakeServer({"/Organization": lambda s: fhir(bundle([]))}) as other:
        with fhir_server(**{"/Organization": lambda s: (302, {"Location": other.base_url + "/Organization"},
                                                        b"")}) as server:
            with client_for(server) as client, pytest.raises(ServerError, match="autre adresse"):
                list(client.search("Organization"))
        assert other.requests() == []


# ---------------------------------------------------------------- addresses
def test_an_address_with_credentials_is_refused_and_never_stored(kr, ws, tmp_path):
    with fhir_server() as server:
        leaky = server.base_url.replace("http://", f"http://demo:{SECRET}@")
        with pytest.raises(AddressError, match="ni identifiant ni mot de passe") as caught:
            open_session(ws, leaky, "demo")
        assert SECRET not in str(caught.value)
        assert server.requests() == []
    assert ws.settings.get("server_url") is None
    path = ws.path
    ws.close()
    done = rr("sync", "--workspace", str(path), "--server", f"https://demo:{SECRET}@ror.example.invalid/fhir")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and SECRET not in done.stderr
    assert SECRET.encode() not in path.read_bytes()
    with Workspace.open(path) as again:
        assert again.settings.get("server_url") is None


def test_plain_http_is_refused_for_another_machine_before_any_connection(kr, ws):
    far = "http://ror.example.invalid/fhir"
    with pytest.raises(AddressError, match="https"):
        server_address(far)
    with pytest.raises(AddressError, match="https"):
        FhirClient(far)
    with pytest.raises(SessionError, match="https"):
        open_session(ws, far, "demo")
    online, detail = probe(far)
    assert not online and "https" in detail
    assert ws.settings.get("server_url") is None
    for near in ("http://localhost:8080/fhir", "http://127.0.0.2:8080/fhir", "http://[::1]:8080/fhir",
                 "https://ror.example.invalid/fhir"):
        assert server_address(near + "/") == near


# ---------------------------------------------------------------- TLS
def test_a_certificate_failure_says_so_and_a_ca_bundle_fixes_it(kr, ws, tmp_path):
    tls = make_tls(tmp_path / "tls")
    with FakeServer({"/metadata": lambda s: fhir(capability())}, tls=tls.context) as server:
        with FhirClient(server.base_url, retry=QUICK) as client, pytest.raises(TlsError) as caught:
            client.metadata()
        assert str(caught.value).startswith("Certificat du serveur non valide")
        with pytest.raises(SessionError, match="Certificat du serveur non valide"):
            open_session(ws, server.base_url, "demo")
        online, detail = probe(server.base_url)
        assert not online and detail.startswith("Certificat du serveur non valide")
        with FhirClient(server.base_url, verify=str(tls.ca)) as trusting:
            assert trusting.metadata()["resourceType"] == "CapabilityStatement"
        path = ws.path
        ws.close()
        done = rr("sync", "--workspace", str(path), "--server", server.base_url)
        assert done.returncode == 2 and "Certificat du serveur non valide" in done.stderr
        assert "ConnectError" not in done.stderr and "Traceback" not in done.stderr


def test_an_expired_certificate_is_named(kr, tmp_path):
    tls = make_tls(tmp_path / "tls", expired=True)
    with FakeServer({"/metadata": lambda s: fhir(capability())}, tls=tls.context) as server:
        with FhirClient(server.base_url, verify=str(tls.ca), retry=QUICK) as client:
            with pytest.raises(TlsError, match="expiré"):
                client.metadata()


def test_tls_verification_cannot_be_turned_off():
    with pytest.raises(ValueError):
        FhirClient("https://127.0.0.1:9/fhir", verify=False)

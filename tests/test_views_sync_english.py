"""Sync refusals and report errors in the interface's language (issue 10, point 6): an account check says each
refusal through `refusal_text` (a token service on another address is not "identifier refused", a TLS failure
is not "unreachable (TlsError)"), and the errors of a sync report read in English in the English window."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.models.refusals import Refusal
from app.sync.client import OAUTH_URIS
from app.sync.engine import SyncReport
from app.sync.errors import OfflineError, ServerError
from app.views.i18n import TRANSLATIONS
from app.views.sync_account import check_account
from app.views.sync_error_text import report_lines
from app.views.sync_outcome import online_state, summary

FRENCH = ("Serveur", "serveur", "refusé", "nouvel essai", "Identifiant", "injoignable", "Certificat", "jetons")


@pytest.fixture
def english(qapp):
    TRANSLATIONS.apply("en")
    yield
    TRANSLATIONS.apply("fr")


class _Metadata(BaseHTTPRequestHandler):
    """A FHIR server whose CapabilityStatement names a token service on another address."""

    def do_GET(self):  # noqa: N802 - http.server's name
        body = json.dumps({"resourceType": "CapabilityStatement", "rest": [{"mode": "server", "security": {
            "extension": [{"url": OAUTH_URIS, "extension": [
                {"url": "token", "valueUri": f"http://localhost:{self.server.server_port}/token"}]}]}}]})
        self.send_response(200)
        self.send_header("Content-Type", "application/fhir+json")
        self.end_headers()
        self.wfile.write(body.encode())

    def do_POST(self):  # noqa: N802
        self.server.posted = True  # the password must never come here
        self.send_response(500)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Metadata)
    httpd.posted = False
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def test_an_account_check_says_each_refusal_in_english(english, server):
    missing = check_account("https://127.0.0.1:1", "referent", "")
    assert missing.message == "Identifier and password are required."
    foreign = check_account(f"http://127.0.0.1:{server.server_port}", "referent", "secret")
    assert foreign.kind == "error" and not server.posted  # not "the server refused the identifier"
    assert foreign.message.startswith("The server announces its token service on another address (localhost"), \
        foreign.message
    tls = check_account(f"https://127.0.0.1:{server.server_port}", "referent", "secret")  # https to plain http
    assert tls.kind == "error" and "TlsError" not in tls.message
    assert "secure" in tls.message.lower(), tls.message
    for said in (missing.message, foreign.message, tls.message):
        assert not any(word in said for word in FRENCH), said


def test_the_errors_of_a_sync_report_read_in_english(english):
    """The engine keeps each line as a refusal: the command line prints it in French, the window says it in
    English; a server's own words stay as they are."""
    offline = OfflineError("sync-offline", host="ror.test")
    refused = ServerError(422, "sync-status", code=422)
    report = SyncReport(pushed=1)
    report.say(refused, "EHPAD Les Tilleuls")
    report.say(offline, "Unité PASA", "sync-retry-next")
    report.say(refused, around="sync-dossier-refused")
    report.say(Refusal("sync-version-unstable"), "Unité UHR")
    report.say("Le serveur dit : champ manquant")
    assert report.errors == [
        "EHPAD Les Tilleuls : Le serveur a répondu 422.",
        "Unité PASA : Serveur injoignable (ror.test). (nouvel essai à la prochaine synchronisation)",
        "Dossier refusé par le serveur : Le serveur a répondu 422.",
        "Unité UHR : Version du serveur instable : réessayez plus tard.",
        "Le serveur dit : champ manquant"]
    lines = report_lines(report)
    assert lines == ["EHPAD Les Tilleuls: The server answered 422.",
                     "Unité PASA: Server unreachable (ror.test). (tried again at the next synchronisation)",
                     "Dossier refused by the server: The server answered 422.",
                     "Unité UHR: The server's version keeps changing: try again later.",
                     "Le serveur dit : champ manquant"], lines
    state, detail = online_state({"url": "https://ror.test/fhir"}, False, True, report)
    assert state == "error" and detail == "\n".join(lines)
    said = summary(report, 0)
    assert said.endswith("Error: EHPAD Les Tilleuls: The server answered 422."), said

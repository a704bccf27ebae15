"""Small real HTTP servers on 127.0.0.1 that misbehave as real ones do, for the sync client's tests.

`FakeServer(routes)` answers each request with the first route whose path the request's path ends with:
a route gives (status, headers, body) or `DROP` (the connection closed without an answer). Every request is
recorded (method, path, headers, body) so a test can say what reached the server, and what did not.
`StalledServer` accepts connections and never answers. `make_tls(tmp_path)` makes an authority and a
certificate for 127.0.0.1 with `cryptography`, so a FakeServer can speak https.
"""
from __future__ import annotations

import datetime as dt
import json
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

DROP = "drop"
Answer = tuple[int, dict[str, str], bytes] | str
Route = Callable[["Seen"], Answer]
OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"


@dataclass
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


def fhir(resource: Any, status: int = 200, **headers: str) -> Answer:
    return status, {"Content-Type": "application/fhir+json", **headers}, json.dumps(resource).encode()


def raw(body: bytes | str, status: int = 200, content_type: str = "text/html") -> Answer:
    return status, {"Content-Type": content_type}, body.encode() if isinstance(body, str) else body


def capability(token_url: str | None = None) -> dict:
    rest: dict[str, Any] = {"mode": "server"}
    if token_url:
        rest["security"] = {"extension": [{"url": OAUTH_URIS, "extension": [{"url": "token", "valueUri": token_url}]}]}
    return {"resourceType": "CapabilityStatement", "status": "active", "fhirVersion": "4.0.1", "rest": [rest]}


def bundle(resources: list[dict], next_url: str | None = None) -> dict:
    page: dict[str, Any] = {"resourceType": "Bundle", "type": "searchset",
                            "entry": [{"resource": r, "search": {"mode": "match"}} for r in resources]}
    if next_url:
        page["link"] = [{"relation": "next", "url": next_url}]
    return page


def token_answer() -> Answer:
    return 200, {"Content-Type": "application/json"}, json.dumps(
        {"access_token": "tok-123", "token_type": "bearer", "expires_in": 3600}).encode()


class FakeServer:
    """A threaded HTTP(S) server on 127.0.0.1 answering from `routes` (a context manager)."""

    def __init__(self, routes: dict[str, Route] | None = None, tls: ssl.SSLContext | None = None,
                 host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                with owner._lock:
                    owner.seen.append(seen)
                path = self.path.split("?", 1)[0]
                route = next((r for suffix, r in owner.routes.items() if path.endswith(suffix)), None)
                answer = route(seen) if route else fhir({"resourceType": "OperationOutcome", "issue": [
                    {"severity": "error", "code": "not-found", "diagnostics": "inconnu"}]}, 404)
                if answer == DROP:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                status, headers, content = answer  # type: ignore[misc]
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        scheme = "https" if tls is not None else "http"
        self.root = f"{scheme}://{host}:{self.port}"
        self.base_url = f"{self.root}/fhir"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def __enter__(self) -> FakeServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(5)

    def requests(self, method: str | None = None) -> list[Seen]:
        with self._lock:
            return [s for s in self.seen if method is None or s.method == method]


class StalledServer:
    """Accepts every connection and never answers (a context manager)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}/fhir"
        self.accepted: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        self.sock.settimeout(0.05)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted.append(conn)

    def __enter__(self) -> StalledServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        for conn in self.accepted:
            conn.close()
        self.sock.close()


@dataclass
class Tls:
    ca: Path  # the authority's certificate (a CA bundle for the client)
    context: ssl.SSLContext  # the server's side


def make_tls(folder: Path, *, expired: bool = False) -> Tls:
    """An authority and a server certificate for 127.0.0.1 signed by it (expired when asked)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ROR test authority")])
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False),
                         critical=True)
          .add_extension(ca_ski, critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    start, end = ((now - dt.timedelta(days=10), now - dt.timedelta(days=1)) if expired
                  else (now - dt.timedelta(days=1), now + dt.timedelta(days=30)))
    import ipaddress

    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False)
            .sign(ca_key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    ca_path, cert_path, key_path = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_path, key_path)
    return Tls(ca_path, context)

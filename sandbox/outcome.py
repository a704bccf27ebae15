"""FHIR errors: one exception type that every handler raises, turned into an OperationOutcome response."""
from __future__ import annotations

from typing import Any


class FhirError(Exception):
    """An HTTP error answered with an OperationOutcome; `message` is French, shown to the user as is."""

    def __init__(self, status: int, message: str, code: str = "processing",
                 expressions: list[str] | None = None, headers: dict[str, str] | None = None,
                 issues: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = headers or {}
        self.issues = issues or [issue(message, code, expressions)]

    def outcome(self) -> dict[str, Any]:
        return operation_outcome(self.issues)


class SandboxError(Exception):
    """A mistake of the user's on the command line (French message, no traceback)."""


def issue(message: str, code: str = "processing", expressions: list[str] | None = None,
          severity: str = "error") -> dict[str, Any]:
    item: dict[str, Any] = {"severity": severity, "code": code, "diagnostics": message}
    if expressions:
        item["expression"] = list(expressions)
    return item


def operation_outcome(issues: list[dict[str, Any]]) -> dict[str, Any]:
    return {"resourceType": "OperationOutcome", "issue": issues}

"""Incoming resources are checked with the app's own profile check, so the sandbox refuses what the ROR would."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .outcome import FhirError, issue

CHECKED_TYPES = ("Organization", "HealthcareService", "Location")
Checker = Callable[[dict[str, Any]], list]


def app_checker() -> Checker:
    """The app's own ROR profile check (imported on first use: the sandbox starts without loading the app)."""
    from app.sync.profile import check_resource

    return check_resource


def _issues(checker: Checker, resource: dict[str, Any], prefix: str = "") -> list[dict[str, Any]]:
    if resource.get("resourceType") not in CHECKED_TYPES:
        return []
    found = []
    try:  # what a client sends has no server-set elements yet (meta.lastUpdated...)
        problems = checker(resource, for_submission=True)
    except TypeError:
        problems = checker(resource)
    for problem in problems:
        if getattr(problem, "severity", "error") == "warning":
            continue
        path = str(getattr(problem, "path", "") or resource["resourceType"])
        if prefix:
            _, dot, rest = path.partition(".")
            path = prefix + dot + rest
        found.append(issue(str(getattr(problem, "message", problem)), "invariant", [path]))
    return found


def check_incoming(checker: Checker | None, resource: dict[str, Any]) -> None:
    """Raise 422 with one issue per problem (issue.expression = FHIRPath) when the resource breaks the profile.

    For a Bundle, each entry's resource is checked and its paths are given from the Bundle:
    `Bundle.entry[2].resource.type`.
    """
    if checker is None:
        return
    issues = _issues(checker, resource)
    if resource.get("resourceType") == "Bundle":
        for index, entry in enumerate(resource.get("entry") or []):
            if isinstance(entry.get("resource"), dict):
                issues += _issues(checker, entry["resource"], f"Bundle.entry[{index}].resource")
    if issues:
        raise FhirError(422, "La ressource ne respecte pas le profil ROR.", issues=issues)

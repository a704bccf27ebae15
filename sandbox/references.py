"""Rewriting `urn:uuid:` references once the server has given the new resources their ids."""
from __future__ import annotations

from typing import Any


def rewrite_references(value: Any, mapping: dict[str, str]) -> Any:
    """A copy of `value` where every `reference` found in `mapping` (fullUrl -> Type/id) is replaced."""
    if isinstance(value, dict):
        copy = {k: rewrite_references(v, mapping) for k, v in value.items()}
        ref = copy.get("reference")
        if isinstance(ref, str) and ref in mapping:
            copy["reference"] = mapping[ref]
        return copy
    if isinstance(value, list):
        return [rewrite_references(v, mapping) for v in value]
    return value

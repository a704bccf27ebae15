"""A copy of a JSON tree (dicts, lists and plain values), several times faster than `copy.deepcopy`.

FHIR resources and form answers are JSON trees: no shared or cyclic references, no objects to copy, so the
memo and dispatch of `deepcopy` buy nothing on them. Anything else inside is copied with `deepcopy`.
"""
from __future__ import annotations

import copy
from typing import TypeVar

T = TypeVar("T")
_PLAIN = (str, int, float, bool, type(None))


def json_copy(value: T) -> T:
    """A deep copy of `value`, a JSON tree."""
    kind = type(value)
    if kind is dict:
        return {k: v if type(v) in _PLAIN else json_copy(v) for k, v in value.items()}  # type: ignore[attr-defined, return-value]
    if kind is list:
        return [v if type(v) in _PLAIN else json_copy(v) for v in value]  # type: ignore[attr-defined, return-value]
    if kind in _PLAIN:
        return value
    return copy.deepcopy(value)


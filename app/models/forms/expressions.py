"""FHIRPath for the forms engine: fhirpathpy with compiled expressions cached and ROR context names fixed.

The ROR names its launch context `%ror-structure`, which the FHIRPath grammar reads as `%ror - structure`;
`quote_context_names` rewrites such names to the delimited form `` %`ror-structure` `` before compiling.
Expressions are compiled once per text (LRU cache) against the R4 model, which resolves choice elements
such as `Extension.value` (without the model `extension.value` finds nothing).

Public API:
    quote_context_names(expression: str) -> str
    evaluate(expression: str, resource: dict | None, variables: dict | None = None) -> list
        raises ExpressionError (French message) when the expression cannot be parsed or run
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Any

_DASHED_NAME = re.compile(r"%([A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)+)")


class ExpressionError(Exception):
    """An expression of the form cannot be evaluated (message in French, for support)."""


def quote_context_names(expression: str) -> str:
    """Rewrite `%name-with-dash` as `` %`name-with-dash` `` (names already delimited are left alone)."""
    return _DASHED_NAME.sub(lambda m: f"%`{m.group(1)}`", expression)


@lru_cache(maxsize=2048)
def _compiled(expression: str):
    # imported here: fhirpathpy takes a tenth of the app's start, and no expression runs before a form is shown
    from fhirpathpy import compile as fp_compile
    from fhirpathpy.models import models

    return fp_compile(quote_context_names(expression), models["r4"])


def evaluate(expression: str, resource: dict | None, variables: dict | None = None) -> list:
    """Evaluate `expression` on `resource` with `%name` variables; returns plain JSON-like Python values."""
    try:
        fn = _compiled(expression)
    except Exception as exc:
        raise ExpressionError(f"Expression FHIRPath illisible : {expression} ({exc})") from exc
    try:
        result = fn(resource if resource is not None else {}, dict(variables or {}))
    except Exception as exc:
        raise ExpressionError(f"Expression FHIRPath en échec : {expression} ({exc})") from exc
    return [_plain(v) for v in result]


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (str, int, float, bool, dict, list)) or value is None:
        return value
    data = getattr(value, "data", None)  # fhirpathpy ResourceNode
    if data is not None:
        return data
    return str(value)

"""Each answer against its item: the answer type, one value where one is allowed, length, bounds, options."""
from __future__ import annotations

import re
from typing import Any

from app.models.forms.questionnaire import ItemDef
from app.models.forms.values import ANSWER_KEYS, answer_value
from app.models.validation.problem import Path, Problem, problem
from app.models.validation.walk import Walk

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DATETIME = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$")
_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")


def check(walk: Walk) -> list[Problem]:
    found: list[Problem] = []
    for entry in walk.entries:
        item = entry.item
        if not item.is_question or not entry.answers:
            continue
        if len(entry.answers) > 1 and not item.repeats:
            found.append(problem(item.link_id, "single-value", entry.path))
        for answer in entry.answers:
            key = type_error(item, answer)
            if key:
                found.append(problem(item.link_id, key, entry.path))
            else:
                found.extend(_value_problems(item, answer, entry.path))
    return found


def type_error(item: ItemDef, answer: Any) -> str | None:
    """The message key of an answer that does not fit its item's type, None when it fits."""
    key, value = answer_value(answer)
    if key is None or key not in ANSWER_KEYS.get(item.type, ()):
        return "type-unexpected"
    if key == "valueInteger" and (not isinstance(value, int) or isinstance(value, bool)):
        return "type-integer"
    if key == "valueDecimal" and (not isinstance(value, (int, float)) or isinstance(value, bool)):
        return "type-decimal"
    if key == "valueBoolean" and not isinstance(value, bool):
        return "type-boolean"
    if key in ("valueString", "valueUri") and not isinstance(value, str):
        return "type-text"
    if key == "valueDate" and not (isinstance(value, str) and _DATE.match(value)):
        return "type-date"
    if key == "valueDateTime" and not (isinstance(value, str) and _DATETIME.match(value)):
        return "type-datetime"
    if key == "valueTime" and not (isinstance(value, str) and _TIME.match(value)):
        return "type-time"
    if key == "valueCoding" and not (isinstance(value, dict) and value.get("code")):
        return "type-code"
    if key == "valueQuantity" and not (isinstance(value, dict) and isinstance(value.get("value"), (int, float))):
        return "type-quantity"
    return None


def _value_problems(item: ItemDef, answer: dict, path: Path) -> list[Problem]:
    key, value = answer_value(answer)
    found = []
    if isinstance(value, str) and item.max_length is not None and len(value) > item.max_length:
        found.append(problem(item.link_id, "too-long", path, max=item.max_length))
    number = value.get("value") if key == "valueQuantity" else value
    below = compare(number, item.min_value) if item.min_value is not None else None
    if below is not None and below < 0:
        found.append(problem(item.link_id, "below-min", path, min=show(item.min_value)))
    above = compare(number, item.max_value) if item.max_value is not None else None
    if above is not None and above > 0:
        found.append(problem(item.link_id, "above-max", path, max=show(item.max_value)))
    if item.answer_options and item.type != "open-choice":
        if not any(compare(value, answer_value(o.value)[1]) == 0 for o in item.answer_options):
            found.append(problem(item.link_id, "not-in-options", path, value=show(value)))
    return found


def compare(a: Any, b: Any) -> int | None:
    """-1/0/1 comparing two answer values (codings by system and code), None when they cannot be compared."""
    if isinstance(a, dict) and isinstance(b, dict):
        if "code" in a or "code" in b:
            same_system = not a.get("system") or not b.get("system") or a.get("system") == b.get("system")
            return 0 if same_system and a.get("code") == b.get("code") else 1
        if "value" in a and "value" in b:  # quantities
            if a.get("code", a.get("unit")) != b.get("code", b.get("unit")):
                return None
            return compare(a["value"], b["value"])
        if "reference" in a or "reference" in b:
            return 0 if a.get("reference") == b.get("reference") else 1
        return 0 if a == b else 1
    if isinstance(a, bool) or isinstance(b, bool):
        return (0 if a == b else 1) if isinstance(a, bool) and isinstance(b, bool) else None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return (a > b) - (a < b)
    if isinstance(a, str) and isinstance(b, str):
        return (a > b) - (a < b)
    return None


def show(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("code") or value.get("value") or value)
    return str(value)

"""Answer values: which `value[x]` each item type takes, comparing answers, turning FHIRPath results into answers.

An answer is a FHIR answer object such as `{"valueCoding": {"system", "code", "display"}}` or
`{"valueInteger": 3}` (see docs/ARCHITECTURE.md, "Forms: answers by linkId").

Public API:
    ANSWER_KEYS: dict[item type, tuple of accepted value keys]
    answer_value(answer: dict) -> (key, value) | (None, None)
    answer_code(answer: dict) -> str | None      the code of a coding, else the primitive as text
    to_answers(item: ItemDef, results: list) -> list[dict]
"""
from __future__ import annotations

from typing import Any

ANSWER_KEYS: dict[str, tuple[str, ...]] = {
    "boolean": ("valueBoolean",),
    "decimal": ("valueDecimal", "valueInteger"),
    "integer": ("valueInteger",),
    "date": ("valueDate",),
    "dateTime": ("valueDateTime", "valueDate"),
    "time": ("valueTime",),
    "string": ("valueString",),
    "text": ("valueString",),
    "url": ("valueUri", "valueString"),
    "choice": ("valueCoding", "valueString", "valueInteger", "valueDate", "valueTime", "valueReference"),
    "open-choice": ("valueCoding", "valueString"),
    "coding": ("valueCoding",),
    "quantity": ("valueQuantity",),
    "reference": ("valueReference",),
    "attachment": ("valueAttachment",),
}


def answer_value(answer: Any) -> tuple[str | None, Any]:
    if isinstance(answer, dict):
        for key, value in answer.items():
            if key.startswith("value"):
                return key, value
    return None, None


def answer_code(answer: Any) -> str | None:
    key, value = answer_value(answer)
    if key == "valueCoding" and isinstance(value, dict):
        return value.get("code")
    if key == "valueReference" and isinstance(value, dict):
        return value.get("reference")
    if key is None:
        return None
    return str(value).lower() if isinstance(value, bool) else str(value)


def _coding(item, value: Any) -> dict | None:
    """A Coding from a Coding, a CodeableConcept or a bare code (system taken from the item's options)."""
    if isinstance(value, dict):
        if "coding" in value and isinstance(value["coding"], list) and value["coding"]:
            value = value["coding"][0]
        if "code" in value:
            return {k: value[k] for k in ("system", "code", "display") if value.get(k) is not None}
        return None
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        code = str(value)
        known = [o.value["valueCoding"] for o in item.answer_options if "valueCoding" in o.value]
        known += [a["valueCoding"] for a in item.initial if "valueCoding" in a]
        for coding in known:
            if coding.get("code") == code:
                return dict(coding)
        systems = {c.get("system") for c in known} - {None}
        return {"system": systems.pop(), "code": code} if len(systems) == 1 else {"code": code}
    return None


def to_answers(item, results: list) -> list[dict]:
    """Turn FHIRPath results into answers fitting `item.type` (values that do not fit are dropped)."""
    answers: list[dict] = []
    for value in results:
        answer = _to_answer(item, value)
        if answer is not None and answer not in answers:
            answers.append(answer)
    return answers if item.repeats else answers[:1]


def _to_answer(item, value: Any) -> dict | None:  # noqa: C901 - one branch per item type
    kind = item.type
    if value is None:
        return None
    if kind in ("choice", "open-choice", "coding"):
        if isinstance(value, dict) and "coding" in value and len(value.get("coding") or []) > 1:
            value = value["coding"][0]
        coding = _coding(item, value)
        if coding is not None:
            return {"valueCoding": coding}
        return {"valueString": value} if kind == "open-choice" and isinstance(value, str) else None
    if kind == "boolean":
        return {"valueBoolean": value} if isinstance(value, bool) else None
    if kind == "integer":
        if isinstance(value, int) and not isinstance(value, bool):
            return {"valueInteger": value}
        if isinstance(value, float) and value.is_integer():
            return {"valueInteger": int(value)}
        return None
    if kind == "decimal":
        return {"valueDecimal": value} if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    if kind in ("date", "dateTime", "time"):
        if not isinstance(value, str):
            return None
        if kind == "date":
            return {"valueDate": value[:10]}
        return {"valueDateTime": value} if kind == "dateTime" else {"valueTime": value}
    if kind == "quantity":
        return {"valueQuantity": value} if isinstance(value, dict) and "value" in value else None
    if kind == "reference":
        if isinstance(value, dict) and "reference" in value:
            return {"valueReference": value}
        return {"valueReference": {"reference": value}} if isinstance(value, str) else None
    if kind == "url":
        return {"valueUri": value} if isinstance(value, str) else None
    if kind == "attachment":
        return {"valueAttachment": value} if isinstance(value, dict) else None
    if isinstance(value, dict):
        value = value.get("reference") or value.get("value") or value.get("display") or value.get("code")
        if value is None:
            return None
    return {"valueString": value if isinstance(value, str) else str(value)}

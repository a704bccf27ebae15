"""Answers by linkId <-> FHIR QuestionnaireResponse, nested like the Questionnaire.

The store keeps answers flat by linkId (repeating groups as instances); servers, FHIRPath expressions and
support tools want a QuestionnaireResponse. Only items with answers (and the groups above them) appear in
the response; children of a question item go under its first answer, as FHIR R4 requires.

Public API:
    to_response(questionnaire, answers, status="in-progress") -> dict
    from_response(qr, questionnaire=None) -> answers dict
        with the questionnaire, repeating groups are recognised by definition; without it, a group linkId
        seen more than once among its siblings is taken as repeating
"""
from __future__ import annotations

import copy
from typing import Any

from app.models.forms.questionnaire import ItemDef, Questionnaire


def to_response(questionnaire: Questionnaire, answers: dict, status: str = "in-progress") -> dict:
    qr: dict[str, Any] = {"resourceType": "QuestionnaireResponse", "status": status}
    if questionnaire.url:
        qr["questionnaire"] = questionnaire.url + (f"|{questionnaire.version}" if questionnaire.version else "")
    items = _items(questionnaire.items, answers or {})
    if items:
        qr["item"] = items
    return qr


def _items(defs: list[ItemDef], scope: dict) -> list[dict]:
    out = []
    for item in defs:
        out.extend(_item(item, scope))
    return out


def _item(item: ItemDef, scope: dict) -> list[dict]:
    if item.type == "display":
        return []
    if item.type == "group" and item.repeats:
        result = []
        for instance in scope.get(item.link_id) or []:
            inner = instance.get("item") if isinstance(instance, dict) else None
            children = _items(item.children, inner or {})
            if children:
                result.append(_node(item, item=children))
        return result
    if item.type == "group":
        children = _items(item.children, scope)
        return [_node(item, item=children)] if children else []
    answers = [copy.deepcopy(a) for a in scope.get(item.link_id) or [] if a]
    children = _items(item.children, scope)
    if not answers:
        return [_node(item, item=children)] if children else []  # orphan children kept, not lost
    if children:
        answers[0]["item"] = children
    return [_node(item, answer=answers)]


def _node(definition: ItemDef, **content: Any) -> dict:
    node: dict[str, Any] = {"linkId": definition.link_id}
    if definition.text:
        node["text"] = definition.text
    if definition.definition:
        node["definition"] = definition.definition
    node.update(content)
    return node


def from_response(qr: dict, questionnaire: Questionnaire | None = None) -> dict:
    answers: dict = {}
    _read(qr.get("item") or [], answers, questionnaire)
    return answers


def _read(nodes: list, scope: dict, questionnaire: Questionnaire | None) -> None:
    counts: dict[str, int] = {}
    for node in nodes:
        if isinstance(node, dict) and node.get("linkId"):
            counts[node["linkId"]] = counts.get(node["linkId"], 0) + 1
    for node in nodes:
        if not isinstance(node, dict) or not node.get("linkId"):
            continue
        link_id = node["linkId"]
        item = questionnaire.get(link_id) if questionnaire else None
        if "answer" in node:
            values = []
            for answer in node.get("answer") or []:
                if not isinstance(answer, dict):
                    continue
                values.append({k: copy.deepcopy(v) for k, v in answer.items() if k.startswith("value")})
                _read(answer.get("item") or [], scope, questionnaire)
            if values:
                scope.setdefault(link_id, []).extend(values)
            _read(node.get("item") or [], scope, questionnaire)
            continue
        repeating = item.repeats and item.type == "group" if item else counts[link_id] > 1
        if repeating:
            inner: dict = {}
            _read(node.get("item") or [], inner, questionnaire)
            scope.setdefault(link_id, []).append({"item": inner})
        else:
            _read(node.get("item") or [], scope, questionnaire)

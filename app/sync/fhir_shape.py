"""The JSON shape of what the client reads from a server: each element the app reads has the JSON kind FHIR R4
gives it (a string, a boolean, a number, an object of a given type, or an array of them).

Not a validator (the server validates, `profile.py` checks the ROR rules): a table of the data types and the
resource elements the mapping, the engine and the forms read, so that a server sending `"meta": []` or
`"identifier": "x"` gets one sentence instead of a crash deep inside the mapping. Elements the table does not
name are left alone. `fhir.resources` would check everything, at a cost a pull of thousands of resources
cannot pay.

    shape_problem(resource) -> "Organization.meta" | None     (the first element of the wrong kind)
"""
from __future__ import annotations

from typing import Any

# An element's kind: "s" string, "b" boolean, "n" number, "o" any object, or a type of TYPES; "*" = an array.
Spec = dict[str, str]

_ELEMENT: Spec = {"id": "s", "extension": "Extension*", "modifierExtension": "Extension*"}
TYPES: dict[str, Spec] = {
    "Coding": {"system": "s", "version": "s", "code": "s", "display": "s", "userSelected": "b"},
    "CodeableConcept": {"coding": "Coding*", "text": "s"},
    "Identifier": {"use": "s", "type": "CodeableConcept", "system": "s", "value": "s", "period": "Period",
                   "assigner": "Reference"},
    "Reference": {"reference": "s", "type": "s", "identifier": "Identifier", "display": "s"},
    "Period": {"start": "s", "end": "s"},
    "Meta": {"versionId": "s", "lastUpdated": "s", "source": "s", "profile": "s*", "security": "Coding*",
             "tag": "Coding*"},
    "Extension": {"url": "s"},  # value[x]: see _VALUE_TYPES
    "ContactPoint": {"system": "s", "value": "s", "use": "s", "rank": "n", "period": "Period"},
    "Address": {"use": "s", "type": "s", "text": "s", "line": "s*", "city": "s", "district": "s", "state": "s",
                "postalCode": "s", "country": "s", "period": "Period"},
    "Quantity": {"value": "n", "comparator": "s", "unit": "s", "system": "s", "code": "s"},
    "Narrative": {"status": "s", "div": "s"},
    "Annotation": {"authorString": "s", "authorReference": "Reference", "time": "s", "text": "s"},
    "AvailableTime": {"daysOfWeek": "s*", "allDay": "b", "availableStartTime": "s", "availableEndTime": "s"},
    "NotAvailable": {"description": "s", "during": "Period"},
    "TaskParameter": {"type": "CodeableConcept"},  # value[x]
    "BundleLink": {"relation": "s", "url": "s"},
    "BundleEntry": {"link": "BundleLink*", "fullUrl": "s", "resource": "o", "search": "BundleSearch",
                    "request": "o", "response": "o"},
    "BundleSearch": {"mode": "s", "score": "n"},
    "CapabilityRest": {"mode": "s", "security": "CapabilitySecurity", "resource": "o*"},
    "CapabilitySecurity": {"cors": "b", "service": "CodeableConcept*", "description": "s"},
    "Issue": {"severity": "s", "code": "s", "details": "CodeableConcept", "diagnostics": "s", "location": "s*",
              "expression": "s*"},
}
_RESOURCE: Spec = {"id": "s", "meta": "Meta", "implicitRules": "s", "language": "s", "text": "Narrative",
                   "contained": "o*", "extension": "Extension*", "modifierExtension": "Extension*"}
RESOURCES: dict[str, Spec] = {
    "Organization": {"identifier": "Identifier*", "active": "b", "type": "CodeableConcept*", "name": "s",
                     "alias": "s*", "telecom": "ContactPoint*", "address": "Address*", "partOf": "Reference",
                     "contact": "o*", "endpoint": "Reference*"},
    "HealthcareService": {"identifier": "Identifier*", "active": "b", "providedBy": "Reference",
                          "category": "CodeableConcept*", "type": "CodeableConcept*",
                          "specialty": "CodeableConcept*", "location": "Reference*", "name": "s", "comment": "s",
                          "extraDetails": "s", "telecom": "ContactPoint*", "coverageArea": "Reference*",
                          "serviceProvisionCode": "CodeableConcept*", "program": "CodeableConcept*",
                          "characteristic": "CodeableConcept*", "communication": "CodeableConcept*",
                          "referralMethod": "CodeableConcept*", "appointmentRequired": "b",
                          "availableTime": "AvailableTime*", "notAvailable": "NotAvailable*",
                          "availabilityExceptions": "s", "endpoint": "Reference*"},
    "Location": {"identifier": "Identifier*", "status": "s", "operationalStatus": "Coding", "name": "s",
                 "alias": "s*", "description": "s", "mode": "s", "type": "CodeableConcept*",
                 "telecom": "ContactPoint*", "address": "Address", "physicalType": "CodeableConcept",
                 "position": "o", "managingOrganization": "Reference", "partOf": "Reference",
                 "hoursOfOperation": "o*", "availabilityExceptions": "s", "endpoint": "Reference*"},
    "Task": {"identifier": "Identifier*", "status": "s", "statusReason": "CodeableConcept", "intent": "s",
             "code": "CodeableConcept", "description": "s", "focus": "Reference", "for": "Reference",
             "authoredOn": "s", "lastModified": "s", "businessStatus": "CodeableConcept", "note": "Annotation*",
             "input": "TaskParameter*", "output": "TaskParameter*"},
    "Bundle": {"identifier": "Identifier", "type": "s", "timestamp": "s", "total": "n", "link": "BundleLink*",
               "entry": "BundleEntry*"},
    "CapabilityStatement": {"status": "s", "fhirVersion": "s", "format": "s*", "rest": "CapabilityRest*"},
    "OperationOutcome": {"issue": "Issue*"},
}
# value[x] of an Extension or a Task parameter, by the name's suffix
_VALUE_TYPES: Spec = {
    "String": "s", "Code": "s", "Uri": "s", "Url": "s", "Canonical": "s", "Id": "s", "Oid": "s", "Uuid": "s",
    "Markdown": "s", "Base64Binary": "s", "Date": "s", "DateTime": "s", "Time": "s", "Instant": "s",
    "Boolean": "b", "Integer": "n", "Decimal": "n", "PositiveInt": "n", "UnsignedInt": "n",
    "Coding": "Coding", "CodeableConcept": "CodeableConcept", "Reference": "Reference", "Identifier": "Identifier",
    "Period": "Period", "Quantity": "Quantity", "Address": "Address", "ContactPoint": "ContactPoint",
    "Annotation": "Annotation",
}
_WITH_VALUE = ("Extension", "TaskParameter")
# each type's and resource's whole table, merged once (the check runs on every resource a pull receives)
_TYPE_SPECS: dict[str, Spec] = {
    name: {**_ELEMENT, **spec, **({f"value{k}": v for k, v in _VALUE_TYPES.items()} if name in _WITH_VALUE else {})}
    for name, spec in TYPES.items()}
_RESOURCE_SPECS: dict[str, Spec] = {name: {**_RESOURCE, **spec} for name, spec in RESOURCES.items()}
_PRIMITIVES = {"s": (str,), "b": (bool,), "n": (int, float), "o": (dict,)}
_KINDS = {kind: (kind.endswith("*"), kind.rstrip("*")) for spec in [*_TYPE_SPECS.values(), *_RESOURCE_SPECS.values()]
          for kind in spec.values()}


def _walk(element: dict[str, Any], spec: Spec, path: str, stack: list[tuple[dict, Spec, str]]) -> str | None:
    """The first element of `element` whose kind is wrong; complex values are queued on `stack`."""
    for key, value in element.items():
        kind = spec.get(key)
        if kind is None:
            continue
        many, base = _KINDS[kind]
        if many:
            if type(value) is not list:
                return f"{path}.{key}"
            items = value
        else:
            items = [value]
        primitive = _PRIMITIVES.get(base)
        for item in items:
            if primitive is not None:
                if not isinstance(item, primitive) or (base == "n" and isinstance(item, bool)):
                    return f"{path}.{key}"
            elif type(item) is not dict:
                return f"{path}.{key}"
            else:
                stack.append((item, _TYPE_SPECS[base], f"{path}.{key}"))
    return None


def shape_problem(resource: dict[str, Any]) -> str | None:
    """The first element (as `Type.element.element`) whose JSON kind is wrong, None when the shape is right."""
    rtype = resource.get("resourceType")
    if not isinstance(rtype, str):
        return "resourceType"
    stack: list[tuple[dict, Spec, str]] = [(resource, _RESOURCE_SPECS.get(rtype, _RESOURCE), rtype)]
    while stack:
        element, spec, path = stack.pop()
        found = _walk(element, spec, path, stack)
        if found is not None:
            return found
    return None

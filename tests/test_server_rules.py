"""What a server allows, read from its CapabilityStatement (server_rules.py), and the JSON Patch the client sends
where only PATCH is open (fhir_patch.py)."""
from __future__ import annotations

import jsonpatch

from app.sync import fhir_patch
from app.sync.server_rules import JSON_PATCH, UNKNOWN, from_statement
from sandbox.capability import capability_statement


def _resource(rtype: str, *codes: str, **more) -> dict:
    return {"type": rtype, "interaction": [{"code": c} for c in codes], **more}


def ror_statement() -> dict:
    """The ROR's published CapabilityStatement (ror-serveur, ../shared/reference/ror-ig/NOTES.md): reads and
    searches; PATCH on Location; Task create and patch; create/patch/update on the others commented out."""
    return {"resourceType": "CapabilityStatement", "kind": "requirements", "status": "draft",
            "fhirVersion": "4.0.1", "format": ["json"],
            "rest": [{"mode": "server", "resource": [
                _resource("Organization", "search-type", "read"),
                _resource("HealthcareService", "search-type", "read"),
                _resource("Practitioner", "search-type", "read"),
                _resource("PractitionerRole", "search-type", "read"),
                _resource("Location", "search-type", "read", "patch"),
                _resource("Task", "search-type", "read", "create", "patch"),
                _resource("Questionnaire", "search-type", "read", "create"),
            ]}]}


def test_the_ror_statement_opens_patch_on_location_only_and_no_write_on_organizations():
    rules = from_statement(ror_statement())
    assert rules.declared
    assert rules.write("Location") == "patch"  # JSON Patch: no patchFormat declared, the default
    assert rules.write("Organization") is None and rules.write("HealthcareService") is None
    assert rules.missing_write("Organization") == "sync-update-unsupported"
    assert rules.allows("Organization", "read") and rules.allows("Organization", "search")
    assert not rules.allows("Organization", "create") and not rules.allows("Location", "delete")
    assert rules.allows("Task", "create") and not rules.conditional_create("Task")
    assert not rules.allows("Bundle", "read")  # a type the statement does not list: nothing allowed


def test_a_statement_with_update_everywhere_keeps_put():
    every = ["read", "vread", "update", "patch", "delete", "history-instance", "create", "search-type"]
    statement = {"resourceType": "CapabilityStatement", "patchFormat": ["application/fhir+json"],
                 "rest": [{"mode": "server", "resource": [
                     _resource(t, *every, conditionalCreate=True)
                     for t in ("Organization", "Location", "HealthcareService")]}]}
    rules = from_statement(statement)
    assert {rules.write(t) for t in ("Organization", "Location", "HealthcareService")} == {"update"}
    assert rules.conditional_create("Organization") and rules.allows("Location", "delete")


def test_fhirpath_patch_only_is_named_as_what_is_missing():
    statement = {"resourceType": "CapabilityStatement", "patchFormat": ["application/fhir+json"],
                 "rest": [{"mode": "server", "resource": [_resource("Organization", "read", "patch")]}]}
    rules = from_statement(statement)
    assert rules.write("Organization") is None
    assert rules.missing_write("Organization") == "sync-patch-fhirpath-only"


def test_an_empty_or_absent_statement_is_the_permissive_default():
    for statement in ({"resourceType": "CapabilityStatement"}, {"resourceType": "CapabilityStatement", "rest": []},
                      {"resourceType": "CapabilityStatement", "rest": [{"mode": "server"}]}, None):
        rules = from_statement(statement)
        assert rules is UNKNOWN and not rules.declared
        assert rules.write("Organization") == "update" and rules.write("Location") == "update"
        assert rules.allows("Organization", "create") and rules.conditional_create("Organization")


def test_the_sandbox_declares_the_ror_rules():
    rules = from_statement(capability_statement("http://127.0.0.1:1/fhir", "2026-12-01T00:00:00Z"))
    assert rules.write("HealthcareService") == "update"
    assert rules.write("Organization") == "patch" and rules.write("Location") == "patch"
    assert JSON_PATCH in rules.patch_formats
    assert all(rules.conditional_create(t) for t in ("Organization", "Location", "HealthcareService"))
    assert rules.write("Task") == "update"  # withdrawing a dossier cancels its Task


def test_the_json_patch_turns_the_servers_copy_into_the_new_content_first_level_only():
    base = {"resourceType": "Organization", "id": "o1", "meta": {"versionId": "3"}, "name": "Ancien",
            "alias": ["A"], "telecom": [{"system": "phone", "value": "01"}], "active": True}
    new = {"resourceType": "Organization", "id": "o1", "name": "Nouveau",
           "telecom": [{"system": "phone", "value": "02"}], "active": True, "partOf": {"reference": "urn:uuid:x"}}
    ops = fhir_patch.operations(base, new)
    assert all(op["path"].count("/") == 1 for op in ops)
    assert {op["path"] for op in ops} == {"/name", "/alias", "/telecom", "/partOf"}
    patched = jsonpatch.apply_patch(base, ops)
    assert {k: v for k, v in patched.items() if k != "meta"} == new
    assert patched["meta"] == {"versionId": "3"}  # the server's bookkeeping is not patched
    # nothing changed (a yearly confirmation): a lone test, still a valid patch that writes a new version
    assert fhir_patch.operations(base, dict(base)) == [{"op": "test", "path": "/resourceType",
                                                        "value": "Organization"}]


def test_a_patch_entry_carries_a_binary_the_read_back_can_read():
    ops = [{"op": "replace", "path": "/name", "value": "Nouveau"}, {"op": "remove", "path": "/alias"}]
    entry = {"resource": fhir_patch.binary(ops),
             "request": {"method": "PATCH", "url": "Organization/o1", "ifMatch": 'W/"3"'}}
    assert entry["resource"]["resourceType"] == "Binary" and entry["resource"]["contentType"] == JSON_PATCH
    assert fhir_patch.operations_of(entry["resource"]) == ops
    view = fhir_patch.patch_view(entry)
    assert view["resource"] == {"resourceType": "Organization", "id": "o1", "name": "Nouveau"}
    assert view["request"]["ifMatch"] == 'W/"3"'
    assert fhir_patch.operations_of({"resourceType": "Binary", "contentType": JSON_PATCH, "data": "%%"}) is None


def test_a_dossier_bundle_names_the_first_write_the_server_does_not_open():
    from app.sync.engine_dossier import unsupported_entry
    from app.sync.server_rules import ServerRules, TypeRules

    bundle = {"entry": [
        {"request": {"method": "POST", "url": "HealthcareService", "ifNoneExist": "identifier=x"}},
        {"request": {"method": "PUT", "url": "Organization/12"}},
        {"request": {"method": "DELETE", "url": "Location/7"}}]}
    travel = {t: TypeRules(frozenset({"create"})) for t in ("Bundle", "Task")}
    everything = TypeRules(frozenset({"create", "update", "delete", "patch"}))
    assert unsupported_entry(bundle, UNKNOWN) is None
    rules = ServerRules(types={**travel, "HealthcareService": everything, "Location": everything,
                               "Organization": TypeRules(frozenset({"read"}))})
    found = unsupported_entry(bundle, rules)
    assert found is not None and (found.key, found.args_["what"]) == ("sync-update-unsupported", "Organization")
    rules = ServerRules(types={**travel, "HealthcareService": everything, "Organization": everything,
                               "Location": TypeRules(frozenset({"update"}))})
    found = unsupported_entry(bundle, rules)
    assert found is not None and (found.key, found.args_["what"]) == ("sync-delete-unsupported", "Location")

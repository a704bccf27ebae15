"""Small hand-written Questionnaires and a tiny nomenclature pack for the forms engine tests."""
from __future__ import annotations

from dataclasses import dataclass

SYS = "https://mos.esante.gouv.fr/NOS/TRE_R213-ModePriseEnCharge/FHIR/TRE-R213-ModePriseEnCharge"
VS = "https://mos.esante.gouv.fr/NOS/JDV_J19-ModePriseEnCharge-ROR/FHIR/JDV-J19-ModePriseEnCharge-ROR"
MISSING_VS = "https://example.org/ValueSet/not-in-the-pack"


def coding(code: str, system: str = SYS) -> dict:
    return {"valueCoding": {"system": system, "code": code}}


@dataclass
class FakeConcept:
    system: str
    code: str
    display: str
    retired: bool = False


class FakeValueSet:
    def __init__(self, url, concepts):
        self.url, self.title, self.name, self.version = url, "Mode de prise en charge", "J19", "1"
        self.concepts = concepts

    def lookup(self, code, system=None):
        return next((c for c in self.concepts if c.code == code), None)


class FakePack:
    """Stands in for NomenclaturePack: holds one value set (J19) with one retired code."""

    def __init__(self):
        self.sets = {VS: FakeValueSet(VS, [FakeConcept(SYS, "28", "Hospitalisation complète"),
                                           FakeConcept(SYS, "07", "Ancien mode", retired=True)])}

    def get(self, url):
        return self.sets.get(url)


def questionnaire(*items: dict, **extra) -> dict:
    return {"resourceType": "Questionnaire", "url": "urn:test:q", "version": "1", "status": "active",
            "item": list(items), **extra}


def item(link_id: str, kind: str = "string", **fields) -> dict:
    return {"linkId": link_id, "type": kind, "text": link_id.capitalize(), **fields}


def expression(kind: str, expr: str) -> dict:
    return {"url": f"http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-{kind}",
            "valueExpression": {"language": "text/fhirpath", "expression": expr}}

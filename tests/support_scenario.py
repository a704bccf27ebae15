"""A user's situation for the support tests: a workspace synced with a sandbox, fiches with people as contacts."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

from app.models.kinds import Kind
from tests.sync_support import SandboxProcess, demo_with_seed

NOS = "https://mos.esante.gouv.fr/NOS/"
J225 = NOS + "JDV_J225-CanalCommunication-ROR/FHIR/JDV-J225-CanalCommunication-ROR"
# People (personal data) and a function (not personal), as a referent types them in the contacts.
PERSON_A, PERSON_B = "Jeanne Martin-Dupuis", "Paul Durand"
PHONE, PHONE_OTHER_SPELLING = "01 44 55 66 77", "+33 1 44 55 66 77"
EMAIL = "jeanne.martin@hopital.test"
FUNCTION = "Accueil"
PERSONAL = (PERSON_A, PERSON_B, PHONE, PHONE_OTHER_SPELLING, EMAIL, "jeanne.martin")


def _coding(code: str, display: str) -> dict:
    return {"valueCoding": {"system": J225, "code": code, "display": display}}


def uo_contacts(name: str, phone: str, email: str | None = None) -> list[dict]:
    """The `uo.contacts` answers: a person with a phone, and the reception desk by e-mail."""
    rows = [{"item": {"uo.contacts.nature": [{"valueString": name}],
                      "uo.contacts.canal": [_coding("2", "Téléphone fixe")],
                      "uo.contacts.valeur": [{"valueString": phone}]}}]
    if email:
        rows.append({"item": {"uo.contacts.nature": [{"valueString": FUNCTION}],
                              "uo.contacts.canal": [_coding("3", "Courrier électronique")],
                              "uo.contacts.valeur": [{"valueString": email}]}})
    return rows


def seeded_sandbox(tmp_path: Path, password: str) -> tuple[SandboxProcess, set[str]]:
    """`ror-sandbox serve` seeded with the demo's published state, and the server ids of its complete UOs (the
    server rightly refuses an update of an incomplete one)."""
    demo, seed = demo_with_seed(tmp_path)
    complete = {r.server_id for r in demo.nodes.all() if r.kind == Kind.UO and r.problems == 0 and r.server_id}
    demo.close()
    return SandboxProcess(tmp_path / "srv", password, "--seed", str(seed)).start(), complete


def complete_uos(ws, complete: set[str]) -> list:
    return [r for r in ws.nodes.all() if r.kind == Kind.UO and r.server_id in complete]


def add_contacts(ws, first_id: int, second_id: int) -> None:
    """Two fiches share a phone number written two ways; the first also has the reception's e-mail."""
    for node_id, contacts in ((first_id, uo_contacts(PERSON_A, PHONE, EMAIL)),
                              (second_id, uo_contacts(PERSON_B, PHONE_OTHER_SPELLING))):
        answers = dict(ws.fiches.get(node_id).answers)
        answers["uo.contacts"] = contacts
        ws.fiches.save(node_id, answers, in_dossier=False)


def members(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as z:
        assert z.testzip() is None
        return {name: z.read(name) for name in z.namelist()}


def contact_values(fiche) -> list[str]:
    """Every contact value of a fiche's answers and stored resource, as text."""
    answers = json.dumps(fiche.answers.get("uo.contacts", []), ensure_ascii=False)
    return [answers, json.dumps(fiche.resource or {}, ensure_ascii=False)]

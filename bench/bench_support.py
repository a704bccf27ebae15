"""Support bundle benchmark: writing the bundle of the 8,000-fiche group (`make_demo(egs=500, uos=15)`), with
people as contacts on one UO fiche in four, pseudonymised (the longest road: every document read, the copy
rebuilt); the plain bundle's time is given beside it. Quick mode uses the small demo.
"""
from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from app.models.demo import make_demo
from app.models.kinds import Kind
from app.models.support.bundle import make_bundle

BENCHES = ["support_bundle_s"]
FULL = (500, 15)
QUICK = (3, 4)
J225 = "https://mos.esante.gouv.fr/NOS/JDV_J225-CanalCommunication-ROR/FHIR/JDV-J225-CanalCommunication-ROR"


def _contacts(i: int) -> list[dict]:
    return [{"item": {"uo.contacts.nature": [{"valueString": f"Marie Exemple {i % 300}"}],
                      "uo.contacts.canal": [{"valueCoding": {"system": J225, "code": "2"}}],
                      "uo.contacts.valeur": [{"valueString": f"01 23 45 {i % 97:02d} {i % 89:02d}"}]}},
            {"item": {"uo.contacts.nature": [{"valueString": "Accueil"}],
                      "uo.contacts.canal": [{"valueCoding": {"system": J225, "code": "3"}}],
                      "uo.contacts.valeur": [{"valueString": f"accueil{i % 500}@etablissement.test"}]}}]


def run(quick: bool = False) -> list[dict]:
    egs, uos = QUICK if quick else FULL
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        ws = make_demo(tmp / "group.sqlite", egs=egs, uos=uos)
        with ws.batch():
            for i, row in enumerate(r for r in ws.nodes.all() if r.kind == Kind.UO):
                if i % 4 == 0:
                    answers = dict(ws.fiches.get(row.id).answers)
                    answers["uo.contacts"] = _contacts(i)
                    ws.fiches.save(row.id, answers)
        fiches = ws.nodes.stats()["fiches"]
        ws.close()
        t0 = time.perf_counter()
        plain = make_bundle(tmp / "group.sqlite", tmp / "plain.zip")
        plain_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        pseudo = make_bundle(tmp / "group.sqlite", tmp / "pseudo.zip", pseudonymise=True)
        pseudo_s = time.perf_counter() - t0
    return [{"bench": "support_bundle_s", "value": round(pseudo_s, 3), "unit": "s", "target": 3,
             "pseudonymised": True, "plain_s": round(plain_s, 3), "fiches": fiches,
             "bundle_mb": round(pseudo.size / 1024**2, 2), "plain_bundle_mb": round(plain.size / 1024**2, 2),
             "placeholders": pseudo.pseudonymised}]


if __name__ == "__main__":
    for r in run():
        print(json.dumps(r, ensure_ascii=False))

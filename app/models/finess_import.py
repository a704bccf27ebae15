"""Create or update EJ and EG from the public FINESS extract; FINESS-sourced fields become read-only.

The whole import is one transaction: a file that cannot be read changes nothing, and a bad row is reported
with its line number while the good rows are imported.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app.models.finess import RowError, parse_extract
from app.models.kinds import Kind
from app.models.nomenclatures import NomenclaturePack
from app.models.schema import Fiche, Node, now_iso
from app.models.store import Changes, Workspace

FINESS_ORIGINS = {"name": "finess", "finess": "finess", "siret": "finess", "categorie": "finess", "address": "finess"}


@dataclass
class ImportReport:
    ej_created: int = 0
    ej_updated: int = 0
    eg_created: int = 0
    eg_updated: int = 0
    rejected: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def as_dict(self) -> dict:
        return {"ej": {"created": self.ej_created, "updated": self.ej_updated},
                "eg": {"created": self.eg_created, "updated": self.eg_updated},
                "rejected": len(self.rejected)}


def _apply(node: Node, values: dict) -> bool:
    changed = False
    for key, value in values.items():
        if getattr(node, key) != value:
            setattr(node, key, value)
            changed = True
    return changed


def import_finess(ws: Workspace, path: str | Path, departement: str | None = None,
                  categorie: str | None = None) -> ImportReport:
    """Import an extract into a workspace (raises FinessFileError, changing nothing, when unreadable)."""
    extract = parse_extract(path, departement=departement, categorie=categorie)
    pack = NomenclaturePack.default()
    report = ImportReport(rejected=list(extract.errors), warnings=list(extract.warnings))
    with ws.transaction() as s:
        by_finess = {(n.kind, n.finess): n for n in s.scalars(
            select(Node).where(Node.kind.in_([Kind.EJ.value, Kind.EG.value]), Node.deleted.is_(False)))}
        for st in extract.structures:
            ej = by_finess.get((Kind.EJ.value, st.nofinessej))
            if ej is None:
                ej = Node(uid=str(uuid.uuid4()), kind=Kind.EJ.value, parent_id=None,
                          position=len([k for k in by_finess if k[0] == Kind.EJ.value]),
                          name=st.ej_name, finess=st.nofinessej,
                          departement=st.departement, status="draft", problems=0, conflict=False, dirty=False,
                          deleted=False, favourite=False, origins={"finess": "finess"},
                          finess_data={"finess_ej": st.nofinessej}, updated_at=now_iso())
                s.add(ej)
                s.flush()
                s.add(Fiche(node_id=ej.id, questionnaire="ej", answers={}, updated_at=now_iso()))
                by_finess[(Kind.EJ.value, st.nofinessej)] = ej
                report.ej_created += 1
                report.changes.inserted.add(ej.id)
            values = {"name": st.name, "siret": st.siret or None, "departement": st.departement,
                      "categorie": st.categetab, "domaine": pack.domaine_of_categorie(st.categetab),
                      "finess_data": st.finess_data(), "origins": FINESS_ORIGINS}
            eg = by_finess.get((Kind.EG.value, st.nofinesset))
            if eg is None:
                eg = Node(uid=str(uuid.uuid4()), kind=Kind.EG.value, parent_id=ej.id,
                          position=len(list(s.scalars(select(Node.id).where(Node.parent_id == ej.id)))),
                          finess=st.nofinesset, status="draft", problems=0, conflict=False, dirty=False,
                          deleted=False, favourite=False, updated_at=now_iso(), **values)
                s.add(eg)
                s.flush()
                s.add(Fiche(node_id=eg.id, questionnaire="eg", answers={}, updated_at=now_iso()))
                by_finess[(Kind.EG.value, st.nofinesset)] = eg
                report.eg_created += 1
                report.changes.inserted.add(eg.id)
            elif _apply(eg, values):
                eg.updated_at = now_iso()
                report.eg_updated += 1
                report.changes.updated.add(eg.id)
        ws.log("finess", f"Import FINESS {Path(path).name} : {report.as_dict()}")
    return report

"""Create or update EJ and EG from the public FINESS extract; FINESS-sourced fields become read-only.

The whole import is one transaction: a file that cannot be read changes nothing, and a bad row is reported
with its line number while the good rows are imported.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.models.changes import Changes
from app.models.finess import RowError, parse_extract
from app.models.nomenclatures import NomenclaturePack
from app.models.store import Workspace


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


def import_finess(ws: Workspace, path: str | Path, departement: str | None = None,
                  categorie: str | None = None) -> ImportReport:
    """Import an extract into a workspace (raises FinessFileError, changing nothing, when unreadable)."""
    extract = parse_extract(path, departement=departement, categorie=categorie)
    pack = NomenclaturePack.default()
    report = ImportReport(rejected=list(extract.errors), warnings=list(extract.warnings))
    with ws.batch():
        counts = ws.structures.upsert_finess(extract.structures, pack.domaine_of_categorie)
        report.ej_created, report.eg_created, report.eg_updated = (counts.ej_created, counts.eg_created,
                                                                   counts.eg_updated)
        report.changes = counts.changes
        ws.journal.log("finess", f"Import FINESS {Path(path).name} : {report.as_dict()}")
    return report

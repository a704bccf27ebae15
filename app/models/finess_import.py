"""Create or update EJ and EG from the public FINESS extract; FINESS-sourced fields become read-only.

The file is streamed in batches (app/models/finess.py `ExtractReader`) into one write transaction with batched
statements (`ws.structures.upsert_finess`): memory stays flat whatever the size of the file, and a file that
turns out unreadable half-way, a download cut short, a failure or a cancel leave the workspace as it was. A bad
row is reported with its line number while the good rows are imported.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.models.changes import Changes
from app.models.finess import ExtractReader, RowError, duplicate_reason
from app.models.finess_reader import Progress
from app.models.nomenclatures import NomenclaturePack
from app.models.store import Workspace

BATCH_SIZE = 2000


@dataclass
class ImportReport:
    ej_created: int = 0
    ej_updated: int = 0
    eg_created: int = 0
    eg_updated: int = 0
    rejected: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    rows: int = 0  # structureet rows in the file, filtered or not
    encoding: str = "utf-8"  # 'utf-8', 'cp1252' or 'mixed' (app/models/finess_reader.py LineStats)
    fallback_lines: int = 0  # lines that were not UTF-8 and were read as Windows-1252
    fallback_first: list[int] = field(default_factory=list)
    manifest: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"ej": {"created": self.ej_created, "updated": self.ej_updated},
                "eg": {"created": self.eg_created, "updated": self.eg_updated},
                "rejected": len(self.rejected)}


def import_finess(ws: Workspace, path: str | Path, departement: str | None = None,
                  categorie: str | None = None, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None, collect_changes: bool = True,
                  batch_size: int = BATCH_SIZE) -> ImportReport:
    """Import an extract into a workspace. Raises FinessFileError (unreadable, cut short) or ImportCancelled
    (`cancelled()` answered True between two batches), changing nothing; `progress(rows, bytes, size)` follows."""
    reader = ExtractReader(path, departement=departement, categorie=categorie, batch_size=batch_size,
                           progress=progress, cancelled=cancelled)
    pack = NomenclaturePack.default()
    report = ImportReport()
    with ws.batch():
        counts = ws.structures.upsert_finess(reader.batches(), pack.domaine_of_categorie,
                                             collect_changes=collect_changes)
        report.ej_created, report.eg_created, report.eg_updated = (counts.ej_created, counts.eg_created,
                                                                   counts.eg_updated)
        report.changes = counts.changes
        duplicates = [RowError(line, duplicate_reason(finess, first)) for line, finess, first in counts.duplicates]
        report.rejected = sorted([*reader.errors, *duplicates], key=lambda e: e.line)
        report.warnings = reader.warnings
        report.rows, report.manifest = reader.rows_seen, reader.manifest
        stats = reader.stats
        report.encoding, report.fallback_lines, report.fallback_first = (stats.encoding, stats.fallback_lines,
                                                                         list(stats.fallback_first))
        detail = {**report.as_dict(), "encoding": report.encoding, "fallback_lines": report.fallback_lines}
        ws.journal.log("finess", f"Import FINESS {Path(path).name} : {detail}")
    return report

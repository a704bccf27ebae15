"""The dashboard's exports: the table as CSV (for a spreadsheet) and a printable PDF report with the chart.

The CSV is written by the csv module (';' and a BOM, as French spreadsheets expect), the PDF by Qt: a
QTextDocument laid out on a QPdfWriter page (A4 landscape), the chart as an image.
"""
from __future__ import annotations

import csv
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.models.dashboard import EgRow
from app.views.dashboard import texts
from app.views.dashboard.table_model import YEARLY, display

translate = QCoreApplication.translate  # literal calls: lupdate finds them

PAGE_WIDTH = 1500


def csv_headers() -> list[str]:
    return [
        translate("Dashboard", "Établissement (EG)"),
        translate("Dashboard", "FINESS"),
        translate("Dashboard", "Entité juridique"),
        translate("Dashboard", "Département"),
        translate("Dashboard", "Catégorie"),
        translate("Dashboard", "Fiches finalisées"),
        translate("Dashboard", "Fiches"),
        translate("Dashboard", "Problèmes bloquants"),
        translate("Dashboard", "Avertissements"),
        translate("Dashboard", "Dossier"),
        translate("Dashboard", "Dernière modification"),
        translate("Dashboard", "Dernière publication"),
        translate("Dashboard", "Mise à jour annuelle"),
    ]


def csv_row(r: EgRow) -> list[str | int]:
    return [r.name, r.finess or "", r.ej, r.departement or "", texts.category_label(r.categorie), r.finalised,
            r.fiches, r.blocking, "" if r.warnings is None else r.warnings, texts.dossier_words(r.dossier),
            (r.updated or "")[:10], (r.published or "")[:10], texts.yearly_words(r.due, r.published)]


def write_csv(path: str | Path, rows: list[EgRow]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(csv_headers())
        writer.writerows(csv_row(r) for r in rows)


def report_html(title: str, subtitle: str, rows: list[EgRow]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in texts.headers())
    body = "".join("<tr>" + "".join(f"<td>{html.escape(display(r, c))}</td>" for c in range(YEARLY + 1))
                   + "</tr>" for r in rows)
    return (f"<h1>{html.escape(title)}</h1><p>{html.escape(subtitle)}</p>"
            "<p><img src='chart.png' width='1100'></p>"
            "<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-collapse: collapse'>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def write_pdf(path: str | Path, title: str, subtitle: str, rows: list[EgRow], chart: QImage) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("ROR Référent")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"), chart)
    doc.setDocumentMargin(0)
    doc.setHtml(report_html(title, subtitle, rows))
    page = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    # Laid out on a page of PAGE_WIDTH document pixels, then scaled to the sheet: a whole row on one line.
    doc.setPageSize(QSizeF(PAGE_WIDTH, PAGE_WIDTH * page.height() / page.width()))
    doc.print_(writer)

"""A change the server refused stays visible on its unit: the server's message, *Réessayer*, *Abandonner*.

The outbox keeps a refused entry (failed) with the server's message until the user sends it again (after
correcting the fiche, or once the server's rule changed) or gives it up (the unit takes the server's copy
back at the next synchronisation).
"""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.rows import OutboxRow
from app.views.refusal_text import stored_reason_text

STYLE = ("#failurePanel { background: #fdecea; border: 1px solid #c62828; border-radius: 4px; } "
         "QLabel { color: #8e1b1b; }")


class FailurePanel(QFrame):
    retryRequested = Signal(list)  # outbox entry ids
    discardRequested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failurePanel")
        self.setStyleSheet(STYLE)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryButton")
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.entries: list[OutboxRow] = []
        self.retry_button.clicked.connect(lambda: self.retryRequested.emit([e.id for e in self.entries]))
        self.discard_button.clicked.connect(lambda: self.discardRequested.emit([e.id for e in self.entries]))
        self.retranslate()
        self.hide()

    def show_entries(self, entries: list[OutboxRow]) -> None:
        """The refused changes of the unit on screen (none: the panel hides)."""
        self.entries = list(entries)
        self._render()

    def _render(self) -> None:
        if not self.entries:
            self.hide()
            return
        messages = list(dict.fromkeys(stored_reason_text(e.last_reason, e.last_error) for e in self.entries))
        head = self.tr("Le serveur a refusé %n modification(s) de cette unité :", "", len(self.entries))
        items = "".join(f"<li>{html.escape(m or self.tr('(sans message)'))}</li>" for m in messages)
        self.label.setText(f"<b>{html.escape(head)}</b><ul style='margin:0'>{items}</ul>")
        self.show()

    def message_text(self) -> str:
        return "\n".join(stored_reason_text(e.last_reason, e.last_error) for e in self.entries)

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Réessayer"))
        self.retry_button.setToolTip(self.tr("Envoyer à nouveau cette modification au serveur"))
        self.discard_button.setText(self.tr("Abandonner"))
        self.discard_button.setToolTip(self.tr("Renoncer à cette modification : l'unité reprendra la version "
                                               "du serveur à la prochaine synchronisation"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


"""One line of a sync report's errors, kept as a refusal (key and arguments) rather than a finished sentence.

The command line prints its French text (`str`); the window says it in the user's language from the key
(app/views/sync_error_text.py), so a report never has to be read back from French.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.models.refusals import MESSAGES, Refusal


@dataclass(frozen=True, slots=True)
class Reason:
    """Why something of a sync did not go: the refusal, the unit it is about, and what the engine says around
    it (`around`: a MESSAGES key whose template holds {reason}: a retry later, a refused dossier)."""

    refusal: Refusal
    name: str | None = None
    around: str | None = None

    def __str__(self) -> str:
        text = str(self.refusal)
        if self.around is not None:
            text = MESSAGES[self.around].format(reason=text)
        if self.name is not None:
            text = MESSAGES["sync-unit-reason"].format(name=self.name, reason=text)
        return text


def as_refusal(error: BaseException | str) -> Refusal:
    """A refusal for what went wrong: itself when it is one, else its words as they are."""
    return error if isinstance(error, Refusal) else Refusal("sync-said", message=str(error))

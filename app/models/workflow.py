"""Fiche and dossier states, the dossier transitions allowed (workflow as data), outbox ops and states."""
from __future__ import annotations

from enum import StrEnum


class FicheStatus(StrEnum):
    DRAFT = "draft"
    FINALISED = "finalised"


class DossierState(StrEnum):
    OPEN = "open"  # being edited by the referents
    QUEUED = "queued"  # sent by the user, waiting in the outbox (offline)
    AWAITING_DIRECTION = "awaiting_direction"  # sanitaire: second confirmation by a Direction account
    IN_VALIDATION = "in_validation"  # Task on the server, validator working
    REJECTED = "rejected"  # validator refused, comments on the fiches; editable again
    PUBLISHED = "published"  # validator accepted; server ids and versions taken


DOSSIER_TRANSITIONS: dict[DossierState, frozenset[DossierState]] = {
    DossierState.OPEN: frozenset({DossierState.QUEUED, DossierState.AWAITING_DIRECTION,
                                  DossierState.IN_VALIDATION}),
    DossierState.AWAITING_DIRECTION: frozenset({DossierState.QUEUED, DossierState.IN_VALIDATION,
                                                DossierState.OPEN}),
    DossierState.QUEUED: frozenset({DossierState.IN_VALIDATION, DossierState.OPEN}),
    DossierState.IN_VALIDATION: frozenset({DossierState.PUBLISHED, DossierState.REJECTED,
                                           DossierState.OPEN}),  # OPEN: withdrawn by the referent
    DossierState.REJECTED: frozenset({DossierState.OPEN, DossierState.QUEUED, DossierState.AWAITING_DIRECTION,
                                      DossierState.IN_VALIDATION}),
    DossierState.PUBLISHED: frozenset({DossierState.OPEN}),
}

# States in which the structure's content may be edited.
EDITABLE_DOSSIER_STATES = frozenset({DossierState.OPEN, DossierState.REJECTED})

DOSSIER_LABELS = {
    DossierState.OPEN: "Dossier en cours de saisie",
    DossierState.QUEUED: "Dossier prêt, en attente d'envoi (hors ligne)",
    DossierState.AWAITING_DIRECTION: "En attente de confirmation par la Direction",
    DossierState.IN_VALIDATION: "Dossier en cours de validation",
    DossierState.REJECTED: "Dossier refusé par le validateur",
    DossierState.PUBLISHED: "Dossier validé et publié",
}


class OutboxOp(StrEnum):
    """What a waiting local change asks of the server."""

    CREATE = "create"
    UPDATE = "update"
    RENAME = "rename"
    MOVE = "move"
    DELETE = "delete"
    FINALISE = "finalise"
    SEND = "send"
    WITHDRAW = "withdraw"  # cancel a sent dossier's validation Task
    CONFIRM = "confirm"  # yearly confirmation without change: an update of the EG's last-modified date
    CAPACITY = "capacity"  # a unit's latest lits et places figures: a PATCH of its Location (one entry per unit)


class OutboxState(StrEnum):
    """Where a waiting local change stands: it ends (done) only when the server confirmed it."""

    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"  # refused by the server: kept, shown, can be retried or discarded
    CONFLICT = "conflict"  # parked until the user settles the node's conflict

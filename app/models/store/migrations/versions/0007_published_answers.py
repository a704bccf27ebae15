"""The published answers are kept only where the fiche has changed since (copy-on-write by triggers); an
outbox entry keeps why it was refused as a refusal (key and arguments), said in the user's language.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# as PUBLISHED_TRIGGERS in app/models/store/schema.py, frozen here
TRIGGERS = (
    """CREATE TRIGGER published_keep_on_update BEFORE UPDATE OF answers ON fiche
    WHEN NEW.answers IS NOT OLD.answers
     AND EXISTS (SELECT 1 FROM published WHERE node_id = OLD.node_id AND answers IS NULL)
    BEGIN UPDATE published SET answers = OLD.answers WHERE node_id = OLD.node_id; END""",
    """CREATE TRIGGER published_keep_on_delete BEFORE DELETE ON fiche
    WHEN EXISTS (SELECT 1 FROM published WHERE node_id = OLD.node_id AND answers IS NULL)
    BEGIN UPDATE published SET answers = OLD.answers WHERE node_id = OLD.node_id; END""",
)


def upgrade() -> None:
    # A published copy equal (as stored text) to its fiche is dropped: the fiche holds it (no fiche: empty).
    op.execute("UPDATE published SET answers = NULL WHERE answers = "
               "coalesce((SELECT f.answers FROM fiche f WHERE f.node_id = published.node_id), '{}')")
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.add_column("outbox", sa.Column("last_reason", sa.Text))


def downgrade() -> None:
    op.drop_column("outbox", "last_reason")
    op.execute("DROP TRIGGER IF EXISTS published_keep_on_update")
    op.execute("DROP TRIGGER IF EXISTS published_keep_on_delete")
    op.execute("UPDATE published SET answers = coalesce("
               "(SELECT f.answers FROM fiche f WHERE f.node_id = published.node_id), '{}') WHERE answers IS NULL")

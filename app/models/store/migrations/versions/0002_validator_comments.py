"""Keep the validator's comment on each fiche and the Bundle id of a sent dossier.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("node") as batch:
        batch.add_column(sa.Column("comment", sa.Text))
    with op.batch_alter_table("dossier") as batch:
        batch.add_column(sa.Column("bundle_id", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("dossier") as batch:
        batch.drop_column("bundle_id")
    with op.batch_alter_table("node") as batch:
        batch.drop_column("comment")

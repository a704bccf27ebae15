"""A unit's refused capacity figures keep why as a refusal (key and arguments), said in the user's language.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("capacity", sa.Column("error_reason", sa.Text))


def downgrade() -> None:
    op.drop_column("capacity", "error_reason")

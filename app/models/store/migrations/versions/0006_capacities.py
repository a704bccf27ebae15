"""Lits et places: each unit's capacity figures and their local history.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# as in app/models/store/schema.py (FICHE_WITH_LOCATION, FICHE_WITH_CAPACITIES), frozen here
WITH_LOCATION = "location IS NOT NULL AND location != 'null'"
WITH_CAPACITIES = "instr(answers, '\"uo.capacites\"') > 0"


def upgrade() -> None:
    op.create_table(
        "capacity",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("node_id", sa.Integer, sa.ForeignKey("node.id", ondelete="CASCADE"), nullable=False),
        sa.Column("nature", sa.String(4), nullable=False),
        sa.Column("gender", sa.String(8), nullable=False, server_default=""),
        sa.Column("temporality", sa.String(4), nullable=False, server_default="01"),
        sa.Column("counts", sa.JSON, nullable=False),
        sa.Column("source", sa.String(4)),
        sa.Column("updated_at", sa.String(32)),
        sa.Column("sync_state", sa.String(12), nullable=False, server_default="pending"),
        sa.Column("error", sa.Text),
        sa.Column("base_version", sa.String(32)),
    )
    op.create_index("ix_capacity_node_id", "capacity", ["node_id"])
    op.create_index("ux_capacity_key", "capacity", ["node_id", "nature", "gender", "temporality"], unique=True)
    op.create_table(
        "capacity_history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("node_id", sa.Integer, sa.ForeignKey("node.id", ondelete="CASCADE"), nullable=False),
        sa.Column("nature", sa.String(4), nullable=False),
        sa.Column("gender", sa.String(8), nullable=False, server_default=""),
        sa.Column("temporality", sa.String(4), nullable=False, server_default="01"),
        sa.Column("counts", sa.JSON, nullable=False),
        sa.Column("source", sa.String(4)),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_index("ix_capacity_history_node_at", "capacity_history", ["node_id", "at"])
    op.create_index("ix_capacity_history_at", "capacity_history", ["at"])
    op.create_index("ix_fiche_with_location", "fiche", ["node_id"], sqlite_where=sa.text(WITH_LOCATION))
    op.create_index("ix_fiche_with_capacities", "fiche", ["node_id"], sqlite_where=sa.text(WITH_CAPACITIES))


def downgrade() -> None:
    op.drop_index("ix_fiche_with_capacities", "fiche")
    op.drop_index("ix_fiche_with_location", "fiche")
    op.drop_table("capacity_history")
    op.drop_table("capacity")

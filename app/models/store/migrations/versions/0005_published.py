"""The last published state of each structure and its units (the diff's base, the yearly update's date).

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "published",
        sa.Column("node_id", sa.Integer, sa.ForeignKey("node.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("structure_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(2), nullable=False),
        sa.Column("name", sa.Text, nullable=False, server_default=""),
        sa.Column("parent_id", sa.Integer),
        sa.Column("answers", sa.JSON),
        sa.Column("published_at", sa.String(32), nullable=False, server_default=""),
        sa.Column("confirmed_at", sa.String(32)),
    )
    op.create_index("ix_published_structure_id", "published", ["structure_id"])
    # What the file already holds in the server's version (a server id, no local change) is its last published
    # state, dated by its last change here: without it, an upgraded workspace would show every EG due for the
    # yearly update and every unit as new in the diff until its next sync.
    op.execute(SEED)


SEED = """
WITH RECURSIVE owner(id, structure) AS (
    SELECT id, id FROM node WHERE kind IN ('EJ', 'EG')
    UNION ALL
    SELECT n.id, owner.structure FROM node n JOIN owner ON n.parent_id = owner.id WHERE n.kind NOT IN ('EJ', 'EG')
)
INSERT INTO published (node_id, structure_id, kind, name, parent_id, answers, published_at)
SELECT n.id, owner.structure, n.kind, n.name, n.parent_id, coalesce(f.answers, '{}'), n.updated_at
FROM node n JOIN owner ON owner.id = n.id LEFT JOIN fiche f ON f.node_id = n.id
WHERE n.deleted = 0 AND n.server_id IS NOT NULL AND n.dirty = 0
"""


def downgrade() -> None:
    op.drop_index("ix_published_structure_id", "published")
    op.drop_table("published")
